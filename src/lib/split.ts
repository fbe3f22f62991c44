// Seeded splits (train/test, train/validation/test) and K-fold assignments (one generator: ./prng).
import { createRng } from './prng';
import { checkMatrix, checkOptions, checkVector, integerIn, numberIn } from './validate';

/** A seeded Fisher–Yates permutation of 0..n-1. */
export function permutation(n: number, seed: number): number[] {
  const r = createRng(seed);
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

/** Fold label (0..k-1) of each of n samples: balanced sizes, shuffled (glmnet's foldid). */
export function foldIds(n: number, nFolds: number, seed: number): number[] {
  integerIn(n, 'n', 1, 1e9);
  integerIn(nFolds, 'nFolds', 2, Math.max(2, n));
  if (nFolds > n) throw new RangeError(`nFolds must be at most the number of samples (${n}), got ${nFolds}`);
  const perm = permutation(n, seed);
  const ids = new Array<number>(n);
  perm.forEach((sample, k) => (ids[sample] = k % nFolds));
  return ids;
}

export interface Split {
  XTrain: number[][];
  yTrain: number[];
  XTest: number[][];
  yTest: number[];
  trainIndex: number[];
  testIndex: number[];
}

/** Rows picked by index. */
export const take = <T>(rows: readonly T[], index: readonly number[]): T[] => index.map((i) => rows[i]);

/** Random split; the test part has ⌈n·testFraction⌉ rows (scikit-learn's rule). */
export function trainTestSplit(X: number[][], y: number[], opts: { testFraction?: number; seed?: number } = {}): Split {
  const o = checkOptions(opts);
  const [n] = checkMatrix(X);
  checkVector(y, n);
  const f = numberIn(o.testFraction, 'testFraction', Number.MIN_VALUE, 1, 0.25);
  const seed = integerIn(o.seed, 'seed', 0, 0xffffffff, 0);
  const nTest = Math.ceil(n * f);
  if (nTest >= n) throw new RangeError(`testFraction ${f} leaves no training rows out of ${n}`);
  const perm = permutation(n, seed);
  const testIndex = perm.slice(0, nTest).sort((a, b) => a - b);
  const trainIndex = perm.slice(nTest).sort((a, b) => a - b);
  return {
    XTrain: take(X, trainIndex),
    yTrain: take(y, trainIndex),
    XTest: take(X, testIndex),
    yTest: take(y, testIndex),
    trainIndex,
    testIndex,
  };
}

export interface TrainValTestOptions {
  /** Fraction for validation, in [0, 1) (default 0.2). */
  validation?: number;
  /** Fraction for test, in [0, 1) (default 0.2). */
  test?: number;
  /** Integer seed in [0, 2³²) (default 0). */
  seed?: number;
}

export interface Part<X, Y> {
  X: X[];
  y: Y[];
}

export interface TrainValTestSplit<X, Y> {
  train: Part<X, Y>;
  validation: Part<X, Y>;
  test: Part<X, Y>;
}

/**
 * Shuffles rows (the seed's `permutation`) and cuts round(n·test) test rows, round(n·validation)
 * validation rows and the rest (at least one) for training. Rows are shared, not copied.
 */
export function trainValTestSplit<X, Y>(X: X[], y: Y[], options: TrainValTestOptions = {}): TrainValTestSplit<X, Y> {
  const o = checkOptions(options);
  if (!Array.isArray(X) || !Array.isArray(y)) throw new RangeError('X and y must be arrays');
  if (X.length !== y.length) throw new RangeError(`X has ${X.length} rows but y has ${y.length}`);
  const n = X.length;
  if (n === 0) throw new RangeError('cannot split an empty data set');
  const fVal = numberIn(o.validation, 'validation', 0, 1, 0.2);
  const fTest = numberIn(o.test, 'test', 0, 1, 0.2);
  const nTest = Math.round(n * fTest);
  const nVal = Math.round(n * fVal);
  if (nTest + nVal >= n) {
    throw new RangeError(`validation ${fVal} + test ${fTest} of ${n} rows leave no training rows`);
  }
  const idx = permutation(n, integerIn(o.seed, 'seed', 0, 0xffffffff, 0));
  const part = (from: number, to: number): Part<X, Y> => ({ X: take(X, idx.slice(from, to)), y: take(y, idx.slice(from, to)) });
  return { test: part(0, nTest), validation: part(nTest, nTest + nVal), train: part(nTest + nVal, n) };
}
