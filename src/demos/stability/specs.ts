/**
 * The stability demo's params, constants and result types: what the page needs without the
 * engine (the view imports this module; the lasso paths run in the worker, model.ts).
 */
import type { ParamSpec, StateOf } from '../kit/params';

/** Rows and features of the data; the first TRUE_COUNT features carry the signal, feature LOOKALIKE copies TRUE feature 0. */
export const N_SAMPLES = 100;
export const N_FEATURES = 30;
export const TRUE_COUNT = 4;
export const LOOKALIKE = 4;
/** The lookalike's correlation with feature 0. */
export const LOOKALIKE_CORRELATION = 0.8;

/** The common λ grid, in log₁₀ λ: from GRID_TOP down to GRID_BOTTOM in steps of GRID_STEP (31 points). */
export const GRID_TOP = 0.2;
export const GRID_BOTTOM = -1.3;
export const GRID_STEP = 0.05;
export const GRID_SIZE = Math.round((GRID_TOP - GRID_BOTTOM) / GRID_STEP) + 1;
/** The grid, decreasing (the order of the engine's paths). */
export const GRID: readonly number[] = Array.from({ length: GRID_SIZE }, (_, k) => 10 ** Number((GRID_TOP - k * GRID_STEP).toFixed(10)));

export const STABILITY_SPECS = {
  /** π_thr: a feature is stable when its selection frequency reaches it somewhere in Λ. */
  threshold: { kind: 'number', min: 0.6, max: 0.9, default: 0.75, step: 0.05 },
  /** The lower end of the region Λ = [λ, λ_top]; the slider moves in log₁₀ λ, 0.1 a step (on the grid). */
  lambda: { kind: 'number', min: 10 ** GRID_BOTTOM, max: 1, default: 10 ** -0.4, scale: 'log', step: 0.1 },
  /** B, the number of subsamples (B/2 complementary pairs), 10 a step. */
  subsamples: { kind: 'number', min: 20, max: 200, default: 100, step: 10 },
  /** Seed of the subsamples ("new subsamples" counts it up). */
  seed: { kind: 'number', min: 1, max: 9999, default: 1, integer: true },
} satisfies Record<string, ParamSpec>;

export type StabilitySettings = StateOf<typeof STABILITY_SPECS>;

export type Role = 'true' | 'look' | 'noise';
export const roleOf = (j: number): Role => (j < TRUE_COUNT ? 'true' : j === LOOKALIKE ? 'look' : 'noise');

/** The lasso on all the data, once: coefficients per standard deviation along GRID, and the λ that 10-fold CV picks. */
export interface FullPath {
  /** coefs[k][j] at GRID[k]. */
  coefs: number[][];
  /** λ of least 10-fold CV error on GRID (cv.glmnet's λ_min). */
  cvLambda: number;
}

/** What the view needs of a stability selection run (the engine's result, less the subsamples' rows). */
export interface Selection {
  alphas: number[];
  /** frequencies[k][j]: Π̂_j(λ) at alphas[k]. */
  frequencies: number[][];
  /** supports[b][k]: the features subsample b selects at alphas[k]. */
  supports: number[][][];
  subsamples: number;
  seed: number;
}

/** A job's progress: subsamples fitted so far. */
export interface Progress {
  done: number;
  total: number;
}

/** The grid index of a λ on the slider (the slider's points are grid points). */
export const gridIndex = (lambda: number): number => Math.min(GRID_SIZE - 1, Math.max(0, Math.round((GRID_TOP - Math.log10(lambda)) / GRID_STEP)));
