// The prepared linear problems (src/lib/prepared.ts): warm starts from the α already solved give
// the same answers as cold fits and scikit-learn's, in fewer sweeps; bad input is refused; the
// caller's arrays are never touched (prepareLogistic too). Logistic handles: prepared-logistic.test.ts.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  createKernels,
  cvElasticNet,
  elasticNetPath,
  fitElasticNet,
  fitRidge,
  loadDiabetes,
  makeCorrelatedRegression,
  prepareLinear,
  prepareLogistic,
  standardize,
  unscaleCoef,
} from '../../../src/lib';
import { loadFixture, maxAbs, maxDiff, relDev } from './fixtures';

/** The accuracy sklearn-reference.test.ts holds against scikit-learn (tol 1e-12). */
const COEF_RTOL = 1e-9;
const exact = { tol: 1e-12, maxIter: 1e5 };

const diabetes = loadDiabetes({ scaled: true });
const cases = [
  { name: 'diabetes (n > p: Gram)', fixture: loadFixture('linear_diabetes_scaled.json'), ...diabetes },
  ...['linear_ngtp.json', 'linear_pgtn.json'].map((file) => {
    const fixture = loadFixture(file);
    return { name: `${file} (${fixture.dataset.X!.length}×${fixture.dataset.X![0].length})`, fixture, X: fixture.dataset.X!, y: fixture.dataset.y! };
  }),
];

describe.each(cases)('prepareLinear on $name', ({ fixture, X, y }) => {
  const fits = fixture.fits.filter((f) => f.fitIntercept && f.l1Ratio > 0);

  test('fit(α) after path() agrees with scikit-learn and with a cold fitElasticNet', () => {
    const handle = prepareLinear(X, y, exact);
    for (const l1Ratio of new Set(fits.map((f) => f.l1Ratio))) handle.path({ l1Ratio, nAlphas: 30 });
    for (const ref of fits) {
      const warm = handle.fit(ref.alpha, ref.l1Ratio);
      const cold = fitElasticNet(X, y, { alpha: ref.alpha, l1Ratio: ref.l1Ratio, ...exact });
      expect(warm.converged).toBe(true);
      expect(relDev(warm.coef, ref.coef)).toBeLessThan(COEF_RTOL);
      expect(relDev(warm.coef, cold.coef)).toBeLessThan(COEF_RTOL);
      expect(Math.abs(warm.intercept - cold.intercept)).toBeLessThan(COEF_RTOL * (1 + Math.abs(cold.intercept)));
    }
  });

  test('path() equals elasticNetPath, and a fit at one of its α starts from that solution', () => {
    const l1Ratio = fits[0].l1Ratio;
    const handle = prepareLinear(X, y, exact);
    const path = handle.path({ l1Ratio, nAlphas: 20 });
    expect(path).toEqual(elasticNetPath(X, y, { l1Ratio, nAlphas: 20, ...exact }));
    const k = 12;
    const again = handle.fit(path.alphas[k], l1Ratio);
    const cold = fitElasticNet(X, y, { alpha: path.alphas[k], l1Ratio, ...exact });
    expect(5 * again.nIter).toBeLessThanOrEqual(cold.nIter);
    expect(maxDiff(again.coef, path.coefs[k])).toBeLessThanOrEqual(COEF_RTOL * maxAbs(path.coefs[k]));
  });
});

describe('warm starts', () => {
  const { X, y } = diabetes;

  test('a fit between two solved α takes fewer sweeps than a cold fit, for the same answer', () => {
    for (const l1Ratio of [1, 0.5]) {
      const handle = prepareLinear(X, y, { tol: 1e-8 });
      const path = handle.path({ l1Ratio, nAlphas: 25 });
      for (const k of [5, 10, 15, 20]) {
        const alpha = Math.sqrt(path.alphas[k] * path.alphas[k + 1]);
        const warm = handle.fit(alpha, l1Ratio);
        const cold = fitElasticNet(X, y, { alpha, l1Ratio, tol: 1e-8 });
        expect(warm.nIter).toBeLessThan(cold.nIter);
        expect(relDev(warm.coef, cold.coef)).toBeLessThan(1e-3);
      }
    }
  });

  test('after a path, most slider ticks inside its range take one sweep, and none more than a cold fit', () => {
    const handle = prepareLinear(X, y, { tol: 1e-6 });
    handle.path({ nAlphas: 80, eps: 1e-4 });
    const ticks = Array.from({ length: 30 }, (_, k) => 10 ** (-3 + k * 0.1));
    const warm = ticks.map((alpha) => handle.fit(alpha).nIter);
    const cold = ticks.map((alpha) => fitElasticNet(X, y, { alpha, l1Ratio: 1, tol: 1e-6 }).nIter);
    expect(warm.filter((s) => s === 1).length).toBeGreaterThanOrEqual(0.8 * ticks.length);
    warm.forEach((s, k) => expect(s).toBeLessThanOrEqual(cold[k]));
  });

  test('fits remember their solutions: moving a slider step by step beats cold fits', () => {
    const handle = prepareLinear(X, y, { tol: 1e-8 });
    let warm = 0;
    let cold = 0;
    for (let k = 0; k < 40; k++) {
      const alpha = 10 ** (-3 + k * 0.075);
      warm += handle.fit(alpha).nIter;
      cold += fitElasticNet(X, y, { alpha, l1Ratio: 1, tol: 1e-8 }).nIter;
    }
    expect(warm).toBeLessThan(0.75 * cold);
  });

  test('after path(), a fit depends on α alone, not on the fits asked before it', () => {
    const fresh = prepareLinear(X, y, { tol: 1e-6 });
    fresh.path({ nAlphas: 40 });
    const busy = prepareLinear(X, y, { tol: 1e-6 });
    for (const alpha of [0.5, 0.003, 0.07]) busy.fit(alpha);
    busy.path({ nAlphas: 40 });
    for (const alpha of [0.2, 0.01, 0.0042]) busy.fit(alpha);
    for (const alpha of [0.011, 0.3, 0.0042]) expect(busy.fit(alpha)).toEqual(fresh.fit(alpha));
  });

  test('warmStarts: false makes every fit a cold one, equal to fitElasticNet', () => {
    const handle = prepareLinear(X, y, { warmStarts: false, tol: 1e-6 });
    handle.path({ nAlphas: 40 });
    for (const alpha of [0.2, 0.01, 0.011]) expect(handle.fit(alpha)).toEqual(fitElasticNet(X, y, { alpha, l1Ratio: 1, tol: 1e-6 }));
  });

  test('solutions are kept per l1Ratio: another ρ starts cold', () => {
    const handle = prepareLinear(X, y, { tol: 1e-8 });
    handle.path({ l1Ratio: 1, nAlphas: 25 });
    const other = handle.fit(0.01, 0.3);
    expect(other.nIter).toBe(fitElasticNet(X, y, { alpha: 0.01, l1Ratio: 0.3, tol: 1e-8 }).nIter);
  });

  test('α ≥ αmax is answered by w = 0 in one sweep, even after smaller α were solved', () => {
    const handle = prepareLinear(X, y);
    handle.fit(1e-3);
    const top = handle.fit(2 * handle.alphaMax());
    expect(top.coef.every((c) => c === 0)).toBe(true);
    expect(top.nIter).toBe(1);
  });
});

describe('the other methods equal the plain functions', () => {
  const { X, y } = diabetes;
  const raw = loadDiabetes();

  test('ridge = fitRidge, cv = cvElasticNet (also when the folds are reused), alphaGrid and alphaMax', () => {
    const handle = prepareLinear(raw.X, raw.y);
    for (const alpha of [0, 1e-3, 1]) expect(handle.ridge(alpha)).toEqual(fitRidge(raw.X, raw.y, { alpha }));
    const opts = { l1Ratio: 0.5, nAlphas: 15, nFolds: 4, seed: 3 };
    const ref = cvElasticNet(raw.X, raw.y, opts);
    expect(handle.cv(opts)).toEqual(ref);
    expect(handle.cv(opts)).toEqual(ref);
    expect(handle.cv({ ...opts, l1Ratio: 1 })).toEqual(cvElasticNet(raw.X, raw.y, { ...opts, l1Ratio: 1 }));
    expect(handle.alphaGrid({ l1Ratio: 0.5, nAlphas: 15 })).toEqual(ref.alphas);
    expect(handle.alphaMax(0.5)).toBe(ref.alphas[0]);
  });

  test('standardize: fits on scaled columns, coefficients on the original scale (StandardScaler, then unscale)', () => {
    const scaled = standardize(raw.X);
    const handle = prepareLinear(raw.X, raw.y, { standardize: true, ...exact });
    for (const [alpha, l1Ratio] of [
      [0.5, 1],
      [0.05, 0.5],
      [0.5, 0],
    ] as const) {
      const ours = l1Ratio === 0 ? handle.ridge(alpha) : handle.fit(alpha, l1Ratio);
      const fit = l1Ratio === 0 ? fitRidge(scaled.X, raw.y, { alpha }) : fitElasticNet(scaled.X, raw.y, { alpha, l1Ratio, ...exact });
      const ref = unscaleCoef(fit.coef, fit.intercept, scaled);
      expect(relDev(ours.coef, ref.coef)).toBeLessThan(COEF_RTOL);
      expect(Math.abs(ours.intercept - ref.intercept)).toBeLessThan(COEF_RTOL * Math.abs(ref.intercept));
    }
  });

  test('standardize in cv: each fold is scaled on its own training rows (no leak from the held-out rows)', () => {
    const handle = prepareLinear(raw.X, raw.y, { standardize: true, ...exact });
    const cv = handle.cv({ l1Ratio: 0.5, nAlphas: 8, nFolds: 3, seed: 5 });
    cv.foldMse.forEach((row, k) => {
      const train = cv.foldIds.flatMap((f, i) => (f === k ? [] : [i]));
      const test = cv.foldIds.flatMap((f, i) => (f === k ? [i] : []));
      const scaled = standardize(train.map((i) => raw.X[i]));
      const path = elasticNetPath(
        scaled.X,
        train.map((i) => raw.y[i]),
        { l1Ratio: 0.5, alphas: cv.alphas, ...exact },
      );
      path.coefs.forEach((coef, a) => {
        const fit = unscaleCoef(coef, path.intercepts[a], scaled);
        const mse = test.reduce((s, i) => s + (raw.y[i] - raw.X[i].reduce((e, x, j) => e + x * fit.coef[j], fit.intercept)) ** 2, 0) / test.length;
        expect(Math.abs(row[a] - mse) / mse).toBeLessThan(1e-9);
      });
    });
  });

  test('the settings of the handle are the defaults of its methods', () => {
    const handle = prepareLinear(X, y, { l1Ratio: 0.5, tol: 1e-6, maxIter: 50 });
    expect(handle.fit(0.01)).toEqual(fitElasticNet(X, y, { alpha: 0.01, l1Ratio: 0.5, tol: 1e-6, maxIter: 50 }));
    expect(handle.n).toBe(442);
    expect(handle.p).toBe(10);
  });
});

describe('bad input', () => {
  const { X, y } = diabetes;
  const handle = prepareLinear(X, y);
  test.each([
    ['a negative α', () => handle.fit(-1), /alpha must be in \[0, 1e\+150\], got -1/],
    ['α = NaN', () => handle.fit(NaN), /alpha must be a finite number, got NaN/],
    ['α = Infinity', () => handle.fit(Infinity), /alpha must be a finite number, got Infinity/],
    ['α as a string', () => handle.fit('1' as unknown as number), /alpha must be a finite number, got string/],
    ['ρ above 1', () => handle.fit(0.1, 1.5), /l1Ratio must be in \[0, 1\], got 1.5/],
    ['ρ below 0', () => handle.fit(0.1, -0.1), /l1Ratio must be in \[0, 1\], got -0.1/],
    ['a bad tol', () => handle.fit(0.1, 1, { tol: -1 }), /tol must be >= 0, got -1/],
    ['a ridge α below 0', () => handle.ridge(-2), /alpha must be in/],
    ['another fitIntercept in path', () => handle.path({ fitIntercept: false }), /fitIntercept is fixed when the problem is prepared \(true\), got false/],
    ['a ragged X', () => prepareLinear([[1, 2], [3]], [1, 2]), /X row 1 has 1 columns, expected 2/],
    ['y too short', () => prepareLinear([[1], [2]], [1]), /y has 1 entries but X has 2 rows/],
    ['a bad option', () => prepareLinear(X, y, { standardize: 'yes' as unknown as boolean }), /standardize must be true or false/],
    ['logistic: labels not 0/1', () => prepareLogistic([[1], [2]], [0, 2]), /y\[1\] is 2; logistic regression needs labels 0 or 1/],
    ['logistic: a negative α', () => prepareLogistic([[1], [2]], [0, 1]).fit(-1), /alpha must be in/],
    ['logistic: ρ above 1', () => prepareLogistic([[1], [2]], [0, 1]).path({ l1Ratio: 2 }), /l1Ratio must be in \[0, 1\], got 2/],
  ] as [string, () => unknown, RegExp][])('%s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('the caller’s arrays are never modified (fast-check)', () => {
  const problem = fc.record({ n: fc.integer({ min: 4, max: 12 }), p: fc.integer({ min: 1, max: 8 }) }).chain(({ n, p }) =>
    fc.record({
      X: fc.array(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: p, maxLength: p }), { minLength: n, maxLength: n }),
      y: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
      standardize: fc.boolean(),
      fitIntercept: fc.boolean(),
    }),
  );
  test('prepareLinear and every method of its handle; prepareLogistic and its methods', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 1e-4, max: 1, noNaN: true }), ({ X, y, standardize, fitIntercept }, alpha) => {
        const X0 = structuredClone(X);
        const y0 = [...y];
        const handle = prepareLinear(X, y, { standardize, fitIntercept });
        const calls: (() => unknown)[] = [
          () => handle.fit(alpha, 0.7),
          () => handle.path({ l1Ratio: 0.7, nAlphas: 5 }),
          () => handle.fit(alpha / 2, 0.7),
          () => handle.ridge(alpha),
          () => handle.cv({ nFolds: 2, nAlphas: 3 }),
        ];
        const labels = y.map((v, i) => (v > 0 || i === 0 ? 1 : 0) as number);
        const l0 = [...labels];
        if (labels.some((v) => v === 0)) {
          const logistic = prepareLogistic(X, labels, { fitIntercept, maxIter: 20 });
          calls.push(
            () => logistic.fit(alpha, 0.5),
            () => logistic.path({ l1Ratio: 0.5, nAlphas: 3 }),
          );
        }
        for (const call of calls) {
          // Degenerate draws may be refused (a RangeError that says so); the arrays stay as they were.
          try {
            call();
          } catch (e) {
            expect(e).toBeInstanceOf(RangeError);
          }
        }
        expect(labels).toEqual(l0);
        expect(X).toEqual(X0);
        expect(y).toEqual(y0);
      }),
      { seed: 0x5eed_2024, numRuns: 60 },
    );
  });
});

describe('synthetic p > n (the residual variant)', () => {
  const { X, y } = makeCorrelatedRegression({ nSamples: 40, nFeatures: 120, nInformative: 5, correlation: 0.4, seed: 8 });
  test('warm fits after a path match cold fits', () => {
    const handle = prepareLinear(X, y, { tol: 1e-10, maxIter: 1e5 });
    const path = handle.path({ l1Ratio: 0.8, nAlphas: 30 });
    for (const k of [8, 16, 24]) {
      const alpha = 0.9 * path.alphas[k];
      const warm = handle.fit(alpha, 0.8);
      const cold = fitElasticNet(X, y, { alpha, l1Ratio: 0.8, tol: 1e-10, maxIter: 1e5 });
      expect(warm.nIter).toBeLessThan(cold.nIter);
      expect(relDev(warm.coef, cold.coef)).toBeLessThan(1e-4);
    }
  });
});

// n > p: XᵀX in SIMD (the Gram variant); p > n: Xᵀr in SIMD at every gap check (the residual variant).
describe.each([
  { shape: '600×40', nSamples: 600, nFeatures: 40, alphas: [0.05, 0.02] },
  { shape: '60×150', nSamples: 60, nFeatures: 150, alphas: [0.08, 0.03] },
])('with the SIMD kernels ($shape)', ({ nSamples, nFeatures, alphas }) => {
  const kernels = createKernels({ simd: true });
  const { X, y } = makeCorrelatedRegression({ nSamples, nFeatures, nInformative: 6, correlation: 0.5, seed: 11 });
  test('the lasso and Elastic Net fits meet their KKT conditions, computed here from the raw data', () => {
    const n = X.length;
    for (const [alpha, l1Ratio] of [
      [alphas[0]!, 1],
      [alphas[1]!, 0.5],
    ] as const) {
      const fit = prepareLinear(X, y, { kernels }).fit(alpha, l1Ratio, { tol: 1e-12, maxIter: 1e5 });
      const plain = fitElasticNet(X, y, { alpha, l1Ratio, tol: 1e-12, maxIter: 1e5 });
      expect(maxDiff(fit.coef, plain.coef)).toBeLessThan(1e-9);
      const r = y.map((yi, i) => yi - fit.intercept - X[i]!.reduce((s, xij, j) => s + xij * fit.coef[j]!, 0));
      expect(Math.abs(r.reduce((s, ri) => s + ri, 0)) / n).toBeLessThan(1e-9);
      for (let j = 0; j < X[0]!.length; j++) {
        // (1/n)·x_jᵀr = αρ·sign(w_j) + α(1−ρ)·w_j where w_j ≠ 0; |(1/n)·x_jᵀr| ≤ αρ where w_j = 0.
        const g = X.reduce((s, row, i) => s + row[j]! * r[i]!, 0) / n;
        const w = fit.coef[j]!;
        if (w === 0) expect(Math.abs(g)).toBeLessThanOrEqual(alpha * l1Ratio * (1 + 1e-6));
        else expect(Math.abs(g - alpha * l1Ratio * Math.sign(w) - alpha * (1 - l1Ratio) * w)).toBeLessThan(1e-6 * alpha);
      }
      expect(fit.coef.filter((w) => w !== 0).length).toBeGreaterThan(3);
    }
  });
  test('a whole path equals the plain JavaScript one', () => {
    const withSimd = elasticNetPath(X, y, { l1Ratio: 0.7, nAlphas: 40, tol: 1e-10, maxIter: 1e5, kernels });
    const plain = elasticNetPath(X, y, { l1Ratio: 0.7, nAlphas: 40, tol: 1e-10, maxIter: 1e5 });
    expect(withSimd.alphas).toEqual(plain.alphas);
    for (let k = 0; k < plain.alphas.length; k++) expect(maxDiff(withSimd.coefs[k]!, plain.coefs[k]!)).toBeLessThan(1e-8);
    expect(withSimd.converged.every(Boolean)).toBe(true);
  });
});

test('kernels must come from createKernels()', () => {
  expect(() => prepareLinear([[1], [2], [3]], [1, 2, 3], { kernels: {} as never })).toThrow(/createKernels/);
  expect(() => fitElasticNet([[1], [2], [3]], [1, 2, 3], { alpha: 0.1, l1Ratio: 1, kernels: 5 as never })).toThrow(RangeError);
});
