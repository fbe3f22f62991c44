// Property tests over many seeded random problems (could move to fast-check once installed).
import { describe, expect, test } from 'vitest';
import {
  alphaMax,
  createRng,
  elasticNetPath,
  fitElasticNet,
  fitRidge,
  makeCorrelatedRegression,
  type LinearFit,
} from '../../../src/lib';
import { maxAbs } from './fixtures';

interface Problem {
  X: number[][];
  y: number[];
  n: number;
  p: number;
}

/** Random problem #k: shapes from 3×1 up to 60×80 (p > n about a third of the time). */
function problem(k: number): Problem {
  const r = createRng(1000 + k);
  const n = 3 + r.int(58);
  const p = 1 + r.int(80);
  const d = makeCorrelatedRegression({
    nSamples: n,
    nFeatures: p,
    groupSize: 1 + r.int(Math.min(p, 6)),
    correlation: 0.95 * r.uniform(),
    nInformative: r.int(Math.min(p, 8) + 1),
    noise: 0.1 + r.uniform(),
    seed: k,
    shift: r.uniform() < 0.5,
  });
  return { X: d.X, y: d.y, n, p };
}

const CASES = Array.from({ length: 80 }, (_, k) => k);

/** Centred Xᵀ(y − Xw − b)/n, the negative gradient of the data term. */
function scaledCorrelations(X: number[][], y: number[], fit: LinearFit): number[] {
  const n = X.length;
  const r = y.map((v, i) => v - fit.intercept - X[i].reduce((s, x, j) => s + x * fit.coef[j], 0));
  return fit.coef.map((_, j) => X.reduce((s, row, i) => s + row[j] * r[i], 0) / n);
}

describe('KKT conditions at the returned solution', () => {
  test.each(CASES)('random problem %i', (k) => {
    const { X, y } = problem(k);
    const r = createRng(5000 + k);
    const l1Ratio = [0, 1, r.uniform()][r.int(3)];
    const fitIntercept = r.uniform() < 0.8;
    const aMax = alphaMax(X, y, { l1Ratio: Math.max(l1Ratio, 1e-3), fitIntercept });
    const alpha = aMax * 10 ** (-2.5 * r.uniform()) * (l1Ratio === 0 ? 1e-3 : 1);
    const fit = fitElasticNet(X, y, { alpha, l1Ratio, fitIntercept, tol: 1e-12, maxIter: 1e5 });
    expect(fit.converged).toBe(true);
    const c = scaledCorrelations(X, y, fit);
    const scale = Math.max(aMax * Math.max(l1Ratio, 1e-3), 1e-300);
    const eps = 1e-5 * scale;
    fit.coef.forEach((w, j) => {
      const g = c[j] - alpha * (1 - l1Ratio) * w; // must lie in αρ·∂|w_j|
      if (w !== 0) expect(Math.abs(g - alpha * l1Ratio * Math.sign(w))).toBeLessThan(eps);
      else expect(Math.abs(g)).toBeLessThanOrEqual(alpha * l1Ratio + eps);
    });
    if (fitIntercept) {
      const residual = (i: number): number =>
        y[i] - fit.intercept - X[i].reduce((t, x, j) => t + x * fit.coef[j], 0);
      const meanResidual = y.reduce((s, _, i) => s + residual(i), 0) / y.length;
      expect(Math.abs(meanResidual)).toBeLessThan(1e-9 * (1 + maxAbs(y)));
    }
  });
});

describe('norms are monotone in alpha', () => {
  test.each(CASES.slice(0, 40))('ridge ‖w‖₂ does not increase with alpha, problem %i', (k) => {
    const { X, y } = problem(k);
    const alphas = Array.from({ length: 25 }, (_, i) => 10 ** (2 - i / 4)); // 100 … 0.0024
    const path = elasticNetPath(X, y, { l1Ratio: 0, alphas });
    const norms = path.coefs.map((w) => Math.hypot(...w));
    for (let i = 1; i < norms.length; i++)
      expect(norms[i]).toBeGreaterThanOrEqual(norms[i - 1] * (1 - 1e-12));
    expect(norms[norms.length - 1]).toBeGreaterThan(norms[0]);
  });
  test.each(CASES.slice(0, 40))('lasso ‖w‖₁ does not increase with alpha, problem %i', (k) => {
    const { X, y } = problem(k);
    const path = elasticNetPath(X, y, {
      l1Ratio: 1,
      nAlphas: 30,
      eps: 1e-2,
      tol: 1e-12,
      maxIter: 1e5,
    });
    const norms = path.coefs.map((w) => w.reduce((s, v) => s + Math.abs(v), 0));
    for (let i = 1; i < norms.length; i++)
      expect(norms[i]).toBeGreaterThanOrEqual(norms[i - 1] * (1 - 1e-7));
    expect(path.converged.every(Boolean)).toBe(true);
  });
});

describe('the path', () => {
  test.each(CASES.slice(0, 30))('is all zeros at αmax and not just below it, problem %i', (k) => {
    const { X, y } = problem(k);
    const l1Ratio = 0.05 + 0.95 * createRng(k).uniform();
    const aMax = alphaMax(X, y, { l1Ratio });
    const path = elasticNetPath(X, y, { l1Ratio, nAlphas: 5 });
    expect(path.alphas[0]).toBeCloseTo(aMax, 12);
    expect(path.coefs[0].every((w) => w === 0)).toBe(true);
    expect(path.intercepts[0]).toBeCloseTo(y.reduce((a, b) => a + b, 0) / y.length, 10);
    const below = fitElasticNet(X, y, { alpha: 0.99 * aMax, l1Ratio });
    expect(below.coef.some((w) => w !== 0)).toBe(true);
  });

  test.each(CASES.slice(0, 20))(
    'equals independent fits at each alpha (warm starts change nothing), problem %i',
    (k) => {
      const { X, y } = problem(k);
      const path = elasticNetPath(X, y, {
        l1Ratio: 0.7,
        nAlphas: 8,
        eps: 1e-2,
        tol: 1e-12,
        maxIter: 1e5,
      });
      const scale = Math.max(...path.coefs.map(maxAbs), 1e-12);
      path.alphas.forEach((alpha, i) => {
        const fit = fitElasticNet(X, y, { alpha, l1Ratio: 0.7, tol: 1e-12, maxIter: 1e5 });
        fit.coef.forEach((w, j) =>
          expect(Math.abs(w - path.coefs[i][j])).toBeLessThan(1e-6 * scale),
        );
      });
    },
  );

  test('grid: decreasing, log-spaced from αmax to eps·αmax', () => {
    const { X, y } = problem(3);
    const path = elasticNetPath(X, y, { l1Ratio: 0.5, nAlphas: 12, eps: 1e-4 });
    const aMax = alphaMax(X, y, { l1Ratio: 0.5 });
    expect(path.alphas).toHaveLength(12);
    expect(path.alphas[0]).toBeCloseTo(aMax, 12);
    expect(path.alphas[11] / aMax).toBeCloseTo(1e-4, 15);
    for (let i = 1; i < 12; i++)
      expect(path.alphas[i] / path.alphas[i - 1]).toBeCloseTo(10 ** (-4 / 11), 12);
  });

  test('a given grid is sorted into decreasing order', () => {
    const { X, y } = problem(4);
    const path = elasticNetPath(X, y, { l1Ratio: 1, alphas: [0.1, 1, 0.01] });
    expect(path.alphas).toEqual([1, 0.1, 0.01]);
    expect(path.coefs).toHaveLength(3);
  });

  test('l1Ratio 0 without a grid: glmnet default αmax = max|Xᵀy|/(n·0.001), exact ridge fits', () => {
    const { X, y } = problem(5);
    const path = elasticNetPath(X, y, { l1Ratio: 0, nAlphas: 6 });
    expect(path.alphas[0]).toBeCloseTo(alphaMax(X, y, { l1Ratio: 1e-3 }), 10);
    path.alphas.forEach((alpha, i) => {
      const fit = fitRidge(X, y, { alpha });
      fit.coef.forEach((w, j) => expect(w).toBeCloseTo(path.coefs[i][j], 10));
      expect(path.nIters[i]).toBe(1);
    });
  });
});

describe('ridge', () => {
  test.each(CASES.slice(0, 30))('closed form agrees with coordinate descent, problem %i', (k) => {
    const { X, y } = problem(k);
    const alpha = 0.05 + createRng(k).uniform();
    const exact = fitRidge(X, y, { alpha });
    const cd = fitElasticNet(X, y, { alpha, l1Ratio: 0, tol: 1e-14, maxIter: 1e5 });
    expect(cd.converged).toBe(true);
    const scale = Math.max(maxAbs(exact.coef), 1e-12);
    exact.coef.forEach((w, j) => expect(Math.abs(w - cd.coef[j])).toBeLessThan(1e-6 * scale));
  });

  test.each(CASES.slice(0, 30))('satisfies (XcᵀXc + nα·I) w = Xcᵀyc, problem %i', (k) => {
    const { X, y, n } = problem(k);
    const alpha = 10 ** (-3 + 4 * createRng(k).uniform());
    const fit = fitRidge(X, y, { alpha });
    const c = scaledCorrelations(X, y, fit); // Xcᵀ r / n
    c.forEach((v, j) =>
      expect(Math.abs(v - alpha * fit.coef[j])).toBeLessThan(1e-8 * (1 + maxAbs(c))),
    );
    expect(n).toBeGreaterThan(0);
  });
});

describe('iteration bound', () => {
  test('nIter never exceeds maxIter and a starved solve says so', () => {
    const d = makeCorrelatedRegression({
      nSamples: 30,
      nFeatures: 100,
      correlation: 0.9,
      seed: 11,
    });
    for (const maxIter of [1, 2, 3, 5, 8]) {
      const fit = fitElasticNet(d.X, d.y, { alpha: 1e-3, l1Ratio: 1, tol: 1e-12, maxIter });
      expect(fit.nIter).toBeLessThanOrEqual(maxIter);
      expect(fit.converged).toBe(false);
      expect(fit.coef.every(Number.isFinite)).toBe(true);
      expect(fit.dualGap).toBeGreaterThan(0);
    }
  });
  test('a converged fit reports a duality gap below tol·‖y − ȳ‖²/n', () => {
    const d = makeCorrelatedRegression({ nSamples: 50, nFeatures: 20, seed: 12 });
    const tol = 1e-6;
    const fit = fitElasticNet(d.X, d.y, { alpha: 0.05, l1Ratio: 0.5, tol });
    const ym = d.y.reduce((a, b) => a + b, 0) / d.y.length;
    const bound = (tol * d.y.reduce((s, v) => s + (v - ym) ** 2, 0)) / d.y.length;
    expect(fit.converged).toBe(true);
    expect(fit.dualGap).toBeLessThan(bound);
    expect(fit.dualGap).toBeGreaterThan(-1e-12 * bound);
  });
});
