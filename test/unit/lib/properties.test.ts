// Property tests of the linear models, written with fast-check: every property runs over
// problems drawn by fast-check arbitraries (small raw matrices with spread-out column scales,
// p > n included, and the correlated synthetic data of src/lib/synthetic.ts). Each fc.assert has
// a fixed seed, so a run is reproducible; a failure prints the shrunk counterexample.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  alphaMax,
  createRng,
  elasticNetObjective,
  cvElasticNet,
  elasticNetPath,
  fitElasticNet,
  fitLasso,
  fitLogistic,
  fitRidge,
  foldIds,
  makeCircles,
  makeCorrelatedRegression,
  makeMoons,
  makeNoisySine,
  makeSpirals,
  makeTinyShapes,
  permutation,
  trainTestSplit,
  trainValTestSplit,
  type LinearFit,
} from '../../../src/lib';
import { maxAbs } from './fixtures';

/** One seed for every fc.assert in this file (change it to explore other draws). */
const SEED = 0x5eed_2024;
const run = (numRuns: number) => ({ seed: SEED, numRuns });

// ---------------------------------------------------------------- arbitraries

interface Problem {
  X: number[][];
  y: number[];
  n: number;
  p: number;
  /** Drawn by makeCorrelatedRegression (well conditioned) rather than raw fc.double entries. */
  synthetic: boolean;
}

/** A matrix of fixed shape; entries from fc.double (never NaN), then column j times 10^e_j. */
const matrixOf = (n: number, p: number, entry: fc.Arbitrary<number>, spread: number) =>
  fc
    .record({
      rows: fc.array(fc.array(entry, { minLength: p, maxLength: p }), {
        minLength: n,
        maxLength: n,
      }),
      // About half of the matrices have columns on scales up to 10^±spread apart.
      exps: fc.oneof(
        fc.constant(new Array<number>(p).fill(0)),
        fc.array(fc.integer({ min: -spread, max: spread }), {
          minLength: p,
          maxLength: p,
        }),
      ),
    })
    .map(({ rows, exps }) => rows.map((row) => row.map((v, j) => v * 10 ** exps[j])));

/**
 * An entry for the accuracy properties: 0, or ±[10^−3, 10] from fc.double. (Subnormal and
 * 1e−300-sized entries underflow when squared, so no solver can meet relative tolerances on
 * them; the full range |x| ≤ 1e150 is exercised by the "never NaN" properties below.)
 */
const entry: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  {
    arbitrary: fc.tuple(fc.double({ min: 1e-3, max: 10, noNaN: true }), fc.boolean()).map(([v, negative]) => (negative ? -v : v)),
    weight: 9,
  },
);

/**
 * Small raw problems: n, p in 1..12 (so p > n about half the time), entries as above, columns
 * and y on scales 10^−3 … 10^3 (so column norms can be 10^12 apart).
 */
const smallProblem: fc.Arbitrary<Problem> = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    p: fc.integer({ min: 1, max: 12 }),
  })
  .chain(({ n, p }) =>
    fc.record({
      X: matrixOf(n, p, entry, 3),
      y: fc.array(entry, { minLength: n, maxLength: n }),
      yExp: fc.integer({ min: -3, max: 3 }),
    }),
  )
  .map(({ X, y, yExp }) => ({
    X,
    y: y.map((v) => v * 10 ** yExp),
    n: X.length,
    p: X[0].length,
    synthetic: false,
  }));

/** The correlated synthetic data (shapes 3×1 … 60×80, p > n about a third of the time). */
const syntheticProblem: fc.Arbitrary<Problem> = fc
  .record({
    n: fc.integer({ min: 3, max: 60 }),
    p: fc.integer({ min: 1, max: 80 }),
    group: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    correlation: fc.double({ min: 0, max: 0.95, noNaN: true }),
    informative: fc.double({ min: 0, max: 1, noNaN: true }),
    noise: fc.double({ min: 0.1, max: 1.1, noNaN: true }),
    seed: fc.nat({ max: 0xffffffff }),
    shift: fc.boolean(),
  })
  .map(({ n, p, group, correlation, informative, noise, seed, shift }) => {
    const d = makeCorrelatedRegression({
      nSamples: n,
      nFeatures: p,
      groupSize: 1 + Math.floor(group * Math.min(p, 6)),
      correlation,
      nInformative: Math.round(informative * Math.min(p, 8)),
      noise,
      seed,
      shift,
    });
    return { X: d.X, y: d.y, n, p, synthetic: true };
  });

/** Mostly small raw matrices; a quarter of the draws are the larger synthetic problems. */
const problem: fc.Arbitrary<Problem> = fc.oneof({ arbitrary: smallProblem, weight: 3 }, { arbitrary: syntheticProblem, weight: 1 });

// ---------------------------------------------------------------- helpers

const EPS = Number.EPSILON;
const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;

/** ‖y − ȳ‖²/n (or ‖y‖²/n without intercept): the solver's gap bound is tol times this. */
function yScale(y: readonly number[], fitIntercept: boolean): number {
  const m = fitIntercept ? mean(y) : 0;
  return y.reduce((s, v) => s + (v - m) ** 2, 0) / y.length;
}

interface Kkt {
  /** x̃_jᵀr/n with x̃_j centred when there is an intercept (the data term's −gradient). */
  corr: number[];
  /** ‖x̃_j‖²/n: the curvature of the data term along coordinate j. */
  curv: number[];
  /** A bound on the rounding error of corr[j] (a few ulps of Σ|x_ij|·|terms of r_i| / n). */
  round: number[];
  /** Mean residual, and a bound on its rounding error. */
  meanResidual: number;
  roundResidual: number;
}

function kktParts(X: number[][], y: number[], fit: LinearFit, fitIntercept: boolean): Kkt {
  const n = X.length;
  const p = X[0].length;
  const r = y.map((v, i) => v - fit.intercept - X[i].reduce((s, x, j) => s + x * fit.coef[j], 0));
  // |y_i| + |b| + Σ_j |x_ij w_j|: the size of the terms that were summed into r_i.
  const size = y.map((v, i) => Math.abs(v) + Math.abs(fit.intercept) + X[i].reduce((s, x, j) => s + Math.abs(x * fit.coef[j]), 0));
  const corr: number[] = [];
  const curv: number[] = [];
  const round: number[] = [];
  for (let j = 0; j < p; j++) {
    const m = fitIntercept ? X.reduce((s, row) => s + row[j], 0) / n : 0;
    let c = 0;
    let q = 0;
    let e = 0;
    for (let i = 0; i < n; i++) {
      const xc = X[i][j] - m;
      c += xc * r[i];
      q += xc * xc;
      e += (Math.abs(X[i][j]) + Math.abs(m)) * size[i];
    }
    corr.push(c / n);
    curv.push(q / n);
    round.push((64 * (n + p) * EPS * e) / n);
  }
  return {
    corr,
    curv,
    round,
    meanResidual: mean(r),
    roundResidual: 64 * (n + p) * EPS * Math.max(...size),
  };
}

/**
 * KKT conditions of (1/2n)‖y − Xw − b‖² + αρ‖w‖₁ + α(1−ρ)/2‖w‖² at `fit`, within what the
 * solver's stopping rule guarantees. The solver stops when the duality gap G ≤ tol·‖y − ȳ‖²/n,
 * so F(w) − F* ≤ G. Along coordinate j the objective is a quadratic of curvature
 * a_j = ‖x̃_j‖²/n + α(1−ρ) plus αρ|w_j|, so the coordinate step t_j that minimises it satisfies
 * a_j·t_j²/2 ≤ G, i.e. |t_j| ≤ √(2G/a_j): (i) w is a fixed point of the coordinate update within
 * that. (ii) The subgradient condition g_j = x̃_jᵀr/n − α(1−ρ)w_j ∈ αρ·∂|w_j| holds within
 * √(2·a_j·G) (plus rounding): |g_j − αρ·sign w_j| for w_j ≠ 0, |g_j| ≤ αρ for w_j = 0.
 * (iii) With an intercept the mean residual is zero up to rounding (b = ȳ − x̄ᵀw exactly).
 */
function expectKkt(
  X: number[][],
  y: number[],
  fit: LinearFit,
  o: {
    alpha: number;
    l1Ratio: number;
    fitIntercept: boolean;
    tol: number;
    maxIter: number;
  },
  mustConverge: boolean,
): void {
  const { alpha, l1Ratio, fitIntercept, tol, maxIter } = o;
  const ys = yScale(y, fitIntercept);
  if (mustConverge) expect(fit.converged).toBe(true);
  // Converged means gap ≤ tol·‖y − ȳ‖²/n; the only other way out is running out of sweeps.
  if (fit.converged) expect(fit.dualGap).toBeLessThanOrEqual(tol * ys);
  else expect(fit.nIter).toBe(maxIter);
  // G bounds F(w) − F* whether or not the fit converged (plus the rounding of computing it).
  const G = Math.max(fit.dualGap, 0) + 64 * (X.length + X[0].length) * EPS * ys;
  const k = kktParts(X, y, fit, fitIntercept);
  const l1 = alpha * l1Ratio;
  const l2 = alpha * (1 - l1Ratio);
  fit.coef.forEach((w, j) => {
    const a = k.curv[j] + l2;
    const g = k.corr[j] - l2 * w; // must lie in αρ·∂|w_j|
    const eps = 2 * Math.sqrt(2 * a * G) + k.round[j] + 2 * EPS * l1;
    if (w !== 0) expect(Math.abs(g - l1 * Math.sign(w))).toBeLessThanOrEqual(eps);
    else expect(Math.abs(g)).toBeLessThanOrEqual(l1 + eps);
    if (a > 0) {
      // (i): the exact coordinate minimiser from w_j (soft-thresholding), within √(2G/a_j).
      const z = a * w + g; // = x̃_jᵀ(r + x̃_j w_j)/n
      const target = (Math.sign(z) * Math.max(Math.abs(z) - l1, 0)) / a;
      const slack = (2 * Math.sqrt(2 * a * G) + k.round[j] + 4 * EPS * (Math.abs(z) + l1)) / a;
      expect(Math.abs(target - w)).toBeLessThanOrEqual(slack);
    }
  });
  if (fitIntercept) expect(Math.abs(k.meanResidual)).toBeLessThanOrEqual(k.roundResidual);
}

/** max_j ‖x̃_j‖²/n, the largest curvature of the data term (x̃ centred with an intercept). */
function dataScale(X: number[][], fitIntercept: boolean): number {
  const zero = {
    coef: new Array<number>(X[0].length).fill(0),
    intercept: 0,
  } as LinearFit;
  return Math.max(
    ...kktParts(
      X,
      X.map(() => 0),
      zero,
      fitIntercept,
    ).curv,
  );
}

/** Every number in a nested structure, for the "never NaN" property. */
function numbersIn(v: unknown, out: number[] = []): number[] {
  if (typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => numbersIn(x, out));
  else if (v !== null && typeof v === 'object') Object.values(v).forEach((x) => numbersIn(x, out));
  return out;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------- KKT

describe('KKT conditions at the returned solution (fast-check)', () => {
  test('Elastic Net, lasso and ridge-by-CD fits satisfy the subgradient conditions', () => {
    fc.assert(
      fc.property(
        problem,
        fc.constantFrom(0, 1, 'mixed' as const),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
        fc.boolean(),
        ({ X, y, synthetic }, kind, mixed, u, fitIntercept, viaLasso) => {
          const l1Ratio = kind === 'mixed' ? mixed : kind;
          const aMax = alphaMax(X, y, {
            l1Ratio: Math.max(l1Ratio, 1e-3),
            fitIntercept,
          });
          const s = dataScale(X, fitIntercept);
          // A penalty between αmax and 10^−2.5·αmax; for ridge, between s and 10^−2.5·s with
          // s = max_j ‖x̃_j‖²/n (αmax says nothing about ridge's conditioning); any positive
          // value when Xᵀy = 0 (then w = 0 is optimal).
          const alpha = l1Ratio === 0 && s > 0 ? s * 10 ** (-2.5 * u) : aMax > 0 ? aMax * 10 ** (-2.5 * u) : 10 ** (4 * u - 2);
          // Synthetic data must converge at tol 1e−12. Raw draws can have nearly collinear
          // columns (fc.double favours its bounds; with n = 2 all centred columns are collinear),
          // where coordinate descent legitimately crawls: there the check uses the gap reached.
          const tol = synthetic ? 1e-12 : 1e-10;
          const maxIter = synthetic ? 100_000 : 5_000;
          const opts = { alpha, fitIntercept, tol, maxIter };
          const fit = l1Ratio === 1 && viaLasso ? fitLasso(X, y, opts) : fitElasticNet(X, y, { ...opts, l1Ratio });
          expectKkt(X, y, fit, { ...opts, l1Ratio }, synthetic);
          if (aMax === 0) expect(fit.coef.every((w) => w === 0)).toBe(true);
        },
      ),
      run(200),
    );
  });
});

// ---------------------------------------------------------------- monotone norms

describe('norms are monotone in alpha (fast-check)', () => {
  test('ridge: ‖w‖₂ does not increase with alpha', () => {
    fc.assert(
      fc.property(problem, fc.boolean(), ({ X, y }, fitIntercept) => {
        // 25 penalties from 100·s down to 0.0024·s, s = max_j ‖x̃_j‖²/n (the data's own scale).
        const s = dataScale(X, fitIntercept);
        fc.pre(s > 0);
        const alphas = Array.from({ length: 25 }, (_, i) => s * 10 ** (2 - i / 4));
        const path = elasticNetPath(X, y, { l1Ratio: 0, alphas, fitIntercept });
        const norms = path.coefs.map((w) => Math.hypot(...w));
        for (let i = 1; i < norms.length; i++) expect(norms[i]).toBeGreaterThanOrEqual(norms[i - 1] * (1 - 1e-12));
        // Strictly larger at the small end unless Xᵀy = 0 (then w = 0 for every alpha).
        if (norms.some((v) => v > 0)) expect(norms[norms.length - 1]).toBeGreaterThan(norms[0]);
      }),
      run(200),
    );
  });

  test('lasso: ‖w‖₁ does not increase with alpha along the path', () => {
    // For α_a < α_b with gaps G_a, G_b, optimality gives (α_b − α_a)(‖w_b‖₁ − ‖w_a‖₁) ≤ G_a + G_b:
    // that, not a guess, is the tolerance.
    fc.assert(
      fc.property(problem, fc.boolean(), ({ X, y, n, p, synthetic }, fitIntercept) => {
        const tol = synthetic ? 1e-12 : 1e-10;
        const maxIter = synthetic ? 100_000 : 2_000;
        const path = elasticNetPath(X, y, {
          l1Ratio: 1,
          nAlphas: 30,
          eps: 1e-2,
          tol,
          maxIter,
          fitIntercept,
        });
        // Well-conditioned synthetic data must converge; raw draws may stop at maxIter, and then
        // their reported gap (a valid bound all the same) is used.
        if (synthetic) expect(path.converged.every(Boolean)).toBe(true);
        path.converged.forEach((c, i) => c || expect(path.nIters[i]).toBe(maxIter));
        if (alphaMax(X, y, { l1Ratio: 1, fitIntercept }) <= 1e-15) {
          // Xᵀy = 0: scikit-learn's grid is then 1e−15 throughout, and w = 0 everywhere.
          expect(path.alphas.every((a) => a === 1e-15)).toBe(true);
          expect(path.coefs.flat().every((w) => w === 0)).toBe(true);
          return;
        }
        const ys = yScale(y, fitIntercept);
        path.dualGaps.forEach((g, i) => path.converged[i] && expect(g).toBeLessThanOrEqual(tol * ys));
        const G = path.dualGaps.map((g) => Math.max(g, 0) + 64 * (n + p) * EPS * ys);
        const norms = path.coefs.map((w) => w.reduce((s, v) => s + Math.abs(v), 0));
        for (let i = 1; i < norms.length; i++) {
          const slack = (G[i - 1] + G[i]) / (path.alphas[i - 1] - path.alphas[i]) + 1e-13 * norms[i];
          expect(norms[i]).toBeGreaterThanOrEqual(norms[i - 1] - slack);
        }
      }),
      run(100),
    );
  });
});

// ---------------------------------------------------------------- the path

describe('the path (fast-check)', () => {
  test('is all zeros at αmax, with intercept ȳ, and not all zeros just below it', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 0.05, max: 1, noNaN: true }), ({ X, y }, l1Ratio) => {
        const aMax = alphaMax(X, y, { l1Ratio });
        const path = elasticNetPath(X, y, { l1Ratio, nAlphas: 5 });
        // (Below numpy's resolution 1e−15 the grid is 1e−15 throughout, as in scikit-learn.)
        const top = aMax > 1e-15 ? aMax : 1e-15;
        expect(Math.abs(path.alphas[0] - top)).toBeLessThanOrEqual(1e-12 * top);
        expect(path.coefs[0].every((w) => w === 0)).toBe(true);
        expect(Math.abs(path.intercepts[0] - mean(y))).toBeLessThanOrEqual(Math.min(5e-11, 1e-13 * (1 + maxAbs(y))) + 4 * EPS * maxAbs(y));
        if (aMax > 1e-15) {
          const below = fitElasticNet(X, y, { alpha: 0.99 * aMax, l1Ratio });
          expect(below.coef.some((w) => w !== 0)).toBe(true);
        }
      }),
      run(200),
    );
  });

  test('equals independent fits at each alpha (warm starts change nothing)', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 0.05, max: 1, noNaN: true }), ({ X, y, n, p, synthetic }, l1Ratio) => {
        const o = {
          l1Ratio,
          tol: synthetic ? 1e-12 : 1e-10,
          maxIter: synthetic ? 100_000 : 5_000,
        };
        const path = elasticNetPath(X, y, { ...o, nAlphas: 8, eps: 1e-2 });
        const scale = Math.max(...path.coefs.map(maxAbs), 1e-300);
        const ys = yScale(y, true);
        path.alphas.forEach((alpha, i) => {
          const fit = fitElasticNet(X, y, { ...o, alpha });
          // Both are ε-optimal for the same problem: objectives agree within the two gaps.
          const F = (c: number[], b: number) => elasticNetObjective(X, y, c, b, alpha, l1Ratio);
          const gaps = Math.max(fit.dualGap, 0) + Math.max(path.dualGaps[i], 0);
          const fPath = F(path.coefs[i], path.intercepts[i]);
          expect(Math.abs(F(fit.coef, fit.intercept) - fPath)).toBeLessThanOrEqual(gaps + 64 * (n + p) * EPS * (ys + Math.abs(fPath)));
          // On well-conditioned data the coefficients themselves agree (as before).
          if (synthetic) fit.coef.forEach((w, j) => expect(Math.abs(w - path.coefs[i][j])).toBeLessThan(1e-6 * scale));
        });
      }),
      run(40),
    );
  });

  test('grid: decreasing, log-spaced from αmax to eps·αmax', () => {
    fc.assert(
      fc.property(
        problem,
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 2, max: 40 }),
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        ({ X, y }, l1Ratio, nAlphas, eps) => {
          const aMax = alphaMax(X, y, { l1Ratio });
          fc.pre(aMax > 1e-15);
          const path = elasticNetPath(X, y, {
            l1Ratio,
            nAlphas,
            eps,
            maxIter: 50,
          });
          expect(path.alphas).toHaveLength(nAlphas);
          expect(path.coefs).toHaveLength(nAlphas);
          expect(Math.abs(path.alphas[0] / aMax - 1)).toBeLessThan(1e-12);
          expect(Math.abs(path.alphas[nAlphas - 1] / aMax / eps - 1)).toBeLessThan(1e-12);
          const ratio = eps ** (1 / (nAlphas - 1));
          for (let i = 1; i < nAlphas; i++) {
            expect(path.alphas[i]).toBeLessThan(path.alphas[i - 1]);
            expect(Math.abs(path.alphas[i] / path.alphas[i - 1] / ratio - 1)).toBeLessThan(1e-12);
          }
        },
      ),
      run(60),
    );
  });

  test('a given grid is sorted into decreasing order', () => {
    fc.assert(
      fc.property(
        problem,
        fc.uniqueArray(fc.double({ min: 1e-4, max: 1e3, noNaN: true }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ X, y }, alphas, l1Ratio) => {
          const path = elasticNetPath(X, y, { l1Ratio, alphas, maxIter: 50 });
          expect(path.alphas).toEqual([...alphas].sort((a, b) => b - a));
          expect(path.coefs).toHaveLength(alphas.length);
          expect(path.intercepts).toHaveLength(alphas.length);
        },
      ),
      run(100),
    );
  });

  test('l1Ratio 0 without a grid: glmnet default αmax = max|Xᵀy|/(n·0.001), exact ridge fits', () => {
    fc.assert(
      fc.property(problem, fc.integer({ min: 2, max: 8 }), ({ X, y }, nAlphas) => {
        const aMax = alphaMax(X, y, { l1Ratio: 1e-3 });
        // The grid ends at 10^−3·αmax; keep it at least 10^−6 of the data's scale, where the
        // closed form is well posed (below, fitRidge may rightly call the system singular).
        fc.pre(aMax > 1e-15 && 1e-3 * aMax >= 1e-6 * dataScale(X, true));
        const path = elasticNetPath(X, y, { l1Ratio: 0, nAlphas });
        expect(Math.abs(path.alphas[0] / aMax - 1)).toBeLessThan(1e-12);
        path.alphas.forEach((alpha, i) => {
          const fit = fitRidge(X, y, { alpha });
          const scale = Math.max(maxAbs(fit.coef), 1e-300);
          fit.coef.forEach((w, j) => expect(Math.abs(w - path.coefs[i][j])).toBeLessThanOrEqual(1e-10 * scale));
          expect(path.nIters[i]).toBe(1);
        });
      }),
      run(100),
    );
  });
});

// ---------------------------------------------------------------- ridge

describe('ridge (fast-check)', () => {
  test('closed form agrees with coordinate descent', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 0.05, max: 1.05, noNaN: true }), ({ X, y }, u) => {
        // alpha relative to the data's scale, so that both solvers see a well-posed problem.
        const s = Math.max(dataScale(X, true), 1e-300);
        const alpha = u * s;
        const exact = fitRidge(X, y, { alpha });
        const tol = 1e-14;
        const cd = fitElasticNet(X, y, {
          alpha,
          l1Ratio: 0,
          tol,
          maxIter: 100_000,
        });
        expect(cd.converged).toBe(true);
        const scale = Math.max(maxAbs(exact.coef), 1e-300);
        exact.coef.forEach((w, j) => expect(Math.abs(w - cd.coef[j])).toBeLessThan(1e-6 * scale));
        expectKkt(X, y, cd, { alpha, l1Ratio: 0, fitIntercept: true, tol, maxIter: 100_000 }, true);
      }),
      run(100),
    );
  });

  test('satisfies (XcᵀXc + nα·I) w = Xcᵀyc', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: -3, max: 1, noNaN: true }), ({ X, y }, e) => {
        const s = dataScale(X, true);
        fc.pre(s > 0);
        const alpha = s * 10 ** e;
        const fit = fitRidge(X, y, { alpha });
        const k = kktParts(X, y, fit, true); // corr = Xcᵀr/n
        // Relative to the size of the terms (condition number ≤ 1 + 10³ here).
        k.corr.forEach((c, j) =>
          expect(Math.abs(c - alpha * fit.coef[j])).toBeLessThanOrEqual(1e-8 * (maxAbs(k.corr) + alpha * maxAbs(fit.coef)) + 1e3 * k.round[j]),
        );
        expect(Math.abs(k.meanResidual)).toBeLessThanOrEqual(k.roundResidual);
      }),
      run(200),
    );
  });
});

// ---------------------------------------------------------------- iteration bound

describe('iteration bound (fast-check)', () => {
  test('nIter never exceeds maxIter and a starved solve says so', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 0xffffffff }),
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        (seed, maxIter, correlation) => {
          const d = makeCorrelatedRegression({
            nSamples: 30,
            nFeatures: 100,
            correlation,
            seed,
          });
          const fit = fitElasticNet(d.X, d.y, {
            alpha: 1e-3,
            l1Ratio: 1,
            tol: 1e-12,
            maxIter,
          });
          expect(fit.nIter).toBeLessThanOrEqual(maxIter);
          expect(fit.converged).toBe(false);
          expect(fit.coef.every(Number.isFinite)).toBe(true);
          expect(fit.dualGap).toBeGreaterThan(0);
        },
      ),
      run(40),
    );
  });

  test('nIter ≤ maxIter always; a converged fit has a duality gap below tol·‖y − ȳ‖²/n', () => {
    fc.assert(
      fc.property(
        problem,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -3, max: 0, noNaN: true }),
        fc.integer({ min: -10, max: -2 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.boolean(),
        ({ X, y }, l1Ratio, e, logTol, maxIter, fitIntercept) => {
          const aMax = alphaMax(X, y, {
            l1Ratio: Math.max(l1Ratio, 1e-3),
            fitIntercept,
          });
          const alpha = Math.max(aMax, 1e-3) * 10 ** e;
          const tol = 10 ** logTol;
          const fit = fitElasticNet(X, y, {
            alpha,
            l1Ratio,
            tol,
            maxIter,
            fitIntercept,
          });
          expect(fit.nIter).toBeGreaterThanOrEqual(0);
          expect(fit.nIter).toBeLessThanOrEqual(maxIter);
          const bound = tol * yScale(y, fitIntercept);
          if (fit.converged) {
            expect(fit.dualGap).toBeLessThanOrEqual(bound);
            // Never meaningfully negative: at most rounding of the terms, ‖y‖²/n in size.
            const round = 64 * (X.length + X[0].length) * EPS * yScale(y, fitIntercept);
            expect(fit.dualGap).toBeGreaterThanOrEqual(-round);
          }
        },
      ),
      run(200),
    );
  });
});

// ---------------------------------------------------------------- seeded generators

describe('seeded data generators are deterministic (fast-check)', () => {
  const seed = fc.nat({ max: 0xffffffff });

  test('createRng: the same seed gives the same stream, whatever is drawn', () => {
    fc.assert(
      fc.property(
        seed,
        fc.array(fc.constantFrom('uniform', 'normal', 'int', 'raw'), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 1000 }),
        (s, ops, m) => {
          const draw = () => {
            const r = createRng(s);
            return ops.map((op) => (op === 'uniform' ? r.uniform() : op === 'normal' ? r.normal() : op === 'int' ? r.int(m) : r.nextUint32()));
          };
          const a = draw();
          createRng((s + 1) % 2 ** 32).uniform(); // another generator in between changes nothing
          expect(draw()).toEqual(a);
          a.forEach((v) => expect(Number.isFinite(v)).toBe(true));
        },
      ),
      run(200),
    );
  });

  test('createRng: different seeds give different streams', () => {
    fc.assert(
      fc.property(seed, seed, (s, t) => {
        fc.pre(s !== t);
        const first = (k: number) => {
          const r = createRng(k);
          return [r.nextUint32(), r.nextUint32(), r.nextUint32(), r.nextUint32()];
        };
        expect(first(s)).not.toEqual(first(t));
      }),
      run(200),
    );
  });

  test('makeCorrelatedRegression: same options, same data; another seed, other data', () => {
    fc.assert(
      fc.property(
        fc.record({
          nSamples: fc.integer({ min: 1, max: 20 }),
          nFeatures: fc.integer({ min: 1, max: 30 }),
          correlation: fc.double({ min: 0, max: 0.99, noNaN: true }),
          noise: fc.double({ min: 0, max: 3, noNaN: true }),
          seed,
          shift: fc.boolean(),
        }),
        seed,
        (o, other) => {
          const a = makeCorrelatedRegression(o);
          expect(makeCorrelatedRegression({ ...o })).toEqual(a);
          expect(a.X).toHaveLength(o.nSamples);
          expect(a.X.every((row) => row.length === o.nFeatures)).toBe(true);
          if (other !== o.seed) expect(makeCorrelatedRegression({ ...o, seed: other }).X).not.toEqual(a.X);
        },
      ),
      run(100),
    );
  });

  test('2-D classification sets, noisy sine and tiny shapes: same options, same data', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 2, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (s, nSamples, noise) => {
        const o = { seed: s, nSamples, noise };
        expect(makeMoons(o)).toEqual(makeMoons({ ...o }));
        expect(makeCircles({ ...o, factor: 0.3 })).toEqual(makeCircles({ ...o, factor: 0.3 }));
        expect(makeSpirals(o)).toEqual(makeSpirals({ ...o }));
        expect(makeNoisySine(o)).toEqual(makeNoisySine({ ...o }));
        const shapes = {
          seed: s,
          nSamples: Math.min(nSamples, 12),
          noise,
          size: 8,
        };
        expect(makeTinyShapes(shapes)).toEqual(makeTinyShapes({ ...shapes }));
      }),
      run(60),
    );
  });

  test('permutation, foldIds and the splits: same seed, same result', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 2, max: 50 }), (s, n) => {
        const perm = permutation(n, s);
        expect(permutation(n, s)).toEqual(perm);
        expect([...perm].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        const k = 2 + (s % (n - 1));
        expect(foldIds(n, k, s)).toEqual(foldIds(n, k, s));
        const X = Array.from({ length: n }, (_, i) => [i, 2 * i]);
        const y = X.map((row) => row[0]);
        expect(trainTestSplit(X, y, { seed: s, testFraction: 0.3 })).toEqual(trainTestSplit(X, y, { seed: s, testFraction: 0.3 }));
        if (n >= 3)
          expect(trainValTestSplit(X, y, { seed: s, validation: 0.2, test: 0.2 })).toEqual(trainValTestSplit(X, y, { seed: s, validation: 0.2, test: 0.2 }));
      }),
      run(200),
    );
  });
});

// ---------------------------------------------------------------- never NaN

describe('finite inputs within range never produce NaN (fast-check)', () => {
  /** Any finite double with |x| ≤ 1e150: the extremes, subnormals, ±0, and moderate values. */
  const inRange = fc.oneof(
    fc.double({ min: -1e150, max: 1e150, noNaN: true }),
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.constantFrom(0, -0, 1e150, -1e150, 5e-324, -5e-324, 1e-300, 1e100),
  );
  const wideProblem: fc.Arbitrary<Problem> = fc
    .record({
      n: fc.integer({ min: 1, max: 12 }),
      p: fc.integer({ min: 1, max: 12 }),
    })
    .chain(({ n, p }) =>
      fc.record({
        X: fc.array(fc.array(inRange, { minLength: p, maxLength: p }), {
          minLength: n,
          maxLength: n,
        }),
        y: fc.array(inRange, { minLength: n, maxLength: n }),
      }),
    )
    .map(({ X, y }) => ({
      X,
      y,
      n: X.length,
      p: X[0].length,
      synthetic: false,
    }));
  const alphaArb = fc.oneof(fc.double({ min: 0, max: 1e150, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }));

  /** Returns normally with no NaN and finite coef/intercept, or throws a RangeError. */
  function finiteOrRangeError(call: () => unknown, finite: (r: never) => number[]): void {
    let result: unknown;
    try {
      result = call();
    } catch (e) {
      expect(e).toBeInstanceOf(RangeError);
      expect((e as Error).message).not.toMatch(/^\s*$/);
      return;
    }
    expect(numbersIn(result).some(Number.isNaN)).toBe(false);
    expect(finite(result as never).every(Number.isFinite)).toBe(true);
  }
  const coefAndIntercept = (f: { coef: number[]; intercept: number }) => [...f.coef, f.intercept];

  test('fitElasticNet, fitLasso, fitRidge, fitLogistic', () => {
    fc.assert(
      fc.property(
        wideProblem,
        alphaArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 1, max: 300 }),
        ({ X, y }, alpha, l1Ratio, fitIntercept, maxIter) => {
          const o = { alpha, fitIntercept, maxIter };
          finiteOrRangeError(() => fitElasticNet(X, y, { ...o, l1Ratio }), coefAndIntercept);
          finiteOrRangeError(() => fitLasso(X, y, o), coefAndIntercept);
          finiteOrRangeError(() => fitRidge(X, y, { alpha, fitIntercept }), coefAndIntercept);
          const labels = y.map((v) => (v > 0 ? 1 : 0));
          finiteOrRangeError(
            () =>
              fitLogistic(X, labels, {
                ...o,
                l1Ratio,
                maxIter: Math.min(maxIter, 30),
              }),
            coefAndIntercept,
          );
        },
      ),
      run(100),
    );
  });

  test('alphaMax, elasticNetPath', () => {
    fc.assert(
      fc.property(
        wideProblem,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        ({ X, y }, l1Ratio, fitIntercept, nAlphas) => {
          // αmax = max|Xᵀy|/(nρ) may overflow to +Infinity as ρ → 0 (SPEC: infinite at ρ = 0), so
          // only "not NaN" here; ρ = 0 itself is the known NaN below.
          finiteOrRangeError(
            () =>
              alphaMax(X, y, {
                l1Ratio: l1Ratio === 0 ? 1e-3 : l1Ratio,
                fitIntercept,
              }),
            () => [],
          );
          const o = { l1Ratio, fitIntercept, nAlphas, maxIter: 100 };
          finiteOrRangeError(
            () => elasticNetPath(X, y, o),
            (r: { coefs: number[][]; intercepts: number[] }) => [...r.coefs.flat(), ...r.intercepts],
          );
        },
      ),
      run(100),
    );
  });

  // Found by fast-check: ρ = 0 with Xᵀy = 0 used to give 0/0 = NaN; αmax is now 0 there.
  test('alphaMax with l1Ratio 0 never returns NaN', () => {
    fc.assert(
      fc.property(wideProblem, fc.boolean(), ({ X, y }, fitIntercept) => {
        let a: number;
        try {
          a = alphaMax(X, y, { l1Ratio: 0, fitIntercept });
        } catch (e) {
          expect(e).toBeInstanceOf(RangeError);
          return;
        }
        expect(Number.isNaN(a)).toBe(false);
      }),
      run(100),
    );
  });

  // Found by fast-check (seed 42, shrunk): a held-out fold's squared error can overflow for
  // entries ≤ 1e150. cvElasticNet now throws a RangeError instead of returning NaN.
  test("cvElasticNet never returns NaN, even when a fold's error overflows", () => {
    const X = [[-402224.23566077556], [0], [0], [0], [0.000024861135770667354], [0], [0], [0]];
    const y = [0, 0, 0, 0, 0, -1e150, 1e150, 0];
    let r: unknown;
    try {
      r = cvElasticNet(X, y, {
        l1Ratio: 0,
        nAlphas: 1,
        maxIter: 100,
        nFolds: 2,
      });
    } catch (e) {
      expect(e).toBeInstanceOf(RangeError);
      return;
    }
    expect(numbersIn(r).some(Number.isNaN)).toBe(false);
  });
});

// ---------------------------------------------------------------- malformed input

describe('malformed inputs always throw a RangeError naming the problem (fast-check)', () => {
  type Call = (X: unknown, y: unknown, o: { alpha?: number; l1Ratio?: number }) => unknown;
  const ok = { alpha: 0.1, l1Ratio: 0.5 };
  /** The public entry points, each given alpha and l1Ratio where it takes them. */
  const fitters: Record<string, Call> = {
    fitElasticNet: (X, y, o) => fitElasticNet(X as number[][], y as number[], { ...ok, ...o }),
    fitLasso: (X, y, o) => fitLasso(X as number[][], y as number[], { alpha: o.alpha ?? 0.1 }),
    fitRidge: (X, y, o) => fitRidge(X as number[][], y as number[], { alpha: o.alpha ?? 0.1 }),
    elasticNetPath: (X, y, o) =>
      elasticNetPath(X as number[][], y as number[], {
        l1Ratio: o.l1Ratio ?? 0.5,
        ...(o.alpha === undefined ? { nAlphas: 3 } : { alphas: [1, o.alpha] }),
      }),
    alphaMax: (X, y, o) => alphaMax(X as number[][], y as number[], { l1Ratio: o.l1Ratio ?? 1 }),
  };
  const withAlpha = ['fitElasticNet', 'fitLasso', 'fitRidge', 'elasticNetPath'];
  const withL1Ratio = ['fitElasticNet', 'elasticNetPath', 'alphaMax'];

  interface Case {
    X: unknown;
    y: unknown;
    o: { alpha?: number; l1Ratio?: number };
    message: RegExp;
    only?: string[];
  }

  const badValue = fc.oneof(
    fc.constantFrom(NaN, Infinity, -Infinity),
    fc
      .tuple(
        fc.double({
          min: 1e150,
          max: Number.MAX_VALUE,
          minExcluded: true,
          noNaN: true,
        }),
        fc.boolean(),
      )
      .map(([v, neg]) => (neg ? -v : v)),
  );
  const problemFor = (v: number): string => (Number.isNaN(v) ? 'is NaN' : !Number.isFinite(v) ? `is ${v}, expected a finite number` : `= ${v} is out of range`);

  /** A valid small problem and exactly one thing wrong with it. */
  const badCase: fc.Arbitrary<Case> = smallProblem.chain(({ X, y, n, p }) =>
    fc.oneof(
      fc.constant<Case>({ X: [], y: [], o: {}, message: /X is empty/ }),
      fc.constant<Case>({
        X: X.map(() => []),
        y,
        o: {},
        message: /X has no columns/,
      }),
      // Ragged: row i (not the first) gets another length.
      ...(n >= 2
        ? [
            fc
              .tuple(fc.integer({ min: 1, max: n - 1 }), fc.integer({ min: 0, max: p + 3 }))
              .filter(([, len]) => len !== p)
              .map(([i, len]): Case => {
                const Xr = X.map((row) => [...row]);
                Xr[i] = Array.from({ length: len }, (_, j) => X[i][j % p]);
                return {
                  X: Xr,
                  y,
                  o: {},
                  message: new RegExp(`X row ${i} has ${len} columns, expected ${p}`),
                };
              }),
          ]
        : []),
      // Length mismatch.
      fc
        .integer({ min: 0, max: n + 3 })
        .filter((m) => m !== n)
        .map((m): Case => ({
          X,
          y: Array.from({ length: m }, (_, i) => y[i % n]),
          o: {},
          message: new RegExp(`y has ${m} entries but X has ${n} rows`),
        })),
      // NaN, ±Infinity or |x| > 1e150 somewhere in X.
      fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: p - 1 }), badValue).map(([i, j, v]): Case => {
        const Xb = X.map((row) => [...row]);
        Xb[i][j] = v;
        return {
          X: Xb,
          y,
          o: {},
          message: new RegExp(escapeRe(`X[${i}][${j}] ${problemFor(v)}`)),
        };
      }),
      // … or in y.
      fc.tuple(fc.integer({ min: 0, max: n - 1 }), badValue).map(([i, v]): Case => {
        const yb = [...y];
        yb[i] = v;
        return {
          X,
          y: yb,
          o: {},
          message: new RegExp(escapeRe(`y[${i}] ${problemFor(v)}`)),
        };
      }),
      // α < 0 (an explicit grid for the path).
      fc
        .double({
          max: -Number.MIN_VALUE,
          noNaN: true,
          noDefaultInfinity: true,
        })
        .map((alpha): Case => ({
          X,
          y,
          o: { alpha },
          message: new RegExp(`alpha(s\\[1\\])? must be (in \\[0, 1e\\+150\\]|>= 0), got ${escapeRe(String(alpha))}`),
          only: withAlpha,
        })),
      // ρ outside [0, 1].
      fc
        .oneof(
          fc.double({
            max: -Number.MIN_VALUE,
            noNaN: true,
            noDefaultInfinity: true,
          }),
          fc.double({
            min: 1,
            minExcluded: true,
            noNaN: true,
            noDefaultInfinity: true,
          }),
        )
        .map((l1Ratio): Case => ({
          X,
          y,
          o: { l1Ratio },
          message: new RegExp(`l1Ratio must be in \\[0, 1\\], got ${escapeRe(String(l1Ratio))}`),
          only: withL1Ratio,
        })),
    ),
  );

  test('ragged/empty X, length mismatch, NaN/Infinity, |x| > 1e150, α < 0, ρ ∉ [0, 1]', () => {
    fc.assert(
      fc.property(badCase, (c) => {
        for (const [name, fit] of Object.entries(fitters)) {
          if (c.only && !c.only.includes(name)) continue;
          let thrown: unknown;
          try {
            fit(c.X, c.y, c.o);
          } catch (e) {
            thrown = e;
          }
          expect(thrown, name).toBeInstanceOf(RangeError);
          expect((thrown as Error).message, name).toMatch(c.message);
        }
      }),
      run(300),
    );
  });
});
