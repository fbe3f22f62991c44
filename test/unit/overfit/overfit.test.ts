// Polynomial features, least squares, the degree and α sweeps and the bias–variance split.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeNoisySine } from '../../../src/lib/data/noisySine';
import { evalPolynomial, fitPolynomial } from '../../../src/lib/overfit/leastSquares';
import { polynomialFeatures } from '../../../src/lib/overfit/polynomial';
import { degreeSweep, lambdaSweep, mse } from '../../../src/lib/overfit/sweep';
import { fitRidge } from '../../../src/lib/ridge';

describe('polynomial features (Legendre)', () => {
  test('closed forms of P₁ … P₃ and the bound |P_k| ≤ 1 on the domain', () => {
    const [row] = polynomialFeatures([0.8], 3); // t = 0.6
    const t = 0.6;
    expect(row[0]).toBeCloseTo(t, 15);
    expect(row[1]).toBeCloseTo((3 * t * t - 1) / 2, 15);
    expect(row[2]).toBeCloseTo((5 * t ** 3 - 3 * t) / 2, 15);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        for (const v of polynomialFeatures([x], 20)[0]) expect(Math.abs(v)).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
    expect(polynomialFeatures([2], 2, { domain: [0, 4] })[0][0]).toBe(0);
    expect(() => polynomialFeatures([0.5], 1.5)).toThrow(RangeError);
    expect(() => polynomialFeatures([Number.NaN], 2)).toThrow(RangeError);
    expect(() => polynomialFeatures([0.5], 2, { domain: [1, 0] })).toThrow(RangeError);
  });
  test('a polynomial of degree ≤ d is reproduced exactly by least squares', () => {
    const x = Array.from({ length: 12 }, (_, i) => i / 11);
    const y = x.map((v) => 2 - 3 * v + 0.5 * v ** 3);
    const fit = fitPolynomial(x, y, 5);
    for (const v of [0.05, 0.5, 0.93]) expect(evalPolynomial(fit, v)).toBeCloseTo(2 - 3 * v + 0.5 * v ** 3, 10);
  });
  test('with α > 0 it equals fitRidge on the same features (same objective)', () => {
    const { x, y } = makeNoisySine({ nSamples: 25, seed: 5 });
    for (const alpha of [1e-4, 0.01, 1]) {
      const ours = fitPolynomial(x, y, 6, alpha);
      const ref = fitRidge(polynomialFeatures(x, 6), y, { alpha });
      ours.coef.forEach((c, j) => expect(c).toBeCloseTo(ref.coef[j], 8));
      expect(ours.intercept).toBeCloseTo(ref.intercept, 8);
    }
  });
  test('too few points for the degree throws', () => {
    expect(() => fitPolynomial([0.1, 0.2, 0.3], [1, 2, 3], 3)).toThrow(RangeError);
    expect(() => fitPolynomial([0.1, 0.1, 0.1, 0.1], [1, 2, 3, 4], 2)).toThrow(/rank deficient/);
    expect(() => fitPolynomial([0.1, 0.2], [1, 2], 1, -1)).toThrow(RangeError);
  });
});

describe('degree sweep', () => {
  test('training error is non-increasing in the degree (nested least squares), for several seeds', () => {
    for (const seed of [0, 1, 2, 3, 4]) {
      const { trainMse } = degreeSweep({ seed });
      for (let d = 1; d < trainMse.length; d++) {
        expect(trainMse[d]).toBeLessThanOrEqual(trainMse[d - 1] * (1 + 1e-9) + 1e-15);
      }
    }
  });
  test('seeded U shape: test error is lowest at an intermediate degree and rises at both ends', () => {
    const { testMse, trainMse } = degreeSweep({ seed: 0 });
    const best = testMse.indexOf(Math.min(...testMse));
    expect(best).toBeGreaterThanOrEqual(3); // sin(2πx) needs a cubic
    expect(best).toBeLessThanOrEqual(9);
    expect(testMse[0]).toBeGreaterThan(2 * testMse[best]);
    expect(testMse[15]).toBeGreaterThan(10 * testMse[best]);
    expect(trainMse[15]).toBeLessThan(trainMse[best]); // overfitting: train keeps improving
    expect(degreeSweep({ seed: 0 })).toEqual(degreeSweep({ seed: 0 }));
  });
  test('maxDegree must stay below nTrain for least squares; with a ridge α it need not', () => {
    expect(() => degreeSweep({ nTrain: 10, maxDegree: 10 })).toThrow(RangeError);
    const ridge = degreeSweep({ nTrain: 10, maxDegree: 12, alpha: 1e-3, seed: 3 });
    expect(ridge.trainMse).toHaveLength(13);
    for (const d of [0, 5, 12]) expect(ridge.trainMse[d]).toBe(mse(fitPolynomial(ridge.train.x, ridge.train.y, d, 1e-3), ridge.train));
    expect(() => degreeSweep({ alpha: -1 })).toThrow(RangeError);
  });
});

describe('λ sweep', () => {
  test('training error is non-decreasing in α (a property of ridge); α shrinks the test error at degree 15', () => {
    const { alphas, trainMse, testMse } = lambdaSweep({ seed: 0 });
    for (let k = 1; k < alphas.length; k++) expect(trainMse[k]).toBeGreaterThanOrEqual(trainMse[k - 1] * (1 - 1e-9));
    expect(Math.min(...testMse)).toBeLessThan(testMse[0] / 10);
    expect(() => lambdaSweep({ alphas: [-1] })).toThrow(RangeError);
  });
});
