// Augmentation keeps labels and shapes, is seeded, and the transforms do what they say.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareAugmentation } from '../../../src/lib/augment/compare';
import { type TinyImage, addPixelNoise, augmentImage, flipHorizontal, rotate, translate } from '../../../src/lib/augment/images';
import { augmentPoints, rotatePoint } from '../../../src/lib/augment/points';
import { makeCircles } from '../../../src/lib/data/classification2d';
import { makeTinyShapes } from '../../../src/lib/data/tinyShapes';
import { createRng } from '../../../src/lib/prng';

const img = (w: number, h: number, f: (r: number, c: number) => number): TinyImage => ({
  width: w,
  height: h,
  pixels: Float64Array.from({ length: w * h }, (_, k) => f(Math.floor(k / w), k % w)),
});

describe('2-D points', () => {
  test('labels follow their points; sizes are n·(copies + 1); seeded (fast-check)', () => {
    const data = makeCircles({ nSamples: 20, seed: 1 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0, max: Math.PI, noNaN: true }),
        fc.boolean(),
        (seed, copies, maxRotation, flip) => {
          const opts = { copies, maxRotation, flipHorizontal: flip, jitter: 0.1, noise: 0.05, seed };
          const a = augmentPoints(data.X, data.y, opts);
          expect(a.X.length).toBe(20 * (copies + 1));
          expect(a.y).toEqual(Array.from({ length: copies + 1 }, () => data.y).flat());
          expect(a.X.every((p) => p.length === 2 && p.every(Number.isFinite))).toBe(true);
          expect(augmentPoints(data.X, data.y, opts)).toEqual(a);
        },
      ),
      { numRuns: 40 },
    );
  });
  test('rotations and flips about the origin keep the radius (circles stay circles)', () => {
    const data = makeCircles({ nSamples: 30, noise: 0, seed: 2 });
    const a = augmentPoints(data.X, data.y, { copies: 3, maxRotation: Math.PI, flipHorizontal: true, flipVertical: true, keepOriginal: false });
    a.X.forEach(([x, y], i) => expect(Math.hypot(x, y)).toBeCloseTo(a.y[i] === 0 ? 1 : 0.5, 12));
    expect(rotatePoint([1, 0], Math.PI / 2)[1]).toBeCloseTo(1, 15);
    expect(rotatePoint([2, 1], Math.PI, [1, 1])).toEqual([0, expect.closeTo(1, 12)]);
  });
  test('jitter stays within ±j', () => {
    const X = [[0, 0]];
    const a = augmentPoints(X, [1], { copies: 50, jitter: 0.2, keepOriginal: false });
    a.X.flat().forEach((v) => expect(Math.abs(v)).toBeLessThanOrEqual(0.2));
  });
  test('bad input throws RangeError', () => {
    expect(() => augmentPoints([[0, 0, 0]], [1])).toThrow(RangeError);
    expect(() => augmentPoints([[0, 0]], [1, 0])).toThrow(RangeError);
    expect(() => augmentPoints([[0, 0]], [1], { maxRotation: 4 })).toThrow(RangeError);
    expect(() => augmentPoints([[0, 0]], [1], { copies: 0 })).toThrow(RangeError);
    expect(() => augmentPoints([[0, Number.NaN]], [1])).toThrow(RangeError);
  });
});

describe('tiny images', () => {
  const a = img(4, 3, (r, c) => (r * 4 + c) / 11);
  test('horizontal flip mirrors columns and is an involution', () => {
    const f = flipHorizontal(a);
    expect(f.pixels[0]).toBe(a.pixels[3]);
    expect(flipHorizontal(f)).toEqual(a);
  });
  test('translation shifts and fills with 0; shifting back restores the inner part', () => {
    const t = translate(a, 1, 1);
    expect(t.pixels[1 * 4 + 1]).toBe(a.pixels[0]);
    expect(t.pixels[0]).toBe(0);
    expect(translate(a, 0, 0)).toEqual(a);
    expect(translate(a, 5, 0).pixels.every((v) => v === 0)).toBe(true);
  });
  test('rotation by 0 is the identity, by 90° moves a pixel a quarter turn', () => {
    const sq = img(5, 5, (r, c) => (r === 0 && c === 2 ? 1 : 0)); // top middle
    rotate(sq, 0).pixels.forEach((v, k) => expect(v).toBeCloseTo(sq.pixels[k], 12));
    const r = rotate(sq, Math.PI / 2); // counter-clockwise: top → left
    expect(r.pixels[2 * 5 + 0]).toBeCloseTo(1, 12);
    expect(r.pixels.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });
  test('noise keeps pixels in [0, 1]', () => {
    const n = addPixelNoise(a, 2, createRng(1));
    expect(n.pixels.every((v) => v >= 0 && v <= 1)).toBe(true);
  });
  test('augmentImage keeps shape and range for any seed and setting (fast-check)', () => {
    const shapes = makeTinyShapes({ nSamples: 6, size: 12, seed: 3 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.record({
          flip: fc.boolean(),
          maxShift: fc.integer({ min: 0, max: 3 }),
          maxRotation: fc.double({ min: 0, max: 0.5, noNaN: true }),
          noise: fc.double({ min: 0, max: 0.3, noNaN: true }),
        }),
        (seed, opts) => {
          for (const im of shapes.images) {
            const out = augmentImage(im, opts, createRng(seed));
            expect(out.width).toBe(12);
            expect(out.pixels.length).toBe(144);
            expect(out.pixels.every((v) => v >= 0 && v <= 1)).toBe(true);
            expect(augmentImage(im, opts, createRng(seed))).toEqual(out);
          }
        },
      ),
      { numRuns: 30 },
    );
    expect(() => augmentImage(a, { maxShift: 1.5 }, createRng(0))).toThrow(RangeError);
    expect(() => augmentImage({ ...a, pixels: a.pixels.map(() => 2) }, {}, createRng(0))).toThrow(RangeError);
  });
  test('the shape generator: seeded, balanced, in [0, 1]', () => {
    const s = makeTinyShapes({ nSamples: 50, seed: 9 });
    expect(s).toEqual(makeTinyShapes({ nSamples: 50, seed: 9 }));
    expect(s.y.filter((v) => v === 1).length).toBe(25);
    expect(s.images.every((im) => im.pixels.length === 64 && im.pixels.every((v) => v >= 0 && v <= 1))).toBe(true);
    expect(() => makeTinyShapes({ size: 5 })).toThrow(RangeError);
  });
});

describe('compareAugmentation', () => {
  test('returns accuracies in [0, 1] per seed with their mean and sd; seeded', () => {
    const r = compareAugmentation({ dataset: 'circles', seeds: [0, 1], nTrain: 20, nTest: 50, epochs: 5 });
    for (const s of [r.with, r.without]) {
      expect(s.accuracies.length).toBe(2);
      expect(s.accuracies.every((v) => v >= 0 && v <= 1)).toBe(true);
      expect(s.mean).toBeCloseTo((s.accuracies[0] + s.accuracies[1]) / 2, 15);
      expect(s.sd).toBeCloseTo(Math.abs(s.accuracies[0] - s.accuracies[1]) / Math.SQRT2, 15);
    }
    expect(compareAugmentation({ dataset: 'images', seeds: [3], nTrain: 10, nTest: 20, epochs: 2 })).toEqual(
      compareAugmentation({ dataset: 'images', seeds: [3], nTrain: 10, nTest: 20, epochs: 2 }),
    );
    expect(() => compareAugmentation({ seeds: [] })).toThrow(RangeError);
    expect(() => compareAugmentation({ dataset: 'mnist' as 'images' })).toThrow(RangeError);
  });
});
