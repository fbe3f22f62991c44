import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linspace, logspace } from '../../../src/lib/grid';

describe('linspace and logspace', () => {
  it('equal numpy term by term (values printed by numpy 2.4: np.linspace(-1.1, 2.3, 6), np.logspace(-4.5, 0.3, 7))', () => {
    expect(linspace(-1.1, 2.3, 6)).toEqual([-1.1, -0.42000000000000015, 0.2599999999999998, 0.94, 1.6199999999999997, 2.3]);
    expect(logspace(-4.5, 0.3, 7)).toEqual([
      3.1622776601683795e-5, 0.00019952623149688788, 0.0012589254117941662, 0.007943282347242814, 0.0501187233627272, 0.3162277660168376, 1.9952623149688795,
    ]);
  });

  it('start at start, end at stop, and step evenly', () => {
    // −0 becomes 0: the first value is 0·step + start, which is 0 when start is −0.
    const finite = fc.double({ min: -50, max: 50, noNaN: true }).map((v) => v + 0);
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 2, max: 300 }), (a, b, n) => {
        const xs = linspace(a, b, n);
        expect(xs).toHaveLength(n);
        expect(xs[0]).toBe(a);
        expect(xs[n - 1]).toBe(b);
        const step = (b - a) / (n - 1);
        // One expect per case (600,000 of them took over 5 s on a busy machine).
        let worst = 0;
        for (let k = 1; k < n; k++) worst = Math.max(worst, Math.abs(xs[k]! - xs[k - 1]! - step));
        expect(worst).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a), Math.abs(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse a count that is not a positive integer, and infinite ends', () => {
    expect(linspace(3, 7, 1)).toEqual([3]);
    expect(() => linspace(0, 1, 0)).toThrow(RangeError);
    expect(() => linspace(0, 1, 2.5)).toThrow(RangeError);
    expect(() => logspace(0, Infinity, 3)).toThrow(/finite/);
  });
});
