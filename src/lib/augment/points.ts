// Label-preserving transforms of 2-D points, for data augmentation demos. Each augmented copy
// of a point draws, in this order: a flip (probability ½ per enabled axis), a rotation angle
// U[−θ, θ] about the centre, a uniform jitter U[−j, j] and Gaussian noise N(0, σ²) per
// coordinate. Whether a transform keeps the label is a property of the problem (two moons are
// not mirror-symmetric, circles are): the caller chooses.
import { createRng, type Rng } from '../prng';
import { booleanOr, checkMatrix, checkOptions, checkVector, integerIn, numberIn } from '../validate';

export interface PointAugmentOptions {
  /** Augmented copies per point (integer in [1, 100]; default 1). */
  copies?: number;
  /** Keep the original points too (default true). */
  keepOriginal?: boolean;
  /** Mirror left–right (x ↦ 2cₓ − x) with probability ½ (default false). */
  flipHorizontal?: boolean;
  /** Mirror up–down (y ↦ 2c_y − y) with probability ½ (default false). */
  flipVertical?: boolean;
  /** Largest rotation angle θ in radians, in [0, π] (default 0). */
  maxRotation?: number;
  /** Half-width j of the uniform jitter (default 0). */
  jitter?: number;
  /** σ of the Gaussian noise (default 0). */
  noise?: number;
  /** Centre of flips and rotations (default [0, 0]). */
  center?: [number, number];
  seed?: number;
}

/** p rotated by angle (radians, counter-clockwise) about c. */
export function rotatePoint(p: readonly number[], angle: number, c: readonly number[] = [0, 0]): number[] {
  const dx = p[0] - c[0];
  const dy = p[1] - c[1];
  const s = Math.sin(angle);
  const co = Math.cos(angle);
  return [c[0] + co * dx - s * dy, c[1] + s * dx + co * dy];
}

interface Settings {
  flipH: boolean;
  flipV: boolean;
  maxRotation: number;
  jitter: number;
  noise: number;
  c: [number, number];
}

function transform(p: number[], s: Settings, rng: Rng): number[] {
  let [x, y] = p;
  if (s.flipH && rng.uniform() < 0.5) x = 2 * s.c[0] - x;
  if (s.flipV && rng.uniform() < 0.5) y = 2 * s.c[1] - y;
  if (s.maxRotation > 0) [x, y] = rotatePoint([x, y], (2 * rng.uniform() - 1) * s.maxRotation, s.c);
  if (s.jitter > 0) {
    x += (2 * rng.uniform() - 1) * s.jitter;
    y += (2 * rng.uniform() - 1) * s.jitter;
  }
  if (s.noise > 0) {
    x += s.noise * rng.normal();
    y += s.noise * rng.normal();
  }
  return [x, y];
}

/** Originals (if kept) followed by the copies; every copy keeps the label of its source. */
export function augmentPoints(X: number[][], y: number[], options: PointAugmentOptions = {}): { X: number[][]; y: number[] } {
  const [n, p] = checkMatrix(X, 'X');
  if (p !== 2) throw new RangeError(`X must have 2 columns, got ${p}`);
  checkVector(y, n, 'y');
  const o = checkOptions(options);
  const copies = integerIn(o.copies, 'copies', 1, 100, 1);
  const keep = booleanOr(o.keepOriginal, 'keepOriginal', true);
  const center = o.center ?? [0, 0];
  if (!Array.isArray(center) || center.length !== 2) throw new RangeError('center must be [x, y]');
  const s: Settings = {
    flipH: booleanOr(o.flipHorizontal, 'flipHorizontal', false),
    flipV: booleanOr(o.flipVertical, 'flipVertical', false),
    maxRotation: numberIn(o.maxRotation, 'maxRotation', 0, Math.PI, 0),
    jitter: numberIn(o.jitter, 'jitter', 0, 1e6, 0),
    noise: numberIn(o.noise, 'noise', 0, 1e6, 0),
    c: [numberIn(center[0], 'center[0]', -1e6, 1e6), numberIn(center[1], 'center[1]', -1e6, 1e6)],
  };
  const rng = createRng(integerIn(o.seed, 'seed', 0, 0xffffffff, 0));
  const outX: number[][] = keep ? X.map((r) => [...r]) : [];
  const outY: number[] = keep ? [...y] : [];
  for (let c = 0; c < copies; c++) {
    for (let i = 0; i < n; i++) {
      outX.push(transform(X[i], s, rng));
      outY.push(y[i]);
    }
  }
  return { X: outX, y: outY };
}
