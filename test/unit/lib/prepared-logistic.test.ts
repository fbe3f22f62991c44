// prepareLogistic (src/lib/logistic.ts): a path over scikit-learn's α agrees with its fits, and a
// fit between two solved α starts from them (fewer Newton steps) with the same answer.
import { describe, expect, test } from 'vitest';
import { fitLogistic, loadDiabetes, prepareLogistic } from '../../../src/lib';
import { loadJson, maxAbs, maxDiff } from './fixtures';

const diabetes = loadDiabetes({ scaled: true });

interface LogisticRef {
  alpha: number;
  l1Ratio: number;
  coef: number[];
  intercept: number;
}
const logisticFx = loadJson<{ cases: { name: string; threshold?: number; fits: LogisticRef[] }[] }>('logistic.json');

describe('prepareLogistic', () => {
  const diab = logisticFx.cases.find((c) => c.threshold !== undefined)!;
  const X = diabetes.X;
  const y = diabetes.y.map((t): number => (t > diab.threshold! ? 1 : 0));

  test.each([0, 0.5])('path() over scikit-learn’s α (ρ = %s) agrees with its fits as fitLogistic does', (l1Ratio) => {
    const refs = diab.fits.filter((f) => f.l1Ratio === l1Ratio);
    const path = prepareLogistic(X, y, { tol: 1e-12 }).path({ l1Ratio, alphas: refs.map((r) => r.alpha) });
    expect(path.alphas).toEqual(refs.map((r) => r.alpha).sort((a, b) => b - a));
    path.alphas.forEach((alpha, k) => {
      const ref = refs.find((r) => r.alpha === alpha)!;
      expect(path.fits[k].converged).toBe(true);
      expect(maxDiff(path.fits[k].coef, ref.coef)).toBeLessThan(1e-6 * maxAbs(ref.coef));
      expect(Math.abs(path.fits[k].intercept - ref.intercept)).toBeLessThan(1e-6 * (1 + Math.abs(ref.intercept)));
    });
  });

  test('a fit after the path starts from the nearest solution: fewer Newton steps, same answer', () => {
    const handle = prepareLogistic(X, y, { tol: 1e-10 });
    const path = handle.path({ l1Ratio: 0.5, nAlphas: 20 });
    const alpha = Math.sqrt(path.alphas[12] * path.alphas[13]);
    const warm = handle.fit(alpha, 0.5);
    const cold = fitLogistic(X, y, { alpha, l1Ratio: 0.5, tol: 1e-10 });
    expect(warm.nIter).toBeLessThan(cold.nIter);
    expect(maxDiff(warm.coef, cold.coef)).toBeLessThan(1e-7 * maxAbs(cold.coef));
    expect(handle.fit(alpha, 0.5)).toEqual(warm); // after a path, the same start every time
    const single = prepareLogistic(X, y, { tol: 1e-10 });
    single.fit(alpha, 0.5);
    expect(single.fit(alpha, 0.5).nIter).toBe(0); // without a path, the fit itself is remembered: no Newton step
  });

  test('the default grid starts at the α where every coefficient is 0', () => {
    const path = prepareLogistic(X, y).path({ l1Ratio: 1, nAlphas: 10 });
    expect(path.fits[0].coef.every((c) => c === 0)).toBe(true);
    expect(path.fits[1].coef.some((c) => c !== 0)).toBe(true);
    expect(path.alphas[9] / path.alphas[0]).toBeCloseTo(1e-3, 12);
  });

  test('a cold fit equals fitLogistic exactly', () => {
    expect(prepareLogistic(X, y).fit(0.01, 0.5)).toEqual(fitLogistic(X, y, { alpha: 0.01, l1Ratio: 0.5 }));
  });
});
