/**
 * The stability demo's computation. The data: 100 seeded rows of 30 standard normal features;
 * y = x1 + x2 + 0.8·x3 + 0.6·x4 + noise (sd 1.3), and x5 is a lookalike, a noise feature
 * correlated 0.8 with x1. The lasso on all the data (its path and the λ of 10-fold CV) and stability
 * selection over the common grid (complementary pairs of halves, each standardized on its own rows).
 * Pure (no DOM): build time, the worker, the tests.
 */
import { createRng, createStabilitySelection, prepareLinear, standardize, type StabilityRun } from '../../lib';
import { type FullPath, GRID, LOOKALIKE, LOOKALIKE_CORRELATION, N_FEATURES, N_SAMPLES, type Selection, TRUE_COUNT } from './specs';

export const DATA_SEED = 9;
/** True coefficients of x1…x4 (per standard deviation of the feature). */
export const TRUE_COEF = [1, 1, 0.8, 0.6] as const;
export const NOISE_SD = 1.3;
/** Folds of the cross-validation that picks the lasso's λ for prediction, and their seed. */
const CV_FOLDS = 10;
const CV_SEED = 0;

export interface Data {
  X: number[][];
  y: number[];
}

/** The seeded data (the draw order is part of the demo: row by row, then the noise of y). */
export function makeData(seed = DATA_SEED): Data {
  const rng = createRng(seed);
  const c = LOOKALIKE_CORRELATION;
  const X: number[][] = [];
  for (let i = 0; i < N_SAMPLES; i++) {
    const row = Array.from({ length: N_FEATURES }, () => rng.normal());
    row[LOOKALIKE] = c * row[0]! + Math.sqrt(1 - c * c) * row[LOOKALIKE]!;
    X.push(row);
  }
  const y = X.map((row) => TRUE_COEF.reduce((s, b, j) => s + b * row[j]!, 0) + NOISE_SD * rng.normal());
  return { X, y };
}

/** The lasso on all the standardized data along GRID, and the λ that 10-fold CV picks there. */
export function fullPath(data: Data): FullPath {
  const problem = prepareLinear(standardize(data.X).X, data.y, { l1Ratio: 1, tol: 1e-7 });
  const alphas = [...GRID];
  const path = problem.path({ alphas });
  const cv = problem.cv({ alphas, nFolds: CV_FOLDS, seed: CV_SEED });
  return { coefs: path.coefs, cvLambda: cv.alphaMin };
}

/** A stability selection run over GRID: B subsamples in B/2 complementary pairs, one path per step. */
export const createRun = (data: Data, subsamples: number, seed: number): StabilityRun =>
  createStabilitySelection(data.X, data.y, { alphas: [...GRID], nSubsamples: subsamples, seed, complementaryPairs: true });

/** The run's result as the view needs it. */
export function selectionOf(run: StabilityRun, subsamples: number, seed: number): Selection {
  const r = run.result();
  return { alphas: r.alphas, frequencies: r.frequencies, supports: r.supports, subsamples, seed };
}

/** The whole run at once (build time, quotes, tests). */
export function runSelection(data: Data, subsamples: number, seed: number): Selection {
  const run = createRun(data, subsamples, seed);
  while (!run.step());
  return selectionOf(run, subsamples, seed);
}

/** The features that carry the signal. */
export const TRUE_FEATURES: readonly number[] = Array.from({ length: TRUE_COUNT }, (_, j) => j);
