/**
 * The overview table of the regularization page: Lasso (L1), Ridge (L2) and Elastic Net on one
 * seeded p > n regression task, α chosen by 5-fold CV. Pure except for the clock, which the
 * caller passes (build time: Node; live: the reader's browser, in a Worker).
 */
import { makeCorrelatedRegression, meanSquaredError, predict, prepareLinear, trainTestSplit } from '../../lib';
import type { ParamSpec } from '../kit/params';

export const OVERVIEW_SPECS = {
  seed: { kind: 'number', min: 0, max: 9999, default: 0, integer: true },
} satisfies Record<string, ParamSpec>;

/** The task: n = 100 samples (70 train, 30 test), p = 120 features in correlated groups of 5. */
export const TASK = {
  nSamples: 100,
  nFeatures: 120,
  groupSize: 5,
  correlation: 0.7,
  nInformative: 10,
  noise: 2,
  testFraction: 0.3,
  nFolds: 5,
  nAlphas: 50,
} as const;

/** Ridge has no finite α_max: its CV grid is 10² … 10⁻⁴ (61 values). */
export const RIDGE_ALPHAS = Array.from({ length: 61 }, (_, k) => 10 ** (2 - k / 10));

export const OVERVIEW_MODELS = [
  { key: 'lasso', l1Ratio: 1 },
  { key: 'ridge', l1Ratio: 0 },
  { key: 'enet', l1Ratio: 0.5 },
] as const;

export type ModelKey = (typeof OVERVIEW_MODELS)[number]['key'];

export interface OverviewRow {
  key: ModelKey;
  l1Ratio: number;
  /** α_min of the CV. */
  alpha: number;
  nonZero: number;
  /** ‖w‖₂ of the fit at α. */
  norm2: number;
  testMse: number;
  /** Milliseconds for the CV and the final fit. */
  ms: number;
}

export interface Overview {
  seed: number;
  nTrain: number;
  nTest: number;
  rows: OverviewRow[];
}

export const NONZERO_TOL = 1e-10;

export function computeOverview(seed: number, clock: () => number = () => performance.now()): Overview {
  const d = makeCorrelatedRegression({
    nSamples: TASK.nSamples, nFeatures: TASK.nFeatures, groupSize: TASK.groupSize, correlation: TASK.correlation,
    nInformative: TASK.nInformative, noise: TASK.noise, seed,
  }); // prettier-ignore
  const sp = trainTestSplit(d.X, d.y, { testFraction: TASK.testFraction, seed });
  // The training set is prepared once for the three models (its CV folds too); each fit starts from 0.
  const problem = prepareLinear(sp.XTrain, sp.yTrain, { warmStarts: false });
  const rows = OVERVIEW_MODELS.map(({ key, l1Ratio }): OverviewRow => {
    const t0 = clock();
    const cv = problem.cv({
      l1Ratio, nFolds: TASK.nFolds, seed,
      ...(l1Ratio === 0 ? { alphas: RIDGE_ALPHAS } : { nAlphas: TASK.nAlphas }),
    }); // prettier-ignore
    const fit = problem.fit(cv.alphaMin, l1Ratio);
    const ms = clock() - t0;
    return {
      key,
      l1Ratio,
      alpha: cv.alphaMin,
      nonZero: fit.coef.filter((c) => Math.abs(c) > NONZERO_TOL).length,
      norm2: Math.hypot(...fit.coef),
      testMse: meanSquaredError(sp.yTest, predict(fit, sp.XTest)),
      ms,
    };
  });
  return { seed, nTrain: sp.XTrain.length, nTest: sp.XTest.length, rows };
}
