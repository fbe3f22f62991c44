// Public result and option types of the linear models.
import type { Kernels } from './kernels/kernels';

export interface LinearFit {
  coef: number[];
  intercept: number;
  /** Coordinate sweeps used (full or active-set); 1 for closed-form ridge. */
  nIter: number;
  /** Duality gap below tol·‖y‖²/n (always true for closed-form ridge). */
  converged: boolean;
  /** Final duality gap in objective units (scikit-learn's dual_gap_); 0 for closed form. */
  dualGap: number;
}

export interface ElasticNetOptions {
  /** Penalty strength α ≥ 0 (the λ of the pages). */
  alpha: number;
  /** Mixing ratio ρ ∈ [0, 1]: 1 is the lasso, 0 ridge. */
  l1Ratio: number;
  fitIntercept?: boolean;
  /** Stopping tolerance, scikit-learn's meaning (default 1e-4). */
  tol?: number;
  /** Bound on coordinate sweeps (default 1000). */
  maxIter?: number;
  /** createKernels(): XᵀX in WebAssembly SIMD (worth it from about 1000×100; the default is plain JavaScript). */
  kernels?: Kernels;
}

export type LassoOptions = Omit<ElasticNetOptions, 'l1Ratio'>;

export interface RidgeOptions {
  alpha: number;
  fitIntercept?: boolean;
}

export interface PathOptions {
  l1Ratio: number;
  nAlphas?: number;
  eps?: number;
  /** Explicit grid; sorted into decreasing order. Required in spirit for l1Ratio 0. */
  alphas?: number[];
  fitIntercept?: boolean;
  tol?: number;
  maxIter?: number;
  /** createKernels(): XᵀX in WebAssembly SIMD (worth it from about 1000×100; the default is plain JavaScript). */
  kernels?: Kernels;
}

export interface PathResult {
  /** Decreasing. */
  alphas: number[];
  /** coefs[k] is the coefficient vector at alphas[k]. */
  coefs: number[][];
  intercepts: number[];
  nIters: number[];
  converged: boolean[];
  dualGaps: number[];
}
