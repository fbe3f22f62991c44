// Public API of the computation module (pure TypeScript: no DOM, no Astro).
export type {
  ElasticNetOptions,
  LassoOptions,
  LinearFit,
  PathOptions,
  PathResult,
  RidgeOptions,
} from './types';
export {
  alphaGrid,
  alphaMax,
  elasticNetObjective,
  elasticNetPath,
  fitElasticNet,
  fitLasso,
  MAX_ITER_LIMIT,
  RIDGE_GRID_L1_RATIO,
} from './elasticNet';
export { fitRidge } from './ridge';
export { applyScaling, standardize, unscaleCoef } from './standardize';
export type { Scaling, Standardized } from './standardize';
export { createRng } from './prng';
export type { Rng } from './prng';
export { makeCorrelatedRegression } from './synthetic';
export type { CorrelatedDataOptions, LinearData } from './synthetic';
export { DIABETES_CITATION, DIABETES_FEATURES, loadDiabetes } from './data/diabetes';
export type { Dataset } from './data/diabetes';
export { MAX_ABS_VALUE } from './validate';
export { fitLogistic, logisticObjective, predictProba, sigmoid } from './logistic';
export type { LogisticFit, LogisticOptions } from './logistic';
export { accuracy, logLoss, LOG_LOSS_CLIP, meanSquaredError, predict, r2Score } from './metrics';
export { foldIds, permutation, trainTestSplit } from './split';
export type { Split } from './split';
export { cvElasticNet } from './cv';
export type { CvOptions, CvResult } from './cv';
