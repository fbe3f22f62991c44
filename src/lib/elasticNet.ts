// Public Elastic Net / Lasso fits and the regularisation path (scikit-learn conventions).
//   objective: (1/2n)‖y − Xw − b‖² + α·ρ·‖w‖₁ + α·(1−ρ)/2·‖w‖²
import { CdSolver } from './cd';
import { type Design, interceptFor, makeDesign } from './design';
import { xtv } from './linalg';
import { ridgeCoefs } from './ridge';
import type { ElasticNetOptions, LassoOptions, LinearFit, PathOptions, PathResult } from './types';
import { MAX_ABS_VALUE, booleanOr, checkAlphas, checkFiniteResult, checkOptions, integerIn, numberIn } from './validate';

/** Upper bound on maxIter, so that no call can loop for ever by accident. */
export const MAX_ITER_LIMIT = 1e8;

/** ρ used for the default grid when l1Ratio is 0 (glmnet's choice for alpha = 0). */
export const RIDGE_GRID_L1_RATIO = 1e-3;

interface SolverOptions {
  fitIntercept: boolean;
  tol: number;
  maxIter: number;
}

function solverOptions(o: Record<string, unknown>): SolverOptions {
  return {
    fitIntercept: booleanOr(o.fitIntercept, 'fitIntercept', true),
    tol: numberIn(o.tol, 'tol', 0, Infinity, 1e-4),
    maxIter: integerIn(o.maxIter, 'maxIter', 1, MAX_ITER_LIMIT, 1000),
  };
}

const l1RatioOf = (v: unknown): number => numberIn(v, 'l1Ratio', 0, 1);
const alphaOf = (v: unknown, name = 'alpha'): number => numberIn(v, name, 0, MAX_ABS_VALUE);

export function fitElasticNet(X: number[][], y: number[], opts: ElasticNetOptions): LinearFit {
  const o = checkOptions(opts);
  const alpha = alphaOf(o.alpha);
  const l1Ratio = l1RatioOf(o.l1Ratio);
  const so = solverOptions(o);
  const d = makeDesign(X, y, so.fitIntercept, true); // d does not outlive this call
  const w = new Float64Array(d.p);
  const r = new CdSolver(d).solve(w, alpha * l1Ratio * d.n, alpha * (1 - l1Ratio) * d.n, so.maxIter, so.tol);
  return finish(d, w, r.nIter, r.converged, r.gap);
}

export function fitLasso(X: number[][], y: number[], opts: LassoOptions): LinearFit {
  const o = checkOptions(opts);
  if (o.l1Ratio !== undefined && o.l1Ratio !== 1) {
    throw new RangeError(`fitLasso has l1Ratio 1; got l1Ratio ${String(o.l1Ratio)}`);
  }
  return fitElasticNet(X, y, { ...(o as unknown as LassoOptions), l1Ratio: 1 });
}

function finish(d: Design, w: Float64Array, nIter: number, converged: boolean, gap: number): LinearFit {
  checkFiniteResult(w, 'coefficient vector');
  const intercept = interceptFor(d, w);
  checkFiniteResult([intercept, gap], 'intercept or duality gap');
  return { coef: toArray(w), intercept, nIter, converged, dualGap: gap };
}

/** number[] copy of a typed array (Array.from is slow on typed arrays). */
function toArray(w: Float64Array): number[] {
  const out = new Array<number>(w.length);
  for (let j = 0; j < w.length; j++) out[j] = w[j];
  return out;
}

/** Smallest α at which every coefficient is 0: max|Xcᵀyc| / (n·ρ) (infinite for ρ = 0). */
export function alphaMax(X: number[][], y: number[], opts: { l1Ratio: number; fitIntercept?: boolean }): number {
  const o = checkOptions(opts);
  const l1Ratio = l1RatioOf(o.l1Ratio);
  const d = makeDesign(X, y, booleanOr(o.fitIntercept, 'fitIntercept', true));
  return alphaMaxOf(new CdSolver(d, false).maxAbsXty(), d.n, l1Ratio);
}

/**
 * max|Xᵀy|/(nρ), raised by 4 units in the last place so that α·ρ·n, computed back from it,
 * is never a rounding error below max|Xᵀy|: the fit at αmax is then exactly zero.
 */
function alphaMaxOf(maxAbsXty: number, n: number, l1Ratio: number): number {
  // Xᵀy = 0: every coefficient is 0 for every α, so αmax is 0 (also for ρ = 0, not 0/0).
  if (maxAbsXty === 0) return 0;
  return (maxAbsXty / (n * l1Ratio)) * (1 + 4 * Number.EPSILON);
}

/**
 * scikit-learn's grid: nAlphas values log-spaced from αmax down to eps·αmax. For ρ = 0 we
 * follow glmnet and compute αmax as if ρ were 1e-3 (documented default; pass `alphas` instead).
 */
function defaultGrid(maxAbsXty: number, n: number, l1Ratio: number, nAlphas: number, eps: number): number[] {
  const aMax = alphaMaxOf(maxAbsXty, n, l1Ratio > 0 ? l1Ratio : RIDGE_GRID_L1_RATIO);
  const resolution = 1e-15; // numpy's finfo(float64).resolution, as scikit-learn
  if (aMax <= resolution) return new Array<number>(nAlphas).fill(resolution);
  if (nAlphas === 1) return [aMax];
  // numpy.logspace(lo, hi, nAlphas)[::-1], term by term as numpy.linspace computes it.
  const hi = Math.log10(aMax);
  const lo = Math.log10(aMax * eps);
  const step = (hi - lo) / (nAlphas - 1);
  const out: number[] = [aMax];
  for (let k = nAlphas - 2; k >= 0; k--) out.push(10 ** (k * step + lo));
  return out;
}

interface GridOptions {
  l1Ratio: number;
  nAlphas: number;
  eps: number;
  given: number[] | null;
}

function gridOptions(o: Record<string, unknown>): GridOptions {
  return {
    l1Ratio: l1RatioOf(o.l1Ratio),
    nAlphas: integerIn(o.nAlphas, 'nAlphas', 1, 100000, 100),
    eps: numberIn(o.eps, 'eps', Number.MIN_VALUE, 1, 1e-3),
    given: o.alphas === undefined ? null : checkAlphas(o.alphas).map((a, k) => alphaOf(a, `alphas[${k}]`)),
  };
}

/** The grid; maxAbsXty (max|Xᵀy| on d) is computed unless the caller has it already. */
function gridFor(d: Design, g: GridOptions, maxAbsXty?: number): number[] {
  if (g.given) return [...g.given].sort((a, b) => b - a);
  let m = 0;
  if (maxAbsXty === undefined) {
    const q = xtv(d.X, d.n, d.p, d.y);
    for (let j = 0; j < d.p; j++) m = Math.max(m, Math.abs(q[j]));
  } else m = maxAbsXty;
  return defaultGrid(m, d.n, g.l1Ratio, g.nAlphas, g.eps);
}

/** The decreasing α grid elasticNetPath would use (given alphas are sorted). */
export function alphaGrid(X: number[][], y: number[], opts: Pick<PathOptions, 'l1Ratio' | 'nAlphas' | 'eps' | 'alphas' | 'fitIntercept'>): number[] {
  const o = checkOptions(opts);
  const g = gridOptions(o);
  return gridFor(makeDesign(X, y, booleanOr(o.fitIntercept, 'fitIntercept', true)), g);
}

/**
 * Solutions along a decreasing α grid, each warm-started from the previous ones (extrapolated,
 * see predict): the same stopping test as scikit-learn's, in about half the sweeps.
 */
export function elasticNetPath(X: number[][], y: number[], opts: PathOptions): PathResult {
  const o = checkOptions(opts);
  const g = gridOptions(o);
  const { l1Ratio } = g;
  const so = solverOptions(o);
  const d = makeDesign(X, y, so.fitIntercept, true); // d does not outlive this call
  const solver = l1Ratio > 0 ? new CdSolver(d, d.n > d.p) : null;
  const alphas = gridFor(d, g, solver?.maxAbsXty());

  const res: PathResult = {
    alphas,
    coefs: [],
    intercepts: [],
    nIters: [],
    converged: [],
    dualGaps: [],
  };
  if (!solver) {
    // Ridge: closed form at every α (exact, no iterations).
    for (const w of ridgeCoefs(d, alphas)) push(res, d, w, 1, true, 0);
    return res;
  }
  const w = new Float64Array(d.p);
  const w1 = new Float64Array(d.p); // the solutions at the two previous alphas
  const w2 = new Float64Array(d.p);
  let l1Prev: number | undefined;
  for (let k = 0; k < alphas.length; k++) {
    const a = alphas[k];
    if (k >= 2) {
      // At most one previous step's worth of extrapolation (f ≈ 0.93 on the default grid).
      const f = (a - alphas[k - 1]) / (alphas[k - 1] - alphas[k - 2]);
      predict(w, w1, w2, Math.min(1, f));
    }
    const l1 = a * l1Ratio * d.n;
    const r = solver.solve(w, l1, a * (1 - l1Ratio) * d.n, so.maxIter, so.tol, l1Prev);
    push(res, d, w, r.nIter, r.converged, r.gap);
    w2.set(w1);
    w1.set(w);
    l1Prev = l1;
  }
  return res;
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

function push(res: PathResult, d: Design, w: Float64Array, nIter: number, conv: boolean, gap: number): void {
  const fit = finish(d, w, nIter, conv, gap);
  res.coefs.push(fit.coef);
  res.intercepts.push(fit.intercept);
  res.nIters.push(nIter);
  res.converged.push(conv);
  res.dualGaps.push(gap);
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
