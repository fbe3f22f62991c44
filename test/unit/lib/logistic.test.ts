// Penalised logistic regression against scikit-learn (scripts/fixtures/make_logistic_fixtures.py).
import { describe, expect, test } from 'vitest';
import { createRng, fitLogistic, loadDiabetes, logisticObjective, predictProba, sigmoid } from '../../../src/lib';
import { loadJson, maxAbs, maxDiff } from './fixtures';

interface LogisticRef {
  alpha: number;
  l1Ratio: number;
  coef: number[];
  intercept: number;
  objective: number;
  kktViolation: number;
}
interface LogisticCase {
  name: string;
  threshold?: number;
  X?: number[][];
  y?: number[];
  fits: LogisticRef[];
}

const fx = loadJson<{ cases: LogisticCase[] }>('logistic.json');
const data = fx.cases.map((c) => {
  if (c.X && c.y) return { ...c, X: c.X, y: c.y };
  const d = loadDiabetes({ scaled: true });
  return { ...c, X: d.X, y: d.y.map((t): number => (t > c.threshold! ? 1 : 0)) };
});

describe.each(data)('$name', ({ X, y, fits }) => {
  test.each(fits)('alpha $alpha, l1Ratio $l1Ratio', (ref) => {
    const fit = fitLogistic(X, y, { alpha: ref.alpha, l1Ratio: ref.l1Ratio, tol: 1e-12 });
    expect(fit.converged).toBe(true);
    expect(fit.kktViolation).toBeLessThan(1e-11); // tol is relative to max|x| (≈ 4 here)
    expect(maxDiff(fit.coef, ref.coef)).toBeLessThan(1e-6 * maxAbs(ref.coef));
    expect(Math.abs(fit.intercept - ref.intercept)).toBeLessThan(1e-6 * (1 + Math.abs(ref.intercept)));
    const obj = logisticObjective(X, y, fit.coef, fit.intercept, ref.alpha, ref.l1Ratio);
    expect(obj).toBeLessThanOrEqual(ref.objective * (1 + 1e-12));
    // Sparsity pattern agrees where scikit-learn's zeros are exact.
    ref.coef.forEach((c, j) => c === 0 && expect(fit.coef[j]).toBe(0));
  });
});

describe('logistic behaviour', () => {
  const { X, y: t } = loadDiabetes({ scaled: true });
  const y = t.map((v): number => (v > 140 ? 1 : 0));
  test('a huge penalty leaves only the intercept, logit of the class share', () => {
    const fit = fitLogistic(X, y, { alpha: 10, l1Ratio: 1 });
    const share = y.reduce((a, b) => a + b, 0) / y.length;
    expect(fit.coef.every((w) => w === 0)).toBe(true);
    expect(fit.intercept).toBeCloseTo(Math.log(share / (1 - share)), 10);
  });
  test('fitIntercept false keeps the intercept at 0 and still converges', () => {
    const fit = fitLogistic(X, y, { alpha: 0.001, l1Ratio: 0.5, fitIntercept: false });
    expect(fit.intercept).toBe(0);
    expect(fit.converged).toBe(true);
  });
  test('separable data with alpha 0 stops within maxIter and reports it', () => {
    const Xs = [[-2], [-1], [1], [2]];
    const fit = fitLogistic(Xs, [0, 0, 1, 1], { alpha: 0, l1Ratio: 0, maxIter: 20 });
    expect(fit.nIter).toBeLessThanOrEqual(20);
    expect(fit.converged).toBe(false);
    expect(fit.coef.every(Number.isFinite)).toBe(true);
  });
  test('predictProba is the sigmoid of the linear score', () => {
    const fit = fitLogistic(X, y, { alpha: 0.01, l1Ratio: 0 });
    const p = predictProba(fit, X.slice(0, 5));
    p.forEach((v, i) => {
      const eta = fit.intercept + X[i].reduce((s, x, j) => s + x * fit.coef[j], 0);
      expect(v).toBeCloseTo(1 / (1 + Math.exp(-eta)), 14);
    });
    expect(() => predictProba(fit, [[1, 2]])).toThrow(/X row has 2 columns, the model has 10/);
  });
  test('sigmoid is stable at the extremes', () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(0)).toBe(0.5);
  });
  test.each(Array.from({ length: 25 }, (_, k) => k))('KKT holds on random problem %i', (k) => {
    const r = createRng(700 + k);
    const n = 20 + r.int(80);
    const p = 1 + r.int(30);
    const Xr = Array.from({ length: n }, () => Array.from({ length: p }, () => r.normal()));
    const yr = Xr.map((row): number => (row[0] - 0.5 * row[p - 1] + r.normal() > 0 ? 1 : 0));
    if (yr.every((v) => v === yr[0])) yr[0] = 1 - yr[0];
    const l1Ratio = r.uniform();
    const alpha = 0.001 + 0.1 * r.uniform();
    const fit = fitLogistic(Xr, yr, { alpha, l1Ratio, tol: 1e-10 });
    expect(fit.converged).toBe(true);
    // Independent check of the optimality conditions.
    const mu = predictProba(fit, Xr);
    expect(Math.abs(mu.reduce((s, m, i) => s + m - yr[i], 0) / n)).toBeLessThan(1e-9);
    fit.coef.forEach((w, j) => {
      const g = Xr.reduce((s, row, i) => s + row[j] * (mu[i] - yr[i]), 0) / n + alpha * (1 - l1Ratio) * w;
      if (w !== 0) expect(Math.abs(g + alpha * l1Ratio * Math.sign(w))).toBeLessThan(1e-9);
      else expect(Math.abs(g)).toBeLessThanOrEqual(alpha * l1Ratio + 1e-9);
    });
  });
});

describe('logistic input checks', () => {
  const X = [[1], [2], [3]];
  test.each([
    ['labels other than 0/1', () => fitLogistic(X, [0, 2, 1], { alpha: 0.1, l1Ratio: 0 }), /y\[1\] is 2; logistic regression needs labels 0 or 1/],
    ['a single class', () => fitLogistic(X, [1, 1, 1], { alpha: 0.1, l1Ratio: 0 }), /y has only one class/],
    ['negative alpha', () => fitLogistic(X, [0, 1, 1], { alpha: -1, l1Ratio: 0 }), /alpha must be in/],
    ['l1Ratio out of range', () => fitLogistic(X, [0, 1, 1], { alpha: 1, l1Ratio: 3 }), /l1Ratio must be in \[0, 1\]/],
    ['bad maxIter', () => fitLogistic(X, [0, 1, 1], { alpha: 1, l1Ratio: 0, maxIter: 0.5 }), /maxIter must be/],
    ['ragged X', () => fitLogistic([[1], [2, 3], [4]], [0, 1, 1], { alpha: 1, l1Ratio: 0 }), /X row 1 has 2 columns, expected 1/],
    ['NaN label', () => fitLogistic(X, [0, NaN, 1], { alpha: 1, l1Ratio: 0 }), /y\[1\] is NaN/],
  ] as [string, () => unknown, RegExp][])('%s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
