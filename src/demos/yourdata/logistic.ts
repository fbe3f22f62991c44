/**
 * Logistic regression for a two-valued target (issue 17): the L1 (Lasso model), L2 (Ridge) or
 * Elastic Net penalty of src/lib/logistic.ts on the page's grid, 10-fold CV measured by the mean
 * binomial deviance (cv.glmnet's type.measure = "deviance"), and the fit at one λ. Path and CV are
 * runs of small steps (one λ, one fold) so that the worker can yield and stop between them.
 * scikit-learn's LogisticRegression solves the same problem with C = 1/(n·λ).
 */
import { type PreparedLogistic, cvSummary, foldIds, prepareLogistic, unscaleCoef } from '../../lib';
import { log1pExp } from '../../lib/logistic';
import type { PreparedTable } from '../../lib/table';
import { FIT, type Run, alphaGrid, problemOf } from './model';

/** Newton's KKT tolerance (relative) and step bound: tight enough to agree with scikit-learn to 1e-6. */
export const LOGISTIC = { tol: 1e-9, maxIter: 100 } as const;

const problems = new WeakMap<PreparedTable, PreparedLogistic>();
function logisticOf(prep: PreparedTable): PreparedLogistic {
  let problem = problems.get(prep);
  if (!problem) problems.set(prep, (problem = prepareLogistic(prep.X, prep.y, LOGISTIC)));
  return problem;
}

/** The page's grid: λmax = max|Xcᵀ(y − ȳ)|/(n·ρ) is the same number as for least squares (Ridge: glmnet's rule, as model.ts). */
export const logisticGrid = (prep: PreparedTable, l1Ratio: number): number[] =>
  alphaGrid(prep, l1Ratio) ?? problemOf(prep).alphaGrid({ l1Ratio, nAlphas: FIT.nAlphas, eps: FIT.eps });

/** The path, one λ per step, each fit warm-started from the previous one; coefficients as fitted (standardized scale). */
export function createLogisticPath(prep: PreparedTable, l1Ratio: number): Run<{ alphas: number[]; coefs: number[][] }> {
  const alphas = logisticGrid(prep, l1Ratio);
  const problem = logisticOf(prep);
  const coefs: number[][] = [];
  return {
    total: alphas.length,
    get completed() {
      return coefs.length;
    },
    step() {
      if (coefs.length < alphas.length) coefs.push(problem.fit(alphas[coefs.length]!, l1Ratio).coef);
      return coefs.length === alphas.length;
    },
    result: () => ({ alphas, coefs }),
  };
}

/** Mean binomial deviance −2·mean(y·log p + (1 − y)·log(1 − p)) of a fit on some rows. */
export function meanDeviance(X: number[][], y: number[], rows: readonly number[], coef: readonly number[], intercept: number): number {
  let s = 0;
  for (const i of rows) {
    let eta = intercept;
    for (let j = 0; j < coef.length; j++) eta += X[i]![j]! * coef[j]!;
    s += log1pExp(eta) - y[i]! * eta;
  }
  return (2 * s) / rows.length;
}

/** 10-fold CV on our folds (the linear CV's), one fold per step. */
export function createLogisticCv(prep: PreparedTable, l1Ratio: number, alphas: number[]): Run<ReturnType<typeof cvSummary>> {
  const { X, y } = prep;
  const n = X.length;
  const ids = foldIds(n, FIT.nFolds, FIT.seed);
  const foldErr: number[][] = [];
  const sizes: number[] = [];
  return {
    total: FIT.nFolds,
    get completed() {
      return foldErr.length;
    },
    step() {
      const k = foldErr.length;
      if (k === FIT.nFolds) return true;
      const train = ids.flatMap((f, i) => (f === k ? [] : [i]));
      const test = ids.flatMap((f, i) => (f === k ? [i] : []));
      const fold = prepareLogistic(
        train.map((i) => X[i]!),
        train.map((i) => y[i]!),
        LOGISTIC,
      );
      foldErr.push(alphas.map((a) => (({ coef, intercept }) => meanDeviance(X, y, test, coef, intercept))(fold.fit(a, l1Ratio))));
      sizes.push(test.length);
      return foldErr.length === FIT.nFolds;
    },
    result: () => cvSummary(alphas, foldErr, sizes),
  };
}

/** The fit at one λ, on the original scale of the columns (warm-started from the path). */
export function logisticCoefAt(prep: PreparedTable, l1Ratio: number, alpha: number): { coef: number[]; intercept: number } {
  const fit = logisticOf(prep).fit(alpha, l1Ratio);
  return unscaleCoef(fit.coef, fit.intercept, prep.scaling);
}
