// Seeded 2-D binary classification sets: two moons and circles as scikit-learn draws them
// (evenly spaced angles, shuffled, then Gaussian noise), and two interleaved spirals as in
// TensorFlow Playground (radius scaled to 1). Labels are 0 and 1.
// Every coordinate is a point of the noise-free shape plus noise·z with |z| ≤ NORMAL_BOUND.
import { createRng, type Rng } from '../prng';
import { checkOptions, integerIn, numberIn } from '../validate';

/** |z| of a Box–Muller normal from createRng never exceeds √(−2·ln 2⁻⁵³) ≈ 8.5717. */
export const NORMAL_BOUND = 8.572;

export interface ClassificationData {
  X: number[][];
  y: number[];
}

export interface Shape2DOptions {
  /** Number of points (integer in [2, 1e6]; default 200). Half (rounded down) get label 0. */
  nSamples?: number;
  /** Standard deviation of the Gaussian noise on each coordinate (default 0.1). */
  noise?: number;
  /** Integer seed in [0, 2³²) (default 0). */
  seed?: number;
}

export interface CirclesOptions extends Shape2DOptions {
  /** Radius of the inner circle relative to the outer one, in (0, 1) (default 0.5). */
  factor?: number;
}

interface Parsed {
  n: number;
  noise: number;
  rng: Rng;
  o: Record<string, unknown>;
}

function parse(options: unknown): Parsed {
  const o = checkOptions(options);
  const n = integerIn(o.nSamples, 'nSamples', 2, 1e6, 200);
  const noise = numberIn(o.noise, 'noise', 0, 1e3, 0.1);
  const rng = createRng(integerIn(o.seed, 'seed', 0, 0xffffffff, 0));
  return { n, noise, rng, o };
}

/** linspace(lo, hi, m) with or without the endpoint. */
function linspace(lo: number, hi: number, m: number, endpoint: boolean): number[] {
  const steps = endpoint ? m - 1 : m;
  return Array.from({ length: m }, (_, k) => (steps === 0 ? lo : lo + ((hi - lo) * k) / steps));
}

/** Shuffles the points (Fisher–Yates), then adds noise: sklearn's order of operations. */
function finish(X: number[][], y: number[], noise: number, rng: Rng): ClassificationData {
  for (let i = X.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [X[i], X[j]] = [X[j], X[i]];
    [y[i], y[j]] = [y[j], y[i]];
  }
  if (noise > 0) for (const p of X) for (let k = 0; k < 2; k++) p[k] += noise * rng.normal();
  return { X, y };
}

/** Two interleaving half circles; noise-free x₁ ∈ [−1, 2], x₂ ∈ [−0.5, 1]. */
export function makeMoons(options: Shape2DOptions = {}): ClassificationData {
  const { n, noise, rng } = parse(options);
  const nOut = Math.floor(n / 2);
  const X: number[][] = [];
  const y: number[] = [];
  for (const t of linspace(0, Math.PI, nOut, true)) X.push([Math.cos(t), Math.sin(t)]), y.push(0);
  for (const t of linspace(0, Math.PI, n - nOut, true)) X.push([1 - Math.cos(t), 0.5 - Math.sin(t)]), y.push(1);
  return finish(X, y, noise, rng);
}

/** A circle of radius 1 (label 0) around one of radius factor (label 1). */
export function makeCircles(options: CirclesOptions = {}): ClassificationData {
  const { n, noise, rng, o } = parse(options);
  const factor = numberIn(o.factor, 'factor', 0, 1, 0.5);
  if (factor === 0 || factor === 1) throw new RangeError(`factor must be in (0, 1), got ${factor}`);
  const nOut = Math.floor(n / 2);
  const X: number[][] = [];
  const y: number[] = [];
  for (const t of linspace(0, 2 * Math.PI, nOut, false)) X.push([Math.cos(t), Math.sin(t)]), y.push(0);
  for (const t of linspace(0, 2 * Math.PI, n - nOut, false)) {
    X.push([factor * Math.cos(t), factor * Math.sin(t)]);
    y.push(1);
  }
  return finish(X, y, noise, rng);
}

/** Two spiral arms of 1.75 turns, radius from 0 to 1, the second rotated by π. */
export function makeSpirals(options: Shape2DOptions = {}): ClassificationData {
  const { n, noise, rng } = parse(options);
  const nOut = Math.floor(n / 2);
  const X: number[][] = [];
  const y: number[] = [];
  const arm = (m: number, shift: number, label: number) => {
    for (let i = 0; i < m; i++) {
      const r = i / m;
      const t = 1.75 * 2 * Math.PI * r + shift;
      X.push([r * Math.sin(t), r * Math.cos(t)]);
      y.push(label);
    }
  };
  arm(nOut, 0, 0);
  arm(n - nOut, Math.PI, 1);
  return finish(X, y, noise, rng);
}
