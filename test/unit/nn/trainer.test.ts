// Training behaviour: determinism, accuracy on two moons, equivalence with ridge, weights
// round trip, divergence detection and input checks.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeMoons } from '../../../src/lib/data/classification2d';
import { createTrainer } from '../../../src/lib/nn/trainer';
import { fitRidge } from '../../../src/lib/ridge';
import { makeCorrelatedRegression } from '../../../src/lib/synthetic';

const moons = makeMoons({ nSamples: 200, noise: 0.2, seed: 3 });

describe('training', () => {
  test('same seed → identical run; another seed → another run', () => {
    const opts = { layerSizes: [2, 8, 8, 1], dropout: 0.2, dropConnect: 0.1, seed: 42 };
    const run = (seed: number) => {
      const t = createTrainer({ ...moons, XVal: moons.X, yVal: moons.y }, { ...opts, seed });
      for (let e = 0; e < 5; e++) t.trainEpoch();
      return { w: t.getWeights(), h: t.history };
    };
    expect(run(42)).toEqual(run(42));
    expect(run(43).w.params).not.toEqual(run(42).w.params);
  });

  test('two moons: test accuracy above 0.9', () => {
    const train = makeMoons({ nSamples: 500, noise: 0.2, seed: 10 });
    const testSet = makeMoons({ nSamples: 500, noise: 0.2, seed: 11 });
    const t = createTrainer(train, { layerSizes: [2, 16, 16, 1], seed: 1 });
    for (let e = 0; e < 60; e++) t.trainEpoch();
    expect(t.evaluate(testSet.X, testSet.y).accuracy).toBeGreaterThan(0.9);
    expect(t.history[59].trainLoss).toBeLessThan(t.history[0].trainLoss);
  });

  test('a linear network with l2 = α, full-batch gradient descent, converges to fitRidge(α)', () => {
    const { X, y } = makeCorrelatedRegression({ nSamples: 40, nFeatures: 3, correlation: 0, seed: 2 });
    const alpha = 0.3;
    const t = createTrainer(
      { X, y },
      {
        layerSizes: [3, 1],
        task: 'regression',
        optimizer: 'sgd',
        learningRate: 0.3,
        batchSize: 40,
        l2: alpha,
      },
    );
    for (let e = 0; e < 2000; e++) t.step();
    const ridge = fitRidge(X, y, { alpha });
    const p = t.getWeights().params; // [w1, w2, w3, b]
    for (let j = 0; j < 3; j++) expect(p[j]).toBeCloseTo(ridge.coef[j], 9);
    expect(p[3]).toBeCloseTo(ridge.intercept, 9);
  });

  test('step() and trainEpoch() interleave; metrics come once per epoch', () => {
    const t = createTrainer(moons, { layerSizes: [2, 4, 1], batchSize: 64, seed: 2 });
    expect(t.batchesPerEpoch).toBe(4);
    const r = [t.step(), t.step()];
    expect(r.map((s) => [s.epoch, s.batch, s.metrics])).toEqual([
      [1, 0, null],
      [1, 1, null],
    ]);
    const m = t.trainEpoch(); // finishes epoch 1
    expect(m.epoch).toBe(1);
    expect(t.epoch).toBe(1);
    expect(t.trainEpoch().epoch).toBe(2);
    expect(m.valLoss).toBeNull();
    expect(m.trainAccuracy).toBeGreaterThanOrEqual(0);
  });

  test('weights round-trip through JSON; setWeights checks the architecture', () => {
    const a = createTrainer(moons, { layerSizes: [2, 6, 1], seed: 1 });
    const b = createTrainer(moons, { layerSizes: [2, 6, 1], seed: 2 });
    a.trainEpoch();
    b.setWeights(JSON.parse(JSON.stringify(a.getWeights())));
    expect(b.predict(moons.X)).toEqual(a.predict(moons.X));
    const c = createTrainer(moons, { layerSizes: [2, 5, 1], seed: 1 });
    expect(() => c.setWeights(a.getWeights())).toThrow(RangeError);
    const bad = { ...a.getWeights(), params: a.getWeights().params.map((v, k) => (k === 0 ? Number.NaN : v)) };
    expect(() => b.setWeights(bad)).toThrow(/params\[0\]/);
  });

  test('divergence is reported, not returned as NaN; the last finite weights are kept', () => {
    const X = [[100], [-100], [50]];
    const y = [1000, -1000, 400];
    const t = createTrainer({ X, y }, { layerSizes: [1, 1], task: 'regression', optimizer: 'sgd', learningRate: 10 });
    let error: unknown = null;
    for (let e = 0; e < 1000 && error === null; e++) {
      try {
        t.trainEpoch();
      } catch (err) {
        error = err;
      }
    }
    expect(error).toBeInstanceOf(RangeError);
    expect(String(error)).toMatch(/diverged/);
    expect(t.getWeights().params.every(Number.isFinite)).toBe(true);
  });

  test('predictFlat matches predict and gives probabilities in [0, 1]', () => {
    const t = createTrainer(moons, { layerSizes: [2, 5, 1], seed: 1 });
    const flat = t.predictFlat(Float64Array.from(moons.X.flat()));
    expect(Array.from(flat)).toEqual(t.predict(moons.X).map((r) => r[0]));
    expect(flat.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(() => t.predictFlat(Float64Array.from([1, Number.NaN]))).toThrow(RangeError);
  });
});

describe('bad input throws RangeError', () => {
  const ok = { layerSizes: [2, 3, 1] };
  const cases: [string, () => unknown][] = [
    ['dropout 1', () => createTrainer(moons, { ...ok, dropout: 1 })],
    ['dropout -0.1', () => createTrainer(moons, { ...ok, dropout: -0.1 })],
    ['dropConnect NaN', () => createTrainer(moons, { ...ok, dropConnect: Number.NaN })],
    ['negative learning rate', () => createTrainer(moons, { ...ok, learningRate: -0.1 })],
    ['zero learning rate', () => createTrainer(moons, { ...ok, learningRate: 0 })],
    ['non-integer size', () => createTrainer(moons, { layerSizes: [2, 2.5, 1] })],
    ['one layer only', () => createTrainer(moons, { layerSizes: [2] })],
    ['wrong input width', () => createTrainer(moons, { layerSizes: [3, 1] })],
    ['label 2', () => createTrainer({ X: [[0, 0]], y: [2] }, ok)],
    ['NaN in X', () => createTrainer({ X: [[0, Number.NaN]], y: [1] }, ok)],
    ['ragged X', () => createTrainer({ X: [[0, 1], [1]], y: [1, 0] }, ok)],
    [
      'y too short',
      () =>
        createTrainer(
          {
            X: [
              [0, 1],
              [1, 0],
            ],
            y: [1],
          },
          ok,
        ),
    ],
    ['unknown optimizer', () => createTrainer(moons, { ...ok, optimizer: 'rmsprop' as 'sgd' })],
    ['batch size 0', () => createTrainer(moons, { ...ok, batchSize: 0 })],
    ['negative l2', () => createTrainer(moons, { ...ok, l2: -1 })],
    ['seed -1', () => createTrainer(moons, { ...ok, seed: -1 })],
  ];
  for (const [name, f] of cases) test(name, () => expect(f).toThrow(RangeError));

  test('any drop probability outside [0, 1) or non-finite throws (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 1, max: 1e9 }), fc.double({ max: -Number.MIN_VALUE, min: -1e9 }), fc.constant(Number.NaN), fc.constant(Infinity)),
        fc.constantFrom('dropout', 'dropConnect'),
        (p, key) => {
          expect(() => createTrainer(moons, { ...ok, [key]: p })).toThrow(RangeError);
        },
      ),
    );
  });
  test('any non-finite entry in X throws, naming its position (fast-check)', () => {
    fc.assert(
      fc.property(fc.nat(199), fc.nat(1), fc.constantFrom(Number.NaN, Infinity, -Infinity), (i, j, v) => {
        const X = moons.X.map((r) => [...r]);
        X[i][j] = v;
        expect(() => createTrainer({ X, y: moons.y }, ok)).toThrow(new RegExp(`X\\[${i}\\]\\[${j}\\]`));
      }),
    );
  });
});
