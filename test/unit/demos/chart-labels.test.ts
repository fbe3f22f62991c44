import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/demos/kit/chart-labels';

describe('placeLabels', () => {
  it('leaves labels that do not collide where they were wanted', () => {
    expect(placeLabels([20, 60, 100], 12, 0, 200)).toEqual([20, 60, 100]);
  });

  it('pushes colliding labels apart around their wishes and keeps them inside the plot', () => {
    expect(placeLabels([50, 50], 10, 0, 100)).toEqual([45, 55]);
    expect(placeLabels([0, 0, 0], 10, 0, 100)).toEqual([5, 15, 25]);
    expect(placeLabels([100, 99], 10, 0, 100)).toEqual([95, 85]);
  });

  it('leaves out labels that cannot fit, never overlapping the others', () => {
    const placed = placeLabels([10, 10, 10, 10, 10], 10, 0, 30);
    expect(placed.filter((p) => p !== null)).toHaveLength(3);
  });

  it('never overlaps, stays inside and keeps the order, for any wishes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 250, noNaN: true }), { minLength: 1, maxLength: 14 }),
        fc.double({ min: 4, max: 30, noNaN: true }),
        (wants, size) => {
          const placed = placeLabels(wants, size, 0, 200);
          const shown = wants.map((w, i) => ({ w, i, p: placed[i] })).filter((x) => x.p !== null) as { w: number; i: number; p: number }[];
          expect(shown.length).toBe(Math.min(wants.length, Math.floor(200 / size + 1e-9)));
          for (const s of shown) {
            expect(s.p - size / 2).toBeGreaterThanOrEqual(-1e-9);
            expect(s.p + size / 2).toBeLessThanOrEqual(200 + 1e-9);
          }
          const byWish = [...shown].sort((a, b) => a.w - b.w || a.i - b.i);
          for (let k = 1; k < byWish.length; k++) expect(byWish[k]!.p - byWish[k - 1]!.p).toBeGreaterThanOrEqual(size - 1e-9);
        },
      ),
    );
  });
});
