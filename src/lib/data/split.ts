// Seeded shuffle-and-split of a data set into training, validation and test parts.
import { createRng } from '../prng';
import { checkOptions, integerIn, numberIn } from '../validate';

export interface SplitOptions {
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

export interface Split<X, Y> {
  train: Part<X, Y>;
  validation: Part<X, Y>;
  test: Part<X, Y>;
}

/**
 * Shuffles rows (Fisher–Yates) and cuts round(n·test) test rows, round(n·validation)
 * validation rows and the rest (at least one) for training. Rows are shared, not copied.
 */
export function trainValTestSplit<X, Y>(X: X[], y: Y[], options: SplitOptions = {}): Split<X, Y> {
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
  const rng = createRng(integerIn(o.seed, 'seed', 0, 0xffffffff, 0));
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  const part = (from: number, to: number): Part<X, Y> => ({
    X: idx.slice(from, to).map((i) => X[i]),
    y: idx.slice(from, to).map((i) => y[i]),
  });
  return { test: part(0, nTest), validation: part(nTest, nTest + nVal), train: part(nTest + nVal, n) };
}
