// The options of the linear fits, validated in one place (each failure is a RangeError that
// names the option), and scikit-learn's α grid.
import type { Kernels } from './kernels/kernels';
import { MAX_ABS_VALUE, booleanOr, checkAlphas, integerIn, numberIn } from './validate';

/** Upper bound on maxIter, so that no call can loop for ever by accident. */
export const MAX_ITER_LIMIT = 1e8;

/** ρ used for the default grid when l1Ratio is 0 (glmnet's choice for alpha = 0). */
export const RIDGE_GRID_L1_RATIO = 1e-3;

export const l1RatioOf = (v: unknown, dflt?: number): number => numberIn(v, 'l1Ratio', 0, 1, dflt);
export const alphaOf = (v: unknown, name = 'alpha'): number => numberIn(v, name, 0, MAX_ABS_VALUE);

export interface SolverOptions {
  tol: number;
  maxIter: number;
}

/** tol (default 1e-4) and maxIter (default 1000), or the given defaults. */
export function solverOptions(o: Record<string, unknown>, dflt: SolverOptions = { tol: 1e-4, maxIter: 1000 }): SolverOptions {
  return {
    tol: numberIn(o.tol, 'tol', 0, Infinity, dflt.tol),
    maxIter: integerIn(o.maxIter, 'maxIter', 1, MAX_ITER_LIMIT, dflt.maxIter),
  };
}

/** The settings a prepared problem fixes, with their defaults. */
export interface ProblemSettings extends SolverOptions {
  fitIntercept: boolean;
  standardize: boolean;
  /** The l1Ratio that fit, path and cv use when they are not given one. */
  l1Ratio: number;
  /** The kernels that build XᵀX (createKernels(): WebAssembly SIMD), or null for plain JavaScript. */
  kernels: Kernels | null;
}

/** An optional kernels object (createKernels()); anything else is a RangeError. */
export function kernelsOf(v: unknown): Kernels | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object' || typeof (v as Kernels).gram !== 'function') throw new RangeError('kernels must be an object made by createKernels()');
  return v as Kernels;
}

export function problemSettings(o: Record<string, unknown>): ProblemSettings {
  return {
    fitIntercept: booleanOr(o.fitIntercept, 'fitIntercept', true),
    standardize: booleanOr(o.standardize, 'standardize', false),
    l1Ratio: l1RatioOf(o.l1Ratio, 1),
    kernels: kernelsOf(o.kernels),
    ...solverOptions(o),
  };
}

export interface GridOptions {
  l1Ratio: number;
  nAlphas: number;
  eps: number;
  given: number[] | null;
}

export function gridOptions(o: Record<string, unknown>, dfltL1Ratio?: number): GridOptions {
  return {
    l1Ratio: l1RatioOf(o.l1Ratio, dfltL1Ratio),
    nAlphas: integerIn(o.nAlphas, 'nAlphas', 1, 100000, 100),
    eps: numberIn(o.eps, 'eps', Number.MIN_VALUE, 1, 1e-3),
    given: o.alphas === undefined ? null : checkAlphas(o.alphas).map((a, k) => alphaOf(a, `alphas[${k}]`)),
  };
}

/**
 * max|Xᵀy|/(nρ), raised by 4 units in the last place so that α·ρ·n, computed back from it,
 * is never a rounding error below max|Xᵀy|: the fit at αmax is then exactly zero.
 */
export function alphaMaxOf(maxAbsXty: number, n: number, l1Ratio: number): number {
  // Xᵀy = 0: every coefficient is 0 for every α, so αmax is 0 (also for ρ = 0, not 0/0).
  if (maxAbsXty === 0) return 0;
  return (maxAbsXty / (n * l1Ratio)) * (1 + 4 * Number.EPSILON);
}

/**
 * The decreasing grid: the given alphas sorted, or scikit-learn's nAlphas values log-spaced from
 * αmax down to eps·αmax. For ρ = 0 we follow glmnet and compute αmax as if ρ were 1e-3
 * (documented default; pass `alphas` instead).
 */
export function gridOf(g: GridOptions, maxAbsXty: number, n: number): number[] {
  if (g.given) return [...g.given].sort((a, b) => b - a);
  const aMax = alphaMaxOf(maxAbsXty, n, g.l1Ratio > 0 ? g.l1Ratio : RIDGE_GRID_L1_RATIO);
  const resolution = 1e-15; // numpy's finfo(float64).resolution, as scikit-learn
  if (aMax <= resolution) return new Array<number>(g.nAlphas).fill(resolution);
  if (g.nAlphas === 1) return [aMax];
  // numpy.logspace(lo, hi, nAlphas)[::-1], term by term as numpy.linspace computes it.
  const hi = Math.log10(aMax);
  const lo = Math.log10(aMax * g.eps);
  const step = (hi - lo) / (g.nAlphas - 1);
  const out: number[] = [aMax];
  for (let k = g.nAlphas - 2; k >= 0; k--) out.push(10 ** (k * step + lo));
  return out;
}
