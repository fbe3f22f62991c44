// Gradient descent on L2-penalised logistic regression (src/lib/logisticDescent.ts): it reaches
// fitLogistic's minimiser when there is one, every default step lowers the objective, and bad
// input throws a RangeError that names the problem.
import { describe, expect, test } from 'vitest';
import { createLogisticDescent, createRng, fitLogistic, logisticObjective, MAX_STEPS_PER_CALL } from '../../../src/lib';

/** A small seeded problem with overlapping classes (the minimiser exists even without a penalty). */
function noisy(seed: number, n = 60, p = 3) {
  const r = createRng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: p }, () => r.normal()));
  const y = X.map((row): number => (row[0]! - 0.5 * row[p - 1]! + r.normal() > 0 ? 1 : 0));
  return { X, y };
}

describe('createLogisticDescent', () => {
  test.each([0.01, 0.1, 1])('converges to fitLogistic at alpha %s', (alpha) => {
    const { X, y } = noisy(11);
    const gd = createLogisticDescent(X, y, { alpha });
    gd.step(5000);
    const fit = fitLogistic(X, y, { alpha, l1Ratio: 0, tol: 1e-12 });
    gd.coef.forEach((w, j) => expect(Math.abs(w - fit.coef[j]!)).toBeLessThan(1e-8));
    expect(Math.abs(gd.intercept - fit.intercept)).toBeLessThan(1e-8);
    expect(gd.gradientNorm()).toBeLessThan(1e-9);
    expect(gd.objective()).toBeCloseTo(logisticObjective(X, y, fit.coef, fit.intercept, alpha, 0), 12);
  });

  test('the default step lowers the objective at every step, from w = 0, b = 0', () => {
    const { X, y } = noisy(12);
    const gd = createLogisticDescent(X, y, { alpha: 0.05 });
    expect(gd.coef).toEqual([0, 0, 0]);
    expect(gd.intercept).toBe(0);
    expect(gd.objective()).toBeCloseTo(Math.log(2), 14);
    let before = gd.objective();
    for (let k = 0; k < 300; k++) {
      gd.step();
      const now = gd.objective();
      expect(now).toBeLessThanOrEqual(before + 1e-15);
      before = now;
    }
    expect(gd.iteration).toBe(300);
  });

  test('is plain gradient descent: one step by hand gives the same weights', () => {
    const X = [
      [1, 2],
      [-1, 0.5],
      [0.3, -2],
    ];
    const y = [1, 0, 0];
    const gd = createLogisticDescent(X, y, { alpha: 0.5, learningRate: 0.1 });
    gd.step(2);
    let w = [0, 0];
    let b = 0;
    for (let k = 0; k < 2; k++) {
      const r = X.map((x, i) => 1 / (1 + Math.exp(-(w[0]! * x[0]! + w[1]! * x[1]! + b))) - y[i]!);
      const g = [0, 1].map((j) => X.reduce((s, x, i) => s + x[j]! * r[i]!, 0) / 3 + 0.5 * w[j]!);
      w = w.map((v, j) => v - 0.1 * g[j]!);
      b -= (0.1 * r.reduce((s, v) => s + v, 0)) / 3;
    }
    gd.coef.forEach((v, j) => expect(v).toBeCloseTo(w[j]!, 15));
    expect(gd.intercept).toBeCloseTo(b, 15);
  });

  test('without a penalty on separable data, ‖w‖ keeps growing about like log t', () => {
    const X = [[-2], [-1], [-0.5], [0.5], [1], [2]];
    const y = [0, 0, 0, 1, 1, 1];
    const gd = createLogisticDescent(X, y, { alpha: 0 });
    const norms = [10, 100, 1000, 10000].map((t) => {
      gd.step(t - gd.iteration);
      return Math.abs(gd.coef[0]!);
    });
    for (let k = 1; k < norms.length; k++) expect(norms[k]).toBeGreaterThan(norms[k - 1]! + 0.5);
    // Equal growth per decade, within a factor of 2 (the log t law).
    const steps = norms.slice(1).map((v, k) => v - norms[k]!);
    expect(Math.max(...steps.slice(1)) / Math.min(...steps.slice(1))).toBeLessThan(2);
  });

  test('fitIntercept false keeps the intercept at 0', () => {
    const { X, y } = noisy(13);
    const gd = createLogisticDescent(X, y, { alpha: 0.1, fitIntercept: false });
    gd.step(2000);
    expect(gd.intercept).toBe(0);
    const fit = fitLogistic(X, y, { alpha: 0.1, l1Ratio: 0, fitIntercept: false, tol: 1e-12 });
    gd.coef.forEach((w, j) => expect(Math.abs(w - fit.coef[j]!)).toBeLessThan(1e-8));
  });

  test('step(0) does nothing; coef is a copy', () => {
    const { X, y } = noisy(14);
    const gd = createLogisticDescent(X, y, { alpha: 0.1 });
    gd.step(0);
    expect(gd.iteration).toBe(0);
    const c = gd.coef;
    c[0] = 99;
    expect(gd.coef[0]).toBe(0);
  });
});

describe('createLogisticDescent input checks', () => {
  const X = [[1], [2], [3]];
  const y = [0, 1, 1];
  test.each([
    ['labels other than 0/1', () => createLogisticDescent(X, [0, 2, 1], { alpha: 0.1 }), /y\[1\] is 2; logistic regression needs labels 0 or 1/],
    ['a single class', () => createLogisticDescent(X, [1, 1, 1], { alpha: 0.1 }), /y has only one class/],
    ['negative alpha', () => createLogisticDescent(X, y, { alpha: -1 }), /alpha must be in/],
    ['NaN alpha', () => createLogisticDescent(X, y, { alpha: NaN }), /alpha must be a finite number/],
    ['missing alpha', () => createLogisticDescent(X, y, {} as { alpha: number }), /alpha is required/],
    ['zero learning rate', () => createLogisticDescent(X, y, { alpha: 0, learningRate: 0 }), /learningRate must be > 0/],
    ['negative learning rate', () => createLogisticDescent(X, y, { alpha: 0, learningRate: -1 }), /learningRate must be in/],
    ['ragged X', () => createLogisticDescent([[1], [2, 3], [4]], y, { alpha: 1 }), /X row 1 has 2 columns, expected 1/],
    ['Infinity in X', () => createLogisticDescent([[1], [Infinity], [4]], y, { alpha: 1 }), /X\[1\]\[0\] is Infinity/],
    ['length mismatch', () => createLogisticDescent(X, [0, 1], { alpha: 1 }), /y has 2 entries but X has 3 rows/],
    ['options not an object', () => createLogisticDescent(X, y, 3 as unknown as { alpha: number }), /options must be an object/],
    ['a fractional step count', () => createLogisticDescent(X, y, { alpha: 1 }).step(1.5), /count must be an integer/],
    ['a negative step count', () => createLogisticDescent(X, y, { alpha: 1 }).step(-1), /count must be in/],
    ['too many steps at once', () => createLogisticDescent(X, y, { alpha: 1 }).step(MAX_STEPS_PER_CALL + 1), /count must be in/],
    ['a step size that diverges', () => createLogisticDescent(X, y, { alpha: 1e6, learningRate: 1 }).step(2000), /weight 0 is not finite after 2000 steps/],
  ] as [string, () => unknown, RegExp][])('%s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
