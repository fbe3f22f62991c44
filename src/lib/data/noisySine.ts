// Seeded 1-D regression data: x ~ U[0, 1), y = sin(2πx) + ε, ε ~ N(0, σ²) (Bishop, PRML §1.1).
import { createRng } from '../prng';
import { checkOptions, integerIn, numberIn } from '../validate';

export interface NoisySineOptions {
  /** Number of points (integer in [1, 1e6]; default 20). */
  nSamples?: number;
  /** σ, the noise standard deviation (default 0.3). */
  noise?: number;
  /** Integer seed in [0, 2³²) (default 0). */
  seed?: number;
  /** 'random' draws x uniformly (default); 'grid' spaces x evenly over [0, 1]. */
  spacing?: 'random' | 'grid';
}

export interface RegressionData1D {
  x: number[];
  y: number[];
}

/** The noise-free target sin(2πx). */
export function sineTarget(x: number): number {
  return Math.sin(2 * Math.PI * x);
}

/** x in [0, 1]; |y − sin(2πx)| ≤ 8.572·σ (the bound of createRng's normals). */
export function makeNoisySine(options: NoisySineOptions = {}): RegressionData1D {
  const o = checkOptions(options);
  const n = integerIn(o.nSamples, 'nSamples', 1, 1e6, 20);
  const noise = numberIn(o.noise, 'noise', 0, 1e3, 0.3);
  const seed = integerIn(o.seed, 'seed', 0, 0xffffffff, 0);
  const spacing = o.spacing ?? 'random';
  if (spacing !== 'random' && spacing !== 'grid') {
    throw new RangeError(`spacing must be 'random' or 'grid', got ${String(spacing)}`);
  }
  const rng = createRng(seed);
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = spacing === 'grid' ? (n === 1 ? 0.5 : i / (n - 1)) : rng.uniform();
    x.push(xi);
    y.push(sineTarget(xi) + noise * rng.normal());
  }
  return { x, y };
}
