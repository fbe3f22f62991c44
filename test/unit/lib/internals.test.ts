// Building blocks: Anderson extrapolation, the duality gap, dense linear algebra, warm starts.
import { describe, expect, test } from 'vitest';
import { ANDERSON_K, andersonExtrapolate } from '../../../src/lib/cd/anderson';
import { enetDualGap } from '../../../src/lib/cd/dualGap';
import { cholesky, choleskySolve, dot, gram, outerGram } from '../../../src/lib/linalg';
import { createRng } from '../../../src/lib';
import { MAX_NUMBERS, MAX_SOLUTIONS, WarmStarts, blend } from '../../../src/lib/warmStarts';

describe('andersonExtrapolate', () => {
  test('recovers the limit of a geometric sequence exactly', () => {
    const limit = [1.5, -2, 0.25];
    const v = [0.3, 0.1, -0.7];
    const snaps = Array.from({ length: ANDERSON_K + 1 }, (_, k) => Float64Array.from(limit.map((l, t) => l + 0.8 ** k * v[t])));
    const out = new Float64Array(3);
    expect(andersonExtrapolate(snaps, 3, out)).toBe(true);
    out.forEach((x, t) => expect(x).toBeCloseTo(limit[t], 6));
  });
  test('refuses a stationary sequence (nothing to extrapolate)', () => {
    const snaps = Array.from({ length: ANDERSON_K + 1 }, () => Float64Array.from([1, 2]));
    expect(andersonExtrapolate(snaps, 2, new Float64Array(2))).toBe(false);
  });
});

describe('enetDualGap', () => {
  // One feature x = [1, 1], y = [2, 0]: xᵀy = 2, xᵀx = 2; lasso solution w = (2 − l1)/2.
  const gapAt = (w: number, l1: number, l2: number) => {
    const R = [2 - w, -w];
    const xtr = Float64Array.of(R[0] + R[1]);
    return enetDualGap(R[0] ** 2 + R[1] ** 2, 2 * R[0], xtr, Float64Array.of(w), l1, l2);
  };
  test('is zero at the optimum and positive away from it', () => {
    expect(Math.abs(gapAt(0.5, 1, 0))).toBeLessThan(1e-15);
    expect(gapAt(0.4, 1, 0)).toBeGreaterThan(1e-4);
    expect(gapAt(0.6, 1, 0)).toBeGreaterThan(1e-4);
    expect(Math.abs(gapAt(0, 3, 0))).toBeLessThan(1e-15); // w = 0 is optimal when l1 ≥ xᵀy
  });
  test('ridge (l1 = 0) uses the proper dual: zero at the optimum w = xᵀy/(xᵀx + l2)', () => {
    expect(Math.abs(gapAt(2 / 3, 0, 1))).toBeLessThan(1e-15);
    expect(gapAt(0.5, 0, 1)).toBeGreaterThan(1e-3);
  });
});

describe('linear algebra', () => {
  const r = createRng(3);
  const n = 13;
  const p = 9; // not a multiple of 4: exercises the blocked kernel and its remainder
  const X = Float64Array.from({ length: n * p }, () => r.normal());
  test('gram (blocked) equals naive dot products, and outerGram equals XXᵀ', () => {
    const G = gram(X, n, p);
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < p; k++) expect(G[j + k * p]).toBeCloseTo(dot(X, j * n, X, k * n, n), 12);
    }
    const K = outerGram(X, n, p);
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        let s = 0;
        for (let j = 0; j < p; j++) s += X[a + j * n] * X[b + j * n];
        expect(K[a + b * n]).toBeCloseTo(s, 12);
      }
    }
  });
  test('cholesky solves (G + shift·I) x = b', () => {
    const G = gram(X, n, p);
    const b = Float64Array.from({ length: p }, () => r.normal());
    const x = choleskySolve(cholesky(G, p, 0.5), p, b);
    for (let j = 0; j < p; j++) {
      let s = 0.5 * x[j];
      for (let k = 0; k < p; k++) s += G[j + k * p] * x[k];
      expect(s).toBeCloseTo(b[j], 10);
    }
  });
});

describe('warm starts (src/lib/warmStarts.ts)', () => {
  const at = (alpha: number, ...w: number[]) => ({ alpha, value: Float64Array.from(w) });
  test('blend interpolates linearly in α between two solutions (exact on a linear piece of a path)', () => {
    const out = new Float64Array(2);
    blend(0.25, at(0.2, 3, -1), at(0.4, 2, -2), out);
    expect([...out]).toEqual([2.75, -1.25]);
  });
  test('blend extrapolates at most one step, keeps the near value where either is 0, and stops at 0', () => {
    const out = new Float64Array(3);
    blend(0.05, at(0.2, 3, 0, 1), at(0.4, 2, 5, 2), out); // t = −0.75
    [3.75, 0, 0.25].forEach((v, j) => expect(out[j]).toBeCloseTo(v, 14));
    blend(0.1, at(0.2, 3, 0, 1), at(0.25, 2, 5, 2), out); // t = −2, kept at −1: 3 + 1, and 1 − 1 = 0
    expect([...out]).toEqual([4, 0, 0]);
  });
  test('the start comes from the nearest solution, towards the other side, or away from its own side', () => {
    const starts = new WarmStarts();
    const out = new Float64Array(1);
    expect(starts.start(1, 0.3, out)).toBeNull();
    starts.add(1, 0.1, Float64Array.of(4));
    starts.add(1, 0.2, Float64Array.of(3));
    expect(starts.start(1, 0.15, out)?.alpha).toBe(0.2); // nearer in log α
    expect(out[0]).toBeCloseTo(3.5, 14);
    expect(starts.start(1, 0.3, out, at(0.5, 0))?.alpha).toBe(0.2);
    expect(out[0]).toBe(3); // towards w = 0 above: a zero keeps the near value
    expect(starts.start(1, 0.25, out)?.alpha).toBe(0.2);
    expect(out[0]).toBeCloseTo(2.5, 14); // away from 0.1: extrapolated
    expect(starts.start(0.5, 0.25, out)).toBeNull(); // another ratio
  });
  test('a path’s solutions replace the fits of its ratio, and fits are no longer added to them', () => {
    const starts = new WarmStarts();
    const out = new Float64Array(1);
    starts.add(1, 0.1, Float64Array.of(4));
    starts.replace(1, [at(1, 0), at(0.5, 1)]);
    starts.add(1, 0.12, Float64Array.of(9));
    expect(starts.start(1, 0.11, out)?.alpha).toBe(0.5);
  });
  test('at most MAX_SOLUTIONS per ratio, and the least recently used ratios go beyond MAX_NUMBERS', () => {
    const starts = new WarmStarts();
    const out = new Float64Array(1);
    for (let k = 1; k <= MAX_SOLUTIONS + 5; k++) starts.add(1, k, Float64Array.of(k));
    expect(starts.start(1, 1, out)?.alpha).toBe(6); // the five oldest went
    const big = MAX_NUMBERS / 4;
    starts.add(0.5, 1, new Float64Array(big));
    for (const ratio of [0.1, 0.2, 0.3, 0.4]) starts.add(ratio, 1, new Float64Array(big));
    expect(starts.start(1, 1, out)).toBeNull(); // least recently used
    expect(starts.start(0.5, 1, new Float64Array(big))).toBeNull();
    expect(starts.start(0.4, 1, new Float64Array(big))?.alpha).toBe(1);
  });
});
