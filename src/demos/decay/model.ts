/**
 * The weight-decay demo's computation: one network, one data set, one seed, trained four
 * ways with the same λ: SGD with an L2 term (λ/2)‖W‖² in the loss, SGD with decoupled decay
 * w ← w − η·λ·w, and the same two under Adam (the second is AdamW, Loshchilov & Hutter 2019).
 * Under SGD the pairs coincide up to rounding; under Adam they do not. Pure (no DOM); runs at
 * build time and as a job of the compute channel (jobs.ts).
 */
import { createTrainer } from '../../lib';
import type { ParamSpec, StateOf } from '../kit/params';
import { STOPPING_SPECS, makeTask } from '../stopping/model';

export const DECAY_SPECS = {
  lambda: { kind: 'number', min: 1e-4, max: 1, default: 0.01, scale: 'log', step: 0.25 },
} satisfies Record<string, ParamSpec>;

export type DecaySettings = StateOf<typeof DECAY_SPECS>;

export const EPOCHS = 200;
export const LAYERS = [2, 16, 16, 1];
export const SEED = STOPPING_SPECS.seed.default;
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

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k]! - b[k]!));
  return m;
}

/** The four trainers, advanced one epoch (all four) per next(). */
export function createDecayRuns(lambda: number) {
  const task = makeTask(SEED);
  const data = { X: task.train.X, y: task.train.y, XVal: task.validation.X, yVal: task.validation.y };
  const trainers = RUNS.map((r) =>
    createTrainer(data, {
      layerSizes: LAYERS,
      activation: 'tanh',
      optimizer: r.optimizer,
      learningRate: r.learningRate,
      batchSize: 20,
      seed: SEED,
      ...(r.mode === 'l2' ? { l2: lambda } : { weightDecay: lambda }),
    }),
  );
  return {
    get done() {
      return trainers[0]!.epoch >= EPOCHS;
    },
    next(): DecayEpoch {
      const m = trainers.map((tr) => tr.trainEpoch());
      return {
        epoch: m[0]!.epoch,
        norms: m.map((x) => Math.sqrt(x.weightNormSquared)),
        trainLoss: m.map((x) => x.trainLoss),
        valLoss: m.map((x) => x.valLoss!),
        diffSgd: maxAbsDiff(trainers[0]!.network.params, trainers[1]!.network.params),
        diffAdam: maxAbsDiff(trainers[2]!.network.params, trainers[3]!.network.params),
      };
    },
  };
}

export function runDecay(lambda: number): DecayEpoch[] {
  const runs = createDecayRuns(lambda);
  const out: DecayEpoch[] = [];
  while (!runs.done) out.push(runs.next());
  return out;
}
