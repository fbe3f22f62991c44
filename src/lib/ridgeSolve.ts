// Ridge regression in closed form through Cholesky:
//   minimise (1/2n)‖y − Xw − b‖² + (α/2)‖w‖²  ⇔  (XᵀX + nα·I) w = Xᵀy  on centred data,
// which is scikit-learn's Ridge(alpha = n·α). When p > n we solve the n×n dual system
// (XXᵀ + nα·I) a = y and set w = Xᵀa, which gives the same w. The public fit is ./ridge.
import { cholesky, choleskySolve, xtv } from './linalg';
import { checkFiniteResult } from './validate';

/** A centred problem and the matrix of its normal equations. */
export interface RidgeSystem {
  n: number;
  p: number;
  X: Float64Array;
  y: Float64Array;
  /** XᵀX (p×p) when p ≤ n, else XXᵀ (n×n). */
  G: Float64Array;
  /** Xᵀy (used when p ≤ n). */
  b: Float64Array;
}

/** Ridge coefficients for each α of the list. */
export function ridgeCoefs(s: RidgeSystem, alphas: readonly number[]): Float64Array[] {
  const { n, p, X, y, G, b } = s;
  const out: Float64Array[] = [];
  if (p <= n) {
    for (const a of alphas) out.push(choleskySolve(cholesky(G, p, n * a), p, b));
  } else {
    for (const a of alphas) out.push(xtv(X, n, p, choleskySolve(cholesky(G, n, n * a), n, y)));
  }
  for (const w of out) checkFiniteResult(w, 'ridge coefficient vector');
  return out;
}
