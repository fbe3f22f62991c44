// The settings crosswalk (src/lib/crosswalk.ts): round trips, bad input, each library's documented
// objective, and scikit-learn's own fits (scripts/fixtures/make_crosswalk_fixtures.py) reproduced
// by this site's engine from the converted λ and ρ.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type Canonical,
  type CrosswalkContext,
  CrosswalkRangeError,
  LIBRARIES,
  type Library,
  type LossConvention,
  PARAMS,
  type Setting,
  convert,
  elasticNetObjective,
  fitElasticNet,
  fitLogistic,
  fitRidge,
  fitsTask,
  fromCanonical,
  loadDiabetes,
  logisticObjective,
  toCanonical,
} from '../../src/lib';
import { loadJson, maxAbs, maxDiff, relDev } from './lib/fixtures';

const close = (a: number, b: number, rtol = 1e-12) => Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b), 1e-300);
const settingValues = (s: Setting) => PARAMS[s.library].map((p) => (s as unknown as Record<string, number>)[p.key]!);

// ---- arbitraries ------------------------------------------------------------------------------
const nonneg = fc.oneof(fc.constant(0), fc.double({ min: 1e-8, max: 1e6, noNaN: true }));
const positive = fc.double({ min: 1e-8, max: 1e6, noNaN: true });
const ratio = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));
const arbitraryFor: Record<string, fc.Arbitrary<number>> = { nonneg, positive, ratio };

const settingOf = (library: Library): fc.Arbitrary<Setting> =>
  fc
    .tuple(...PARAMS[library].map((p) => arbitraryFor[p.kind]!))
    .map((values) => Object.fromEntries([['library', library], ...PARAMS[library].map((p, i) => [p.key, values[i]])]) as unknown as Setting);

const contextFor = (library: Library): fc.Arbitrary<CrosswalkContext> =>
  fc.record({
    n: fc.integer({ min: 1, max: 1_000_000 }),
    lr: fc.double({ min: 1e-6, max: 1, noNaN: true }),
    loss: fc.constantFrom(...(['mse', 'half-mse', 'log-loss'] as const).filter((l) => fitsTask(library, l))),
    ySd: fc.double({ min: 0.01, max: 100, noNaN: true }),
  });

describe('round trips', () => {
  test.each(LIBRARIES)('%s: to → from → to is the identity, and from gives back the setting', (library) => {
    fc.assert(
      fc.property(settingOf(library), contextFor(library), (setting, context) => {
        const canonical = toCanonical(setting, context);
        const back = fromCanonical(canonical, context)[library];
        expect(back, 'the library can express its own setting').not.toBeNull();
        expect(back!.setting.library).toBe(library);
        const again = toCanonical(back!.setting, context);
        expect(close(again.lambda, canonical.lambda), `λ ${again.lambda} vs ${canonical.lambda}`).toBe(true);
        if (canonical.lambda > 0) expect(close(again.l1Ratio, canonical.l1Ratio), `ρ ${again.l1Ratio} vs ${canonical.l1Ratio}`).toBe(true);
        // The setting itself comes back, within 1e-12 of its own size (Keras' l2 next to a far larger
        // l1 only to that precision, as λ(1 − ρ) with ρ close to 1), except a ratio where λ = 0 says
        // nothing about it (Keras 0, 0).
        const specs = PARAMS[library];
        const original = settingValues(setting);
        const size = Math.max(...original.filter((_, i) => specs[i]!.kind !== 'ratio'));
        settingValues(back!.setting).forEach((v, i) => {
          const scale = specs[i]!.kind === 'ratio' ? 1 : Math.max(size, Math.abs(v));
          if (canonical.lambda > 0 || specs[i]!.kind !== 'ratio')
            expect(Math.abs(v - original[i]!), `${specs[i]!.name}: ${v} vs ${original[i]}`).toBeLessThanOrEqual(1e-12 * scale);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('from → to is the identity for every library that has both penalties, for any λ and ρ', () => {
    const canonical = fc.record({ lambda: nonneg, l1Ratio: ratio });
    fc.assert(
      fc.property(canonical, contextFor('glmnet'), (c: Canonical, context) => {
        const all = fromCanonical(c, context);
        for (const library of ['sklearn-elasticnet', 'sklearn-logistic', 'glmnet', 'statsmodels', 'keras'] as const) {
          const eq = all[library];
          if (!eq) {
            expect(fitsTask(library, context.loss!)).toBe(false);
            continue;
          }
          expect(eq.exact).toBe(true);
          if (library === 'sklearn-logistic' && c.lambda === 0) {
            expect(eq.setting).toMatchObject({ C: Infinity });
            continue;
          }
          const back = toCanonical(eq.setting, context);
          expect(close(back.lambda, c.lambda)).toBe(true);
          if (c.lambda > 0) expect(close(back.l1Ratio, c.l1Ratio)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('L2-only settings say when they drop the L1 part', () => {
    const ctx = { n: 100, lr: 0.01 };
    const all = fromCanonical({ lambda: 0.2, l1Ratio: 0.25 }, ctx);
    for (const library of ['sklearn-ridge', 'torch-l2', 'torch-adamw', 'adamw-paper'] as const) expect(all[library]!.exact).toBe(false);
    expect(all['sklearn-ridge']!.setting.alpha).toBeCloseTo(100 * 0.2 * 0.75, 12);
    expect(all['sklearn-lasso']).toBeNull();
    expect(fromCanonical({ lambda: 0.2, l1Ratio: 1 }, ctx)['sklearn-lasso']!.setting.alpha).toBe(0.2);
    expect(fromCanonical({ lambda: 0.2, l1Ratio: 0 }, ctx)['torch-l2'].exact).toBe(true);
    expect(fromCanonical({ lambda: 0.2, l1Ratio: 0 }, { n: 5 })['adamw-paper']).toBeNull();
  });
});

describe('the conversions, one by one', () => {
  const n = 442;
  test('Ridge(alpha = 44.2) with n = 442 is ElasticNet(alpha = 0.1, l1_ratio = 0), λ = 0.1', () => {
    const c = toCanonical({ library: 'sklearn-ridge', alpha: 44.2 }, { n });
    expect(c.lambda).toBeCloseTo(0.1, 15);
    expect(c.l1Ratio).toBe(0);
    const enet = convert({ library: 'sklearn-ridge', alpha: 44.2 }, 'sklearn-elasticnet', { n });
    expect(enet!.setting.alpha).toBeCloseTo(0.1, 15);
    expect(enet!.setting.l1Ratio).toBe(0);
  });

  test('LogisticRegression: C = 1/(nλ); l1_ratio is ρ', () => {
    const c = toCanonical({ library: 'sklearn-logistic', C: 1, l1Ratio: 1 }, { n: 200, loss: 'log-loss' });
    expect(c).toEqual({ lambda: 1 / 200, l1Ratio: 1 });
    const eq = fromCanonical({ lambda: 0.1, l1Ratio: 0 }, { n, loss: 'log-loss' })['sklearn-logistic']!;
    expect(eq.setting.C).toBeCloseTo(1 / 44.2, 15);
    expect(fromCanonical({ lambda: 0, l1Ratio: 0 }, { n, loss: 'log-loss' })['sklearn-logistic']!.setting.C).toBe(Infinity);
  });

  test('glmnet: the same numbers for standardized y; otherwise the L2 part is divided by sd(y)', () => {
    expect(toCanonical({ library: 'glmnet', lambda: 0.1, alpha: 0.5 }, { n })).toEqual({ lambda: 0.1, l1Ratio: 0.5 });
    const c = toCanonical({ library: 'glmnet', lambda: 0.3, alpha: 0.5 }, { n, ySd: 3 });
    expect(c.lambda * c.l1Ratio).toBeCloseTo(0.15, 15);
    expect(c.lambda * (1 - c.l1Ratio)).toBeCloseTo(0.05, 15);
    // Pure lasso and the binomial family are not rescaled.
    expect(toCanonical({ library: 'glmnet', lambda: 0.3, alpha: 1 }, { n, ySd: 3 })).toEqual({ lambda: 0.3, l1Ratio: 1 });
    expect(toCanonical({ library: 'glmnet', lambda: 0.3, alpha: 0.5 }, { n, ySd: 3, loss: 'log-loss' })).toEqual({ lambda: 0.3, l1Ratio: 0.5 });
  });

  test('statsmodels: alpha = λ, L1_wt = ρ', () => {
    expect(toCanonical({ library: 'statsmodels', alpha: 0.7, L1_wt: 0.3 }, { n })).toEqual({ lambda: 0.7, l1Ratio: 0.3 });
  });

  test('Keras: with mean squared error l1 = 2λρ and l2 = λ(1−ρ); with ½·MSE or cross-entropy half that', () => {
    const mse = fromCanonical({ lambda: 0.1, l1Ratio: 0.5 }, { n, loss: 'mse' }).keras.setting;
    expect(mse.l1).toBeCloseTo(0.1, 15);
    expect(mse.l2).toBeCloseTo(0.05, 15);
    for (const loss of ['half-mse', 'log-loss'] as const) {
      const half = fromCanonical({ lambda: 0.1, l1Ratio: 0.5 }, { n, loss }).keras.setting;
      expect(half.l1).toBeCloseTo(0.05, 15);
      expect(half.l2).toBeCloseTo(0.025, 15);
    }
    expect(toCanonical({ library: 'keras', l1: 0, l2: 0.01 }, { n })).toEqual({ lambda: 0.01, l1Ratio: 0 });
  });

  test('PyTorch: weight_decay = 2λ with MSELoss, λ with ½·MSE; AdamW the same per-step shrink; the paper’s λ = lr·weight_decay', () => {
    const all = fromCanonical({ lambda: 0.1, l1Ratio: 0 }, { n, lr: 0.001, loss: 'mse' });
    expect(all['torch-l2'].setting.weightDecay).toBeCloseTo(0.2, 15);
    expect(all['torch-adamw'].setting.weightDecay).toBeCloseTo(0.2, 15);
    expect(all['adamw-paper']!.setting.lambda).toBeCloseTo(0.0002, 15);
    expect(fromCanonical({ lambda: 0.1, l1Ratio: 0 }, { n, loss: 'half-mse' })['torch-l2'].setting.weightDecay).toBeCloseTo(0.1, 15);
    expect(toCanonical({ library: 'adamw-paper', lambda: 1e-4 }, { n, lr: 1e-3, loss: 'half-mse' }).lambda).toBeCloseTo(0.1, 15);
  });
});

describe('bad input: a RangeError that names the field and its range', () => {
  const cases: [string, () => unknown, string, RegExp][] = [
    ['n = 0', () => toCanonical({ library: 'sklearn-ridge', alpha: 1 }, { n: 0 }), 'n', /^n must be a whole number in \[1, \d+\], got 0$/],
    ['n = 1.5', () => toCanonical({ library: 'sklearn-ridge', alpha: 1 }, { n: 1.5 }), 'n', /^n must be a whole number in \[1, \d+\], got 1.5$/],
    ['n = NaN', () => fromCanonical({ lambda: 1, l1Ratio: 0 }, { n: NaN }), 'n', /got NaN$/],
    ['n missing', () => toCanonical({ library: 'sklearn-ridge', alpha: 1 }, {} as CrosswalkContext), 'n', /got undefined$/],
    ['lr = 0', () => toCanonical({ library: 'torch-l2', weightDecay: 1 }, { n: 5, lr: 0 }), 'lr', /^lr must be a finite number > 0, got 0$/],
    ['lr = -1', () => fromCanonical({ lambda: 1, l1Ratio: 0 }, { n: 5, lr: -1 }), 'lr', /^lr must be a finite number > 0, got -1$/],
    ['sd(y) = 0', () => toCanonical({ library: 'glmnet', lambda: 1, alpha: 0 }, { n: 5, ySd: 0 }), 'ySd', /^sd\(y\) must be a finite number > 0, got 0$/],
    ['alpha < 0', () => toCanonical({ library: 'sklearn-ridge', alpha: -1 }, { n: 5 }), 'alpha', /^alpha must be a finite number >= 0, got -1$/],
    ['alpha = Infinity', () => toCanonical({ library: 'sklearn-lasso', alpha: Infinity }, { n: 5 }), 'alpha', /got Infinity$/],
    ['alpha not a number', () => toCanonical({ library: 'statsmodels', alpha: '1' as unknown as number, L1_wt: 0 }, { n: 5 }), 'alpha', /got '1'$/],
    [
      'l1_ratio = 1.2',
      () => toCanonical({ library: 'sklearn-elasticnet', alpha: 1, l1Ratio: 1.2 }, { n: 5 }),
      'l1Ratio',
      /^l1_ratio must be a number in \[0, 1\], got 1.2$/,
    ],
    ['glmnet alpha = -0.1', () => toCanonical({ library: 'glmnet', lambda: 1, alpha: -0.1 }, { n: 5 }), 'alpha', /^alpha must be a number in \[0, 1\]/],
    ['L1_wt = 2', () => toCanonical({ library: 'statsmodels', alpha: 1, L1_wt: 2 }, { n: 5 }), 'L1_wt', /^L1_wt must be a number in \[0, 1\]/],
    ['C = 0', () => toCanonical({ library: 'sklearn-logistic', C: 0, l1Ratio: 0 }, { n: 5, loss: 'log-loss' }), 'C', /^C must be a finite number > 0, got 0$/],
    ['l2 = -0.01', () => toCanonical({ library: 'keras', l1: 0, l2: -0.01 }, { n: 5 }), 'l2', /^l2 must be a finite number >= 0/],
    [
      'weight_decay = NaN',
      () => toCanonical({ library: 'torch-adamw', weightDecay: NaN }, { n: 5 }),
      'weightDecay',
      /^weight_decay must be a finite number >= 0, got NaN$/,
    ],
    ['λ = -1', () => fromCanonical({ lambda: -1, l1Ratio: 0 }, { n: 5 }), 'lambda', /^λ must be a finite number >= 0, got -1$/],
    ['ρ = 2', () => fromCanonical({ lambda: 1, l1Ratio: 2 }, { n: 5 }), 'l1Ratio', /^ρ must be a number in \[0, 1\], got 2$/],
    [
      'unknown loss',
      () => toCanonical({ library: 'keras', l1: 0, l2: 0 }, { n: 5, loss: 'mae' as LossConvention }),
      'loss',
      /^loss must be one of 'mse', 'half-mse', 'log-loss', got 'mae'$/,
    ],
    [
      'Ridge with log-loss',
      () => toCanonical({ library: 'sklearn-ridge', alpha: 1 }, { n: 5, loss: 'log-loss' }),
      'loss',
      /^loss must be 'mse' or 'half-mse' for sklearn-ridge/,
    ],
    [
      'LogisticRegression with MSE',
      () => toCanonical({ library: 'sklearn-logistic', C: 1, l1Ratio: 0 }, { n: 5 }),
      'loss',
      /^loss must be 'log-loss' for sklearn-logistic/,
    ],
    [
      'the paper’s λ without lr',
      () => toCanonical({ library: 'adamw-paper', lambda: 1 }, { n: 5 }),
      'lr',
      /^lr must be a finite number > 0 for the AdamW paper's λ/,
    ],
    [
      'C so small that λ overflows',
      () => toCanonical({ library: 'sklearn-logistic', C: 1e-320, l1Ratio: 0 }, { n: 1e6, loss: 'log-loss' }),
      'C',
      /^C = 1e-320 is out of range: λ would overflow$/,
    ],
    ['unknown library', () => toCanonical({ library: 'xgboost' } as unknown as Setting, { n: 5 }), 'library', /^library must be one of sklearn-elasticnet/],
  ];
  test.each(cases)('%s', (_, run, field, message) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toBeInstanceOf(CrosswalkRangeError);
    expect((error as CrosswalkRangeError).field).toBe(field);
    expect((error as Error).message).toMatch(message);
  });
});

// ---- each library's objective as its documentation writes it -----------------------------------
const { X: DX, y: DY } = loadDiabetes({ scaled: true });
const N = DY.length;
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, j) => s + v * b[j]!, 0);
const rss = (X: number[][], y: number[], w: number[], b: number) => X.reduce((s, row, i) => s + (y[i]! - dot(row, w) - b) ** 2, 0);
const l1 = (w: number[]) => w.reduce((s, v) => s + Math.abs(v), 0);
const sq = (w: number[]) => dot(w, w);
const logLossSum = (X: number[][], y: number[], w: number[], b: number) =>
  X.reduce((s, row, i) => {
    const eta = dot(row, w) + b;
    return s + Math.log1p(Math.exp(-Math.abs(eta))) + Math.max(eta, 0) - y[i]! * eta;
  }, 0);
const YC = DY.map((t) => (t > 140 ? 1 : 0));

describe("each library's documented objective is a positive multiple of this site's, at the converted setting", () => {
  const point = fc.record({
    w: fc.array(fc.double({ min: -800, max: 800, noNaN: true }), { minLength: 10, maxLength: 10 }),
    b: fc.double({ min: -200, max: 200, noNaN: true }),
  });
  const canonical = fc.record({ lambda: fc.double({ min: 1e-4, max: 10, noNaN: true }), l1Ratio: ratio });
  const ySd = 2.5;
  /** Regression: [library, its objective at (w, b), the multiple k of ours]. */
  const regression = (c: Canonical, loss: 'mse' | 'half-mse') => {
    const all = fromCanonical(c, { n: N, loss, ySd });
    const e = all['sklearn-elasticnet']!.setting;
    const s = all.statsmodels.setting;
    const k = all.keras.setting;
    const g = all.glmnet.setting;
    const mse = loss === 'mse' ? 1 : 0.5;
    const rows: [string, (w: number[], b: number) => number, number][] = [
      // (1/2n)RSS + alpha·l1_ratio·‖w‖₁ + alpha(1 − l1_ratio)/2·‖w‖²
      ['ElasticNet', (w, b) => rss(DX, DY, w, b) / (2 * N) + e.alpha * e.l1Ratio * l1(w) + (e.alpha * (1 - e.l1Ratio) * sq(w)) / 2, 1],
      // 0.5·RSS/n + alpha·((1 − L1_wt)/2·‖w‖² + L1_wt·‖w‖₁)
      ['statsmodels OLS', (w, b) => (0.5 * rss(DX, DY, w, b)) / N + s.alpha * (((1 - s.L1_wt) / 2) * sq(w) + s.L1_wt * l1(w)), 1],
      // MSE (or ½·MSE) + l1·Σ|w| + l2·Σw²
      ['Keras', (w, b) => (mse * rss(DX, DY, w, b)) / N + k.l1 * l1(w) + k.l2 * sq(w), 2 * mse],
      // glmnet on y/s with lambda/s, in y's units: (1/2n)RSS/s² + (lambda/s)[(1 − alpha)/2‖β/s‖² + alpha‖β/s‖₁]
      [
        'glmnet (gaussian, y scaled by its sd)',
        (w, b) => rss(DX, DY, w, b) / (2 * N * ySd ** 2) + (g.lambda / ySd) * (((1 - g.alpha) / 2) * (sq(w) / ySd ** 2) + g.alpha * (l1(w) / ySd)),
        1 / ySd ** 2,
      ],
    ];
    if (c.l1Ratio === 0) {
      const r = all['sklearn-ridge']!.setting;
      // ‖y − Xw‖² + alpha‖w‖²
      rows.push(['Ridge', (w, b) => rss(DX, DY, w, b) + r.alpha * sq(w), 2 * N]);
    }
    return rows;
  };

  test.each(['mse', 'half-mse'] as const)('regression (%s)', (loss) => {
    fc.assert(
      fc.property(canonical, point, (c, { w, b }) => {
        const ours = elasticNetObjective(DX, DY, w, b, c.lambda, c.l1Ratio);
        for (const [name, objective, k] of regression(c, loss)) expect(close(objective(w, b), k * ours, 1e-10), name).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test('classification (log-loss)', () => {
    fc.assert(
      fc.property(canonical, point, (c, { w, b }) => {
        const w10 = w.map((v) => v / 400); // keep the logits moderate
        const ours = logisticObjective(DX, YC, w10, b / 100, c.lambda, c.l1Ratio);
        const all = fromCanonical(c, { n: N, loss: 'log-loss' });
        const lr = all['sklearn-logistic']!.setting;
        const k = all.keras.setting;
        const g = all.glmnet.setting;
        const ll = logLossSum(DX, YC, w10, b / 100);
        // C·Σ log-loss + (1 − l1_ratio)/2·‖w‖² + l1_ratio·‖w‖₁ = nC × ours
        expect(close(lr.C * ll + ((1 - lr.l1Ratio) / 2) * sq(w10) + lr.l1Ratio * l1(w10), N * lr.C * ours, 1e-10)).toBe(true);
        // binary cross-entropy + l1·Σ|w| + l2·Σw²
        expect(close(ll / N + k.l1 * l1(w10) + k.l2 * sq(w10), ours, 1e-10)).toBe(true);
        // glmnet binomial: −loglik/n + lambda·[(1 − alpha)/2‖β‖² + alpha‖β‖₁]
        expect(close(ll / N + g.lambda * (((1 - g.alpha) / 2) * sq(w10) + g.alpha * l1(w10)), ours, 1e-10)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test("PyTorch's weight_decay adds wd·w to the gradient of the loss: k times our gradient", () => {
    // Gradient of MSELoss (mean of squared errors) plus wd·w, against our (1/2n)RSS + λ/2‖w‖².
    const lambda = 0.37;
    const wd = fromCanonical({ lambda, l1Ratio: 0 }, { n: N, loss: 'mse' })['torch-l2'].setting.weightDecay;
    const w = DX[0]!.map((_, j) => (j - 4) * 10);
    const residual = DX.map((row, i) => DY[i]! - dot(row, w));
    const torchGrad = w.map((wj, j) => (-2 / N) * DX.reduce((s, row, i) => s + row[j]! * residual[i]!, 0) + wd * wj);
    const ourGrad = w.map((wj, j) => (-1 / N) * DX.reduce((s, row, i) => s + row[j]! * residual[i]!, 0) + lambda * wj);
    torchGrad.forEach((g, j) => expect(close(g, 2 * ourGrad[j]!, 1e-12)).toBe(true));
  });
});

describe('decoupled decay and L2 under plain gradient descent', () => {
  // Centred data, no intercept: MSELoss by full-batch gradient descent.
  const Xc = DX.map((row) => row.slice(0, 4));
  const ym = DY.reduce((a, b) => a + b, 0) / N;
  const yc = DY.map((v) => v - ym);
  const lambda = 0.01;
  const { weightDecay: wd } = fromCanonical({ lambda, l1Ratio: 0 }, { n: N, loss: 'mse' })['torch-l2'].setting;
  const gradMse = (w: number[]) => {
    const r = Xc.map((row, i) => yc[i]! - dot(row, w));
    return w.map((_, j) => (-2 / N) * Xc.reduce((s, row, i) => s + row[j]! * r[i]!, 0));
  };

  test('SGD with weight_decay and decoupled decay of the same value take the same steps, and reach our ridge fit', () => {
    const lr = 20; // below 2/L: L = 2·λmax(XᵀX)/n + wd ≈ 0.04 for these unit-norm columns
    let a = [0, 0, 0, 0];
    let b = [0, 0, 0, 0];
    for (let step = 0; step < 2000; step++) {
      const ga = gradMse(a);
      a = a.map((v, j) => v - lr * (ga[j]! + wd * v)); // torch.optim.SGD(weight_decay = wd), no momentum
      const gb = gradMse(b);
      b = b.map((v, j) => v - lr * gb[j]! - lr * wd * v); // decoupled: w ← w − lr·∇L − lr·wd·w
    }
    expect(maxDiff(a, b)).toBeLessThan(1e-9 * maxAbs(a));
    const ridge = fitRidge(Xc, yc, { alpha: lambda, fitIntercept: false });
    expect(relDev(a, ridge.coef)).toBeLessThan(1e-9);
  });
});

// ---- scikit-learn's fits, reproduced from the converted setting ----------------------------------
interface LinearRef {
  estimator: 'Lasso' | 'ElasticNet';
  params: { alpha: number; l1_ratio?: number };
  coef: number[];
  intercept: number;
}
interface RidgeRef {
  alpha: number;
  coef: number[];
  intercept: number;
  elasticNet: { alpha: number; l1_ratio: number; coef: number[]; intercept: number };
}
interface LogisticRef {
  params: { C: number; penalty: 'l1' | 'l2' | 'elasticnet'; l1_ratio?: number };
  solver: string;
  coef: number[];
  intercept: number;
}
interface Fixture {
  sklearnVersion: string;
  regression: { name: string; n: number; dataset?: 'diabetes'; X?: number[][]; y?: number[]; fits: LinearRef[]; ridge: RidgeRef[] }[];
  classification: { name: string; n: number; X: number[][]; y: number[]; fits: LogisticRef[] }[];
}

const fixture = loadJson<Fixture>('crosswalk.json');
const regressionCases = fixture.regression.map((c) => ({ ...c, ...(c.dataset === 'diabetes' ? loadDiabetes({ scaled: true }) : { X: c.X!, y: c.y! }) }));
/** Coefficients agree within this fraction of the largest (scikit-learn at tol 1e-12). */
const COEF_RTOL = 1e-8;

describe.each(regressionCases)('scikit-learn $name', ({ X, y, n, fits, ridge }) => {
  test('n matches the data', () => expect(n).toBe(y.length));

  test.each(fits)('$estimator $params: converted to λ, ρ and fitted here, the same coefficients', ({ estimator, params, coef, intercept }) => {
    const setting: Setting =
      estimator === 'Lasso'
        ? { library: 'sklearn-lasso', alpha: params.alpha }
        : { library: 'sklearn-elasticnet', alpha: params.alpha, l1Ratio: params.l1_ratio! };
    const { lambda, l1Ratio } = toCanonical(setting, { n });
    const fit = fitElasticNet(X, y, { alpha: lambda, l1Ratio, tol: 1e-12, maxIter: 1e5 });
    expect(fit.converged).toBe(true);
    expect(relDev(fit.coef, coef)).toBeLessThan(COEF_RTOL);
    expect(Math.abs(fit.intercept - intercept)).toBeLessThan(1e-6 * (1 + Math.abs(intercept)));
  });

  test.each(ridge)('Ridge(alpha = $alpha) ⇔ ElasticNet(alpha = alpha/n, l1_ratio = 0) ⇔ this site’s λ = alpha/n', (ref) => {
    const { lambda, l1Ratio } = toCanonical({ library: 'sklearn-ridge', alpha: ref.alpha }, { n });
    expect(l1Ratio).toBe(0);
    expect(close(lambda, ref.alpha / n)).toBe(true);
    // The crosswalk's ElasticNet setting is the one scikit-learn fitted as the twin of Ridge.
    const enet = convert({ library: 'sklearn-ridge', alpha: ref.alpha }, 'sklearn-elasticnet', { n })!.setting;
    expect(close(enet.alpha, ref.elasticNet.alpha)).toBe(true);
    expect(enet.l1Ratio).toBe(ref.elasticNet.l1_ratio);
    // scikit-learn's two fits agree with each other, and ours with both.
    expect(relDev(ref.elasticNet.coef, ref.coef)).toBeLessThan(1e-12);
    const closed = fitRidge(X, y, { alpha: lambda });
    const cd = fitElasticNet(X, y, { alpha: enet.alpha, l1Ratio: 0, tol: 1e-12, maxIter: 1e5 });
    for (const fit of [closed, cd]) {
      expect(relDev(fit.coef, ref.coef)).toBeLessThan(COEF_RTOL);
      expect(relDev(fit.coef, ref.elasticNet.coef)).toBeLessThan(COEF_RTOL);
      expect(Math.abs(fit.intercept - ref.intercept)).toBeLessThan(1e-6 * (1 + Math.abs(ref.intercept)));
    }
    // And back: the site's λ as Ridge's alpha.
    expect(close(fromCanonical({ lambda, l1Ratio: 0 }, { n })['sklearn-ridge']!.setting.alpha, ref.alpha)).toBe(true);
  });
});

describe.each(fixture.classification)('scikit-learn $name', ({ X, y, n, fits }) => {
  test.each(fits)('LogisticRegression $params ($solver): converted to λ, ρ and fitted here, the same coefficients', ({ params, coef, intercept }) => {
    const l1Ratio = params.penalty === 'l1' ? 1 : params.penalty === 'l2' ? 0 : params.l1_ratio!;
    const c = toCanonical({ library: 'sklearn-logistic', C: params.C, l1Ratio }, { n, loss: 'log-loss' });
    expect(close(c.lambda, 1 / (n * params.C))).toBe(true);
    const fit = fitLogistic(X, y, { alpha: c.lambda, l1Ratio: c.l1Ratio, tol: 1e-10 });
    expect(fit.converged).toBe(true);
    expect(maxDiff(fit.coef, coef)).toBeLessThan(1e-6 * maxAbs(coef));
    expect(Math.abs(fit.intercept - intercept)).toBeLessThan(1e-6 * (1 + Math.abs(intercept)));
    coef.forEach((v, j) => v === 0 && expect(fit.coef[j]).toBe(0));
  });
});

describe('glmnet, emulated as its code runs (y divided by its sd, lambda too, coefficients scaled back)', () => {
  // glmnet's elnet (family "gaussian", standardize = FALSE): ys = sd(y) with the 1/n formula,
  // solve on y/ys with lambda/ys, then multiply the coefficients by ys.
  const ym = DY.reduce((a, b) => a + b, 0) / N;
  const ys = Math.sqrt(DY.reduce((s, v) => s + (v - ym) ** 2, 0) / N);
  const glmnetFit = (lambda: number, alpha: number) => {
    const fit = fitElasticNet(
      DX,
      DY.map((v) => v / ys),
      { alpha: lambda / ys, l1Ratio: alpha, tol: 1e-14, maxIter: 1e5 },
    );
    return fit.coef.map((c) => c * ys);
  };
  test.each([
    [0.5, 0.5],
    [2, 0.1],
    [1, 1],
  ])('lambda %f, alpha %f: the crosswalk with sd(y) gives the same fit; ignoring sd(y) does not unless alpha = 1', (lambda, alpha) => {
    const reference = glmnetFit(lambda, alpha);
    const withSd = toCanonical({ library: 'glmnet', lambda, alpha }, { n: N, ySd: ys });
    const ours = fitElasticNet(DX, DY, { alpha: withSd.lambda, l1Ratio: withSd.l1Ratio, tol: 1e-14, maxIter: 1e5 });
    expect(relDev(ours.coef, reference)).toBeLessThan(1e-8);
    const naive = fitElasticNet(DX, DY, { alpha: lambda, l1Ratio: alpha, tol: 1e-14, maxIter: 1e5 });
    if (alpha === 1) expect(relDev(naive.coef, reference)).toBeLessThan(1e-8);
    else expect(relDev(naive.coef, reference)).toBeGreaterThan(1e-3);
  });
});
