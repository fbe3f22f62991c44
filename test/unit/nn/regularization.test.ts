// Dropout and DropConnect keep the expected activation (inverted scaling) and vanish at
// inference; an L2 penalty equals decoupled weight decay under plain SGD but not under Adam.
import { describe, expect, test } from 'vitest';
import { makeMoons } from '../../../src/lib/data/classification2d';
import { allocateNetwork, initialize } from '../../../src/lib/nn/network';
import { createPass, forward } from '../../../src/lib/nn/pass';
import { createTrainer } from '../../../src/lib/nn/trainer';
import { createRng } from '../../../src/lib/prng';

const N = 20000;

/** Mean and standard error of the mean of each entry over N draws of f(). */
function meanAndSe(f: () => Float64Array, len: number): { mean: number[]; se: number[] } {
  const s = new Float64Array(len);
  const s2 = new Float64Array(len);
  for (let r = 0; r < N; r++) {
    const v = f();
    for (let k = 0; k < len; k++) {
      s[k] += v[k];
      s2[k] += v[k] * v[k];
    }
  }
  const mean = Array.from(s, (x) => x / N);
  const se = mean.map((m, k) => Math.sqrt(Math.max(0, s2[k] / N - m * m) / (N - 1)));
  return { mean, se };
}

function setup(dropout: number, dropConnect: number) {
  const rng = createRng(5);
  const net = allocateNetwork([4, 12, 8, 1], 'tanh', 'binary');
  initialize(net, rng);
  const x = Float64Array.from([0.7, -1.2, 0.3, 2.0]);
  const clean = createPass(net);
  forward(net, clean, x, 0, 'infer', null);
  const noisy = createPass(net, dropout, dropConnect);
  return { net, rng, x, clean, noisy };
}

describe('dropout (inverted)', () => {
  test('E[masked, scaled hidden output] equals the output without dropout (5 standard errors)', () => {
    const { net, rng, x, clean, noisy } = setup(0.5, 0);
    const { mean, se } = meanAndSe(() => {
      forward(net, noisy, x, 0, 'train', rng);
      // a[1] depends only on layer 1's mask; z[1] is linear in a[1].
      return Float64Array.from([...noisy.a[1], ...noisy.z[1]]);
    }, 12 + 8);
    const expected = [...clean.a[1], ...clean.z[1]];
    for (let k = 0; k < expected.length; k++) {
      expect(Math.abs(mean[k] - expected[k])).toBeLessThanOrEqual(5 * se[k] + 1e-12);
    }
  });
  test('a non-inverted dropout (no 1/(1−p) scaling) would fail the same check', () => {
    const { net, rng, x, clean, noisy } = setup(0.5, 0);
    const { mean } = meanAndSe(() => {
      forward(net, noisy, x, 0, 'train', rng);
      return noisy.a[1].map((v) => v * 0.5);
    }, 12);
    const off = mean.filter((m, k) => Math.abs(m - clean.a[1][k]) > 0.1 * Math.abs(clean.a[1][k]));
    expect(off.length).toBeGreaterThan(6);
  });
  test('the fraction of kept units is 1 − p', () => {
    const { net, rng, x, noisy } = setup(0.3, 0);
    let kept = 0;
    for (let r = 0; r < 5000; r++) {
      forward(net, noisy, x, 0, 'train', rng);
      for (const m of noisy.unitMask) for (const v of m) kept += v;
    }
    const total = 5000 * 20;
    const sd = Math.sqrt(0.7 * 0.3 * total);
    expect(Math.abs(kept - 0.7 * total)).toBeLessThan(5 * sd);
  });
  test('identity at inference', () => {
    const { net, rng, x, clean, noisy } = setup(0.5, 0.5);
    forward(net, noisy, x, 0, 'train', rng); // leaves masks behind
    forward(net, noisy, x, 0, 'infer', null);
    expect(Array.from(noisy.z[2])).toEqual(Array.from(clean.z[2]));
    const data = makeMoons({ nSamples: 40, seed: 1 });
    const a = createTrainer(data, { layerSizes: [2, 8, 1], seed: 3, dropout: 0.5 });
    const b = createTrainer(data, { layerSizes: [2, 8, 1], seed: 3, dropout: 0 });
    expect(a.predict(data.X)).toEqual(b.predict(data.X)); // same initial weights, no masks
    expect(a.predict(data.X)).toEqual(a.predict(data.X));
  });
});

describe('DropConnect', () => {
  test('E[pre-activation] over weight masks equals W·a + b (5 standard errors)', () => {
    const { net, rng, x, clean, noisy } = setup(0, 0.4);
    const { mean, se } = meanAndSe(() => {
      forward(net, noisy, x, 0, 'train', rng);
      return Float64Array.from(noisy.z[0]);
    }, 12);
    for (let k = 0; k < 12; k++) {
      expect(Math.abs(mean[k] - clean.z[0][k])).toBeLessThanOrEqual(5 * se[k] + 1e-12);
    }
  });
  test('inference uses the full (mean) weights; the trainer exposes masks of the last step', () => {
    const data = makeMoons({ nSamples: 64, seed: 2 });
    const t = createTrainer(data, { layerSizes: [2, 10, 6, 1], seed: 4, dropConnect: 0.5, dropout: 0.5 });
    t.step();
    const m = t.masks();
    expect(m.units.map((u) => u.length)).toEqual([10, 6]);
    expect(m.weights.map((u) => u.length)).toEqual([20, 60, 6]);
    const zeros = (a: Uint8Array[]) => a.reduce((s, u) => s + u.filter((v) => v === 0).length, 0);
    expect(zeros(m.units)).toBeGreaterThan(0);
    expect(zeros(m.weights)).toBeGreaterThan(0);
    const p1 = t.predict(data.X);
    expect(t.predict(data.X)).toEqual(p1);
  });
});

describe('L2 penalty vs decoupled weight decay', () => {
  const data = makeMoons({ nSamples: 120, noise: 0.2, seed: 9 });
  const base = { layerSizes: [2, 8, 8, 1], seed: 21, batchSize: 16, learningRate: 0.05 };
  const run = (opts: Record<string, unknown>) => {
    const t = createTrainer(data, { ...base, ...opts });
    for (let e = 0; e < 30; e++) t.trainEpoch();
    return t.getWeights().params;
  };
  const maxDiff = (a: number[], b: number[]) => a.reduce((m, v, k) => Math.max(m, Math.abs(v - b[k])), 0);
  test('plain SGD: the same trajectory with the same λ (to 1e-12)', () => {
    const a = run({ optimizer: 'sgd', l2: 0.01 });
    const b = run({ optimizer: 'sgd', weightDecay: 0.01 });
    const none = run({ optimizer: 'sgd' });
    expect(maxDiff(a, b)).toBeLessThan(1e-12);
    expect(maxDiff(a, none)).toBeGreaterThan(1e-3); // the penalty did something
  });
  test('Adam: L2 in the loss and decoupled decay (AdamW) differ', () => {
    const a = run({ optimizer: 'adam', l2: 0.01, learningRate: 0.01 });
    const b = run({ optimizer: 'adam', weightDecay: 0.01, learningRate: 0.01 });
    expect(maxDiff(a, b)).toBeGreaterThan(1e-3);
  });
  test('momentum: they differ too (the penalty goes through the velocity)', () => {
    const a = run({ optimizer: 'momentum', l2: 0.01 });
    const b = run({ optimizer: 'momentum', weightDecay: 0.01 });
    expect(maxDiff(a, b)).toBeGreaterThan(1e-6);
  });
  test('both shrink the weights; biases are not penalised', () => {
    const sq = (p: number[]) => p.reduce((s, v) => s + v * v, 0);
    const t0 = createTrainer(data, { ...base, optimizer: 'sgd' });
    const t1 = createTrainer(data, { ...base, optimizer: 'sgd', l2: 0.1 });
    for (let e = 0; e < 30; e++) {
      t0.trainEpoch();
      t1.trainEpoch();
    }
    expect(sq(t1.getWeights().params)).toBeLessThan(sq(t0.getWeights().params));
    // One step from the same start: biases move identically, weights do not.
    for (const opts of [{ l2: 0.1 }, { weightDecay: 0.1 }]) {
      const a = createTrainer(data, { ...base, optimizer: 'sgd' });
      const b = createTrainer(data, { ...base, optimizer: 'sgd', ...opts });
      a.step();
      b.step();
      const { isWeight } = a.network;
      const pa = a.getWeights().params;
      const pb = b.getWeights().params;
      for (let k = 0; k < pa.length; k++) {
        if (isWeight[k] && pa[k] !== 0) expect(pb[k]).not.toBe(pa[k]);
        if (!isWeight[k]) expect(pb[k]).toBe(pa[k]);
      }
    }
  });
});
