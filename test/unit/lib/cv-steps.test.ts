import { describe, expect, test } from 'vitest';
import { createKernels, cvSummary, loadDiabetes, prepareLinear } from '../../../src/lib';
import type { LinearProblem } from '../../../src/lib/prepared';

describe('cvSteps: the cross-validation one fold at a time', () => {
  const { X, y } = loadDiabetes({ scaled: true });
  const opts = { l1Ratio: 0.7, nAlphas: 30, nFolds: 6, seed: 3, tol: 1e-8 };

  test('takes exactly nFolds steps and gives what cv() gives', () => {
    const run = prepareLinear(X, y).cvSteps(opts);
    expect(run.total).toBe(6);
    const seen: number[] = [];
    let done = false;
    while (!done) {
      done = run.step();
      seen.push(run.completed);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(run.step()).toBe(true); // a step after the last does nothing
    expect(run.completed).toBe(6);
    expect(run.result()).toEqual(prepareLinear(X, y).cv(opts));
  });

  test('refuses a result before the last fold, naming how many are done', () => {
    const run = prepareLinear(X, y).cvSteps(opts);
    run.step();
    expect(() => run.result()).toThrow(RangeError);
    expect(() => run.result()).toThrow(/1 of its 6 folds/);
  });
});

describe('cvSummary (cv.glmnet: folds weighted by size, one-standard-error rule)', () => {
  test('on numbers worked by hand', () => {
    // Two folds of sizes 1 and 3. At α = 4: errors 4 and 0 → mean (4 + 0)/4 = 1,
    // variance (1·9 + 3·1)/4 = 3, se = √(3/1). At α = 2: errors 1 and 1 → mean 1, se 0.
    // At α = 1: errors 0 and 0.4 → mean 0.3, variance (1·0.09 + 3·0.01)/4 = 0.03, se √0.03.
    const s = cvSummary(
      [4, 2, 1],
      [
        [4, 1, 0],
        [0, 1, 0.4],
      ],
      [1, 3],
    );
    expect(s.meanMse[0]).toBeCloseTo(1, 15);
    expect(s.meanMse[1]).toBeCloseTo(1, 15);
    expect(s.meanMse[2]).toBeCloseTo(0.3, 15);
    expect(s.seMse[0]).toBeCloseTo(Math.sqrt(3), 14);
    expect(s.seMse[1]).toBe(0);
    expect(s.seMse[2]).toBeCloseTo(Math.sqrt(0.03), 14);
    expect(s.indexMin).toBe(2);
    // The bound is 0.3 + √0.03 ≈ 0.473: no larger α is within it.
    expect(s.index1se).toBe(2);
    expect(s.alphaMin).toBe(1);
    // A wider spread at the minimum: α = 1 has errors 0 and 1.2 → mean 0.9, variance
    // (1·0.81 + 3·0.09)/4 = 0.27, bound 0.9 + √0.27 ≈ 1.42; α = 2 (mean 1) is within it, α = 4 (mean 4) is not.
    const wide = cvSummary(
      [4, 2, 1],
      [
        [4, 1, 0],
        [4, 1, 1.2],
      ],
      [1, 3],
    );
    expect(wide.meanMse[2]).toBeCloseTo(0.9, 15);
    expect(wide.indexMin).toBe(2);
    expect(wide.index1se).toBe(1);
    expect(wide.alpha1se).toBe(2);
  });

  test('refuses fewer than two folds or a size per fold missing', () => {
    expect(() => cvSummary([1], [[1]], [1])).toThrow(RangeError);
    expect(() => cvSummary([1], [[1], [2]], [1])).toThrow(/2 folds/);
  });
});

describe('held-out predictions in SIMD', () => {
  const { X, y } = loadDiabetes({ scaled: true });
  const opts = { l1Ratio: 0.5, nAlphas: 40, nFolds: 5, seed: 1, tol: 1e-10 };

  test('give the errors of the scalar sums to 1e-12 relative, and the same λ_min and λ_1se', () => {
    const scalar = prepareLinear(X, y, { kernels: createKernels({ simd: false }) }).cv(opts);
    const simd = prepareLinear(X, y, { kernels: createKernels({ simd: true }) }).cv(opts);
    // Most of the grid has more than a quarter of the 10 coefficients non-zero: the SIMD branch is taken.
    for (let i = 0; i < opts.nAlphas; i++) {
      for (let k = 0; k < opts.nFolds; k++) expect(Math.abs(simd.foldMse[k]![i]! - scalar.foldMse[k]![i]!)).toBeLessThanOrEqual(1e-12 * scalar.foldMse[k]![i]!);
    }
    expect([simd.indexMin, simd.index1se]).toEqual([scalar.indexMin, scalar.index1se]);
  });

  test('a wrong coefficient changes the error (the SIMD branch reads every coefficient)', () => {
    const kernels = createKernels({ simd: true });
    const problem = prepareLinear(X, y, { kernels }) as LinearProblem;
    const run = problem.cvSteps({ ...opts, nFolds: 2, alphas: [1e-3] });
    while (!run.step());
    const full = run.result().foldMse[0]![0]!;
    // The same fold's error by hand, from the fold's own fit, with the last coefficient set to 0.
    const test = problem.folds!.tests[0]!;
    const fit = problem.folds!.problems[0]!.fit(1e-3, 0.5, { tol: 1e-10 });
    const err = (coef: number[]) => {
      let s = 0;
      for (let r = 0; r < test.m; r++) {
        let pred = fit.intercept;
        for (let j = 0; j < test.p; j++) pred += test.X[r * test.p + j]! * coef[j]!;
        s += (test.y[r]! - pred) ** 2;
      }
      return s / test.m;
    };
    expect(test.matrix).toBeDefined();
    expect(Math.abs(full - err(fit.coef))).toBeLessThanOrEqual(1e-12 * full);
    expect(Math.abs(full - err([...fit.coef.slice(0, -1), 0]))).toBeGreaterThan(1e-6 * full);
  });
});
