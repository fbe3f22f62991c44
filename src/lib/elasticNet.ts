// Public Elastic Net / Lasso fits and the regularisation path (scikit-learn conventions), as thin
// wrappers over a problem prepared for one call (./prepared); the solver is in ./cd.
//   objective: (1/2n)‖y − Xw − b‖² + α·ρ·‖w‖₁ + α·(1−ρ)/2·‖w‖²
import { alphaOf, gridOptions, kernelsOf, l1RatioOf, solverOptions } from './linearOptions';
import { prepareOnce } from './prepared';
import type { ElasticNetOptions, LassoOptions, LinearFit, PathOptions, PathResult } from './types';
import { booleanOr, checkOptions } from './validate';

export { MAX_ITER_LIMIT, RIDGE_GRID_L1_RATIO } from './linearOptions';

const fitInterceptOf = (o: Record<string, unknown>): boolean => booleanOr(o.fitIntercept, 'fitIntercept', true);

export function fitElasticNet(X: number[][], y: number[], opts: ElasticNetOptions): LinearFit {
  const o = checkOptions(opts);
  const alpha = alphaOf(o.alpha);
  const l1Ratio = l1RatioOf(o.l1Ratio);
  const fitIntercept = fitInterceptOf(o);
  const so = solverOptions(o);
  return prepareOnce(X, y, { fitIntercept, kernels: kernelsOf(o.kernels) }).fit(alpha, l1Ratio, so);
}

export function fitLasso(X: number[][], y: number[], opts: LassoOptions): LinearFit {
  const o = checkOptions(opts);
  if (o.l1Ratio !== undefined && o.l1Ratio !== 1) {
    throw new RangeError(`fitLasso has l1Ratio 1; got l1Ratio ${String(o.l1Ratio)}`);
  }
  return fitElasticNet(X, y, { ...(o as unknown as LassoOptions), l1Ratio: 1 });
}

/** Smallest α at which every coefficient is 0: max|Xcᵀyc| / (n·ρ) (infinite for ρ = 0). */
export function alphaMax(X: number[][], y: number[], opts: { l1Ratio: number; fitIntercept?: boolean }): number {
  const o = checkOptions(opts);
  const l1Ratio = l1RatioOf(o.l1Ratio);
  return prepareOnce(X, y, { fitIntercept: fitInterceptOf(o) }).alphaMax(l1Ratio);
}

/** The decreasing α grid elasticNetPath would use (given alphas are sorted). */
export function alphaGrid(X: number[][], y: number[], opts: Pick<PathOptions, 'l1Ratio' | 'nAlphas' | 'eps' | 'alphas' | 'fitIntercept'>): number[] {
  const o = checkOptions(opts);
  gridOptions(o); // l1Ratio is required here
  return prepareOnce(X, y, { fitIntercept: fitInterceptOf(o) }).alphaGrid(o as Partial<PathOptions>);
}

/**
 * Solutions along a decreasing α grid, each warm-started from the previous ones (extrapolated,
 * see ./cd/path): the same stopping test as scikit-learn's, in about half the sweeps.
 */
export function elasticNetPath(X: number[][], y: number[], opts: PathOptions): PathResult {
  const o = checkOptions(opts);
  gridOptions(o); // l1Ratio is required here
  const fitIntercept = fitInterceptOf(o);
  solverOptions(o);
  return prepareOnce(X, y, { fitIntercept, kernels: kernelsOf(o.kernels) }).path(o as Partial<PathOptions>);
}

/** The public objective (1/2n)‖y − Xw − b‖² + αρ‖w‖₁ + α(1−ρ)/2‖w‖² at (coef, intercept). */
export function elasticNetObjective(X: number[][], y: number[], coef: number[], intercept: number, alpha: number, l1Ratio: number): number {
  const n = X.length;
  let rss = 0;
  for (let i = 0; i < n; i++) {
    let r = y[i] - intercept;
    for (let j = 0; j < coef.length; j++) r -= X[i][j] * coef[j];
    rss += r * r;
  }
  let l1 = 0;
  let l2 = 0;
  for (const c of coef) {
    l1 += Math.abs(c);
    l2 += c * c;
  }
  return rss / (2 * n) + alpha * l1Ratio * l1 + (alpha * (1 - l1Ratio) * l2) / 2;
}
