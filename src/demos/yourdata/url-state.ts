/**
 * The settings that the "your own data" URL may hold (never data): the model, ρ and
 * standardizing, read by the kit's value rule (kit/params.ts). A value that had to change is
 * reported in a visible message with the kit's URL strings. Pure (no DOM).
 */
import type { ModelKind } from './model';
import { type Problem, readState } from '../kit/params';
import { describeUrlProblems } from '../kit/text';

export const URL_ID = 'yourdata';
export const MODELS: readonly ModelKind[] = ['lasso', 'ridge', 'enet'];

/** ρ's slider in the markup (YourDataTool.astro) has the same range and step. */
export const URL_SPECS = {
  model: { kind: 'enum', values: MODELS, default: 'lasso' },
  rho: { kind: 'number', min: 0.05, max: 0.95, step: 0.05, default: 0.5 },
  std: { kind: 'boolean', default: true },
} as const;

export interface UrlSettings {
  model: ModelKind;
  rho: number;
  standardize: boolean;
  /** One sentence per value that was not used as given; empty when all were. */
  message: string;
  problems: Problem[];
}

/** `used(p)` writes the value in use as the control shows it (the model's radio label, say). */
export function readSettings(search: string, strings: Record<string, string>, used?: (p: Problem) => string): UrlSettings {
  const { state, problems } = readState(URL_ID, search, URL_SPECS);
  return {
    model: state.model as ModelKind,
    rho: state.rho,
    standardize: state.std,
    message: describeUrlProblems(problems, strings, used),
    problems,
  };
}
