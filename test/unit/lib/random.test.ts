// The seeded generator, the synthetic data and the standardisation helpers.
import { describe, expect, test } from 'vitest';
import { applyScaling, createRng, fitLasso, loadDiabetes, makeCorrelatedRegression, standardize, unscaleCoef } from '../../../src/lib';
import { loadFixture, loadJson } from './fixtures';

describe('createRng', () => {
  test('is deterministic per seed and differs across seeds', () => {
    const draw = (seed: number) => {
      const r = createRng(seed);
      return Array.from({ length: 20 }, () => [r.nextUint32(), r.uniform(), r.normal(), r.int(7)]);
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(0)).not.toEqual(draw(1));
  });

  test('pins the first outputs (xoshiro128** seeded by splitmix32)', () => {
    // Values from the Python port in scripts/fixtures/make_linear_fixtures.py.
    const ref = loadJson<{ seed0Uint32: number[]; seed123456789Uniform: number[] }>('rng_reference.json');
    const r = createRng(0);
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual(ref.seed0Uint32);
    const u = createRng(123456789);
    expect([u.uniform(), u.uniform(), u.uniform()]).toEqual(ref.seed123456789Uniform);
  });

  test('uniform lies in [0, 1) with the right moments', () => {
    const r = createRng(7);
    const u = Array.from({ length: 100000 }, () => r.uniform());
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const mean = u.reduce((a, b) => a + b, 0) / u.length;
    const v = u.reduce((s, x) => s + (x - mean) ** 2, 0) / u.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(v - 1 / 12)).toBeLessThan(0.002);
  });

  test('normal has mean 0, variance 1 and light tails', () => {
    const r = createRng(8);
    const z = Array.from({ length: 100000 }, () => r.normal());
    const mean = z.reduce((a, b) => a + b, 0) / z.length;
    const v = z.reduce((s, x) => s + (x - mean) ** 2, 0) / z.length;
    const within1 = z.filter((x) => Math.abs(x) < 1).length / z.length;
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(v - 1)).toBeLessThan(0.02);
    expect(Math.abs(within1 - 0.6827)).toBeLessThan(0.01);
    expect(z.every(Number.isFinite)).toBe(true);
  });

  test('int(n) covers 0..n-1 evenly', () => {
    const r = createRng(9);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60000; i++) counts[r.int(6)]++;
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(400);
  });
});

describe('makeCorrelatedRegression', () => {
  test('is deterministic and has the requested shape (p > n allowed)', () => {
    const a = makeCorrelatedRegression({ nSamples: 20, nFeatures: 50, seed: 3 });
    const b = makeCorrelatedRegression({ nSamples: 20, nFeatures: 50, seed: 3 });
    const c = makeCorrelatedRegression({ nSamples: 20, nFeatures: 50, seed: 4 });
    expect(a).toEqual(b);
    expect(a.X).not.toEqual(c.X);
    expect(a.X).toHaveLength(20);
    expect(a.X.every((row) => row.length === 50)).toBe(true);
    expect(a.coef.filter((w) => w !== 0)).toHaveLength(5);
    expect(a.groups.slice(0, 11)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2]);
  });

  test('features in a group have the requested correlation, others none', () => {
    const d = makeCorrelatedRegression({
      nSamples: 20000,
      nFeatures: 6,
      groupSize: 3,
      correlation: 0.6,
      seed: 5,
    });
    const col = (j: number) => d.X.map((r) => r[j]);
    const corr = (a: number[], b: number[]) => {
      const ma = a.reduce((s, v) => s + v, 0) / a.length;
      const mb = b.reduce((s, v) => s + v, 0) / b.length;
      let sab = 0, saa = 0, sbb = 0; // prettier-ignore
      a.forEach((v, i) => { sab += (v - ma) * (b[i] - mb); saa += (v - ma) ** 2; sbb += (b[i] - mb) ** 2; }); // prettier-ignore
      return sab / Math.sqrt(saa * sbb);
    };
    expect(corr(col(0), col(2))).toBeCloseTo(0.6, 1);
    expect(corr(col(3), col(4))).toBeCloseTo(0.6, 1);
    expect(Math.abs(corr(col(0), col(3)))).toBeLessThan(0.03);
  });

  test('y = X·coef + noise with the requested noise level', () => {
    const d = makeCorrelatedRegression({
      nSamples: 5000,
      nFeatures: 8,
      noise: 0.5,
      seed: 6,
      shift: true,
    });
    const r = d.y.map((v, i) => v - 10 - d.X[i].reduce((s, x, j) => s + x * d.coef[j], 0));
    const sd = Math.sqrt(r.reduce((s, v) => s + v * v, 0) / r.length);
    expect(sd).toBeCloseTo(0.5, 1);
  });

  test.each(['linear_pgtn.json', 'linear_ngtp.json'])('matches its Python port bit for bit or nearly (%s)', (file) => {
    const fx = loadFixture(file);
    const s = fx.dataset.spec as Record<string, number & boolean>;
    const d = makeCorrelatedRegression({
      nSamples: s.n, nFeatures: s.p, groupSize: s.group_size, correlation: s.correlation,
      nInformative: s.n_informative, noise: s.noise, seed: s.seed, shift: s.shift,
    }); // prettier-ignore
    expect(d.coef).toEqual(fx.dataset.coef);
    let dev = 0;
    d.X.forEach((row, i) => row.forEach((v, j) => (dev = Math.max(dev, Math.abs(v - fx.dataset.X![i][j])))));
    d.y.forEach((v, i) => (dev = Math.max(dev, Math.abs(v - fx.dataset.y![i]))));
    // Math.log/sin/cos may differ from libm in the last bit.
    expect(dev).toBeLessThan(1e-12);
  });
});

describe('standardize and unscaleCoef', () => {
  const { X, y } = loadDiabetes();
  test('columns get mean 0 and standard deviation 1 (ddof 0)', () => {
    const s = standardize(X);
    for (let j = 0; j < 10; j++) {
      const c = s.X.map((r) => r[j]);
      const m = c.reduce((a, b) => a + b, 0) / c.length;
      const v = c.reduce((a, b) => a + (b - m) ** 2, 0) / c.length;
      expect(Math.abs(m)).toBeLessThan(1e-12);
      expect(v).toBeCloseTo(1, 12);
    }
  });
  test('unitNorm reproduces scikit-learn’s scaled diabetes', () => {
    const s = standardize(X, { unitNorm: true });
    const ref = loadDiabetes({ scaled: true }).X;
    s.X.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - ref[i][j])).toBeLessThan(1e-15)));
  });
  test('a constant column gets scale 1', () => {
    const s = standardize([
      [1, 5],
      [2, 5],
      [3, 5],
    ]);
    expect(s.scales[1]).toBe(1);
    expect(s.X.map((r) => r[1])).toEqual([0, 0, 0]);
  });
  test('coefficients mapped back give the same predictions on raw data', () => {
    const s = standardize(X);
    const fit = fitLasso(s.X, y, { alpha: 0.5 });
    const back = unscaleCoef(fit.coef, fit.intercept, s);
    const Xs = applyScaling(X, s);
    X.forEach((row, i) => {
      const a = fit.intercept + Xs[i].reduce((t, v, j) => t + v * fit.coef[j], 0);
      const b = back.intercept + row.reduce((t, v, j) => t + v * back.coef[j], 0);
      expect(b).toBeCloseTo(a, 9);
    });
    expect(back.coef.filter((w) => w === 0).length).toBe(fit.coef.filter((w) => w === 0).length);
  });
});
