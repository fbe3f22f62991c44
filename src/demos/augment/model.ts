/**
 * The data-augmentation demo: a small 2-D training set (circles or two moons), augmented
 * copies made by label-preserving (or not!) transforms, and the test accuracy of a small MLP
 * trained with and without them over several seeds. Pure (no DOM); runs at build time and as
 * a job of the compute channel (jobs.ts).
 *
 * As in src/lib compareAugmentation, both runs take the same number of gradient steps: the
 * plain run trains for EPOCHS·(copies + 1) epochs on the original points, the augmented run
 * for EPOCHS epochs on originals + copies.
 */
import { augmentPoints, createTrainer, makeCircles, makeMoons } from '../../lib';
import { type ParamSpec, type StateOf, defaults } from '../kit/params';

export const AUGMENT_SPECS = {
  data: { kind: 'enum', values: ['circles', 'moons'], default: 'circles' },
  jitter: { kind: 'boolean', default: true },
  flip: { kind: 'boolean', default: true },
  rotate: { kind: 'boolean', default: true },
  noise: { kind: 'boolean', default: false },
  copies: { kind: 'number', min: 1, max: 8, default: 4, integer: true },
} satisfies Record<string, ParamSpec>;

export type AugmentSettings = StateOf<typeof AUGMENT_SPECS>;

/** The settings that the build-time figure shows. */
export const AUGMENT_DEFAULTS: AugmentSettings = defaults(AUGMENT_SPECS);

export const SEEDS = [0, 1, 2, 3, 4];
export const N_TRAIN = 36;
export const N_TEST = 300;
export const DATA_NOISE = 0.15;
export const EPOCHS = 40;
export const HIDDEN = 16;
export const LEARNING_RATE = 0.03;
/** Strengths of the transforms when switched on. */
export const STRENGTH = { jitter: 0.1, rotation: Math.PI, noise: 0.1 } as const;
/** Grid of the decision boundary (GRID × GRID probabilities). */
export const GRID = 41;

export interface Viewport {
  x: [number, number];
  y: [number, number];
  center: [number, number];
}

export const VIEWPORTS: Record<'circles' | 'moons', Viewport> = {
  circles: { x: [-1.6, 1.6], y: [-1.6, 1.6], center: [0, 0] },
  moons: { x: [-1.6, 2.6], y: [-1.4, 1.9], center: [0.5, 0.25] },
};

export const viewportOf = (s: AugmentSettings): Viewport => VIEWPORTS[s.data === 'moons' ? 'moons' : 'circles'];

const testSeed = (seed: number) => (seed + 0x9e3779b9) >>> 0;
const augSeed = (seed: number) => (seed + 0x7f4a7c15) >>> 0;

export function trainingSet(s: AugmentSettings, seed: number) {
  const make = s.data === 'moons' ? makeMoons : makeCircles;
  return make({ nSamples: N_TRAIN, noise: DATA_NOISE, seed });
}

export function testSet(s: AugmentSettings, seed: number) {
  const make = s.data === 'moons' ? makeMoons : makeCircles;
  return make({ nSamples: N_TEST, noise: DATA_NOISE, seed: testSeed(seed) });
}

export const anyTransform = (s: AugmentSettings) => s.jitter || s.flip || s.rotate || s.noise;

/** Originals followed by `copies` transformed copies of every training point. */
export function augmentedSet(s: AugmentSettings, train: { X: number[][]; y: number[] }, seed: number) {
  return augmentPoints(train.X, train.y, {
    copies: s.copies,
    flipHorizontal: s.flip,
    flipVertical: s.flip,
    maxRotation: s.rotate ? STRENGTH.rotation : 0,
    jitter: s.jitter ? STRENGTH.jitter : 0,
    noise: s.noise ? STRENGTH.noise : 0,
    center: viewportOf(s).center,
    seed: augSeed(seed),
  });
}

/** Grid points (row-major, top row first) covering the viewport, flat [x0, y0, x1, y1, …]. */
export function gridPoints(v: Viewport): Float64Array {
  const out = new Float64Array(GRID * GRID * 2);
  for (let r = 0; r < GRID; r++) {
    for (let c = 0; c < GRID; c++) {
      const k = (r * GRID + c) * 2;
      out[k] = v.x[0] + ((v.x[1] - v.x[0]) * c) / (GRID - 1);
      out[k + 1] = v.y[1] - ((v.y[1] - v.y[0]) * r) / (GRID - 1);
    }
  }
  return out;
}

export interface Summary {
  accuracies: number[];
  mean: number;
  /** Sample standard deviation. */
  sd: number;
}

export interface AugmentResult {
  without: Summary;
  with: Summary;
  /** P(class 1) on the grid of the first seed's augmented net, row-major, top row first. */
  boundary: number[];
}

export function summarize(a: number[]): Summary {
  const mean = a.reduce((s, v) => s + v, 0) / a.length;
  const sd = a.length > 1 ? Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / (a.length - 1)) : 0;
  return { accuracies: a, mean, sd };
}

/**
 * Trains 2 × seeds.length small nets (~0.3 s in all). It pauses (`yield`) after every piece
 * of work as long as EPOCHS epochs on the original points (a few ms), so that a job can give
 * way to a newer one; `runComparison` runs it to the end.
 */
export function* comparison(s: AugmentSettings, seeds: readonly number[] = SEEDS): Generator<void, AugmentResult> {
  const without: number[] = [];
  const withAug: number[] = [];
  let boundary: number[] = [];
  for (const [k, seed] of seeds.entries()) {
    const train = trainingSet(s, seed);
    const test = testSet(s, seed);
    const aug = augmentedSet(s, train, seed);
    const opts = { layerSizes: [2, HIDDEN, 1], seed, batchSize: 16, learningRate: LEARNING_RATE };
    const plain = createTrainer({ X: train.X, y: train.y }, opts);
    for (let e = 1; e <= EPOCHS * (s.copies + 1); e++) {
      plain.trainEpoch();
      if (e % EPOCHS === 0) yield;
    }
    without.push(plain.evaluate(test.X, test.y).accuracy as number);
    const net = createTrainer({ X: aug.X, y: aug.y }, opts);
    for (let e = 1; e <= EPOCHS; e++) {
      net.trainEpoch();
      if (e % Math.ceil(EPOCHS / (s.copies + 1)) === 0) yield; // as long as a step of the plain run
    }
    withAug.push(net.evaluate(test.X, test.y).accuracy as number);
    if (k === 0) boundary = Array.from(net.predictFlat(gridPoints(viewportOf(s))));
    yield;
  }
  return { without: summarize(without), with: summarize(withAug), boundary };
}

export function runComparison(s: AugmentSettings, seeds: readonly number[] = SEEDS): AugmentResult {
  const steps = comparison(s, seeds);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
