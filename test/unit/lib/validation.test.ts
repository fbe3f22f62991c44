// Every bad input throws a RangeError that says what is wrong.
import { describe, expect, test } from 'vitest';
import {
  alphaMax,
  applyScaling,
  createRng,
  elasticNetPath,
  fitElasticNet,
  fitLasso,
  fitRidge,
  makeCorrelatedRegression,
  standardize,
  unscaleCoef,
} from '../../../src/lib';

const X = [
  [1, 2],
  [3, 5],
  [4, 4],
  [0, 1],
];
const y = [1, 2, 3, 4];
const ok = { alpha: 0.1, l1Ratio: 0.5 };

type Fit = (X: number[][], y: number[]) => unknown;
const fitters: [string, Fit][] = [
  ['fitElasticNet', (A, b) => fitElasticNet(A, b, ok)],
  ['fitLasso', (A, b) => fitLasso(A, b, { alpha: 0.1 })],
  ['fitRidge', (A, b) => fitRidge(A, b, { alpha: 0.1 })],
  ['elasticNetPath', (A, b) => elasticNetPath(A, b, { l1Ratio: 0.5, nAlphas: 3 })],
  ['alphaMax', (A, b) => alphaMax(A, b, { l1Ratio: 1 })],
];

const badData: [string, unknown, unknown, RegExp][] = [
  ['X not an array', 'abc', y, /X must be an array of rows/],
  ['empty X', [], [], /X is empty/],
  ['X with no columns', [[], []], [1, 2], /X has no columns/],
  ['X row not an array', [[1, 2], 3, [4, 5], [6, 7]], y, /X row 1 must be an array/],
  [
    'ragged X',
    [
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8, 9],
    ],
    y,
    /X row 3 has 3 columns, expected 2/,
  ],
  ['short row', [[1, 2], [3], [5, 6], [7, 8]], y, /X row 1 has 1 columns, expected 2/],
  [
    'NaN in X',
    [
      [1, 2],
      [3, NaN],
      [5, 6],
      [7, 8],
    ],
    y,
    /X\[1\]\[1\] is NaN/,
  ],
  [
    'Infinity in X',
    [
      [1, 2],
      [3, 4],
      [Infinity, 6],
      [7, 8],
    ],
    y,
    /X\[2\]\[0\] is Infinity, expected a finite number/,
  ],
  [
    '-Infinity in X',
    [
      [1, 2],
      [3, 4],
      [5, 6],
      [7, -Infinity],
    ],
    y,
    /X\[3\]\[1\] is -Infinity/,
  ],
  [
    'huge value in X',
    [
      [1, 2],
      [3, 4],
      [5, 6e150],
      [7, 8],
    ],
    y,
    /X\[2\]\[1\] = 6e\+150 is out of range/,
  ],
  [
    'string in X',
    [
      [1, 2],
      [3, '4'],
      [5, 6],
      [7, 8],
    ],
    y,
    /X\[1\]\[1\] is string, expected a number/,
  ],
  [
    'null in X',
    [
      [1, 2],
      [3, null],
      [5, 6],
      [7, 8],
    ],
    y,
    /X\[1\]\[1\] is null/,
  ],
  ['y too short', X, [1, 2, 3], /y has 3 entries but X has 4 rows/],
  ['y too long', X, [1, 2, 3, 4, 5], /y has 5 entries but X has 4 rows/],
  ['y not an array', X, 3, /y must be an array/],
  ['NaN in y', X, [1, NaN, 3, 4], /y\[1\] is NaN/],
  ['Infinity in y', X, [1, 2, 3, Infinity], /y\[3\] is Infinity/],
  ['huge y', X, [1, 2, -2e150, 4], /y\[2\] = -2e\+150 is out of range/],
];

describe.each(fitters)('%s rejects bad data', (_, fit) => {
  test.each(badData)('%s', (_name, A, b, message) => {
    expect(() => fit(A as number[][], b as number[])).toThrow(RangeError);
    expect(() => fit(A as number[][], b as number[])).toThrow(message);
  });
});

const badOptions: [string, () => unknown, RegExp][] = [
  ['negative alpha', () => fitElasticNet(X, y, { alpha: -0.1, l1Ratio: 0.5 }), /alpha must be in \[0, 1e\+150\], got -0.1/],
  ['NaN alpha', () => fitElasticNet(X, y, { alpha: NaN, l1Ratio: 0.5 }), /alpha must be a finite number/],
  ['infinite alpha', () => fitLasso(X, y, { alpha: Infinity }), /alpha must be a finite number/],
  ['missing alpha', () => fitLasso(X, y, {} as never), /alpha is required/],
  ['huge alpha', () => fitRidge(X, y, { alpha: 1e200 }), /alpha must be in \[0, 1e\+150\]/],
  ['l1Ratio above 1', () => fitElasticNet(X, y, { alpha: 1, l1Ratio: 1.5 }), /l1Ratio must be in \[0, 1\], got 1.5/],
  ['negative l1Ratio', () => fitElasticNet(X, y, { alpha: 1, l1Ratio: -0.01 }), /l1Ratio must be in \[0, 1\]/],
  ['missing l1Ratio', () => fitElasticNet(X, y, { alpha: 1 } as never), /l1Ratio is required/],
  ['fitLasso with another l1Ratio', () => fitLasso(X, y, { alpha: 1, l1Ratio: 0.5 } as never), /fitLasso has l1Ratio 1/],
  ['maxIter 0', () => fitElasticNet(X, y, { ...ok, maxIter: 0 }), /maxIter must be in \[1, 100000000\], got 0/],
  ['negative maxIter', () => fitElasticNet(X, y, { ...ok, maxIter: -5 }), /maxIter must be in/],
  ['fractional maxIter', () => fitElasticNet(X, y, { ...ok, maxIter: 2.5 }), /maxIter must be an integer, got 2.5/],
  ['infinite maxIter', () => fitElasticNet(X, y, { ...ok, maxIter: Infinity }), /maxIter must be a finite number/],
  ['maxIter beyond the limit', () => fitElasticNet(X, y, { ...ok, maxIter: 1e9 }), /maxIter must be in/],
  ['negative tol', () => fitElasticNet(X, y, { ...ok, tol: -1e-4 }), /tol must be >= 0/],
  ['NaN tol', () => fitElasticNet(X, y, { ...ok, tol: NaN }), /tol must be a finite number/],
  ['non-boolean fitIntercept', () => fitElasticNet(X, y, { ...ok, fitIntercept: 1 as never }), /fitIntercept must be true or false/],
  ['options not an object', () => fitElasticNet(X, y, null as never), /options must be an object/],
  ['nAlphas 0', () => elasticNetPath(X, y, { l1Ratio: 1, nAlphas: 0 }), /nAlphas must be in/],
  ['fractional nAlphas', () => elasticNetPath(X, y, { l1Ratio: 1, nAlphas: 10.5 }), /nAlphas must be an integer/],
  ['eps 0', () => elasticNetPath(X, y, { l1Ratio: 1, eps: 0 }), /eps must be in/],
  ['eps above 1', () => elasticNetPath(X, y, { l1Ratio: 1, eps: 2 }), /eps must be in/],
  ['empty alphas', () => elasticNetPath(X, y, { l1Ratio: 1, alphas: [] }), /alphas is empty/],
  ['negative alpha in grid', () => elasticNetPath(X, y, { l1Ratio: 1, alphas: [1, -1] }), /alphas\[1\] must be >= 0, got -1/],
  ['NaN alpha in grid', () => elasticNetPath(X, y, { l1Ratio: 0, alphas: [NaN] }), /alphas\[0\] must be a finite number/],
  ['alphas not an array', () => elasticNetPath(X, y, { l1Ratio: 1, alphas: 0.1 as never }), /alphas must be an array/],
  ['path l1Ratio out of range', () => elasticNetPath(X, y, { l1Ratio: 2 }), /l1Ratio must be in \[0, 1\]/],
  [
    'singular ridge (alpha 0, p > n)',
    () =>
      fitRidge(
        [
          [1, 2, 3],
          [2, 1, 0],
        ],
        [1, 2],
        { alpha: 0 },
      ),
    /numerically singular.*larger alpha/,
  ],
  [
    'singular ridge (alpha 0, collinear)',
    () =>
      fitRidge(
        [
          [1, 2],
          [2, 4],
          [3, 6],
        ],
        [1, 2, 4],
        { alpha: 0 },
      ),
    /numerically singular/,
  ],
];

describe('bad options', () => {
  test.each(badOptions)('%s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('helpers reject bad input', () => {
  test.each([
    ['negative seed', () => createRng(-1), /seed must be an integer in \[0, 4294967295\], got -1/],
    ['fractional seed', () => createRng(1.5), /seed must be an integer/],
    ['seed too large', () => createRng(2 ** 32), /seed must be an integer/],
    ['int(0)', () => createRng(1).int(0), /int\(n\) needs an integer n >= 1, got 0/],
    ['nSamples 0', () => makeCorrelatedRegression({ nSamples: 0, nFeatures: 3 }), /nSamples must be in/],
    ['correlation 1', () => makeCorrelatedRegression({ nSamples: 5, nFeatures: 3, correlation: 1 }), /correlation must be in/],
    ['nInformative > p', () => makeCorrelatedRegression({ nSamples: 5, nFeatures: 3, nInformative: 4 }), /nInformative must be in \[0, 3\]/],
    ['negative noise', () => makeCorrelatedRegression({ nSamples: 5, nFeatures: 3, noise: -1 }), /noise must be in/],
    ['standardize ragged', () => standardize([[1, 2], [3]]), /X row 1 has 1 columns, expected 2/],
    ['applyScaling width', () => applyScaling([[1, 2, 3]], { means: [0, 0], scales: [1, 1] }), /scaling has 2 columns, X has 3/],
    ['unscaleCoef width', () => unscaleCoef([1, 2, 3], 0, { means: [0, 0], scales: [1, 1] }), /coef has 3 entries, scaling has 2/],
  ] as [string, () => unknown, RegExp][])('%s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('valid edge cases do not throw and return finite numbers', () => {
  test('values at the ±1e150 bound', () => {
    const A = [
      [1e150, -1e150],
      [-1e150, 1e150],
      [1e150, 1e150],
    ];
    const b = [1e150, 0, -1e150];
    for (const fit of [fitElasticNet(A, b, { alpha: 1e140, l1Ratio: 0.5 }), fitLasso(A, b, { alpha: 1e149 }), fitRidge(A, b, { alpha: 1 })]) {
      expect(fit.coef.every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(fit.intercept)).toBe(true);
      expect(fit.converged).toBe(true);
    }
  });
  test('a single sample fits the intercept only', () => {
    const fit = fitElasticNet([[1, 2]], [3], { alpha: 0.1, l1Ratio: 0.5 });
    expect(fit).toMatchObject({ coef: [0, 0], intercept: 3, converged: true });
  });
  test('constant y gives zero coefficients at once', () => {
    const fit = fitLasso(X, [2, 2, 2, 2], { alpha: 0.1 });
    expect(fit).toMatchObject({ coef: [0, 0], intercept: 2, nIter: 0, converged: true });
  });
  test('a zero column keeps a zero coefficient', () => {
    const fit = fitElasticNet(
      X.map((r) => [r[0], 0, r[1]]),
      y,
      { alpha: 0.01, l1Ratio: 0.5 },
    );
    expect(fit.coef[1]).toBe(0);
    expect(fit.converged).toBe(true);
  });
  test('alpha 0 with n > p is least squares', () => {
    const fit = fitRidge(X, y, { alpha: 0 });
    const cd = fitLasso(X, y, { alpha: 0, tol: 1e-10, maxIter: 100000 });
    fit.coef.forEach((c, j) => expect(cd.coef[j]).toBeCloseTo(c, 6));
  });
});
