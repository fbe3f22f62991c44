// Cross-validation, splits and metrics (references: scripts/fixtures/make_cv_fixtures.py).
import { describe, expect, test } from 'vitest';
import { accuracy, cvElasticNet, foldIds, loadDiabetes, logLoss, meanSquaredError, permutation, predict, r2Score, trainTestSplit } from '../../../src/lib';
import { loadJson } from './fixtures';

interface CvRef {
  l1Ratio: number;
  nAlphas: number;
  nFolds: number;
  seed: number;
  foldIds: number[];
  alphas: number[];
  foldMse: number[][];
  sklearnAlpha: number;
}
interface CvFixture {
  permutation10seed5: number[];
  cv: CvRef[];
  metrics: {
    yTrue: number[];
    yPred: number[];
    mse: number;
    r2: number;
    labels: number[];
    prob: number[];
    accuracy: number;
    logLoss: number;
  };
}
const fx = loadJson<CvFixture>('cv.json');
const { X, y } = loadDiabetes({ scaled: true });

describe('cvElasticNet against scikit-learn ElasticNetCV on the same folds', () => {
  test.each(fx.cv)('l1Ratio $l1Ratio, $nFolds folds', (ref) => {
    const cv = cvElasticNet(X, y, {
      l1Ratio: ref.l1Ratio,
      nAlphas: ref.nAlphas,
      nFolds: ref.nFolds,
      seed: ref.seed,
      tol: 1e-12,
      maxIter: 1e5,
    });
    expect(cv.foldIds).toEqual(ref.foldIds);
    cv.alphas.forEach((a, i) => expect(Math.abs(a - ref.alphas[i]) / ref.alphas[i]).toBeLessThan(1e-13));
    cv.foldMse.forEach((row, k) => row.forEach((m, i) => expect(Math.abs(m - ref.foldMse[k][i]) / ref.foldMse[k][i]).toBeLessThan(1e-9)));
    // scikit-learn picks the α of least unweighted fold mean; with near-equal fold sizes that is ours.
    const unweighted = cv.alphas.map((_, i) => cv.foldMse.reduce((s, f) => s + f[i], 0) / ref.nFolds);
    expect(cv.alphas[unweighted.indexOf(Math.min(...unweighted))]).toBeCloseTo(ref.sklearnAlpha, 12);
  });

  test('summaries follow cv.glmnet: weighted mean, standard error, α_min, α_1se', () => {
    const cv = cvElasticNet(X, y, { l1Ratio: 1, nAlphas: 30, nFolds: 5, seed: 0 });
    const sizes = [0, 1, 2, 3, 4].map((k) => cv.foldIds.filter((f) => f === k).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(442);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const i = 7;
    const m = cv.foldMse.reduce((s, f, k) => s + sizes[k] * f[i], 0) / 442;
    const se = Math.sqrt(cv.foldMse.reduce((s, f, k) => s + sizes[k] * (f[i] - m) ** 2, 0) / 442 / 4);
    expect(cv.meanMse[i]).toBeCloseTo(m, 10);
    expect(cv.seMse[i]).toBeCloseTo(se, 10);
    expect(cv.meanMse[cv.indexMin]).toBe(Math.min(...cv.meanMse));
    expect(cv.alphaMin).toBe(cv.alphas[cv.indexMin]);
    expect(cv.alpha1se).toBeGreaterThanOrEqual(cv.alphaMin);
    expect(cv.meanMse[cv.index1se]).toBeLessThanOrEqual(cv.meanMse[cv.indexMin] + cv.seMse[cv.indexMin]);
    for (let j = 0; j < cv.index1se; j++) {
      expect(cv.meanMse[j]).toBeGreaterThan(cv.meanMse[cv.indexMin] + cv.seMse[cv.indexMin]);
    }
  });

  test('is deterministic per seed and changes with it', () => {
    const a = cvElasticNet(X, y, { l1Ratio: 0.5, nAlphas: 10, seed: 1 });
    const b = cvElasticNet(X, y, { l1Ratio: 0.5, nAlphas: 10, seed: 1 });
    const c = cvElasticNet(X, y, { l1Ratio: 0.5, nAlphas: 10, seed: 2 });
    expect(a).toEqual(b);
    expect(a.foldIds).not.toEqual(c.foldIds);
  });

  test('works for ridge with a given grid', () => {
    const cv = cvElasticNet(X, y, { l1Ratio: 0, alphas: [1, 0.1, 0.01, 0.001], nFolds: 4 });
    expect(cv.alphas).toEqual([1, 0.1, 0.01, 0.001]);
    expect(cv.meanMse.every((m) => m > 0 && Number.isFinite(m))).toBe(true);
  });

  test.each([
    ['nFolds 1', () => cvElasticNet(X, y, { l1Ratio: 1, nFolds: 1 }), /nFolds must be in/],
    [
      'more folds than samples',
      () => cvElasticNet([[1], [2], [3]], [1, 2, 3], { l1Ratio: 1, nFolds: 4 }),
      /nFolds must be at most the number of samples \(3\), got 4/,
    ],
    ['bad seed', () => cvElasticNet(X, y, { l1Ratio: 1, seed: -2 }), /seed must be in/],
    ['bad l1Ratio', () => cvElasticNet(X, y, { l1Ratio: 7 }), /l1Ratio must be in/],
  ] as [string, () => unknown, RegExp][])('rejects %s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('splits', () => {
  test('permutation matches the Python port and is a permutation', () => {
    expect(permutation(10, 5)).toEqual(fx.permutation10seed5);
    const p = permutation(1000, 9);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });
  test('foldIds are balanced', () => {
    const ids = foldIds(23, 4, 1);
    const counts = [0, 1, 2, 3].map((k) => ids.filter((f) => f === k).length);
    expect(counts.sort()).toEqual([5, 6, 6, 6]);
  });
  test('trainTestSplit partitions the rows, ⌈n·f⌉ of them for testing, deterministically', () => {
    const s = trainTestSplit(X, y, { testFraction: 0.2, seed: 4 });
    expect(s.testIndex).toHaveLength(Math.ceil(442 * 0.2));
    expect([...s.trainIndex, ...s.testIndex].sort((a, b) => a - b)).toEqual(Array.from({ length: 442 }, (_, i) => i));
    s.testIndex.forEach((i, k) => {
      expect(s.XTest[k]).toBe(X[i]);
      expect(s.yTest[k]).toBe(y[i]);
    });
    expect(trainTestSplit(X, y, { testFraction: 0.2, seed: 4 })).toEqual(s);
    expect(trainTestSplit(X, y, { testFraction: 0.2, seed: 5 }).testIndex).not.toEqual(s.testIndex);
  });
  test.each([
    ['testFraction 1', () => trainTestSplit(X, y, { testFraction: 1 }), /leaves no training rows/],
    ['testFraction 0', () => trainTestSplit(X, y, { testFraction: 0 }), /testFraction must be in/],
    ['length mismatch', () => trainTestSplit(X, y.slice(1)), /y has 441 entries but X has 442 rows/],
    ['foldIds k > n', () => foldIds(3, 5, 0), /nFolds must be/],
  ] as [string, () => unknown, RegExp][])('rejects %s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('metrics equal scikit-learn’s', () => {
  const m = fx.metrics;
  test('mse, r2, accuracy, log-loss', () => {
    expect(meanSquaredError(m.yTrue, m.yPred)).toBeCloseTo(m.mse, 14);
    expect(r2Score(m.yTrue, m.yPred)).toBeCloseTo(m.r2, 14);
    expect(
      accuracy(
        m.labels,
        m.prob.map((p) => (p > 0.5 ? 1 : 0)),
      ),
    ).toBeCloseTo(m.accuracy, 14);
    expect(logLoss(m.labels, m.prob)).toBeCloseTo(m.logLoss, 12);
  });
  test('edge cases', () => {
    expect(r2Score([2, 2, 2], [2, 2, 2])).toBe(1);
    expect(r2Score([2, 2, 2], [2, 2, 3])).toBe(0);
    expect(r2Score([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(Number.isFinite(logLoss([1, 0], [0, 1]))).toBe(true);
    expect(
      predict({ coef: [2, -1], intercept: 0.5 }, [
        [1, 1],
        [0, 3],
      ]),
    ).toEqual([1.5, -2.5]);
  });
  test.each([
    ['length mismatch', () => meanSquaredError([1, 2], [1]), /2 true values but 1 predictions/],
    ['empty', () => r2Score([], []), /needs at least one value/],
    ['NaN prediction', () => accuracy([1, 0], [1, NaN]), /entry 1 is not a finite number/],
    ['label 2', () => logLoss([2], [0.5]), /label 0 is 2, expected 0 or 1/],
    ['probability above 1', () => logLoss([1], [1.5]), /probability 0 is 1.5, outside \[0, 1\]/],
    ['predict width', () => predict({ coef: [1], intercept: 0 }, [[1, 2]]), /X has 2 columns, the model has 1/],
  ] as [string, () => unknown, RegExp][])('rejects %s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
