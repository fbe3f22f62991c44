// Keras EarlyStopping semantics on scripted losses, and exact restoring of the best weights.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeMoons } from '../../../src/lib/data/classification2d';
import { createEarlyStopping } from '../../../src/lib/nn/earlyStopping';
import { trainWithEarlyStopping } from '../../../src/lib/nn/trainWithEarlyStopping';
import { createTrainer } from '../../../src/lib/nn/trainer';

/** Feeds values for epochs 1, 2, …; returns the monitor after it stops or the values run out. */
function replay(values: number[], patience: number, minDelta = 0) {
  const es = createEarlyStopping<number>({ patience, minDelta });
  const snapshots: number[] = [];
  let epochs = 0;
  for (const [k, v] of values.entries()) {
    epochs = k + 1;
    if (es.update(k + 1, v, () => (snapshots.push(k + 1), k + 1))) break;
  }
  return { es, snapshots, epochs };
}

describe('early stopping on scripted losses', () => {
  test('stops after `patience` epochs without improvement; best epoch and snapshot kept', () => {
    const { es, snapshots, epochs } = replay([1.0, 0.8, 0.85, 0.79, 0.9, 0.95, 0.99, 0.5], 3);
    expect(es.bestEpoch).toBe(4);
    expect(es.bestValue).toBe(0.79);
    expect(es.bestWeights).toBe(4);
    expect(es.stoppedEpoch).toBe(7);
    expect(epochs).toBe(7); // 0.5 at epoch 8 is never seen
    expect(snapshots).toEqual([1, 2, 4]); // snapshots only on improvement
    expect(es.shouldStop).toBe(true);
  });
  test('min_delta: an improvement must exceed it (val < best − min_delta)', () => {
    const { es } = replay([1.0, 0.8, 0.85, 0.79, 0.9, 0.95, 0.99], 3, 0.02);
    expect(es.bestEpoch).toBe(2); // 0.79 is not below 0.8 − 0.02
    expect(es.stoppedEpoch).toBe(5);
  });
  test('equal values are not improvements; patience 0 stops at the first non-improvement', () => {
    expect(replay([1, 1, 1, 1], 2).es.stoppedEpoch).toBe(3);
    expect(replay([3, 2, 2.5], 0).es.stoppedEpoch).toBe(3);
    expect(replay([3, 2, 1], 0).es.shouldStop).toBe(false);
  });
  test('invariants for any sequence (fast-check)', () => {
    fc.assert(
      fc.property(
        // v + 0 turns −0 into 0 (Math.min would report −0, which no update can beat).
        fc.array(
          fc.double({ min: -10, max: 10, noNaN: true }).map((v) => v + 0),
          { minLength: 1, maxLength: 60 },
        ),
        fc.integer({ min: 0, max: 8 }),
        (values, patience) => {
          const { es, epochs } = replay(values, patience);
          const seen = values.slice(0, epochs);
          expect(es.bestValue).toBe(Math.min(...seen));
          expect(seen.indexOf(es.bestValue) + 1).toBe(es.bestEpoch); // first epoch reaching it
          if (es.shouldStop) {
            expect(es.stoppedEpoch - es.bestEpoch).toBe(Math.max(patience, 1));
            expect(epochs).toBe(es.stoppedEpoch);
          } else {
            expect(epochs).toBe(values.length);
          }
        },
      ),
    );
  });
  test('bad options and non-finite losses throw RangeError', () => {
    expect(() => createEarlyStopping({ patience: -1 })).toThrow(RangeError);
    expect(() => createEarlyStopping({ patience: 1.5 })).toThrow(RangeError);
    expect(() => createEarlyStopping({ minDelta: -0.1 })).toThrow(RangeError);
    const es = createEarlyStopping<number>({ patience: 2 });
    expect(() => es.update(1, Number.NaN, () => 0)).toThrow(/epoch 1/);
  });
});

describe('trainWithEarlyStopping on a network', () => {
  // Few noisy training points and a large net: validation loss rises after a while.
  const train = makeMoons({ nSamples: 30, noise: 0.35, seed: 1 });
  const val = makeMoons({ nSamples: 200, noise: 0.35, seed: 2 });
  const opts = { layerSizes: [2, 32, 32, 1], seed: 5, learningRate: 0.02, batchSize: 10 };
  test('restores the best epoch’s weights exactly and stops patience epochs later', () => {
    const patience = 5;
    const t = createTrainer({ ...train, XVal: val.X, yVal: val.y }, opts);
    const res = trainWithEarlyStopping(t, { maxEpochs: 300, patience });
    expect(res.stoppedEpoch).toBeGreaterThan(0);
    expect(res.stoppedEpoch - res.bestEpoch).toBe(patience);
    expect(res.history.length).toBe(res.stoppedEpoch);
    const best = Math.min(...res.history.map((m) => m.valLoss as number));
    expect(res.history[res.bestEpoch - 1].valLoss).toBe(best);
    // Replay the same seeded run and snapshot the weights at the best epoch.
    const ref = createTrainer({ ...train, XVal: val.X, yVal: val.y }, opts);
    for (let e = 0; e < res.bestEpoch; e++) ref.trainEpoch();
    expect(t.getWeights()).toEqual(ref.getWeights());
    expect(t.evaluate(val.X, val.y).loss).toBe(best);
  });
  test('needs validation data', () => {
    const t = createTrainer(train, opts);
    expect(() => trainWithEarlyStopping(t, { maxEpochs: 3, patience: 1 })).toThrow(RangeError);
    expect(trainWithEarlyStopping(t, { maxEpochs: 3, earlyStopping: false }).history.length).toBe(3);
  });
});
