// K-fold cross-validation of the Elastic Net path, with cv.glmnet's summaries:
// mean CV error per α (folds weighted by size), its standard error, α_min and α_1se
// (the largest α whose mean error is within one standard error of the minimum).
import { alphaGrid, elasticNetPath } from './elasticNet';
import { meanSquaredError, predict } from './metrics';
import { foldIds, take } from './split';
import type { PathOptions } from './types';
import { checkFiniteResult, checkMatrix, checkOptions, checkVector, integerIn } from './validate';

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
  const o = checkOptions(opts) as unknown as CvOptions;
  const [n] = checkMatrix(X);
  checkVector(y, n);
  const nFolds = integerIn(o.nFolds, 'nFolds', 2, 1e6, 5);
  const seed = integerIn(o.seed, 'seed', 0, 0xffffffff, 0);
  if (nFolds > n) throw new RangeError(`nFolds must be at most the number of samples (${n}), got ${nFolds}`);
  const pathOpts: PathOptions = {
    l1Ratio: o.l1Ratio, nAlphas: o.nAlphas, eps: o.eps, alphas: o.alphas,
    fitIntercept: o.fitIntercept, tol: o.tol, maxIter: o.maxIter,
  }; // prettier-ignore
  const alphas = alphaGrid(X, y, pathOpts);
  const ids = foldIds(n, nFolds, seed);
  const foldMse: number[][] = [];
  const sizes: number[] = [];
  for (let k = 0; k < nFolds; k++) {
    const test = ids.flatMap((f, i) => (f === k ? [i] : []));
    const train = ids.flatMap((f, i) => (f === k ? [] : [i]));
    const Xt = take(X, test);
    const yt = take(y, test);
    const path = elasticNetPath(take(X, train), take(y, train), { ...pathOpts, alphas });
    foldMse.push(path.coefs.map((coef, i) => meanSquaredError(yt, predict({ coef, intercept: path.intercepts[i] }, Xt))));
    sizes.push(test.length);
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
