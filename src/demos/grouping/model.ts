/**
 * Elastic Net's grouping effect (Zou & Hastie 2005): three groups of three strongly correlated
 * features; the first two groups carry the signal. The lasso tends to keep one feature per
 * group, the Elastic Net spreads the weight over the whole group. Pure (no DOM).
 */
import { type PreparedLinear, createRng, prepareLinear, standardize } from '../../lib';
import type { ParamSpec } from '../kit/params';

export const GROUPING_SPECS = {
  corr: { kind: 'number', min: 0, max: 0.98, default: 0.98, step: 0.02 },
  lambda: { kind: 'number', min: 0.05, max: 2, default: 0.8, step: 0.05 },
  rho: { kind: 'number', min: 0.05, max: 0.95, default: 0.3, step: 0.05 },
  seed: { kind: 'number', min: 0, max: 9999, default: 1, integer: true },
} satisfies Record<string, ParamSpec>;

export interface GroupingSettings {
  corr: number;
  lambda: number;
  rho: number;
  seed: number;
}

export const GROUP_SIZE = 3;
/** The target depends on the groups' shared factors (as in Zou & Hastie's example): A and B matter, C does not. */
export const GROUP_EFFECT = [3, -2, 0];
export const N_FEATURES = 9;
export const GROUP_OF = Array.from({ length: N_FEATURES }, (_, j) => Math.floor(j / GROUP_SIZE));
export const N_SAMPLES = 60;

export function makeGroupedData(corr: number, seed: number): { X: number[][]; y: number[] } {
  const rng = createRng(seed);
  const a = Math.sqrt(corr);
  const b = Math.sqrt(1 - corr);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < N_SAMPLES; i++) {
    const z = [rng.normal(), rng.normal(), rng.normal()];
    // Each feature is a noisy reading of its group's factor; correlation within a group is `corr`.
    X.push(GROUP_OF.map((g) => a * z[g]! + b * rng.normal()));
    y.push(GROUP_EFFECT.reduce((s, e, g) => s + e * z[g]!, 0) + rng.normal());
  }
  return { X: standardize(X).X, y };
}

export interface GroupingResult {
  lasso: number[];
  enet: number[];
}

/**
 * The data set of the last (corr, seed), prepared once: the λ and ρ sliders only refit. Every fit
 * starts from 0 (warmStarts: false), so the bars of a setting never depend on the slider's
 * history, and a shared link draws exactly what its sender saw.
 */
let prepared: { key: string; problem: PreparedLinear } | undefined;

function problemFor(corr: number, seed: number): PreparedLinear {
  const key = `${corr}|${seed}`;
  if (prepared?.key !== key) {
    const { X, y } = makeGroupedData(corr, seed);
    prepared = { key, problem: prepareLinear(X, y, { tol: 1e-8, maxIter: 10000, warmStarts: false }) };
  }
  return prepared.problem;
}

export function fitGrouping(s: GroupingSettings): GroupingResult {
  const problem = problemFor(s.corr, s.seed);
  return { lasso: problem.fit(s.lambda, 1).coef, enet: problem.fit(s.lambda, s.rho).coef };
}

/** Non-zero coefficients per group, e.g. [1, 1, 0] for a lasso that kept one feature of A and B. */
export function keptPerGroup(coef: number[]): number[] {
  const kept = [0, 0, 0];
  coef.forEach((c, j) => {
    if (Math.abs(c) > 1e-10) kept[GROUP_OF[j]!]!++;
  });
  return kept;
}
