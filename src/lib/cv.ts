// K-fold cross-validation of the Elastic Net path, with cv.glmnet's summaries:
// mean CV error per α (folds weighted by size), its standard error, α_min and α_1se
// (the largest α whose mean error is within one standard error of the minimum).
import { l1RatioOf } from './linearOptions';
import { type LinearProblem, prepareLinear } from './prepared';
import { foldIds } from './split';
import type { PathOptions } from './types';
import { checkFiniteResult, checkOptions, integerIn } from './validate';

export interface CvOptions extends PathOptions {
  /** Number of folds (default 5). */
  nFolds?: number;
  /** Seed of the fold assignment (default 0). */
  seed?: number;
}

export interface CvResult {
  /** The grid, decreasing (computed on all the data, as glmnet and scikit-learn do). */
  alphas: number[];
  /** Mean held-out MSE per α. */
  meanMse: number[];
  /** Standard error of meanMse per α. */
  seMse: number[];
  /** foldMse[k][i]: MSE on fold k at alphas[i]. */
  foldMse: number[][];
  foldIds: number[];
  alphaMin: number;
  alpha1se: number;
  indexMin: number;
  index1se: number;
}

export function cvElasticNet(X: number[][], y: number[], opts: CvOptions): CvResult {
  const o = checkOptions(opts) as Partial<CvOptions>;
  l1RatioOf(o.l1Ratio); // required here, as in elasticNetPath
  return prepareLinear(X, y, { fitIntercept: o.fitIntercept, kernels: o.kernels }).cv(o);
}

/** cvElasticNet on a prepared problem; the folds' problems are kept on it for the next call. */
export function crossValidate(problem: LinearProblem, opts: Partial<CvOptions>): CvResult {
  const o = checkOptions(opts) as Partial<CvOptions>;
  const { n } = problem;
  const nFolds = integerIn(o.nFolds, 'nFolds', 2, 1e6, 5);
  const seed = integerIn(o.seed, 'seed', 0, 0xffffffff, 0);
  if (nFolds > n) throw new RangeError(`nFolds must be at most the number of samples (${n}), got ${nFolds}`);
  const pathOpts: Partial<PathOptions> = {
    l1Ratio: o.l1Ratio, nAlphas: o.nAlphas, eps: o.eps, alphas: o.alphas,
    fitIntercept: o.fitIntercept, tol: o.tol, maxIter: o.maxIter,
  }; // prettier-ignore
  const alphas = problem.alphaGrid(pathOpts);
  const ids = foldIds(n, nFolds, seed);
  const folds = foldsOf(problem, ids, nFolds, seed);
  const foldMse: number[][] = [];
  const sizes: number[] = [];
  for (let k = 0; k < nFolds; k++) {
    const path = folds.problems[k].path({ ...pathOpts, alphas });
    const test = folds.tests[k];
    foldMse.push(path.coefs.map((coef, i) => heldOutMse(test, coef, path.intercepts[i])));
    sizes.push(test.m);
  }
  const total = sizes.reduce((a, b) => a + b, 0);
  const meanMse = alphas.map((_, i) => foldMse.reduce((s, f, k) => s + sizes[k] * f[i], 0) / total);
  const seMse = alphas.map((_, i) => {
    const v = foldMse.reduce((s, f, k) => s + sizes[k] * (f[i] - meanMse[i]) ** 2, 0) / total;
    return Math.sqrt(v / (nFolds - 1));
  });
  // Squared errors of data near the ±1e150 limit can overflow: say so rather than return NaN.
  for (const f of foldMse) checkFiniteResult(f, 'cross-validation error of a fold');
  checkFiniteResult(seMse, 'standard error of the cross-validation error');
  let indexMin = 0;
  for (let i = 1; i < alphas.length; i++) if (meanMse[i] < meanMse[indexMin]) indexMin = i;
  const bound = meanMse[indexMin] + seMse[indexMin];
  let index1se = indexMin;
  for (let i = 0; i < indexMin; i++) {
    if (meanMse[i] <= bound) {
      index1se = i; // alphas decrease: the first hit is the largest α
      break;
    }
  }
  return {
    alphas, meanMse, seMse, foldMse, foldIds: ids, indexMin, index1se,
    alphaMin: alphas[indexMin], alpha1se: alphas[index1se],
  }; // prettier-ignore
}

/** A fold's held-out rows, copied row by row (m×p), with their targets. */
export interface HeldOut {
  m: number;
  p: number;
  X: Float64Array;
  y: Float64Array;
}

/** The folds' training problems and test rows, prepared once per (nFolds, seed). */
function foldsOf(problem: LinearProblem, ids: readonly number[], nFolds: number, seed: number): NonNullable<LinearProblem['folds']> {
  const key = `${nFolds}|${seed}`;
  if (problem.folds?.key === key) return problem.folds;
  const src = problem.source!;
  const problems: LinearProblem[] = [];
  const tests: HeldOut[] = [];
  for (let k = 0; k < nFolds; k++) {
    tests.push(
      heldOut(
        src.X,
        src.y,
        src.n,
        src.p,
        ids.flatMap((f, i) => (f === k ? [i] : [])),
      ),
    );
    problems.push(problem.subproblem(ids.flatMap((f, i) => (f === k ? [] : [i]))));
  }
  problem.folds = { key, problems, tests };
  return problem.folds;
}

/** The rows `rows` of the column-major n-row X, row by row: predictions then read memory in order. */
function heldOut(X: Float64Array, y: Float64Array, n: number, p: number, rows: readonly number[]): HeldOut {
  const m = rows.length;
  const Xt = new Float64Array(m * p);
  const yt = new Float64Array(m);
  for (let j = 0; j < p; j++) {
    const col = j * n;
    for (let r = 0; r < m; r++) Xt[r * p + j] = X[col + rows[r]];
  }
  for (let r = 0; r < m; r++) yt[r] = y[rows[r]];
  return { m, p, X: Xt, y: yt };
}

/**
 * Mean squared error of (coef, intercept) on held-out rows, each prediction summed as
 * metrics.predict does (intercept first, then feature by feature). Zero coefficients are
 * skipped: adding x·0 leaves a finite sum as it is.
 */
function heldOutMse(t: HeldOut, coef: readonly number[], intercept: number): number {
  const { m, p, X, y } = t;
  const nz: number[] = [];
  for (let j = 0; j < p; j++) if (coef[j] !== 0) nz.push(j);
  let s = 0;
  for (let r = 0; r < m; r++) {
    const off = r * p;
    let pred = intercept;
    for (let k = 0; k < nz.length; k++) pred += X[off + nz[k]] * coef[nz[k]];
    s += (y[r] - pred) ** 2;
  }
  return s / m;
}
