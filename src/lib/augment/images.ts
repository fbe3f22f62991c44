// Transforms of tiny grayscale images (row-major, values in [0, 1], e.g. 8×8 or 12×12).
// Pixels that come from outside the frame are 0 (black background).
import type { Rng } from '../prng';
import { booleanOr, checkOptions, integerIn, numberIn } from '../validate';

export interface TinyImage {
  width: number;
  height: number;
  /** Row-major, length width·height, values in [0, 1]. */
  pixels: Float64Array;
}

export function checkImage(img: unknown, name = 'image'): TinyImage {
  if (typeof img !== 'object' || img === null) throw new RangeError(`${name} must be an object`);
  const { width, height, pixels } = img as TinyImage;
  integerIn(width, `${name}.width`, 1, 1024);
  integerIn(height, `${name}.height`, 1, 1024);
  if (!(pixels instanceof Float64Array) || pixels.length !== width * height) {
    throw new RangeError(`${name}.pixels must be a Float64Array of ${width}·${height} values`);
  }
  for (let k = 0; k < pixels.length; k++) {
    if (!(pixels[k] >= 0 && pixels[k] <= 1)) throw new RangeError(`${name}.pixels[${k}] = ${pixels[k]} is outside [0, 1]`);
  }
  return img as TinyImage;
}

const blank = (img: TinyImage): TinyImage => ({
  width: img.width,
  height: img.height,
  pixels: new Float64Array(img.width * img.height),
});

/** Mirror left–right. */
export function flipHorizontal(img: TinyImage): TinyImage {
  const out = blank(img);
  const { width: w, height: h } = img;
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) out.pixels[r * w + c] = img.pixels[r * w + (w - 1 - c)];
  return out;
}

/** Shift by whole pixels: dx to the right, dy down. */
export function translate(img: TinyImage, dx: number, dy: number): TinyImage {
  const out = blank(img);
  const { width: w, height: h } = img;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const sr = r - dy;
      const sc = c - dx;
      if (sr >= 0 && sr < h && sc >= 0 && sc < w) out.pixels[r * w + c] = img.pixels[sr * w + sc];
    }
  }
  return out;
}

/** Rotation about the image centre by angle (radians, counter-clockwise), bilinear sampling. */
export function rotate(img: TinyImage, angle: number): TinyImage {
  const out = blank(img);
  const { width: w, height: h, pixels } = img;
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const co = Math.cos(angle);
  const s = Math.sin(angle);
  const at = (r: number, c: number) => (r >= 0 && r < h && c >= 0 && c < w ? pixels[r * w + c] : 0);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      // Inverse map: where does the output pixel come from? (rows grow downwards.)
      const x = c - cx;
      const y = cy - r;
      const sx = co * x + s * y + cx;
      const sy = cy - (-s * x + co * y);
      const c0 = Math.floor(sx);
      const r0 = Math.floor(sy);
      const fx = sx - c0;
      const fy = sy - r0;
      const v = (1 - fy) * ((1 - fx) * at(r0, c0) + fx * at(r0, c0 + 1)) + fy * ((1 - fx) * at(r0 + 1, c0) + fx * at(r0 + 1, c0 + 1));
      out.pixels[r * w + c] = Math.min(1, Math.max(0, v));
    }
  }
  return out;
}

/** Adds N(0, σ²) to every pixel and clamps to [0, 1]. */
export function addPixelNoise(img: TinyImage, sigma: number, rng: Rng): TinyImage {
  const out = blank(img);
  for (let k = 0; k < img.pixels.length; k++) {
    out.pixels[k] = Math.min(1, Math.max(0, img.pixels[k] + sigma * rng.normal()));
  }
  return out;
}

export interface ImageAugmentOptions {
  /** Random horizontal flip with probability ½ (default false). */
  flip?: boolean;
  /** Largest shift in whole pixels per axis (default 0). */
  maxShift?: number;
  /** Largest rotation angle in radians, in [0, π] (default 0). */
  maxRotation?: number;
  /** σ of pixel noise (default 0). */
  noise?: number;
}

/** One random augmentation: flip, then rotation, then shift, then noise. */
export function augmentImage(img: TinyImage, options: ImageAugmentOptions, rng: Rng): TinyImage {
  checkImage(img);
  const o = checkOptions(options);
  const flip = booleanOr(o.flip, 'flip', false);
  const maxShift = integerIn(o.maxShift, 'maxShift', 0, 64, 0);
  const maxRotation = numberIn(o.maxRotation, 'maxRotation', 0, Math.PI, 0);
  const noise = numberIn(o.noise, 'noise', 0, 10, 0);
  let out: TinyImage = { ...img, pixels: img.pixels.slice() };
  if (flip && rng.uniform() < 0.5) out = flipHorizontal(out);
  if (maxRotation > 0) out = rotate(out, (2 * rng.uniform() - 1) * maxRotation);
  if (maxShift > 0) out = translate(out, rng.int(2 * maxShift + 1) - maxShift, rng.int(2 * maxShift + 1) - maxShift);
  if (noise > 0) out = addPixelNoise(out, noise, rng);
  return out;
}
