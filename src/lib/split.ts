// Seeded train/test splits and K-fold assignments (one generator: ./prng).
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
