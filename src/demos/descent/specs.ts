/**
 * The double-descent demo's params, constants and result type: what the page needs without the
 * engine (the view imports this module; the sweep runs in the worker, model.ts).
 */
import type { ParamSpec, StateOf } from '../kit/params';

/** Training points n, input dimension d, features drawn per draw (the largest p), draws, seed. */
export const N_SAMPLES = 30;
export const INPUTS = 8;
export const FEATURES = 4 * N_SAMPLES;
export const DRAWS = 20;
export const SEED = 1;

/** log₁₀ of the λ slider's left end, which stands for λ = 0 (no ridge), and its step. */
const LOG_MIN = -5;
const LOG_STEP = 0.25;

export const DESCENT_SPECS = {
  /** Ridge λ on a log scale from 10^−4.75 to 1; the leftmost stop (10⁻⁵) means λ = 0. */
  lambda: { kind: 'number', min: 10 ** LOG_MIN, max: 1, default: 10 ** LOG_MIN, scale: 'log', step: LOG_STEP, zeroAtMin: true },
  /** The noise level σ of the training targets, y = βᵀx + σε. */
  noise: { kind: 'number', min: 0, max: 1, default: 0.3, step: 0.1 },
} satisfies Record<string, ParamSpec>;

export type DescentSettings = StateOf<typeof DESCENT_SPECS>;

/** Every λ of the slider, in order: 0, then 10^−4.75 … 10⁰ (the slider's own values). */
export const ALPHAS: readonly number[] = Array.from({ length: 1 + -LOG_MIN / LOG_STEP }, (_, k) => (k === 0 ? 0 : 10 ** (LOG_MIN + k * LOG_STEP)));
/** The position of a slider value among ALPHAS. */
export const lambdaIndex = (value: number): number => Math.min(ALPHAS.length - 1, Math.max(0, Math.round((Math.log10(value) - LOG_MIN) / LOG_STEP)));
/** The λ a slider value stands for (0 at the left end). */
export const lambdaOf = (value: number): number => ALPHAS[lambdaIndex(value)]!;

/** The feature counts computed: every p near the threshold p = n, coarser farther away. */
export const PS: readonly number[] = [
  ...[1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 15, 16, 18, 20, 22],
  ...Array.from({ length: 13 }, (_, k) => 24 + k),
  ...[38, 40, 42, 45, 48, 51, 54, 57, 60],
  ...Array.from({ length: 10 }, (_, k) => 66 + 6 * k),
];

/** The no-JS table: test error at p = n/2, n, 2n, 4n for these λ. */
export const TABLE_PS = [N_SAMPLES / 2, N_SAMPLES, 2 * N_SAMPLES, 4 * N_SAMPLES] as const;
export const TABLE_LAMBDAS = [0, 1e-4, 1e-3, 1e-2, 1e-1, 1] as const;

/** What the figure, the status and the table show for a setting (medians over the draws). */
export interface DescentResult {
  lambda: number;
  noise: number;
  /** Test and training error at each p of PS, at λ. */
  test: number[];
  train: number[];
  /** The test error with the best λ of the slider for each p. */
  best: number[];
  /** Test error at TABLE_PS for each of TABLE_LAMBDAS. */
  table: number[][];
}

/** The value of a curve at p (p must be in PS). */
export const valueAt = (curve: readonly number[], p: number): number => curve[PS.indexOf(p)]!;
