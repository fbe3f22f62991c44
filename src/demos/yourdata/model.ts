/**
 * The "your own data" computation: a checked table → the path, 10-fold CV and the coefficients at
 * a chosen λ, on the original scale of the columns. Pure: the worker (jobs.ts) and tests call it.
 */
import { type CvResult, type Kernels, type PreparedLinear, createKernels, logspace, prepareLinear, unscaleCoef } from '../../lib';
import type { PreparedTable } from '../../lib/table';

export type ModelKind = 'lasso' | 'ridge' | 'enet';

/** One kernels object for this worker, made on first use: XᵀX in WebAssembly SIMD (3–5× faster on large tables). */
let kernelsOfWorker: Kernels | undefined;
export const kernels = (): Kernels => (kernelsOfWorker ??= createKernels());

/** One prepared problem per checked table: the path, the CV folds and each λ's fit share its copy, Gram matrix and warm starts. */
const problems = new WeakMap<PreparedTable, PreparedLinear>();
export function problemOf(prep: PreparedTable): PreparedLinear {
  let problem = problems.get(prep);
  if (!problem) problems.set(prep, (problem = prepareLinear(prep.X, prep.y, { tol: FIT.tol, maxIter: FIT.maxIter, kernels: kernels() })));
  return problem;
}

export interface FitSettings {
  target: string;
  features: string[];
  standardize: boolean;
  model: ModelKind;
  /** ρ for the Elastic Net (the Lasso is 1, Ridge 0). */
  rho: number;
}

/** The settings of scikit-learn's reference (test/fixtures/your-data.json): the page reproduces it. */
export const FIT = { nAlphas: 100, eps: 1e-3, nFolds: 10, seed: 0, tol: 1e-12, maxIter: 1e6 } as const;
/** Ridge has no λ where every coefficient is 0: glmnet's rule, the grid of ρ = 0.001, over six decades. */
const RIDGE_RHO = 1e-3;
const RIDGE_EPS = 1e-6;

export const l1RatioOf = (s: Pick<FitSettings, 'model' | 'rho'>): number => (s.model === 'lasso' ? 1 : s.model === 'ridge' ? 0 : s.rho);

export interface PathResult {
  /** Decreasing, as scikit-learn's. */
  alphas: number[];
  /** Coefficients as fitted (standardized scale when the features are standardized): coefs[k][j] at alphas[k]. */
  coefs: number[][];
  meanMse: number[];
  seMse: number[];
  indexMin: number;
  index1se: number;
}

export function alphaGrid(prep: PreparedTable, l1Ratio: number): number[] | undefined {
  if (l1Ratio > 0) return undefined;
  const top = problemOf(prep).alphaGrid({ l1Ratio: RIDGE_RHO, nAlphas: 2, eps: RIDGE_EPS })[0]!;
  const lo = Math.log10(top * RIDGE_EPS);
  const hi = Math.log10(top);
  return logspace(hi, lo, FIT.nAlphas);
}

export function computePath(prep: PreparedTable, l1Ratio: number): Omit<PathResult, 'meanMse' | 'seMse' | 'indexMin' | 'index1se'> {
  const path = problemOf(prep).path({ l1Ratio, nAlphas: FIT.nAlphas, eps: FIT.eps, alphas: alphaGrid(prep, l1Ratio) });
  return { alphas: path.alphas, coefs: path.coefs };
}

/** A computation in small steps (one λ, one fold): step() does one and says whether all are done. */
export interface Run<T> {
  readonly total: number;
  readonly completed: number;
  step(): boolean;
  result(): T;
}

/** 10-fold CV on the engine's folds (FIT.seed), one fold per step, so that Cancel stops it between folds. */
export const cvRun = (prep: PreparedTable, l1Ratio: number, alphas: number[]): Run<CvResult> =>
  problemOf(prep).cvSteps({ l1Ratio, alphas, nFolds: FIT.nFolds, seed: FIT.seed });

/** The fit at one λ, on the original scale of the columns. */
export function coefAt(prep: PreparedTable, l1Ratio: number, alpha: number): { coef: number[]; intercept: number } {
  const fit = problemOf(prep).fit(alpha, l1Ratio);
  return unscaleCoef(fit.coef, fit.intercept, prep.scaling);
}
