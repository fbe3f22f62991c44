/**
 * The coefficient-paths demo's computation: Lasso, Ridge or Elastic Net on the diabetes data,
 * with or without standardization. Pure (no DOM): used at build time for the no-JS table and
 * in the browser for the live chart.
 */
import { cvElasticNet, elasticNetPath, fitElasticNet, fitRidge, loadDiabetes, standardize } from '../../lib';
import type { ParamSpec } from '../kit/params';

export const MODELS = ['lasso', 'ridge', 'enet'] as const;
export type Model = (typeof MODELS)[number];

export const PATHS_SPECS = {
  model: { kind: 'enum', values: MODELS, default: 'lasso' },
  rho: { kind: 'number', min: 0.05, max: 0.95, default: 0.5 },
  lambda: { kind: 'number', min: 1e-4, max: 1e5, default: 1 },
  x: { kind: 'enum', values: ['lambda', 'l1'], default: 'lambda' },
  std: { kind: 'boolean', default: true },
} satisfies Record<string, ParamSpec>;

export interface PathsSettings {
  model: Model;
  /** Elastic Net's l1 ratio ρ (Lasso is 1, Ridge 0). */
  rho: number;
  /** Standardize the columns before fitting. */
  std: boolean;
}

export interface PathCurve {
  /** Increasing λ grid. */
  lambdas: number[];
  /** coefs[k][j]: coefficient j at lambdas[k], as the effect of one standard deviation of feature j. */
  coefs: number[][];
  /** ‖w‖₁ of the per-SD coefficients, for the alternative x-axis. */
  l1: number[];
}

const N_POINTS = 80;
/** Ridge has no λ at which all coefficients vanish: a fixed decade range instead. */
const RIDGE_RANGE = [1e-3, 1e4] as const;

let data: { X: number[][]; Z: number[][]; y: number[]; sd: number[]; names: string[] } | undefined;
function diabetes() {
  if (!data) {
    const { X, y, featureNames } = loadDiabetes();
    const { X: Z, scales } = standardize(X);
    data = { X, Z, y, sd: scales, names: featureNames };
  }
  return data;
}

export const featureNames = (): string[] => diabetes().names;
export const l1RatioOf = (s: PathsSettings): number => (s.model === 'lasso' ? 1 : s.model === 'ridge' ? 0 : s.rho);

/** Coefficients per standard deviation of each feature, comparable with and without scaling. */
function perSd(coef: number[], std: boolean): number[] {
  const { sd } = diabetes();
  return std ? coef : coef.map((c, j) => c * sd[j]!);
}

const logGrid = (lo: number, hi: number, n: number) =>
  Array.from({ length: n }, (_, k) => 10 ** (Math.log10(lo) + ((Math.log10(hi) - Math.log10(lo)) * k) / (n - 1)));

export function computePath(s: PathsSettings): PathCurve {
  const { X, Z, y } = diabetes();
  const design = s.std ? Z : X;
  const l1Ratio = l1RatioOf(s);
  let lambdas: number[];
  let coefs: number[][];
  if (l1Ratio === 0) {
    lambdas = logGrid(RIDGE_RANGE[0], RIDGE_RANGE[1], N_POINTS);
    coefs = lambdas.map((alpha) => fitRidge(design, y, { alpha }).coef);
  } else {
    const path = elasticNetPath(design, y, { l1Ratio, nAlphas: N_POINTS, eps: 1e-4 });
    lambdas = [...path.alphas].reverse();
    coefs = [...path.coefs].reverse();
  }
  const scaled = coefs.map((c) => perSd(c, s.std));
  return { lambdas, coefs: scaled, l1: scaled.map((c) => c.reduce((a, b) => a + Math.abs(b), 0)) };
}

/** The fit at one λ, on the same per-SD scale as the path. */
export function coefAt(s: PathsSettings, lambda: number): number[] {
  const { X, Z, y } = diabetes();
  const design = s.std ? Z : X;
  const l1Ratio = l1RatioOf(s);
  const fit = l1Ratio === 0 ? fitRidge(design, y, { alpha: lambda }) : fitElasticNet(design, y, { alpha: lambda, l1Ratio, tol: 1e-6 });
  return perSd(fit.coef, s.std);
}

/** λ kept inside the path's range (clamping is silent when the model changes). */
export function clampLambda(curve: PathCurve, lambda: number): number {
  return Math.min(curve.lambdas.at(-1)!, Math.max(curve.lambdas[0]!, lambda));
}

export const countNonzero = (coef: number[]): number => coef.filter((c) => Math.abs(c) > 1e-10).length;

export interface CvCurve {
  /** Increasing, the same grid as the path. */
  lambdas: number[];
  mean: number[];
  se: number[];
  lambdaMin: number;
  lambda1se: number;
}

/**
 * 10-fold cross-validation over the path's grid (folds fixed by seed 0), with λ_min and the
 * one-standard-error λ of cv.glmnet. With "standardize" on, the columns were scaled on all 442
 * rows before the split: a small leak that the article on choosing λ discusses.
 */
export function computeCv(s: PathsSettings, curve: PathCurve): CvCurve {
  const { X, Z, y } = diabetes();
  const cv = cvElasticNet(s.std ? Z : X, y, { l1Ratio: l1RatioOf(s), alphas: curve.lambdas, nFolds: 10, seed: 0, tol: 1e-4 });
  return {
    lambdas: [...cv.alphas].reverse(),
    mean: [...cv.meanMse].reverse(),
    se: [...cv.seMse].reverse(),
    lambdaMin: cv.alphaMin,
    lambda1se: cv.alpha1se,
  };
}
