// Agreement with scikit-learn (fixtures from scripts/fixtures/make_linear_fixtures.py, tol 1e-12).
import { describe, expect, test } from 'vitest';
import { elasticNetObjective, elasticNetPath, fitElasticNet, fitLasso, fitRidge, loadDiabetes } from '../../../src/lib';
import { type LinearFixture, type PathRef, loadFixture, maxAbs, maxDiff, relDev } from './fixtures';

// The brief asks for 1e-6 relative to max|coef|; we hold 1e-9 (measured ≤ 4e-11) so that a
// loss of accuracy shows up long before the requirement is at risk.
const COEF_RTOL = 1e-9;

interface Case {
  file: string;
  fixture: LinearFixture;
  X: number[][];
  y: number[];
}

function fromFixture(file: string): Case {
  const fixture = loadFixture(file);
  return { file, fixture, X: fixture.dataset.X!, y: fixture.dataset.y! };
}

const cases: Case[] = [
  {
    file: 'linear_diabetes_scaled.json',
    fixture: loadFixture('linear_diabetes_scaled.json'),
    ...loadDiabetes({ scaled: true }),
  },
  {
    file: 'linear_diabetes_raw.json',
    fixture: loadFixture('linear_diabetes_raw.json'),
    ...loadDiabetes(),
  },
  fromFixture('linear_pgtn.json'),
  fromFixture('linear_ngtp.json'),
];

/** Intercept error allowed: coefficient error times the size of the column means. */
function interceptTol(X: number[][], y: number[], coef: number[]): number {
  const xm = X[0].map((_, j) => X.reduce((s, r) => s + Math.abs(r[j]), 0) / X.length);
  const ym = y.reduce((s, v) => s + Math.abs(v), 0) / y.length;
  return COEF_RTOL * (ym + maxAbs(coef) * xm.reduce((a, b) => a + b, 0));
}

describe.each(cases)('$file', ({ fixture, X, y }) => {
  test.each(fixture.fits)('alpha $alpha, l1Ratio $l1Ratio, fitIntercept $fitIntercept', ({ alpha, l1Ratio, fitIntercept, coef, intercept, objective }) => {
    const opts = { alpha, l1Ratio, fitIntercept, tol: fixture.tol, maxIter: 1e5 };
    const fits = l1Ratio === 0 ? [fitRidge(X, y, opts), fitElasticNet(X, y, opts)] : [fitElasticNet(X, y, opts)];
    if (l1Ratio === 1) fits.push(fitLasso(X, y, { alpha, fitIntercept, tol: fixture.tol, maxIter: 1e5 }));
    for (const fit of fits) {
      expect(fit.converged).toBe(true);
      expect(relDev(fit.coef, coef)).toBeLessThan(COEF_RTOL);
      expect(Math.abs(fit.intercept - intercept)).toBeLessThanOrEqual(interceptTol(X, y, coef));
      const obj = elasticNetObjective(X, y, fit.coef, fit.intercept, alpha, l1Ratio);
      expect(Math.abs(obj - objective) / objective).toBeLessThan(1e-12);
      if (!fitIntercept) expect(fit.intercept).toBe(0);
    }
  });

  const paths: [string, PathRef][] = [...fixture.paths.map((p): [string, PathRef] => [`l1Ratio ${p.l1Ratio}`, p])];
  test.each(paths)('enet_path %s', (_, ref) => {
    const ours = elasticNetPath(X, y, {
      l1Ratio: ref.l1Ratio,
      nAlphas: ref.nAlphas,
      eps: ref.eps,
      tol: ref.tol,
      maxIter: 1e5,
    });
    expect(ours.alphas).toHaveLength(ref.alphas.length);
    const pathMax = Math.max(...ref.coefs.map(maxAbs));
    for (let k = 0; k < ref.alphas.length; k++) {
      expect(Math.abs(ours.alphas[k] - ref.alphas[k]) / ref.alphas[k]).toBeLessThan(1e-13);
      expect(ours.converged[k]).toBe(true);
      // scikit-learn's αmax is a rounding error below the exact one (coefs ~1e-13 there).
      const scale = Math.max(maxAbs(ref.coefs[k]), 1e-6 * pathMax);
      expect(maxDiff(ours.coefs[k], ref.coefs[k])).toBeLessThan(COEF_RTOL * scale);
      expect(Math.abs(ours.intercepts[k] - ref.intercepts[k])).toBeLessThanOrEqual(interceptTol(X, y, ref.coefs[k]) + 1e-9 * Math.abs(ref.intercepts[k]));
    }
  });
});

describe('same tolerance as scikit-learn (default tol 1e-4)', () => {
  const { X, y } = loadDiabetes({ scaled: true });
  const fx = loadFixture('linear_diabetes_scaled.json');
  const exact = fx.paths.find((p) => p.l1Ratio === 1)!;
  const loose = fx.defaultTolPaths![0];
  test('both stay within the duality-gap bound tol·‖y − ȳ‖²/n of the optimum', () => {
    const ours = elasticNetPath(X, y, { l1Ratio: 1, tol: 1e-4 });
    const ym = y.reduce((a, b) => a + b, 0) / y.length;
    const bound = (1e-4 * y.reduce((s, v) => s + (v - ym) ** 2, 0)) / y.length;
    for (let k = 0; k < exact.alphas.length; k++) {
      const a = exact.alphas[k];
      const oursObj = elasticNetObjective(X, y, ours.coefs[k], ours.intercepts[k], a, 1);
      const theirs = elasticNetObjective(X, y, loose.coefs[k], loose.intercepts[k], a, 1);
      expect(oursObj - exact.objectives[k]).toBeLessThan(bound);
      expect(theirs - exact.objectives[k]).toBeLessThan(bound);
      expect(ours.converged[k]).toBe(true);
      expect(ours.dualGaps[k]).toBeLessThan(bound);
    }
  });
});

describe('diabetes data', () => {
  const fx = loadFixture('linear_diabetes_scaled.json');
  test('scaled variant equals scikit-learn load_diabetes(scaled=True)', () => {
    const { X, y } = loadDiabetes({ scaled: true });
    expect(y).toEqual(fx.dataset.y);
    let dev = 0;
    X.forEach((row, i) => row.forEach((v, j) => (dev = Math.max(dev, Math.abs(v - fx.dataset.X![i][j])))));
    expect(dev).toBeLessThan(1e-15);
  });
  test('raw variant has 442 rows of 10 unscaled features', () => {
    const { X, y, featureNames } = loadDiabetes();
    expect(X).toHaveLength(442);
    expect(featureNames).toEqual(['age', 'sex', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6']);
    expect(X[0]).toEqual([59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87]);
    expect(y[0]).toBe(151);
    expect(y.reduce((a, b) => a + b, 0) / 442).toBeCloseTo(152.133484162896, 9);
  });
  test('loadDiabetes returns fresh copies', () => {
    const a = loadDiabetes();
    a.X[0][0] = -1;
    expect(loadDiabetes().X[0][0]).toBe(59);
  });
});
