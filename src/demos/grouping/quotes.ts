/**
 * Numbers the prose quotes from the grouping demo (see src/demos/quotes.ts): its default settings
 * and what each model keeps there, counted as the demo's "non-zero coefficients" lines count them.
 */
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { GROUPING_SPECS, type GroupingSettings, N_FEATURES, N_SAMPLES, fitGrouping, keptPerGroup } from './model';

const DEFAULTS: GroupingSettings = defaults(GROUPING_SPECS);

let fit: ReturnType<typeof fitGrouping> | undefined;
/** Non-zero coefficients per group (A, B, C) at the defaults. */
const kept = (model: 'lasso' | 'enet'): number[] => keptPerGroup((fit ??= fitGrouping(DEFAULTS))[model]);

export const quotes: QuoteSet = {
  /** The size of the demo's data: samples and features (three groups). */
  samples: () => String(N_SAMPLES),
  features: () => String(N_FEATURES),
  /** The defaults, as the sliders write them. */
  'default.corr': () => String(DEFAULTS.corr),
  'default.lambda': () => String(DEFAULTS.lambda),
  'default.rho': () => String(DEFAULTS.rho),
  'default.seed': () => String(DEFAULTS.seed),
  /** The lasso's survivors in groups A and B, and the Elastic Net's in A and B together. */
  'lasso.keptA': () => String(kept('lasso')[0]),
  'lasso.keptB': () => String(kept('lasso')[1]),
  'enet.keptAB': () => String(kept('enet')[0]! + kept('enet')[1]!),
};
