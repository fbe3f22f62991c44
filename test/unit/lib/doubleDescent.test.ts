// Random ReLU features and the double-descent sweep (src/lib/randomFeatures.ts, doubleDescent.ts):
// the seeded data match the Python port, the exact test error matches numpy and a Monte Carlo
// estimate, the sweep's errors (averaged over the noise) equal numpy's and fits done one by one, and the curve behaves as the
// literature says: the training error reaches 0 at p = n, the ridgeless test error peaks there and
// falls again for p ≫ n, and a well-chosen ridge λ removes the peak.
import { describe, expect, test } from 'vitest';
import {
  createDescentSweep,
  descentCurve,
  doubleDescentSweep,
  drawErrors,
  fitMinNorm,
  makeDescentTask,
  reluFeatureRisk,
  reluFeatures,
  reluKernel,
  ridgeSpectrum,
} from '../../../src/lib';
import { loadJson, maxDiff } from './fixtures';

interface RiskFit {
  alpha: number;
  coef: number[];
  trainMse: number;
  testRisk?: number;
  monteCarlo?: { mean: number; standardError: number };
  /** Both errors averaged over the noise of the targets (y = Xβ + σε). */
  expected?: { test: number; train: number };
}
const fx = loadJson<{
  task: { samples: number; inputs: number; features: number; seed: number; noise: number };
  beta: number[];
  draw0: { X: number[][]; W: number[][] };
  draw1W0: number[];
  cases: { name: string; p?: number; draw?: number; X: number[][]; y: number[]; fits: RiskFit[] }[];
}>('double-descent.json');

const { samples: n, inputs, features, seed, noise: sigma } = fx.task;
const task = makeDescentTask({ samples: n, inputs, features, draws: 20, seed });
const riskCases = fx.cases.filter((c) => c.p !== undefined);
const drawOf = (c: (typeof riskCases)[number]) => c.draw ?? 0;

describe('makeDescentTask', () => {
  test('matches its Python port (β, the first draw, and the first feature of the second draw)', () => {
    expect(maxDiff(task.beta, fx.beta)).toBeLessThan(1e-15);
    const d0 = task.draws[0]!;
    // Math.log/sin/cos may differ from libm in the last bit.
    expect(Math.max(...d0.X.map((row, i) => maxDiff(row, fx.draw0.X[i]!)))).toBeLessThan(1e-12);
    expect(Math.max(...d0.W.map((row, i) => maxDiff(row, fx.draw0.W[i]!)))).toBeLessThan(1e-12);
    expect(maxDiff(task.draws[1]!.W[0]!, fx.draw1W0)).toBeLessThan(1e-12);
  });

  test('directions and β have length 1; draws differ', () => {
    expect(Math.hypot(...task.beta)).toBeCloseTo(1, 14);
    for (const w of task.draws[3]!.W) expect(Math.hypot(...w)).toBeCloseTo(1, 14);
    expect(task.draws[1]!.X[0]).not.toEqual(task.draws[0]!.X[0]);
  });
});

describe('random ReLU features and their exact test error', () => {
  test.each(riskCases)('$name: Φ is the fixture’s matrix', (c) => {
    const d = task.draws[drawOf(c)]!;
    const Phi = reluFeatures(d.X, d.W.slice(0, c.p), 1 / Math.sqrt(c.p!));
    expect(Math.max(...Phi.map((row, i) => maxDiff(row, c.X[i]!)))).toBeLessThan(1e-12);
  });

  test.each(riskCases)('$name: the test error equals numpy’s closed form and the Monte Carlo estimate', (c) => {
    const W = task.draws[drawOf(c)]!.W.slice(0, c.p);
    for (const f of c.fits) {
      const risk = reluFeatureRisk(f.coef, W, fx.beta, sigma, 1 / Math.sqrt(c.p!));
      expect(Math.abs(risk - f.testRisk!) / f.testRisk!).toBeLessThan(1e-10);
      if (f.monteCarlo) expect(Math.abs(risk - f.monteCarlo.mean)).toBeLessThan(5 * f.monteCarlo.standardError);
    }
  });

  test('the kernel: ‖u‖²/2 on the diagonal, ‖u‖‖v‖/(2π) at a right angle, 0 for opposite directions', () => {
    expect(reluKernel([3, 4], [3, 4])).toBeCloseTo(12.5, 14);
    expect(reluKernel([2, 0], [0, 5])).toBeCloseTo(10 / (2 * Math.PI), 14);
    expect(reluKernel([1, 1], [-2, -2])).toBeCloseTo(0, 14);
    expect(reluKernel([0, 0], [1, 2])).toBe(0);
  });

  test('bad input throws a RangeError naming the problem', () => {
    expect(() => reluFeatures([[1, 2]], [[1, 2, 3]])).toThrow(/W has 3 columns but the inputs have 2/);
    expect(() => reluFeatures([[1, 2]], [[1, 2]], 0)).toThrow(/scale must be > 0/);
    expect(() => reluFeatureRisk([1], [[1, 0]], [1], 0.1)).toThrow(/beta has 1 entries but X has 2 rows/);
    expect(() => reluFeatureRisk([1], [[1, 0]], [1, 0], -1)).toThrow(/noise must be in \[0, 1e\+150\], got -1/);
  });
});

describe('the sweep equals fits done one by one', () => {
  const alphas = [0, 1e-4, 1e-2, 1];
  const ps = [1, 15, 29, 30, 31, 60, 120];
  const sweep = doubleDescentSweep(task, { ps, alphas });

  test.each(riskCases)('$name: numpy / scikit-learn’s errors averaged over the noise, σ = 0.3', (c) => {
    for (const f of c.fits) {
      const e = drawErrors(sweep, drawOf(c), ps.indexOf(c.p!), alphas.indexOf(f.alpha), sigma);
      expect(Math.abs(e.test - f.expected!.test) / f.expected!.test).toBeLessThan(1e-8);
      expect(Math.abs(e.train - f.expected!.train)).toBeLessThan(Math.max(1e-8 * f.expected!.train, 1e-14));
    }
  });

  /**
   * The same by hand: the fit is linear in y, w = B·y, so averaged over ε the test error is
   * test(B·a) + σ²(1 + Σᵢ ‖B·eᵢ‖²_Σ) and the training error train(B·a) + σ²·Σᵢ train(B·eᵢ),
   * with one fit per unit vector eᵢ (reluFeatureRisk with β = 0 gives ‖w‖²_Σ).
   */
  test.each([
    [2, 1, 0, 0],
    [5, 29, 1e-4, 1],
    [7, 31, 0, 0.5],
    [11, 120, 1e-2, 0.3],
    [10, 30, 0, 0.3],
  ])('draw %i, p = %i, λ = %s, σ = %s', (draw, p, alpha, noise) => {
    const d = task.draws[draw]!;
    const a = d.X.map((x) => x.reduce((t, v, k) => t + v * task.beta[k]!, 0));
    const W = d.W.slice(0, p);
    const scale = 1 / Math.sqrt(p);
    const Phi = reluFeatures(d.X, W, scale);
    const zero = task.beta.map(() => 0);
    let test = reluFeatureRisk(fitMinNorm(Phi, a, { alpha }).coef, W, task.beta, 0, scale) + noise ** 2;
    let train = ridgeSpectrum(Phi, a).trainMse(alpha);
    for (let i = 0; i < n; i++) {
      const unit = a.map((_, j) => (j === i ? 1 : 0));
      test += noise ** 2 * reluFeatureRisk(fitMinNorm(Phi, unit, { alpha }).coef, W, zero, 0, scale);
      train += noise ** 2 * ridgeSpectrum(Phi, unit).trainMse(alpha);
    }
    const e = drawErrors(sweep, draw, ps.indexOf(p), alphas.indexOf(alpha), noise);
    expect(Math.abs(e.test - test) / test).toBeLessThan(1e-8);
    expect(Math.abs(e.train - train)).toBeLessThan(Math.max(1e-8 * train, 1e-14));
  });

  test('advance() reports done exactly at the last (draw, p), and slicing changes nothing', () => {
    const small = makeDescentTask({ samples: 6, inputs: 3, features: 12, draws: 2, seed: 5 });
    const s = createDescentSweep(small, { ps: [2, 6, 12], alphas: [0, 0.1] });
    const flags = Array.from({ length: 6 }, () => s.advance());
    expect(flags).toEqual([false, false, false, false, false, true]);
    expect(s.result()).toEqual(doubleDescentSweep(small, { ps: [2, 6, 12], alphas: [0, 0.1] }));
  });

  test('bad input throws a RangeError naming the problem', () => {
    expect(() => makeDescentTask({ samples: 0, inputs: 2, features: 4, draws: 1, seed: 1 })).toThrow(/samples must be in \[1, 10000\], got 0/);
    expect(() => makeDescentTask({ samples: 4, inputs: 2, features: 4, draws: 1, seed: -1 })).toThrow(/seed must be in/);
    expect(() => createDescentSweep(task, { ps: [], alphas })).toThrow(/ps must be a non-empty array/);
    const broken = { ...task, draws: [{ ...task.draws[0]!, W: task.draws[0]!.W.slice(0, 5) }] };
    expect(() => createDescentSweep(broken, { ps, alphas })).toThrow(/draws\[0\]\.W is 5×8, expected 120×8/);
    expect(() => createDescentSweep(task, { ps: [3, 3], alphas })).toThrow(/ps must increase: ps\[1\] = 3 follows 3/);
    expect(() => createDescentSweep(task, { ps: [121], alphas })).toThrow(/ps\[0\] must be in \[1, 120\], got 121/);
    expect(() => createDescentSweep(task, { ps: [2.5], alphas })).toThrow(/ps\[0\] must be an integer/);
    expect(() => createDescentSweep(task, { ps, alphas: [0, -1] })).toThrow(/alphas\[1\] must be in \[0, 1e\+150\], got -1/);
    expect(() => descentCurve(sweep, 4, 0.3)).toThrow(/alphaIndex must be in \[0, 3\], got 4/);
    expect(() => descentCurve(sweep, 0, -0.1)).toThrow(/noise must be in \[0, 1e\+150\], got -0.1/);
  });
});

describe('double descent, as the literature describes it (n = 30, 20 draws, σ = 0.3)', () => {
  // Every p from 1 to 4n near the threshold, coarser elsewhere; λ = 0 and a log grid.
  const ps = [1, 2, 4, 6, 8, 10, 12, 15, 18, 20, 22, 24, 26, 27, 28, 29, 30, 31, 32, 33, 34, 36, 40, 45, 50, 60, 75, 90, 105, 120];
  const alphas = [0, ...Array.from({ length: 13 }, (_, k) => 10 ** (-5 + 0.5 * k))];
  const sweep = doubleDescentSweep(task, { ps, alphas });
  const at = (curve: number[], p: number) => curve[ps.indexOf(p)]!;
  const ridgeless = descentCurve(sweep, 0, sigma);
  const curves = alphas.map((_, l) => descentCurve(sweep, l, sigma).test);
  /** The largest rise of a curve above its lowest value so far (0 for a curve that never goes up). */
  const worstRise = (c: number[]) => Math.max(...c.map((v, j) => v - Math.min(...c.slice(0, j + 1))));

  test('λ = 0: the training error falls with p and is 0 (interpolation) from p = n on', () => {
    for (let j = 1; j < ps.length; j++) expect(ridgeless.train[j]!).toBeLessThanOrEqual(ridgeless.train[j - 1]! + 1e-12);
    for (const p of ps) {
      if (p >= n) expect(at(ridgeless.train, p)).toBeLessThan(1e-20);
      else expect(at(ridgeless.train, p)).toBeGreaterThan(1e-4);
    }
  });

  test('λ = 0: the test error peaks at p = n, far above both sides, and falls again for p ≫ n', () => {
    const peak = Math.max(...ridgeless.test);
    expect(ps[ridgeless.test.indexOf(peak)]).toBe(n);
    expect(peak).toBeGreaterThan(5 * at(ridgeless.test, n / 2));
    expect(peak).toBeGreaterThan(5 * at(ridgeless.test, 2 * n));
    // The second descent: every p from 2n on is below p = 2n's neighbour to the left, and 4n is
    // below the best p of the classical regime (p < n).
    for (let j = ps.indexOf(60); j < ps.length; j++) expect(ridgeless.test[j]!).toBeLessThan(at(ridgeless.test, 45));
    expect(at(ridgeless.test, 4 * n)).toBeLessThan(Math.min(...ridgeless.test.slice(0, ps.indexOf(n))));
  });

  test('the peak grows with the noise, like σ² for large σ, and stays without noise (what the features cannot express acts as noise)', () => {
    const curveAt = (s: number) => descentCurve(sweep, 0, s).test;
    const peakAt = (s: number) => at(curveAt(s), n);
    const levels = [0, 0.1, 0.2, 0.3, 0.5, 1, 2];
    for (let k = 1; k < levels.length; k++) expect(peakAt(levels[k]!)).toBeGreaterThan(peakAt(levels[k - 1]!));
    expect(peakAt(2) / peakAt(1)).toBeGreaterThan(3.5);
    expect(peakAt(2) / peakAt(1)).toBeLessThan(4);
    expect(peakAt(0)).toBeGreaterThan(5 * at(curveAt(0), n / 2));
  });

  test('a well-chosen λ removes the peak (Nakkiran et al. 2021): the curve never rises by more than 0.02', () => {
    const best = curves.reduce((b, c, l) => (at(c, n) < at(curves[b]!, n) ? l : b), 0);
    expect(alphas[best]).toBeGreaterThan(0);
    expect(worstRise(curves[best]!)).toBeLessThan(0.02);
    expect(at(curves[best]!, n)).toBeLessThan(at(curves[best]!, n / 2));
    expect(worstRise(curves[0]!)).toBeGreaterThan(5);
    // The best λ for each p gives a curve without a peak as well.
    const envelope = ps.map((_, j) => Math.min(...curves.map((c) => c[j]!)));
    expect(worstRise(envelope)).toBeLessThan(0.02);
  });

  test('too much ridge underfits: at λ = 10 the test error stays near ‖β‖² + σ² for every p', () => {
    const heavy = curves[alphas.length - 1]!;
    expect(alphas.at(-1)).toBeCloseTo(10, 10);
    for (const v of heavy) expect(v).toBeGreaterThan(0.9 * (1 + sigma ** 2));
  });
});
