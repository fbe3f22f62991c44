// Stability selection (src/lib/stability.ts, src/lib/stableSet.ts) against scikit-learn's lasso_path
// on the same subsamples and grid (fixtures from scripts/fixtures/make_stability_fixtures.py), the
// p = 1 case in closed form, the properties that must hold, and RangeError on bad input.
import { describe, expect, test } from 'vitest';
import {
  averageSelected,
  createRng,
  createStabilitySelection,
  STABILITY_TOL,
  drawSubsamples,
  errorBound,
  loadDiabetes,
  maxFrequency,
  regionIndices,
  stabilitySelection,
  stableSet,
  type StabilityResult,
} from '../../../src/lib';
import { loadJson } from './fixtures';

interface StabilityCase {
  name: string;
  nAlphas: number;
  eps: number;
  complementaryPairs: boolean;
  alphas: number[];
  subsamples: number[][];
  supports: number[][][];
  frequencies: number[][];
  X?: number[][];
  y?: number[];
}
const fx = loadJson<{ tol: number; margin: number; cases: StabilityCase[] }>('stability.json');
const dataOf = (c: StabilityCase) => (c.X ? { X: c.X, y: c.y! } : loadDiabetes());

describe('against scikit-learn lasso_path on the fixture’s subsamples', () => {
  // Every decision in the fixture is at least `margin` (1e-6, relative) from flipping, and both
  // solvers stop at a duality gap of 1e-12·‖y‖²/m: the supports must agree exactly.
  test.each(fx.cases)('$name: same grid, same supports, same frequencies', (c) => {
    const { X, y } = dataOf(c);
    const r = stabilitySelection(X, y, { subsamples: c.subsamples, nAlphas: c.nAlphas, eps: c.eps, tol: fx.tol, maxIter: 1e5 });
    expect(r.alphas).toHaveLength(c.alphas.length);
    r.alphas.forEach((a, k) => expect(Math.abs(a - c.alphas[k]) / c.alphas[k]).toBeLessThan(1e-13));
    expect(r.subsamples).toEqual(c.subsamples);
    expect(r.supports).toEqual(c.supports);
    expect(r.frequencies).toEqual(c.frequencies);
    expect(r.unconverged).toBe(0);
  });

  // At elasticNetPath's own default (1e-4) one support in 600 of the diabetes case differs (a
  // coefficient near its threshold left at a tiny non-zero): hence the tighter default, 1e-7.
  test.each(fx.cases)('$name: at the default tol (1e-7) too', (c) => {
    const { X, y } = dataOf(c);
    const r = stabilitySelection(X, y, { subsamples: c.subsamples, nAlphas: c.nAlphas, eps: c.eps });
    expect(STABILITY_TOL).toBe(1e-7);
    expect(r.supports).toEqual(c.supports);
    expect(r.frequencies).toEqual(c.frequencies);
  });
});

describe('drawSubsamples', () => {
  test('draws ⌊n/2⌋ distinct rows per subsample, sorted, the same for the same seed', () => {
    const s = drawSubsamples(101, { nSubsamples: 40, seed: 5 });
    expect(s).toHaveLength(40);
    for (const rows of s) {
      expect(rows).toHaveLength(50);
      expect(new Set(rows).size).toBe(50);
      expect(rows.every((i, k) => Number.isInteger(i) && i >= 0 && i < 101 && (k === 0 || rows[k - 1] < i))).toBe(true);
    }
    expect(drawSubsamples(101, { nSubsamples: 40, seed: 5 })).toEqual(s);
    expect(drawSubsamples(101, { nSubsamples: 40, seed: 6 })).not.toEqual(s);
  });

  test('every row is about equally likely (each of 20 rows in 400 halves of 10: about 200 times)', () => {
    const counts = new Array<number>(20).fill(0);
    for (const rows of drawSubsamples(20, { nSubsamples: 400, seed: 1 })) for (const i of rows) counts[i]++;
    // Binomial(400, 0.5): sd 10; 5 sd either side.
    for (const c of counts) expect(Math.abs(c - 200)).toBeLessThan(50);
  });

  test('complementary pairs are disjoint halves', () => {
    const s = drawSubsamples(61, { nSubsamples: 20, seed: 2, complementaryPairs: true });
    expect(s).toHaveLength(20);
    for (let b = 0; b < 20; b += 2) {
      expect(s[b]).toHaveLength(30);
      expect(s[b + 1]).toHaveLength(30);
      expect(s[b].filter((i) => s[b + 1].includes(i))).toEqual([]);
    }
    expect(s[0]).not.toEqual(s[2]);
  });
});

/** A standard normal sample of n rows and p columns, and y from the first column plus noise. */
function gaussian(n: number, p: number, seed: number) {
  const r = createRng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: p }, () => r.normal()));
  const y = X.map((row) => 0.4 * row[0] + r.normal());
  return { X, y };
}

describe('one feature: the lasso selects it exactly when λ < |z_bᵀ y_b| / m', () => {
  test('frequencies equal the share of subsamples whose correlation exceeds λ, and never rise with λ', () => {
    const { X, y } = gaussian(40, 1, 9);
    const r = stabilitySelection(X, y, { nSubsamples: 30, seed: 3, nAlphas: 20, eps: 0.05, tol: 1e-10 });
    const scores = r.subsamples.map((rows) => {
      const x = rows.map((i) => X[i][0]);
      const v = rows.map((i) => y[i]);
      const mx = x.reduce((a, b) => a + b, 0) / x.length;
      const my = v.reduce((a, b) => a + b, 0) / v.length;
      const sd = Math.sqrt(x.reduce((a, b) => a + (b - mx) ** 2, 0) / x.length);
      return Math.abs(x.reduce((a, b, i) => a + ((b - mx) / sd) * (v[i] - my), 0)) / x.length;
    });
    r.alphas.forEach((a, k) => {
      expect(r.frequencies[k][0]).toBe(scores.filter((s) => s > a).length / 30);
      if (k > 0) expect(r.frequencies[k][0]).toBeGreaterThanOrEqual(r.frequencies[k - 1][0]);
    });
  });
});

describe('reading a result', () => {
  // Two subsamples, three features, a grid of three λ: the numbers can be checked by hand.
  const hand: StabilityResult = {
    alphas: [3, 2, 1],
    subsamples: [
      [0, 1],
      [2, 3],
    ],
    supports: [
      [[], [0], [0, 2]],
      [[0], [1], [0, 1]],
    ],
    frequencies: [
      [0.5, 0, 0],
      [0.5, 0.5, 0],
      [1, 0.5, 0.5],
    ],
    unconverged: 0,
  };

  test('region, largest frequency, stable set and q by hand', () => {
    expect(regionIndices(hand.alphas)).toEqual([0, 1, 2]);
    expect(regionIndices(hand.alphas, { min: 2 })).toEqual([0, 1]);
    expect(regionIndices(hand.alphas, { min: 1.5, max: 2.5 })).toEqual([1]);
    expect(maxFrequency(hand, { min: 2 })).toEqual([0.5, 0.5, 0]);
    expect(maxFrequency(hand)).toEqual([1, 0.5, 0.5]);
    expect(stableSet(hand, 0.6)).toEqual([0]);
    expect(stableSet(hand, 0.5, { min: 2 })).toEqual([0, 1]);
    expect(stableSet(hand, 0.6, { min: 2 })).toEqual([]);
    // Subsample 0 selects {0} in [2, 3], subsample 1 selects {0, 1}: q = 1.5. Over the whole grid: 2 and 2.
    expect(averageSelected(hand, { min: 2 })).toBe(1.5);
    expect(averageSelected(hand)).toBe(2);
    expect(averageSelected(hand, { max: 1 })).toBe(2);
  });

  test('the bound is q² / ((2π_thr − 1)·p)', () => {
    expect(errorBound(5, 30, 0.75)).toBeCloseTo(25 / 15, 14);
    expect(errorBound(4, 100, 0.9)).toBeCloseTo(16 / 80, 14);
    expect(errorBound(3, 9, 1)).toBe(1);
    expect(errorBound(0, 9, 0.6)).toBe(0);
  });

  test('on a real run: a wider region never lowers q or a largest frequency; a higher threshold never adds a feature', () => {
    const { X, y } = loadDiabetes();
    const r = stabilitySelection(X, y, { nSubsamples: 20, seed: 4, complementaryPairs: true, nAlphas: 25 });
    let q = 0;
    let max = new Array<number>(10).fill(0);
    for (const a of r.alphas) {
      const region = { min: a };
      const q2 = averageSelected(r, region);
      const max2 = maxFrequency(r, region);
      expect(q2).toBeGreaterThanOrEqual(q);
      max2.forEach((m, j) => expect(m).toBeGreaterThanOrEqual(max[j]));
      [q, max] = [q2, max2];
      for (const pi of [0.6, 0.7, 0.8, 0.9]) expect(stableSet(r, pi + 0.05, region).every((j) => stableSet(r, pi, region).includes(j))).toBe(true);
    }
    // Frequencies are shares of the 20 subsamples.
    for (const row of r.frequencies) for (const f of row) expect(Number.isInteger(f * 20) && f >= 0 && f <= 1).toBe(true);
    expect(q).toBeLessThanOrEqual(10);
  });
});

describe('a run in steps (for a worker)', () => {
  test('step() fits one subsample at a time; a partial result equals a run on the subsamples so far', () => {
    const { X, y } = gaussian(30, 4, 2);
    const run = createStabilitySelection(X, y, { nSubsamples: 6, seed: 1, nAlphas: 10 });
    expect(() => run.result()).toThrow(RangeError);
    expect(run.step()).toBe(false);
    expect(run.step()).toBe(false);
    expect(run.completed).toBe(2);
    const partial = run.result();
    expect(partial).toEqual(stabilitySelection(X, y, { subsamples: run.subsamples.slice(0, 2), alphas: run.alphas }));
    while (!run.step());
    expect(run.done).toBe(true);
    expect(run.step()).toBe(true);
    expect(run.result()).toEqual(stabilitySelection(X, y, { nSubsamples: 6, seed: 1, nAlphas: 10 }));
  });

  test('without standardize, a column in other units is selected differently', () => {
    const { X, y } = gaussian(40, 3, 7);
    const scaled = X.map((row) => [row[0] / 100, row[1], row[2]]);
    const a = stabilitySelection(scaled, y, { nSubsamples: 10, seed: 1, alphas: [0.05] });
    const b = stabilitySelection(scaled, y, { nSubsamples: 10, seed: 1, alphas: [0.05], standardize: false });
    expect(a.frequencies[0][0]).toBeGreaterThan(b.frequencies[0][0]);
  });
});

describe('bad input throws a RangeError that says what is wrong', () => {
  const { X, y } = gaussian(20, 3, 1);
  test.each([
    ['ragged X', () => stabilitySelection([[1, 2], [3]], [1, 2]), /row 1 has 1 columns/],
    ['y too short', () => stabilitySelection(X, y.slice(1)), /y has 19 entries but X has 20 rows/],
    ['NaN in X', () => stabilitySelection([[1], [Number.NaN], [2], [3]], [1, 2, 3, 4]), /X\[1\]\[0\] is NaN/],
    ['too few rows', () => stabilitySelection([[1], [2], [3]], [1, 2, 3]), /at least 4 rows/],
    ['B = 0', () => stabilitySelection(X, y, { nSubsamples: 0 }), /nSubsamples must be in/],
    ['odd B with pairs', () => stabilitySelection(X, y, { nSubsamples: 5, complementaryPairs: true }), /even with complementary pairs/],
    ['halves too large for pairs', () => drawSubsamples(20, { nSubsamples: 2, size: 11, complementaryPairs: true }), /size must be in \[1, 10\]/],
    ['a repeated row', () => stabilitySelection(X, y, { subsamples: [[1, 2, 2]] }), /row 2 twice/],
    ['a row out of range', () => stabilitySelection(X, y, { subsamples: [[1, 20]] }), /not a row index in \[0, 19\]/],
    ['a subsample of one row', () => stabilitySelection(X, y, { subsamples: [[3]] }), /at least 2 row indices/],
    ['no subsample', () => stabilitySelection(X, y, { subsamples: [] }), /non-empty array/],
    ['subsamples and a seed', () => stabilitySelection(X, y, { subsamples: [[1, 2]], seed: 3 }), /either subsamples or seed/],
    ['λ = 0 in the grid', () => stabilitySelection(X, y, { alphas: [1, 0] }), /alphas must be > 0/],
    ['a negative λ', () => stabilitySelection(X, y, { alphas: [1, -1] }), /alphas\[1\] must be >= 0/],
    ['bad tol', () => stabilitySelection(X, y, { tol: -1 }), /tol must be >= 0/],
    ['threshold 0', () => stableSet({ alphas: [1], frequencies: [[1]] }, 0), /threshold must be in/],
    ['threshold above 1', () => stableSet({ alphas: [1], frequencies: [[1]] }, 1.2), /threshold must be in/],
    ['an empty region', () => maxFrequency({ alphas: [3, 2], frequencies: [[1], [1]] }, { min: 5 }), /holds no λ of the grid/],
    ['a region upside down', () => regionIndices([3, 2], { min: 3, max: 2 }), /region.min \(3\) is above region.max \(2\)/],
    ['the bound at π = 0.5', () => errorBound(2, 10, 0.5), /threshold > 0.5/],
    ['the bound at π = 0.3', () => errorBound(2, 10, 0.3), /threshold > 0.5/],
    ['the bound with q > p', () => errorBound(11, 10, 0.8), /q must be in \[0, 10\]/],
    ['the bound with p = 0', () => errorBound(0, 0, 0.8), /p must be in/],
  ] as [string, () => unknown, RegExp][])('%s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
