// Seeded generators: deterministic, finite, inside the stated ranges for any seed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NORMAL_BOUND, makeCircles, makeMoons, makeSpirals } from '../../../src/lib/data/classification2d';
import { makeNoisySine, sineTarget } from '../../../src/lib/data/noisySine';
import { trainValTestSplit } from '../../../src/lib/split';

const seedArb = fc.integer({ min: 0, max: 0xffffffff });
const gens = { makeMoons, makeCircles, makeSpirals };

describe('2-D classification sets', () => {
  test('same seed → same data; another seed → other noise', () => {
    for (const g of Object.values(gens)) {
      expect(g({ seed: 7 })).toEqual(g({ seed: 7 }));
      expect(g({ seed: 7 }).X).not.toEqual(g({ seed: 8 }).X);
    }
  });
  test('finite, within range, balanced 0/1 labels, for any seed (fast-check)', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 2, max: 60 }), fc.double({ min: 0, max: 2, noNaN: true }), (seed, n, noise) => {
        const slack = noise * NORMAL_BOUND + 1e-12;
        const boxes = {
          makeMoons: [-1, 2, -0.5, 1],
          makeCircles: [-1, 1, -1, 1],
          makeSpirals: [-1, 1, -1, 1],
        } as const;
        for (const [name, g] of Object.entries(gens)) {
          const { X, y } = g({ nSamples: n, noise, seed });
          const [x0, x1, y0, y1] = boxes[name as keyof typeof boxes];
          expect(X.length).toBe(n);
          expect(y.filter((v) => v === 0).length).toBe(Math.floor(n / 2));
          expect(y.every((v) => v === 0 || v === 1)).toBe(true);
          for (const [a, b] of X) {
            expect(a).toBeGreaterThanOrEqual(x0 - slack);
            expect(a).toBeLessThanOrEqual(x1 + slack);
            expect(b).toBeGreaterThanOrEqual(y0 - slack);
            expect(b).toBeLessThanOrEqual(y1 + slack);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
  test('noise 0 gives the exact shapes', () => {
    const { X, y } = makeCircles({ nSamples: 40, noise: 0, factor: 0.3 });
    X.forEach(([a, b], i) => expect(Math.hypot(a, b)).toBeCloseTo(y[i] === 0 ? 1 : 0.3, 12));
    const m = makeMoons({ nSamples: 40, noise: 0 });
    m.X.forEach(([a, b], i) => expect(Math.hypot(a - (m.y[i] === 0 ? 0 : 1), b - (m.y[i] === 0 ? 0 : 0.5))).toBeCloseTo(1, 12));
  });
  test('bad options throw RangeError', () => {
    for (const g of Object.values(gens)) {
      expect(() => g({ nSamples: 1 })).toThrow(RangeError);
      expect(() => g({ nSamples: 10.5 })).toThrow(RangeError);
      expect(() => g({ noise: -1 })).toThrow(RangeError);
      expect(() => g({ noise: Number.NaN })).toThrow(RangeError);
      expect(() => g({ seed: 2 ** 32 })).toThrow(RangeError);
    }
    expect(() => makeCircles({ factor: 1 })).toThrow(RangeError);
  });
});

describe('noisy sine', () => {
  test('deterministic; x in [0, 1]; |y − sin 2πx| ≤ 8.572σ, for any seed (fast-check)', () => {
    fc.assert(
      fc.property(seedArb, fc.double({ min: 0, max: 5, noNaN: true }), (seed, noise) => {
        const d = makeNoisySine({ nSamples: 30, noise, seed });
        expect(d).toEqual(makeNoisySine({ nSamples: 30, noise, seed }));
        d.x.forEach((x, i) => {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
          expect(Math.abs(d.y[i] - sineTarget(x))).toBeLessThanOrEqual(NORMAL_BOUND * noise + 1e-12);
        });
      }),
      { numRuns: 50 },
    );
  });
  test('grid spacing and a sample variance near σ²', () => {
    const d = makeNoisySine({ nSamples: 5, spacing: 'grid', noise: 0 });
    expect(d.x).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const big = makeNoisySine({ nSamples: 20000, noise: 0.5, seed: 3 });
    const r = big.y.map((v, i) => v - sineTarget(big.x[i]));
    const v = r.reduce((s, e) => s + e * e, 0) / r.length;
    // Var of the sample variance of normals: 2σ⁴/n → sd ≈ 0.0025 here; allow 5 sd.
    expect(Math.abs(v - 0.25)).toBeLessThan(5 * Math.sqrt(2 / 20000) * 0.25);
    expect(() => makeNoisySine({ spacing: 'log' as 'grid' })).toThrow(RangeError);
  });
});

describe('train/validation/test split', () => {
  test('a seeded partition of the rows with the requested sizes', () => {
    const X = Array.from({ length: 50 }, (_, i) => [i]);
    const y = X.map(([i]) => i % 2);
    const s = trainValTestSplit(X, y, { validation: 0.2, test: 0.3, seed: 4 });
    expect([s.train.X.length, s.validation.X.length, s.test.X.length]).toEqual([25, 10, 15]);
    const all = [...s.train.X, ...s.validation.X, ...s.test.X].map(([i]) => i).sort((a, b) => a - b);
    expect(all).toEqual(X.map(([i]) => i));
    for (const p of [s.train, s.validation, s.test]) p.X.forEach(([i], k) => expect(p.y[k]).toBe(i % 2));
    expect(trainValTestSplit(X, y, { seed: 4 })).toEqual(trainValTestSplit(X, y, { seed: 4 }));
    expect(() => trainValTestSplit(X, y, { validation: 0.5, test: 0.5 })).toThrow(RangeError);
    expect(() => trainValTestSplit(X, y.slice(1))).toThrow(RangeError);
  });
});
