// Solutions along a decreasing α grid, each warm-started from the previous ones extrapolated
// linearly in α (see predict): the same stopping test as scikit-learn's, in about half the sweeps.
import type { CdResult, CdSolver } from './solver';

/**
 * Solves at every alphas[k] (decreasing), from w = 0 at the first, and hands each solution to
 * `emit` (w is reused: copy what you keep).
 */
export function solvePath(
  solver: CdSolver,
  n: number,
  p: number,
  alphas: readonly number[],
  l1Ratio: number,
  tol: number,
  maxIter: number,
  emit: (k: number, w: Float64Array, r: CdResult) => void,
): void {
  const w = new Float64Array(p);
  const w1 = new Float64Array(p); // the solutions at the two previous alphas
  const w2 = new Float64Array(p);
  let l1Prev: number | undefined;
  for (let k = 0; k < alphas.length; k++) {
    const a = alphas[k];
    if (k >= 2) {
      // At most one previous step's worth of extrapolation (f ≈ 0.93 on the default grid).
      const f = (a - alphas[k - 1]) / (alphas[k - 1] - alphas[k - 2]);
      predict(w, w1, w2, Math.min(1, f));
    }
    const l1 = a * l1Ratio * n;
    const r = solver.solve(w, l1, a * (1 - l1Ratio) * n, maxIter, tol, l1Prev, k > 0);
    emit(k, w, r);
    w2.set(w1);
    w1.set(w);
    l1Prev = l1;
  }
}

/**
 * Warm start for the next α: the solution extrapolated linearly in α from the last two
 * (exact for the lasso while the support and signs stay put; the solver only needs a start).
 * Coefficients that were zero at either point keep w1; one that would change sign starts at 0.
 * f = (α_next − α_k) / (α_k − α_{k−1}).
 */
function predict(w: Float64Array, w1: Float64Array, w2: Float64Array, f: number): void {
  if (!Number.isFinite(f)) return;
  for (let j = 0; j < w.length; j++) {
    const c1 = w1[j];
    const c2 = w2[j];
    if (c1 === 0 || c2 === 0) continue;
    const next = c1 + (c1 - c2) * f;
    if (Number.isFinite(next)) w[j] = next * c1 > 0 ? next : 0;
  }
}
