/**
 * The logistic demo's params, constants and result types: what the page needs without the
 * engine (the view imports this module; the training runs in the worker, model.ts).
 */
import type { ParamSpec, StateOf } from '../kit/params';

export const DATASETS = ['separable', 'overlap'] as const;
export type DatasetName = (typeof DATASETS)[number];

/** The last iteration of every run. */
export const T_MAX = 10_000;

export const LOGISTIC_SPECS = {
  /** λ of the L2 penalty (λ/2)‖w‖²; the slider moves in log₁₀ λ, 0.2 a step (25 steps). */
  lambda: { kind: 'number', min: 1e-4, max: 10, default: 0.01, scale: 'log', step: 0.2 },
  /** Off: no penalty at all (λ = 0), whatever the slider says. */
  penalty: { kind: 'boolean', default: true },
  data: { kind: 'enum', values: DATASETS, default: 'separable' },
  /** The iteration shown, from 10 to T_MAX in log₁₀ steps of 0.1 (every step a different whole number). */
  iter: { kind: 'number', min: 10, max: T_MAX, default: T_MAX, scale: 'log', step: 0.1 },
} satisfies Record<string, ParamSpec>;

export type LogisticSettings = StateOf<typeof LOGISTIC_SPECS>;

/** Training points (half of each class). */
export const N_SAMPLES = 40;
/** Labels flipped in the "overlap" data set. */
export const N_FLIPPED = 4;
/** The λ of the no-JS table (0 = no penalty) and the iterations it reports. */
export const TABLE_LAMBDAS = [0, 0.001, 0.01, 0.1] as const;
export const TABLE_ITERS = [1000, T_MAX] as const;

/** Iterations at which a run records its weights: 40 per decade from 1 to T_MAX (whole numbers, each once). */
export const CHECKPOINTS: readonly number[] = [...new Set(Array.from({ length: 161 }, (_, k) => Math.round(10 ** (k / 40))))];

/** The λ in use: 0 when the penalty is off. */
export const lambdaOf = (s: Pick<LogisticSettings, 'lambda' | 'penalty'>): number => (s.penalty ? s.lambda : 0);
/** scikit-learn's C for this site's λ over n points: C = 1/(n·λ); Infinity for λ = 0 (no penalty). */
export const cOf = (lambda: number, n = N_SAMPLES): number => (lambda > 0 ? 1 / (n * lambda) : Infinity);
/** The whole iteration a slider value stands for. */
export const iterOf = (value: number): number => Math.round(value);

export interface Dataset {
  X: number[][];
  y: number[];
}

/** One gradient-descent run: the weights at each of CHECKPOINTS. */
export interface Run {
  lambda: number;
  /** [t, w₁, w₂, b] at each checkpoint t, in order. */
  points: [number, number, number, number][];
}

/** One row of the table: a run at λ, read at TABLE_ITERS. */
export interface TableRow {
  lambda: number;
  /** ‖w‖ at each of TABLE_ITERS. */
  norms: number[];
  /** Mean log-loss and training accuracy at T_MAX. */
  loss: number;
  accuracy: number;
}

/** What the figures need: the data, the run at the chosen λ, the unpenalised run to compare with, and the table. */
export interface LogisticResult {
  data: DatasetName;
  dataset: Dataset;
  run: Run;
  /** The run without a penalty (the same as `run` when the penalty is off). */
  free: Run;
  table: TableRow[];
}

/** The weights of a run at iteration t: the last checkpoint at or before t. */
export function pointAt(run: Run, t: number): [number, number, number, number] {
  let found = run.points[0]!;
  for (const q of run.points) {
    if (q[0] > t) break;
    found = q;
  }
  return found;
}

/** ‖w‖ of weights [t, w₁, w₂, b] (the intercept is not part of it, as it is not penalised). */
export const normOf = (q: readonly number[]): number => Math.hypot(q[1]!, q[2]!);

/** Mean log-loss (natural log) and training accuracy of weights [t, w₁, w₂, b] on the data. */
export function scoreOf(dataset: Dataset, q: readonly number[]): { loss: number; accuracy: number } {
  let loss = 0;
  let hits = 0;
  dataset.X.forEach((x, i) => {
    const eta = q[1]! * x[0]! + q[2]! * x[1]! + q[3]!;
    const y = dataset.y[i]!;
    // log(1 + e^η) − y·η without overflow.
    loss += (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta))) - y * eta;
    if ((eta > 0 ? 1 : 0) === y) hits++;
  });
  return { loss: loss / dataset.X.length, accuracy: hits / dataset.X.length };
}
