import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/lib/prng';
import { type Quad2, type Vec2, l1ConstrainedOptimum, l2ConstrainedOptimum, lossEllipse, quadLoss } from '../../../src/lib/geometry';

const A: Quad2 = { a: 1, b: 0.6, d: 1 };

/** Brute force: the best point on a fine sampling of the boundary and the interior. */
function bruteForce(Q: Quad2, c: Vec2, t: number, norm: (w: Vec2) => number): number {
  let best = Infinity;
  const steps = 600;
  for (let i = 0; i <= steps; i++) {
    const angle = (2 * Math.PI * i) / steps;
    const dir: Vec2 = [Math.cos(angle), Math.sin(angle)];
    const scale = t / norm(dir);
    for (const r of [1, 0.5, 0]) best = Math.min(best, quadLoss(Q, c, [dir[0] * scale * r, dir[1] * scale * r]));
  }
  return best;
}

const quad = fc
  .record({
    a: fc.double({ min: 0.2, max: 5, noNaN: true }),
    d: fc.double({ min: 0.2, max: 5, noNaN: true }),
    r: fc.double({ min: -0.9, max: 0.9, noNaN: true }),
  })
  .map(({ a, d, r }) => ({ a, d, b: r * Math.sqrt(a * d) }));
const vec = fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })) as fc.Arbitrary<Vec2>;
const budget = fc.double({ min: 0.05, max: 3, noNaN: true });

describe('constrained optimum of a 2-D quadratic', () => {
  it('returns the centre when it lies inside the region', () => {
    expect(l1ConstrainedOptimum(A, [0.3, 0.2], 1)).toEqual([0.3, 0.2]);
    expect(l2ConstrainedOptimum(A, [0.3, 0.2], 1)).toEqual([0.3, 0.2]);
  });

  it('lands on a corner of the diamond (an exact zero) where ESL Fig. 3.11 shows it', () => {
    const w = l1ConstrainedOptimum(A, [2, 0.8], 1);
    expect(w).toEqual([1, 0]);
    const v = l2ConstrainedOptimum(A, [2, 0.8], 1);
    expect(v[1]).not.toBe(0);
    expect(Math.hypot(...v)).toBeCloseTo(1, 12);
  });

  it('is feasible and at least as good as a brute-force search (L1 and L2)', () => {
    fc.assert(
      fc.property(quad, vec, budget, (Q, c, t) => {
        const w1 = l1ConstrainedOptimum(Q, c, t);
        expect(Math.abs(w1[0]) + Math.abs(w1[1])).toBeLessThanOrEqual(t * (1 + 1e-12));
        expect(quadLoss(Q, c, w1)).toBeLessThanOrEqual(bruteForce(Q, c, t, (w) => Math.abs(w[0]) + Math.abs(w[1])) + 1e-9);
        const w2 = l2ConstrainedOptimum(Q, c, t);
        expect(Math.hypot(...w2)).toBeLessThanOrEqual(t * (1 + 1e-9));
        expect(quadLoss(Q, c, w2)).toBeLessThanOrEqual(bruteForce(Q, c, t, (w) => Math.hypot(...w)) + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('gives exact zeros with L1 often, and with L2 never, for centres off the axes', () => {
    const rng = createRng(7);
    const u = (lo: number, hi: number) => lo + (hi - lo) * rng.uniform();
    let l1Zeros = 0;
    let l2Zeros = 0;
    for (let k = 0; k < 500; k++) {
      const a = u(0.2, 5);
      const d = u(0.2, 5);
      const Q = { a, d, b: u(-0.9, 0.9) * Math.sqrt(a * d) };
      const c: Vec2 = [u(-3, 3), u(-3, 3)];
      const t = u(0.05, 0.8) * Math.hypot(...c);
      if (l1ConstrainedOptimum(Q, c, t).includes(0)) l1Zeros++;
      if (l2ConstrainedOptimum(Q, c, t).includes(0)) l2Zeros++;
    }
    expect(l1Zeros).toBeGreaterThan(100);
    expect(l2Zeros).toBe(0);
  });

  it('describes the loss contour as an ellipse through points of that loss', () => {
    const level = 0.7;
    const { rx, ry, angle } = lossEllipse(A, level);
    const c: Vec2 = [1, -0.5];
    for (const s of [0, 1, 2, 3]) {
      const phi = (s * Math.PI) / 2 + 0.3;
      const p: Vec2 = [
        c[0] + rx * Math.cos(phi) * Math.cos(angle) - ry * Math.sin(phi) * Math.sin(angle),
        c[1] + rx * Math.cos(phi) * Math.sin(angle) + ry * Math.sin(phi) * Math.cos(angle),
      ];
      expect(quadLoss(A, c, p)).toBeCloseTo(level, 10);
    }
  });

  it('rejects bad input with a RangeError that names it', () => {
    expect(() => l1ConstrainedOptimum({ a: 1, b: 2, d: 1 }, [1, 1], 1)).toThrow(/positive definite/);
    expect(() => l2ConstrainedOptimum(A, [Number.NaN, 1], 1)).toThrow(RangeError);
    expect(() => l1ConstrainedOptimum(A, [1, 1], -1)).toThrow(/budget t/);
    expect(() => l1ConstrainedOptimum(A, [1e200, 1], 1)).toThrow(/1e150/);
  });
});
