// Training and test error of polynomial fits on seeded noisy-sine data, against the degree
// (least squares) and against the ridge penalty α at a fixed degree: the overfitting and
// bias–variance demos. Errors are plain mean squared errors, (1/n)·Σ(y − ŷ)².
import { type RegressionData1D, makeNoisySine } from '../data/noisySine';
import { logspace } from '../grid';
import { meanSquaredError } from '../metrics';
import { checkAlphas, checkOptions, integerIn, numberIn } from '../validate';
import { MAX_DEGREE } from './polynomial';
import { type PolynomialFit, evalPolynomial, fitPolynomial } from './leastSquares';

export interface SweepOptions {
  /** Training points (default 20). */
  nTrain?: number;
  /** Test points, drawn independently from the same distribution (default 500). */
  nTest?: number;
  /** Noise σ (default 0.3). */
  noise?: number;
  /** Seed of the training set; the test set uses testSeed(seed). Default 0. */
  seed?: number;
}

export interface DegreeSweepOptions extends SweepOptions {
  /** Degrees 0 … maxDegree (default 15; needs maxDegree < nTrain when alpha is 0). */
  maxDegree?: number;
  /** Ridge penalty α ≥ 0 for every fit (default 0: least squares). */
  alpha?: number;
}

export interface LambdaSweepOptions extends SweepOptions {
  /** Polynomial degree (default 15). */
  degree?: number;
  /** Penalties α ≥ 0 (default 10^−10 … 10^1, 23 log-spaced values). */
  alphas?: number[];
}

export interface SweepResult {
  train: RegressionData1D;
  test: RegressionData1D;
  trainMse: number[];
  testMse: number[];
  fits: PolynomialFit[];
}

/** The seed of the test sample that goes with a training seed (a fixed odd offset, mod 2³²). */
export function testSeed(seed: number): number {
  return (seed + 0x9e3779b9) >>> 0;
}

/** The mean squared error of a polynomial fit on a sample. */
export function mse(fit: PolynomialFit, data: RegressionData1D): number {
  return meanSquaredError(
    data.y,
    data.x.map((x) => evalPolynomial(fit, x)),
  );
}

function samples(o: Record<string, unknown>): { train: RegressionData1D; test: RegressionData1D } {
  const nTrain = integerIn(o.nTrain, 'nTrain', 2, 1e5, 20);
  const nTest = integerIn(o.nTest, 'nTest', 1, 1e6, 500);
  const noise = numberIn(o.noise, 'noise', 0, 1e3, 0.3);
  const seed = integerIn(o.seed, 'seed', 0, 0xffffffff, 0);
  return {
    train: makeNoisySine({ nSamples: nTrain, noise, seed }),
    test: makeNoisySine({ nSamples: nTest, noise, seed: testSeed(seed) }),
  };
}

/** Fits of degree 0 … maxDegree (least squares, or ridge with alpha); result arrays are indexed by degree. */
export function degreeSweep(options: DegreeSweepOptions = {}): SweepResult & { degrees: number[] } {
  const o = checkOptions(options);
  const { train, test } = samples(o);
  const maxDegree = integerIn(o.maxDegree, 'maxDegree', 0, MAX_DEGREE, 15);
  const alpha = numberIn(o.alpha, 'alpha', 0, Number.MAX_VALUE, 0);
  if (alpha === 0 && maxDegree >= train.x.length) {
    throw new RangeError(`maxDegree ${maxDegree} needs more than ${maxDegree} training points, got ${train.x.length}`);
  }
  const degrees = Array.from({ length: maxDegree + 1 }, (_, d) => d);
  const fits = degrees.map((d) => fitPolynomial(train.x, train.y, d, alpha));
  return {
    degrees,
    train,
    test,
    fits,
    trainMse: fits.map((f) => mse(f, train)),
    testMse: fits.map((f) => mse(f, test)),
  };
}

/** Ridge fits at one degree for each α (in the order given). */
export function lambdaSweep(options: LambdaSweepOptions = {}): SweepResult & { alphas: number[] } {
  const o = checkOptions(options);
  const { train, test } = samples(o);
  const degree = integerIn(o.degree, 'degree', 0, MAX_DEGREE, 15);
  const alphas = o.alphas === undefined ? logspace(-10, 1, 23) : checkAlphas(o.alphas);
  const fits = alphas.map((a) => fitPolynomial(train.x, train.y, degree, a));
  return {
    alphas,
    train,
    test,
    fits,
    trainMse: fits.map((f) => mse(f, train)),
    testMse: fits.map((f) => mse(f, test)),
  };
}
