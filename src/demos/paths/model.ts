/**
 * The coefficient-paths demo's computation: Lasso, Ridge or Elastic Net on the diabetes data,
 * with or without standardization. Each design is prepared once (prepareLinear): a path fills
 * the warm starts, so that the fit at a slider's λ costs about one sweep. Pure (no DOM); only
 * jobs.ts calls it, in the worker (or on the page) and at build time for the no-JS tables.
 */
import { type PreparedLinear, loadDiabetes, logspace, prepareLinear, standardize } from '../../lib';
import { CV_FOLDS, type CvCurve, type PathCurve, type PathsSettings, l1Norm, l1RatioOf } from './specs';

/** The data as the fits use it: standardised once, with the columns' scales, and both designs prepared. */
export interface Diabetes {
  X: number[][];
  Z: number[][];
  y: number[];
  sd: number[];
  names: string[];
  /** The problem on the raw columns and on the standardised ones. */
  raw: PreparedLinear;
  std: PreparedLinear;
}

export function prepareDiabetes(): Diabetes {
  const { X, y, featureNames } = loadDiabetes();
  const { X: Z, scales } = standardize(X);
  return { X, Z, y, sd: scales, names: featureNames, raw: prepareLinear(X, y), std: prepareLinear(Z, y) };
}

const problemOf = (d: Diabetes, s: PathsSettings): PreparedLinear => (s.std ? d.std : d.raw);

const N_POINTS = 80;
/** Ridge has no λ at which all coefficients vanish: a fixed decade range instead. */
const RIDGE_RANGE = [1e-3, 1e4] as const;

/** Coefficients per standard deviation of each feature, comparable with and without scaling. */
const perSd = (d: Diabetes, coef: number[], std: boolean): number[] => (std ? coef : coef.map((c, j) => c * d.sd[j]!));

export function computePath(d: Diabetes, s: PathsSettings): PathCurve {
  const problem = problemOf(d, s);
  const l1Ratio = l1RatioOf(s);
  let lambdas: number[];
  let coefs: number[][];
  if (l1Ratio === 0) {
    lambdas = logspace(Math.log10(RIDGE_RANGE[0]), Math.log10(RIDGE_RANGE[1]), N_POINTS);
    coefs = lambdas.map((alpha) => problem.ridge(alpha).coef);
  } else {
    const path = problem.path({ l1Ratio, nAlphas: N_POINTS, eps: 1e-4 });
    lambdas = [...path.alphas].reverse();
    coefs = [...path.coefs].reverse();
  }
  const scaled = coefs.map((c) => perSd(d, c, s.std));
  return { lambdas, coefs: scaled, l1: scaled.map(l1Norm) };
}

/**
 * The fit at one λ, on the same per-SD scale as the path. Called after computePath for the same
 * settings, it starts from the path's solutions around λ, so its answer depends on λ alone.
 */
export function coefAt(d: Diabetes, s: PathsSettings, lambda: number): number[] {
  const problem = problemOf(d, s);
  const l1Ratio = l1RatioOf(s);
  const fit = l1Ratio === 0 ? problem.ridge(lambda) : problem.fit(lambda, l1Ratio, { tol: 1e-8 });
  return perSd(d, fit.coef, s.std);
}

/** λ kept inside the path's range (clamping is silent when the model changes). */
export function clampLambda(curve: PathCurve, lambda: number): number {
  return Math.min(curve.lambdas.at(-1)!, Math.max(curve.lambdas[0]!, lambda));
}

/**
 * K-fold cross-validation (K = CV_FOLDS) over the path's grid (folds fixed by seed 0), with λ_min and the
 * one-standard-error λ of cv.glmnet. With "standardize" on, the columns were scaled on all 442
 * rows before the split: a small leak that the article on choosing λ discusses.
 */
export function computeCv(d: Diabetes, s: PathsSettings, curve: PathCurve): CvCurve {
  const cv = problemOf(d, s).cv({ l1Ratio: l1RatioOf(s), alphas: curve.lambdas, nFolds: CV_FOLDS, seed: 0, tol: 1e-4 });
  return {
    lambdas: [...cv.alphas].reverse(),
    mean: [...cv.meanMse].reverse(),
    se: [...cv.seMse].reverse(),
    lambdaMin: cv.alphaMin,
    lambda1se: cv.alpha1se,
  };
}
