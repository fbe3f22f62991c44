// Ridge regression in closed form through Cholesky:
//   minimise (1/2n)‖y − Xw − b‖² + (α/2)‖w‖²  ⇔  (XᵀX + nα·I) w = Xᵀy  on centred data,
// which is scikit-learn's Ridge(alpha = n·α). When p > n we solve the n×n dual system
// (XXᵀ + nα·I) a = y and set w = Xᵀa, which gives the same w.
import { type Design, interceptFor, makeDesign } from './design';
import { cholesky, choleskySolve, gram, outerGram, xtv } from './linalg';
import type { LinearFit, RidgeOptions } from './types';
import { MAX_ABS_VALUE, booleanOr, checkFiniteResult, checkOptions, numberIn } from './validate';

/** Ridge coefficients on a prepared design for each α of the list. */
export function ridgeCoefs(d: Design, alphas: readonly number[]): Float64Array[] {
  const { n, p, X, y } = d;
  const out: Float64Array[] = [];
  if (p <= n) {
    const G = gram(X, n, p);
    const b = xtv(X, n, p, y);
    for (const a of alphas) out.push(choleskySolve(cholesky(G, p, n * a), p, b));
  } else {
    const K = outerGram(X, n, p);
    for (const a of alphas) out.push(xtv(X, n, p, choleskySolve(cholesky(K, n, n * a), n, y)));
  }
  for (const w of out) checkFiniteResult(w, 'ridge coefficient vector');
  return out;
}

export function fitRidge(X: number[][], y: number[], opts: RidgeOptions): LinearFit {
  const o = checkOptions(opts);
  const alpha = numberIn(o.alpha, 'alpha', 0, MAX_ABS_VALUE);
  const fitIntercept = booleanOr(o.fitIntercept, 'fitIntercept', true);
  const d = makeDesign(X, y, fitIntercept);
  const [w] = ridgeCoefs(d, [alpha]);
  return {
    coef: Array.from(w),
    intercept: interceptFor(d, w),
    nIter: 1,
    converged: true,
    dualGap: 0,
  };
}
