/**
 * Dropout vs DropConnect on a fixed seeded two-moons task: the same small MLP, the same seed,
 * no regularization / dropout p / DropConnect p. Runs at build time (~1 s in all).
 */
import { createTrainer, makeMoons, trainValTestSplit } from '../../lib';

export const DROP_TASK = {
  nSamples: 300,
  noise: 0.25,
  seed: 0,
  validation: 0.2,
  test: 0.4,
  layerSizes: [2, 32, 32, 1],
  learningRate: 0.01,
  batchSize: 16,
  epochs: 200,
  p: 0.3,
} as const;

export interface DropRow {
  key: 'none' | 'dropout' | 'dropconnect';
  train: { accuracy: number; loss: number };
  validation: { accuracy: number; loss: number };
  test: { accuracy: number; loss: number };
  msPerEpoch: number;
}

export function computeDropoutTable(clock: () => number = () => performance.now()) {
  const T = DROP_TASK;
  const data = makeMoons({ nSamples: T.nSamples, noise: T.noise, seed: T.seed });
  const sp = trainValTestSplit(data.X, data.y, { validation: T.validation, test: T.test, seed: T.seed });
  const variants = [
    ['none', {}],
    ['dropout', { dropout: T.p }],
    ['dropconnect', { dropConnect: T.p }],
  ] as const;
  const rows = variants.map(([key, reg]): DropRow => {
    const t0 = clock();
    const tr = createTrainer(
      { X: sp.train.X, y: sp.train.y, XVal: sp.validation.X, yVal: sp.validation.y },
      { layerSizes: [...T.layerSizes], seed: T.seed, learningRate: T.learningRate, batchSize: T.batchSize, ...reg },
    );
    for (let e = 0; e < T.epochs; e++) tr.trainEpoch();
    const ms = clock() - t0;
    const last = tr.history[tr.history.length - 1]!;
    const test = tr.evaluate(sp.test.X, sp.test.y);
    return {
      key,
      train: { accuracy: last.trainAccuracy!, loss: last.trainLoss },
      validation: { accuracy: last.valAccuracy!, loss: last.valLoss! },
      test: { accuracy: test.accuracy!, loss: test.loss },
      msPerEpoch: ms / T.epochs,
    };
  });
  return { nTrain: sp.train.X.length, nVal: sp.validation.X.length, nTest: sp.test.X.length, rows };
}
