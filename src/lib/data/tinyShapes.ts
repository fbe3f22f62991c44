// A seeded toy image set, so augmentation demos need no download: size×size grayscale
// images (values in [0, 1]) of a "+" cross (label 0) or a square outline (label 1), at a random
// position and size, with random stroke brightness and Gaussian pixel noise (clamped).
// Both shapes are mirror-symmetric, so a horizontal flip keeps the label.
import type { TinyImage } from '../augment/images';
import { createRng } from '../prng';
import { checkOptions, integerIn, numberIn } from '../validate';

export interface TinyShapesOptions {
  /** Number of images (default 100); labels alternate 0, 1, 0, … before shuffling. */
  nSamples?: number;
  /** Side in pixels, integer in [6, 32] (default 8). */
  size?: number;
  /** σ of the pixel noise (default 0.1). */
  noise?: number;
  seed?: number;
}

export interface TinyShapes {
  images: TinyImage[];
  y: number[];
}

export function makeTinyShapes(options: TinyShapesOptions = {}): TinyShapes {
  const o = checkOptions(options);
  const n = integerIn(o.nSamples, 'nSamples', 1, 1e5, 100);
  const size = integerIn(o.size, 'size', 6, 32, 8);
  const noise = numberIn(o.noise, 'noise', 0, 10, 0.1);
  const rng = createRng(integerIn(o.seed, 'seed', 0, 0xffffffff, 0));
  const images: TinyImage[] = [];
  const y: number[] = [];
  const maxHalf = Math.max(1, Math.floor(size / 4));
  for (let k = 0; k < n; k++) {
    const label = k % 2;
    const half = 1 + rng.int(maxHalf); // arm length or half side
    const cx = half + rng.int(size - 2 * half);
    const cy = half + rng.int(size - 2 * half);
    const ink = 0.7 + 0.3 * rng.uniform();
    const px = new Float64Array(size * size);
    const put = (r: number, c: number) => {
      px[r * size + c] = ink;
    };
    for (let t = -half; t <= half; t++) {
      if (label === 0) {
        put(cy, cx + t);
        put(cy + t, cx);
      } else {
        put(cy - half, cx + t);
        put(cy + half, cx + t);
        put(cy + t, cx - half);
        put(cy + t, cx + half);
      }
    }
    if (noise > 0) for (let i = 0; i < px.length; i++) px[i] = Math.min(1, Math.max(0, px[i] + noise * rng.normal()));
    images.push({ width: size, height: size, pixels: px });
    y.push(label);
  }
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [images[i], images[j]] = [images[j], images[i]];
    [y[i], y[j]] = [y[j], y[i]];
  }
  return { images, y };
}
