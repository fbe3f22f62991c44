// Does augmentation help? Test accuracy of the MLP trained with and without augmented copies
// of a small training set, over several seeds (mean and standard deviation).
// Offline augmentation: each training point gets `copies` transformed copies. For a fair
// comparison both runs take the same number of gradient steps: the plain run trains for
// epochs·(copies + 1) epochs on the original points.
import { makeCircles } from '../data/classification2d';
import { makeTinyShapes } from '../data/tinyShapes';
import { createTrainer } from '../nn/trainer';
import { createRng } from '../prng';
import { checkOptions, integerIn, numberIn } from '../validate';
import { augmentImage } from './images';
import { augmentPoints } from './points';

export interface AugmentComparisonOptions {
  /** 'images': tiny shapes with shifts and flips; 'circles': 2-D points with rotations and jitter. */
  dataset?: 'images' | 'circles';
  /** Seeds to average over (default [0, 1, 2, 3, 4]; at most 50). */
  seeds?: number[];
  /** Training examples (default 30). */
  nTrain?: number;
  /** Test examples (default 300). */
  nTest?: number;
  /** Augmented copies per training example (default 4). */
  copies?: number;
  /** Epochs over the augmented set (default 40). */
  epochs?: number;
  /** Adam's learning rate (default 0.03). */
  learningRate?: number;
  /** Hidden units of the one hidden layer (default 16). */
  hidden?: number;
  /** Noise of the data (default 0.1 for images, 0.15 for circles). */
  noise?: number;
}

export interface AccuracySummary {
  accuracies: number[];
  mean: number;
  /** Sample standard deviation (0 for a single seed). */
  sd: number;
}

export interface AugmentComparison {
  without: AccuracySummary;
  with: AccuracySummary;
}

function summary(a: number[]): AccuracySummary {
  const mean = a.reduce((s, v) => s + v, 0) / a.length;
  const sd = a.length > 1 ? Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / (a.length - 1)) : 0;
  return { accuracies: a, mean, sd };
}

interface Sets {
  X: number[][];
  y: number[];
  Xa: number[][];
  ya: number[];
  Xt: number[][];
  yt: number[];
}

function imageSets(seed: number, nTrain: number, nTest: number, copies: number, noise: number): Sets {
  const train = makeTinyShapes({ nSamples: nTrain, noise, seed });
  const test = makeTinyShapes({ nSamples: nTest, noise, seed: (seed + 0x9e3779b9) >>> 0 });
  const rng = createRng((seed + 0x7f4a7c15) >>> 0);
  const X = train.images.map((im) => Array.from(im.pixels));
  const Xa = [...X];
  const ya = [...train.y];
  for (let c = 0; c < copies; c++) {
    train.images.forEach((im, i) => {
      Xa.push(Array.from(augmentImage(im, { flip: true, maxShift: 2 }, rng).pixels));
      ya.push(train.y[i]);
    });
  }
  return { X, y: train.y, Xa, ya, Xt: test.images.map((im) => Array.from(im.pixels)), yt: test.y };
}

function circleSets(seed: number, nTrain: number, nTest: number, copies: number, noise: number): Sets {
  const train = makeCircles({ nSamples: nTrain, noise, seed });
  const test = makeCircles({ nSamples: nTest, noise, seed: (seed + 0x9e3779b9) >>> 0 });
  const aug = augmentPoints(train.X, train.y, {
    copies,
    maxRotation: Math.PI,
    flipHorizontal: true,
    jitter: 0.05,
    seed: (seed + 0x7f4a7c15) >>> 0,
  });
  return { X: train.X, y: train.y, Xa: aug.X, ya: aug.y, Xt: test.X, yt: test.y };
}

export function compareAugmentation(options: AugmentComparisonOptions = {}): AugmentComparison {
  const o = checkOptions(options);
  const dataset = o.dataset ?? 'images';
  if (dataset !== 'images' && dataset !== 'circles') {
    throw new RangeError(`dataset must be 'images' or 'circles', got ${String(dataset)}`);
  }
  const seedsRaw: unknown = o.seeds ?? [0, 1, 2, 3, 4];
  if (!Array.isArray(seedsRaw) || seedsRaw.length === 0 || seedsRaw.length > 50) {
    throw new RangeError('seeds must be an array of 1 to 50 seeds');
  }
  const seeds = seedsRaw.map((s, k) => integerIn(s, `seeds[${k}]`, 0, 0xffffffff));
  const nTrain = integerIn(o.nTrain, 'nTrain', 2, 10000, 30);
  const nTest = integerIn(o.nTest, 'nTest', 1, 100000, 300);
  const copies = integerIn(o.copies, 'copies', 1, 50, 4);
  const epochs = integerIn(o.epochs, 'epochs', 1, 1000, 40);
  const learningRate = numberIn(o.learningRate, 'learningRate', 1e-9, 10, 0.03);
  const hidden = integerIn(o.hidden, 'hidden', 1, 256, 16);
  const noise = numberIn(o.noise, 'noise', 0, 10, dataset === 'images' ? 0.1 : 0.15);
  const without: number[] = [];
  const withAug: number[] = [];
  for (const seed of seeds) {
    const s = (dataset === 'images' ? imageSets : circleSets)(seed, nTrain, nTest, copies, noise);
    const opts = { layerSizes: [s.X[0].length, hidden, 1], seed, batchSize: 16, learningRate };
    const plain = createTrainer({ X: s.X, y: s.y }, opts);
    for (let e = 0; e < epochs * (copies + 1); e++) plain.trainEpoch();
    without.push(plain.evaluate(s.Xt, s.yt).accuracy as number);
    const aug = createTrainer({ X: s.Xa, y: s.ya }, opts);
    for (let e = 0; e < epochs; e++) aug.trainEpoch();
    withAug.push(aug.evaluate(s.Xt, s.yt).accuracy as number);
  }
  return { without: summary(without), with: summary(withAug) };
}
