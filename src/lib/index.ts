// Public API of the computation module (pure TypeScript: no DOM, no Astro).
export type { ElasticNetOptions, LassoOptions, LinearFit, PathOptions, PathResult, RidgeOptions } from './types';
export { alphaGrid, alphaMax, elasticNetObjective, elasticNetPath, fitElasticNet, fitLasso, MAX_ITER_LIMIT, RIDGE_GRID_L1_RATIO } from './elasticNet';
export { fitRidge } from './ridge';
export { prepareLinear } from './prepared';
export { createKernels } from './kernels/kernels';
export type { KernelMatrix, Kernels, KernelOptions } from './kernels/kernels';
export type { FitOptions, PrepareLinearOptions, PreparedLinear } from './prepared';
export { applyScaling, standardize, unscaleCoef } from './standardize';
export type { Scaling, Standardized } from './standardize';
export { createRng } from './prng';
export type { Rng } from './prng';
export { makeCorrelatedRegression } from './synthetic';
export type { CorrelatedDataOptions, LinearData } from './synthetic';
export { DIABETES_CITATION, DIABETES_FEATURES, loadDiabetes } from './data/diabetes';
export type { Dataset } from './data/diabetes';
export { MAX_ABS_VALUE } from './validate';
export { fitLogistic, logisticObjective, predictProba, prepareLogistic, sigmoid } from './logistic';
export type { LogisticFit, LogisticOptions, LogisticPath, LogisticPathOptions, PrepareLogisticOptions, PreparedLogistic } from './logistic';
export { createLogisticDescent, MAX_STEPS_PER_CALL } from './logisticDescent';
export type { LogisticDescent, LogisticDescentOptions } from './logisticDescent';
export { accuracy, logLoss, LOG_LOSS_CLIP, meanSquaredError, predict, r2Score } from './metrics';
export { foldIds, permutation, trainTestSplit, trainValTestSplit } from './split';
export type { Split, TrainValTestSplit } from './split';
export { linspace, logspace } from './grid';
export { cvElasticNet, cvSummary } from './cv';
export type { CvOptions, CvResult, CvRun } from './cv';

// Double descent: the SVD, ridge and minimum-norm least squares without an intercept, random ReLU
// features with their exact test error, and the sweep over the number of features.
export { thinSvd } from './svd';
export type { Svd } from './svd';
export { defaultRcond, fitMinNorm, ridgeSpectrum, spectralFactors } from './minNorm';
export type { FitMinNormOptions, MinNormFit, MinNormOptions, RidgeSpectrum } from './minNorm';
export { reluFeatureMoments, reluFeatureRisk, reluFeatures, reluKernel, reluTargetMoments } from './randomFeatures';
export { COEFFS as DESCENT_COEFFS, createDescentSweep, descentCurve, doubleDescentSweep, drawErrors, drawSeed, makeDescentTask } from './doubleDescent';
export type { DescentDraw, DescentSweep, DescentSweepOptions, DescentTask, DescentTaskOptions } from './doubleDescent';

// Geometry of the penalties (the L1 diamond and the L2 disc).
export { l1ConstrainedOptimum, l2ConstrainedOptimum, lossEllipse, quadLoss } from './geometry';
export type { Quad2, Vec2 } from './geometry';

// Neural networks: a small MLP with L2 or decoupled weight decay, dropout and DropConnect.
export { createTrainer } from './nn/trainer';
export type { EpochMetrics, Masks, StepResult, Trainer, TrainerOptions, TrainingData } from './nn/trainer';
export { createEarlyStopping } from './nn/earlyStopping';
export type { EarlyStopping, EarlyStoppingOptions } from './nn/earlyStopping';
export { trainWithEarlyStopping } from './nn/trainWithEarlyStopping';
export type { TrainWithEarlyStoppingOptions, TrainWithEarlyStoppingResult } from './nn/trainWithEarlyStopping';
export { allocateNetwork, initialize, loadInto, serialize, weightNormSquared } from './nn/network';
export type { Network, SerializedNetwork, Task } from './nn/network';
export type { Activation } from './nn/activations';
export type { OptimizerName } from './nn/optimizers';
export type { Evaluation } from './nn/gradient';

// Synthetic data.
export { makeCircles, makeMoons, makeSpirals, NORMAL_BOUND } from './data/classification2d';
export type { ClassificationData } from './data/classification2d';
export { makeNoisySine, sineTarget } from './data/noisySine';
export type { RegressionData1D } from './data/noisySine';
export { makeTinyShapes } from './data/tinyShapes';

// Overfitting: polynomial fits, sweeps over degree and λ, the bias–variance decomposition.
export { polynomialFeatures, MAX_DEGREE } from './overfit/polynomial';
export { evalPolynomial, fitPolynomial } from './overfit/leastSquares';
export type { PolynomialFit } from './overfit/leastSquares';
export { degreeSweep, lambdaSweep, mse as polynomialMse, testSeed } from './overfit/sweep';

// Data augmentation.
export { augmentPoints, rotatePoint } from './augment/points';
export { addPixelNoise, augmentImage, flipHorizontal, rotate as rotateImage, translate as translateImage } from './augment/images';
export type { TinyImage } from './augment/images';
export { compareAugmentation } from './augment/compare';
export type { AugmentComparison } from './augment/compare';

// Sparse penalties beyond L1: the univariate thresholding rules (orthonormal case, ESL Table 3.4).
export {
  adaptiveLassoThreshold,
  hardThreshold,
  l0Penalty,
  mcpPenalty,
  mcpThreshold,
  MCP_DEFAULT_GAMMA,
  relaxedLassoThreshold,
  SCAD_DEFAULT_A,
  scadPenalty,
  scadThreshold,
  softThreshold,
  THRESHOLD_RULES,
  thresholdBy,
  thresholdJumps,
} from './penalties';
export type { ThresholdOptions, ThresholdRule } from './penalties';

// The settings crosswalk: one regularization setting in scikit-learn's, glmnet's, statsmodels', Keras' and PyTorch's terms.
export {
  CONTEXT_PARAMS,
  LIBRARIES,
  LOSS_CONVENTIONS,
  PARAMS,
  CrosswalkRangeError,
  checkParam,
  convert,
  fitsTask,
  fromCanonical,
  lossFactor,
  taskOf,
  toCanonical,
} from './crosswalk';
export type {
  Canonical,
  CrosswalkContext,
  Equivalent,
  Equivalents,
  Library,
  LossConvention,
  ParamKind,
  ParamSpec,
  Setting,
  SettingOf,
  CrosswalkTask,
} from './crosswalk';

// Stability selection: lasso paths on subsamples of half the rows, selection frequencies, the error bound.
export { createStabilitySelection, STABILITY_TOL, drawSubsamples, stabilitySelection } from './stability';
export type { StabilityOptions, StabilityResult, StabilityRun, SubsampleOptions } from './stability';
export { averageSelected, errorBound, maxFrequency, regionIndices, stableSet } from './stableSet';
export type { Region } from './stableSet';
