/**
 * The paths demo's params, result types and the small helpers that the page and the jobs share.
 * No computation library here: the view imports this module without the fits and the data.
 */
import { niceTicks } from '../kit/format';
import { type ParamSpec, toSlider } from '../kit/params';

export const MODELS = ['lasso', 'ridge', 'enet'] as const;
export type Model = (typeof MODELS)[number];

export const PATHS_SPECS = {
  model: { kind: 'enum', values: MODELS, default: 'lasso' },
  rho: { kind: 'number', min: 0.05, max: 0.95, default: 0.5, step: 0.05 },
  /** The one statement of λ's range; the slider moves in log₁₀ λ, 0.2 a step (45 steps; λ = 1 on the grid). */
  lambda: { kind: 'number', min: 1e-4, max: 1e5, default: 1, scale: 'log', step: 0.2 },
  x: { kind: 'enum', values: ['lambda', 'l1'], default: 'lambda' },
  std: { kind: 'boolean', default: true },
} satisfies Record<string, ParamSpec>;

/** The folds of the cross-validation chart (fixed by seed 0). */
export const CV_FOLDS = 10;

/** Where λ sits on the charts' horizontal axis (log₁₀ λ): the slider's own scale. */
export const lambdaAxis = (lambda: number): number => toSlider(PATHS_SPECS.lambda, lambda);

/** The λ axis of both charts (path and CV) for a λ grid: one range, so that their λ markers line up. */
export const lambdaDomain = (lambdas: readonly number[]): [number, number] => [lambdaAxis(lambdas[0]!), lambdaAxis(lambdas.at(-1)!)];

/** The ticks of that axis: whole powers of ten (log₁₀ λ = −2, −1, 0, …), the same on both charts. */
export const lambdaTicks = (domain: [number, number]): number[] => niceTicks(domain[0], domain[1], 5).filter((v) => Number.isInteger(v));

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

export interface CvCurve {
  /** Increasing, the same grid as the path. */
  lambdas: number[];
  mean: number[];
  se: number[];
  lambdaMin: number;
  lambda1se: number;
}

export const l1RatioOf = (s: PathsSettings): number => (s.model === 'lasso' ? 1 : s.model === 'ridge' ? 0 : s.rho);
export const settingsKey = (s: PathsSettings): string => `${s.model}|${l1RatioOf(s)}|${s.std}`;

export const l1Norm = (coef: readonly number[]): number => coef.reduce((a, b) => a + Math.abs(b), 0);
export const countNonzero = (coef: readonly number[]): number => coef.filter((c) => Math.abs(c) > 1e-10).length;
