/**
 * The weight-decay demo's computation: one network, one data set, one seed, trained four
 * ways with the same λ: SGD with an L2 term (λ/2)‖W‖² in the loss, SGD with decoupled decay
 * w ← w − η·λ·w, and the same two under Adam (the second is AdamW, Loshchilov & Hutter 2019).
 * Under SGD the pairs coincide up to rounding; under Adam they do not. Pure (no DOM); runs at
 * build time and as a job of the compute channel (jobs.ts).
 */
import { createTrainer } from '../../lib';
import { STOPPING_SPECS, makeTask } from '../stopping/model';
import { type DecayEpoch, EPOCHS, LAYERS, RUNS } from './specs';

export const SEED = STOPPING_SPECS.seed.default;

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
