/**
 * The weight-decay demo's settings, run list and result type: what the page needs without the
 * network code (the view imports this module; the training runs in the worker, model.ts).
 */
import type { ParamSpec, StateOf } from '../kit/params';

export const DECAY_SPECS = {
  lambda: { kind: 'number', min: 1e-4, max: 1, default: 0.01, scale: 'log', step: 0.25 },
} satisfies Record<string, ParamSpec>;

export type DecaySettings = StateOf<typeof DECAY_SPECS>;

export const EPOCHS = 200;
export const LAYERS = [2, 16, 16, 1];
export const RUNS = [
  { key: 'sgdL2', optimizer: 'sgd', mode: 'l2', learningRate: 0.1 },
  { key: 'sgdWd', optimizer: 'sgd', mode: 'wd', learningRate: 0.1 },
  { key: 'adamL2', optimizer: 'adam', mode: 'l2', learningRate: 0.01 },
  { key: 'adamWd', optimizer: 'adam', mode: 'wd', learningRate: 0.01 },
] as const;

export interface DecayEpoch {
  epoch: number;
  /** ‖W‖₂ (weights, not biases) of each run, in RUNS order. */
  norms: number[];
  trainLoss: number[];
  valLoss: number[];
  /** max |θ_L2 − θ_WD| over all parameters, under SGD and under Adam. */
  diffSgd: number;
  diffAdam: number;
}
