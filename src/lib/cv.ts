// K-fold cross-validation of the Elastic Net path, with cv.glmnet's summaries:
// mean CV error per α (folds weighted by size), its standard error, α_min and α_1se
// (the largest α whose mean error is within one standard error of the minimum).
import type { Source } from './design';
import type { KernelMatrix, Kernels } from './kernels/kernels';
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
  const run = cvSteps(problem, opts);
  while (!run.step());
  return run.result();
}

/**
 * A cross-validation in steps of one fold, so that a worker can report progress and stop
 * between folds: step() fits the next fold's path and says whether all are done; result() is
 * cvElasticNet's answer once they are.
 */
export interface CvRun {
  /** The number of folds. */
  readonly total: number;
  /** The folds done so far. */
  readonly completed: number;
  step(): boolean;
  result(): CvResult;
}

export function cvSteps(problem: LinearProblem, opts: Partial<CvOptions>): CvRun {
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
  return {
    total: nFolds,
    get completed() {
      return foldMse.length;
    },
    step() {
      const k = foldMse.length;
      if (k < nFolds) {
        const { train, test } = foldOf(problem, folds, k);
        const path = train.path({ ...pathOpts, alphas });
        foldMse.push(path.coefs.map((coef, i) => heldOutMse(test, coef, path.intercepts[i])));
        sizes.push(test.m);
      }
      return foldMse.length === nFolds;
    },
    result() {
      if (foldMse.length < nFolds) throw new RangeError(`the cross-validation has ${foldMse.length} of its ${nFolds} folds: call step() until it returns true`);
      // Squared errors of data near the ±1e150 limit can overflow: say so rather than return NaN.
      for (const f of foldMse) checkFiniteResult(f, 'cross-validation error of a fold');
      return { alphas, ...cvSummary(alphas, foldMse, sizes), foldMse, foldIds: ids };
    },
  };
}

/**
 * cv.glmnet's summary of fold errors: foldErr[k][i] is fold k's error at alphas[i] (decreasing),
 * sizes[k] its held-out rows. Mean error per α (folds weighted by size), its standard error,
 * α_min and α_1se (the largest α whose mean error is within one standard error of the minimum).
 */
export function cvSummary(alphas: readonly number[], foldErr: readonly (readonly number[])[], sizes: readonly number[]) {
  const nFolds = foldErr.length;
  if (nFolds < 2 || sizes.length !== nFolds)
    throw new RangeError(`a CV summary needs at least 2 folds and one size per fold, got ${nFolds} and ${sizes.length}`);
  const total = sizes.reduce((a, b) => a + b, 0);
  const meanMse = alphas.map((_, i) => foldErr.reduce((s, f, k) => s + sizes[k] * f[i], 0) / total);
  const seMse = alphas.map((_, i) => {
    const v = foldErr.reduce((s, f, k) => s + sizes[k] * (f[i] - meanMse[i]) ** 2, 0) / total;
    return Math.sqrt(v / (nFolds - 1));
  });
  checkFiniteResult(meanMse, 'mean cross-validation error');
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
  return { meanMse, seMse, indexMin, index1se, alphaMin: alphas[indexMin], alpha1se: alphas[index1se] };
}

/**
 * A fold's held-out rows, copied row by row (m×p), with their targets. With kernels, X lives in a
 * p×m kernel matrix whose columns are those rows, so that all m predictions are one SIMD Xᵀv.
 */
export interface HeldOut {
  m: number;
  p: number;
  X: Float64Array;
  y: Float64Array;
  matrix?: KernelMatrix;
}

/** SIMD predictions once more than 1/SIMD_SHARE of the coefficients are not 0 (below, skipping zeros is faster). */
const SIMD_SHARE = 4;

type Folds = NonNullable<LinearProblem['folds']>;

/** The folds of (nFolds, seed), kept on the problem; each fold is prepared when first needed. */
function foldsOf(problem: LinearProblem, ids: readonly number[], nFolds: number, seed: number): Folds {
  const key = `${nFolds}|${seed}`;
  if (problem.folds?.key !== key) problem.folds = { key, ids, problems: [], tests: [] };
  return problem.folds;
}

/** Fold k's training problem and held-out rows, prepared once. */
function foldOf(problem: LinearProblem, folds: Folds, k: number): { train: LinearProblem; test: HeldOut } {
  if (!folds.problems[k]) {
    const src = problem.source!;
    folds.tests[k] = heldOut(
      src,
      folds.ids.flatMap((f, i) => (f === k ? [i] : [])),
      problem.settings.kernels,
    );
    folds.problems[k] = problem.subproblem(folds.ids.flatMap((f, i) => (f === k ? [] : [i])));
  }
  return { train: folds.problems[k], test: folds.tests[k] };
}

/** The rows `rows` of the column-major n-row X, row by row: predictions then read memory in order. */
function heldOut({ X, y, n, p }: Source, rows: readonly number[], kernels: Kernels | null | undefined): HeldOut {
  const m = rows.length;
  const matrix = kernels?.simd ? kernels.matrix(p, m) : undefined;
  const Xt = matrix ? matrix.X : new Float64Array(m * p);
  const yt = new Float64Array(m);
  for (let j = 0; j < p; j++) {
    const col = j * n;
    for (let r = 0; r < m; r++) Xt[r * p + j] = X[col + rows[r]];
  }
  for (let r = 0; r < m; r++) yt[r] = y[rows[r]];
  return { m, p, X: Xt, y: yt, matrix };
}

/**
 * Mean squared error of (coef, intercept) on held-out rows. With few non-zero coefficients each
 * prediction is summed as metrics.predict does (intercept first, then feature by feature),
 * skipping the zeros (adding x·0 leaves a finite sum as it is); with more, in SIMD when the rows
 * live in a kernel matrix (the same sums in another order: they differ in the last bits).
 */
function heldOutMse(t: HeldOut, coef: readonly number[], intercept: number): number {
  const { m, p, X, y, matrix } = t;
  const nz: number[] = [];
  for (let j = 0; j < p; j++) if (coef[j] !== 0) nz.push(j);
  let s = 0;
  if (matrix && nz.length * SIMD_SHARE > p) {
    matrix.v.set(coef);
    const xb = matrix.xtv();
    for (let r = 0; r < m; r++) s += (y[r] - (intercept + xb[r])) ** 2;
    return s / m;
  }
  for (let r = 0; r < m; r++) {
    const off = r * p;
    let pred = intercept;
    for (let k = 0; k < nz.length; k++) pred += X[off + nz[k]] * coef[nz[k]];
    s += (y[r] - pred) ** 2;
  }
  return s / m;
}
