/**
 * The early-stopping demo's computation. A network much bigger than its data (2-32-32-1, Adam,
 * no other regularization) learns two noisy moons from 60 points, some with flipped labels;
 * train, validation and test loss are recorded every epoch of a fixed 400-epoch run. Where
 * early stopping stops, and which epoch it restores, is then decided from the stored
 * validation history (Keras semantics, via createEarlyStopping), so patience and min_delta
 * can change without retraining. Pure (no DOM): used at build time, in the worker and on
 * the main thread.
 */
import { createEarlyStopping, createRng, createTrainer, makeMoons, trainValTestSplit } from '../../lib';
import type { ParamSpec } from '../kit/params';

export const STOPPING_SPECS = {
  patience: { kind: 'number', min: 1, max: 100, default: 30, integer: true },
  delta: { kind: 'number', min: 0, max: 0.05, default: 0, step: 0.001 },
  seed: { kind: 'number', min: 0, max: 9999, default: 4, integer: true },
} satisfies Record<string, ParamSpec>;

export interface StoppingSettings {
  patience: number;
  delta: number;
  seed: number;
}

export const MAX_EPOCHS = 400;
export const N_TRAIN = 60;
export const N_VAL = 60;
export const N_TEST = 300;
/** Gaussian noise of the moons, and the share of labels flipped (in every split alike). */
export const NOISE = 0.2;
export const FLIP = 0.1;
export const LAYERS = [2, 32, 32, 1];

/** One epoch of the run: losses are mean cross-entropy, accuracies fractions. */
export interface EpochRow {
  epoch: number;
  train: number;
  val: number;
  testLoss: number;
  testAcc: number;
}

/** The seeded task: train, validation and test parts of one draw of noisy moons. */
export function makeTask(seed: number) {
  const n = N_TRAIN + N_VAL + N_TEST;
  const all = makeMoons({ nSamples: n, noise: NOISE, seed });
  const flip = createRng((seed + 0x9e3779b9) >>> 0);
  const y = all.y.map((label) => (flip.uniform() < FLIP ? 1 - label : label));
  return trainValTestSplit(all.X, y, { validation: N_VAL / n, test: N_TEST / n, seed });
}

export const trainerOptions = (seed: number) => ({
  layerSizes: LAYERS,
  activation: 'tanh' as const,
  optimizer: 'adam' as const,
  learningRate: 0.005,
  batchSize: 20,
  seed,
});

/** A run that advances one epoch per call of next(), recording test metrics too. */
export function createStoppingRun(seed: number) {
  const task = makeTask(seed);
  const trainer = createTrainer({ X: task.train.X, y: task.train.y, XVal: task.validation.X, yVal: task.validation.y }, trainerOptions(seed));
  return {
    task,
    trainer,
    get done() {
      return trainer.epoch >= MAX_EPOCHS;
    },
    next(): EpochRow {
      const m = trainer.trainEpoch();
      const test = trainer.evaluate(task.test.X, task.test.y);
      return { epoch: m.epoch, train: m.trainLoss, val: m.valLoss!, testLoss: test.loss, testAcc: test.accuracy! };
    },
  };
}

/** The whole run at once (build time, tests). */
export function runAll(seed: number): EpochRow[] {
  const run = createStoppingRun(seed);
  const rows: EpochRow[] = [];
  while (!run.done) rows.push(run.next());
  return rows;
}

export interface Decision {
  /** Epoch at which early stopping fires, or -1 if it has not (yet). */
  stopEpoch: number;
  /** Epoch whose weights are restored (best validation loss so far), or -1 with no rows. */
  bestEpoch: number;
  /** Epochs since the last improvement, at the stop or at the last row. */
  wait: number;
}

/** Replays early stopping over a stored validation history. */
export function decide(rows: readonly EpochRow[], patience: number, minDelta: number): Decision {
  const es = createEarlyStopping<number>({ patience, minDelta });
  for (const row of rows) {
    if (es.update(row.epoch, row.val, () => row.epoch)) break;
  }
  return { stopEpoch: es.stoppedEpoch, bestEpoch: es.bestEpoch, wait: es.wait };
}
