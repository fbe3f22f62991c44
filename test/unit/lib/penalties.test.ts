// The univariate thresholding rules of src/lib/penalties.ts: known values from the papers' formulas,
// continuity where the theory says so, no shrinkage of large |z| for L0, SCAD and MCP, odd symmetry
// and the other properties (fast-check), and SCAD, MCP, L0 and the adaptive lasso against a brute-force
// minimisation of ½(z − w)² + p(|w|) on a fine grid, with each penalty built here from its paper.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  THRESHOLD_RULES,
  type ThresholdRule,
  adaptiveLassoThreshold,
  hardThreshold,
  l0Penalty,
  mcpPenalty,
  mcpThreshold,
  relaxedLassoThreshold,
  scadPenalty,
  scadThreshold,
  softThreshold,
  thresholdBy,
  thresholdJumps,
} from '../../../src/lib/penalties';
import * as lib from '../../../src/lib';

const z = fc.double({ min: -50, max: 50, noNaN: true });
const lambda = fc.double({ min: 0, max: 10, noNaN: true });
const a = fc.double({ min: 2.01, max: 10, noNaN: true });
const gamma = fc.double({ min: 1.01, max: 10, noNaN: true });
const phi = fc.double({ min: 0, max: 1, noNaN: true });
const nu = fc.double({ min: 0.1, max: 3, noNaN: true });
const options = fc.record({ a, gamma, phi, nu });

/** +0 for −0, so that odd symmetry compares values, not the sign of zero. */
const plain = (v: number) => v + 0;

describe('known values (orthonormal case, λ = 1)', () => {
  it('soft: the lasso moves every surviving value by exactly λ', () => {
    expect(softThreshold(2.5, 1)).toBe(1.5);
    expect(softThreshold(-2.5, 1)).toBe(-1.5);
    expect(softThreshold(0.7, 1)).toBe(0);
    expect(softThreshold(1, 1)).toBe(0);
  });

  it('hard (L0, penalty (λ²/2)·1[w ≠ 0]): keeps z above λ, 0 at and below it', () => {
    expect(hardThreshold(2.5, 1)).toBe(2.5);
    expect(hardThreshold(-1.01, 1)).toBe(-1.01);
    expect(hardThreshold(1, 1)).toBe(0);
    expect(hardThreshold(0.99, 1)).toBe(0);
  });

  it('SCAD with a = 3.7 (Fan & Li 2001, eq. 2.8): soft up to 2λ, a line of slope (a − 1)/(a − 2) up to aλ, then z', () => {
    expect(scadThreshold(0.8, 1)).toBe(0);
    expect(scadThreshold(1.5, 1)).toBe(0.5);
    expect(scadThreshold(2, 1)).toBe(1);
    expect(scadThreshold(2.5, 1)).toBeCloseTo((2.7 * 2.5 - 3.7) / 1.7, 14);
    expect(scadThreshold(-3, 1)).toBeCloseTo(-(2.7 * 3 - 3.7) / 1.7, 14);
    expect(scadThreshold(3.7, 1)).toBeCloseTo(3.7, 14);
    expect(scadThreshold(5, 1)).toBe(5);
    expect(scadThreshold(2.5, 1, 3)).toBeCloseTo((2 * 2.5 - 3) / 1, 14);
  });

  it('MCP with γ = 3 (Zhang 2010, firm thresholding): (|z| − λ)/(1 − 1/γ) up to γλ, then z', () => {
    expect(mcpThreshold(0.5, 1)).toBe(0);
    expect(mcpThreshold(1, 1)).toBe(0);
    expect(mcpThreshold(2.5, 1)).toBeCloseTo(2.25, 14);
    expect(mcpThreshold(-2, 1)).toBeCloseTo(-1.5, 14);
    expect(mcpThreshold(3, 1)).toBeCloseTo(3, 14);
    expect(mcpThreshold(3.5, 1)).toBe(3.5);
    expect(mcpThreshold(2, 1, 2)).toBeCloseTo(2, 14);
  });

  it('adaptive lasso with ν = 1: |z| − λ/|z|, zero up to λ^(1/2)', () => {
    expect(adaptiveLassoThreshold(2.5, 1)).toBeCloseTo(2.1, 14);
    expect(adaptiveLassoThreshold(-2, 1)).toBeCloseTo(-1.5, 14);
    expect(adaptiveLassoThreshold(1, 1)).toBe(0);
    expect(adaptiveLassoThreshold(0, 1)).toBe(0);
    expect(adaptiveLassoThreshold(2, 4, 2)).toBe(1);
    expect(adaptiveLassoThreshold(1.9, 4)).toBe(0);
  });

  it('relaxed lasso: the lasso chooses, φλ shrinks', () => {
    expect(relaxedLassoThreshold(2.5, 1, 0.5)).toBe(2);
    expect(relaxedLassoThreshold(-2.5, 1, 0.25)).toBe(-2.25);
    expect(relaxedLassoThreshold(0.9, 1, 0.5)).toBe(0);
    expect(relaxedLassoThreshold(1, 1, 0)).toBe(0);
  });

  it('the penalties at a few points', () => {
    expect(scadPenalty(0.5, 1)).toBe(0.5);
    expect(scadPenalty(-1, 1)).toBe(1);
    expect(scadPenalty(10, 1)).toBeCloseTo(4.7 / 2, 14);
    expect(mcpPenalty(1, 1)).toBeCloseTo(1 - 1 / 6, 14);
    expect(mcpPenalty(-9, 1)).toBe(1.5);
    expect(l0Penalty(0, 2)).toBe(0);
    expect(l0Penalty(-0.1, 2)).toBe(2);
  });
});

describe('properties of every rule (fast-check)', () => {
  it.each(THRESHOLD_RULES)('%s: odd, never larger than |z|, same sign as z or 0, non-decreasing in z', (rule) => {
    fc.assert(
      fc.property(z, z, lambda, options, (z1, z2, l, o) => {
        const w = thresholdBy(rule, z1, l, o);
        expect(plain(thresholdBy(rule, -z1, l, o))).toBe(plain(-w));
        expect(Math.abs(w)).toBeLessThanOrEqual(Math.abs(z1));
        expect(w === 0 || Math.sign(w) === Math.sign(z1)).toBe(true);
        const [lo, hi] = z1 <= z2 ? [z1, z2] : [z2, z1];
        expect(thresholdBy(rule, lo, l, o)).toBeLessThanOrEqual(thresholdBy(rule, hi, l, o));
      }),
      { numRuns: 300 },
    );
  });

  it.each(THRESHOLD_RULES)('%s: λ = 0 gives w = z, and |z| ≤ λ gives 0 (the adaptive lasso: |z| ≤ λ^(1/(1+ν)))', (rule) => {
    fc.assert(
      fc.property(z, lambda, options, (z1, l, o) => {
        expect(thresholdBy(rule, z1, 0, o)).toBe(z1 + 0);
        const edge = rule === 'adaptive' ? l ** (1 / (1 + o.nu)) : l;
        if (Math.abs(z1) < edge * (1 - 1e-9)) expect(thresholdBy(rule, z1, l, o)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('soft is |z| − λ shifted: for |z| > λ it moves z by exactly λ towards 0', () => {
    fc.assert(
      fc.property(z, lambda, (z1, l) => {
        fc.pre(Math.abs(z1) > l);
        expect(softThreshold(z1, l)).toBeCloseTo(z1 - Math.sign(z1) * l, 12);
      }),
    );
  });

  it('large |z| is not shrunk by L0 (|z| > λ), SCAD (|z| > aλ) and MCP (|z| > γλ); the lasso keeps its bias λ', () => {
    fc.assert(
      fc.property(z, lambda, a, gamma, (z1, l, a1, g) => {
        if (Math.abs(z1) > l) expect(hardThreshold(z1, l)).toBe(z1);
        if (Math.abs(z1) > a1 * l) expect(scadThreshold(z1, l, a1)).toBe(z1);
        if (Math.abs(z1) > g * l) expect(mcpThreshold(z1, l, g)).toBe(z1);
        if (Math.abs(z1) > l && l > 0) expect(Math.abs(z1) - Math.abs(softThreshold(z1, l))).toBeCloseTo(l, 9);
      }),
    );
  });

  it('the adaptive lasso shrinks less the larger |z| is (bias λ/|z|^ν → 0)', () => {
    const bias = (v: number) => v - adaptiveLassoThreshold(v, 1, 1);
    expect(bias(2)).toBeCloseTo(0.5, 14);
    expect(bias(4)).toBeCloseTo(0.25, 14);
    expect(bias(100)).toBeCloseTo(0.01, 12);
  });

  it('the relaxed lasso is φ·soft + (1 − φ)·hard; φ = 1 is the lasso, φ = 0 hard thresholding', () => {
    fc.assert(
      fc.property(z, lambda, phi, (z1, l, p) => {
        const mix = p * softThreshold(z1, l) + (1 - p) * hardThreshold(z1, l);
        expect(relaxedLassoThreshold(z1, l, p)).toBeCloseTo(mix, 9);
        expect(relaxedLassoThreshold(z1, l, 1)).toBe(softThreshold(z1, l));
        expect(relaxedLassoThreshold(z1, l, 0)).toBe(hardThreshold(z1, l));
      }),
    );
  });
});

describe('continuity', () => {
  /** Largest |Δw| over a fine sweep of z in [−6, 6] with step h. */
  const largestStep = (f: (v: number) => number, h = 1e-4) => {
    let largest = 0;
    let prev = f(-6);
    for (let k = 1; k <= 12 / h; k++) {
      const next = f(-6 + k * h);
      largest = Math.max(largest, Math.abs(next - prev));
      prev = next;
    }
    return largest;
  };

  it.each([
    [2.1, 1.1],
    [3.7, 3],
    [6, 8],
  ])('SCAD (a = %f) and MCP (γ = %f) are continuous: steps at most slope × h', (a1, g) => {
    const h = 1e-4;
    for (const l of [0.3, 1, 2]) {
      expect(largestStep((v) => scadThreshold(v, l, a1), h)).toBeLessThanOrEqual(((a1 - 1) / (a1 - 2)) * h * (1 + 1e-6));
      expect(largestStep((v) => mcpThreshold(v, l, g), h)).toBeLessThanOrEqual((g / (g - 1)) * h * (1 + 1e-6));
      expect(largestStep((v) => softThreshold(v, l), h)).toBeLessThanOrEqual(h * (1 + 1e-6));
    }
  });

  it('hard thresholding jumps by λ at ±λ; the relaxed lasso by (1 − φ)λ', () => {
    const l = 1.3;
    const eps = 1e-12;
    expect(hardThreshold(l, l)).toBe(0);
    expect(hardThreshold(l + eps, l)).toBeCloseTo(l, 10);
    expect(largestStep((v) => hardThreshold(v, l))).toBeGreaterThan(l);
    expect(relaxedLassoThreshold(-l - eps, l, 0.25)).toBeCloseTo(-0.75 * l, 10);
    expect(thresholdJumps('hard', l)).toEqual([-l, l]);
    expect(thresholdJumps('relaxed', l, { phi: 0.25 })).toEqual([-l, l]);
    expect(thresholdJumps('relaxed', l, { phi: 1 })).toEqual([]);
    for (const rule of ['soft', 'scad', 'mcp', 'adaptive'] as const) expect(thresholdJumps(rule, l)).toEqual([]);
    expect(thresholdJumps('hard', 0)).toEqual([]);
  });
});

describe('each rule minimises ½(z − w)² + p(|w|): brute force on a grid', () => {
  const H = 1e-3;
  /**
   * The penalty from its derivative, as the papers define it: p(θ) = ∫₀^θ p′(t) dt on the grid
   * 0, H, 2H, … (trapezoids; p′ is continuous and piecewise linear, so the error is O(H²)).
   */
  function integrate(derivative: (t: number) => number, upTo: number): number[] {
    const values = [0];
    for (let k = 1; k * H <= upTo + H / 2; k++) values.push(values[k - 1]! + (H / 2) * (derivative((k - 1) * H) + derivative(k * H)));
    return values;
  }
  /** Fan & Li (2001), eq. 2.7: p′(θ) = λ{1[θ ≤ λ] + (aλ − θ)₊ / ((a − 1)λ) · 1[θ > λ]}. */
  const scadDerivative = (l: number, a1: number) => (t: number) => (t <= l ? l : Math.max(a1 * l - t, 0) / (a1 - 1));
  /** Zhang (2010), eq. 2.1: ρ(t; λ) = λ ∫₀^t (1 − x/(γλ))₊ dx. */
  const mcpDerivative = (l: number, g: number) => (t: number) => l * Math.max(1 - t / (g * l), 0);

  /** argmin over w = kH, |w| ≤ W, of ½(z − w)² + penalty[|k|], and the minimum. */
  function gridArgmin(z1: number, penalty: number[]): { w: number; value: number } {
    let best = { w: 0, value: Infinity };
    const K = penalty.length - 1;
    for (let k = -K; k <= K; k++) {
      const w = k * H;
      const value = 0.5 * (z1 - w) ** 2 + penalty[Math.abs(k)]!;
      if (value < best.value) best = { w, value };
    }
    return best;
  }

  const zs = [-4.7, -3.3, -2.05, -1.5, -0.4, 0, 0.9, 1.2, 1.95, 2.5, 3.05, 3.69, 4.4];

  it.each([
    [1, 3.7],
    [0.8, 2.5],
    [1.2, 5],
  ])('SCAD, λ = %f, a = %f: within one grid step of the brute-force minimiser; the penalty matches the integral', (l, a1) => {
    const penalty = integrate(scadDerivative(l, a1), 6);
    for (let k = 0; k < penalty.length; k += 250) expect(scadPenalty(k * H, l, a1)).toBeCloseTo(penalty[k]!, 6);
    for (const z1 of zs) {
      const grid = gridArgmin(z1, penalty);
      expect(Math.abs(scadThreshold(z1, l, a1) - grid.w), `z = ${z1}`).toBeLessThanOrEqual(H * 1.01);
      expect(0.5 * (z1 - scadThreshold(z1, l, a1)) ** 2 + scadPenalty(scadThreshold(z1, l, a1), l, a1)).toBeLessThanOrEqual(grid.value + 1e-6);
    }
  });

  it.each([
    [1, 3],
    [0.8, 1.5],
    [1.2, 6],
  ])('MCP, λ = %f, γ = %f: within one grid step of the brute-force minimiser; the penalty matches the integral', (l, g) => {
    const penalty = integrate(mcpDerivative(l, g), 8);
    for (let k = 0; k < penalty.length; k += 250) expect(mcpPenalty(k * H, l, g)).toBeCloseTo(penalty[k]!, 6);
    for (const z1 of zs) {
      const grid = gridArgmin(z1, penalty);
      expect(Math.abs(mcpThreshold(z1, l, g) - grid.w), `z = ${z1}`).toBeLessThanOrEqual(H * 1.01);
    }
  });

  it('hard thresholding minimises ½(z − w)² + (λ²/2)·1[w ≠ 0]; soft minimises ½(z − w)² + λ|w|', () => {
    const l = 1.4;
    const l0 = Array.from({ length: 6001 }, (_, k) => l0Penalty(k * H, l));
    const l1 = Array.from({ length: 6001 }, (_, k) => l * k * H);
    for (const z1 of zs) {
      // Away from the tie |z| = λ, where 0 and z are equally good.
      if (Math.abs(Math.abs(z1) - l) > 0.01) expect(Math.abs(hardThreshold(z1, l) - gridArgmin(z1, l0).w), `z = ${z1}`).toBeLessThanOrEqual(H * 1.01);
      expect(Math.abs(softThreshold(z1, l) - gridArgmin(z1, l1).w), `z = ${z1}`).toBeLessThanOrEqual(H * 1.01);
    }
  });

  it('the adaptive lasso minimises ½(z − w)² + λ|w|/|z|^ν (pilot: z, the least-squares estimate)', () => {
    for (const [l, v] of [
      [1, 1],
      [0.5, 2],
      [2, 0.5],
    ] as const) {
      for (const z1 of zs.filter((x) => x !== 0)) {
        const weight = l / Math.abs(z1) ** v;
        const penalty = Array.from({ length: 6001 }, (_, k) => weight * k * H);
        expect(Math.abs(adaptiveLassoThreshold(z1, l, v) - gridArgmin(z1, penalty).w), `z = ${z1}`).toBeLessThanOrEqual(H * 1.01);
      }
    }
  });
});

describe('bad input: RangeError naming the argument', () => {
  it.each([
    ['z', () => softThreshold(Number.NaN, 1)],
    ['z', () => hardThreshold(Number.POSITIVE_INFINITY, 1)],
    ['z', () => scadThreshold('1' as unknown as number, 1)],
    ['z', () => mcpThreshold(1e200, 1)],
    ['lambda', () => softThreshold(1, -0.1)],
    ['lambda', () => relaxedLassoThreshold(1, Number.NaN, 0.5)],
    ['lambda', () => adaptiveLassoThreshold(1, Number.NEGATIVE_INFINITY)],
    ['a', () => scadThreshold(1, 1, 2)],
    ['a', () => scadThreshold(1, 1, 1.5)],
    ['a', () => scadThreshold(1, 1, Number.NaN)],
    ['gamma', () => mcpThreshold(1, 1, 1)],
    ['gamma', () => mcpThreshold(1, 1, 0.5)],
    ['gamma', () => mcpPenalty(1, 1, Number.POSITIVE_INFINITY)],
    ['phi', () => relaxedLassoThreshold(1, 1, 1.1)],
    ['phi', () => relaxedLassoThreshold(1, 1, -0.01)],
    ['phi', () => thresholdBy('relaxed', 1, 1)],
    ['nu', () => adaptiveLassoThreshold(1, 1, 0)],
    ['w', () => scadPenalty(Number.NaN, 1)],
    ['a', () => scadPenalty(1, 1, 2)],
  ])('%s', (name, call) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(new RegExp(`^${name}\\b`));
  });

  it('rejects an unknown rule by name', () => {
    expect(() => thresholdBy('ridge' as ThresholdRule, 1, 1)).toThrow(/unknown rule "ridge"/);
  });
});

describe('public API', () => {
  it('is exported from src/lib/index.ts', () => {
    expect(lib.softThreshold).toBe(softThreshold);
    expect(lib.scadThreshold).toBe(scadThreshold);
    expect(lib.mcpThreshold).toBe(mcpThreshold);
    expect(lib.thresholdBy).toBe(thresholdBy);
    expect(lib.THRESHOLD_RULES).toEqual(['soft', 'hard', 'scad', 'mcp', 'adaptive', 'relaxed']);
  });
});
