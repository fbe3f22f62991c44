/**
 * Numbers that the exercises of the overfitting page quote from its demo (see src/demos/quotes.ts):
 * the demo's first state (degree 9, no penalty, sample 1), degree 15 (`?overfit.degree=15#overfit`),
 * sample 2 (`?overfit.seed=2#overfit`), and degree 3 on both samples.
 */
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { OVERFIT_SPECS, type OverfitSettings, overfitView } from './model';
import { fmtError } from './render';

const FIRST: OverfitSettings = defaults(OVERFIT_SPECS);
const views = new Map<string, ReturnType<typeof overfitView>>();
const view = (patch: Partial<OverfitSettings>) => {
  const s = { ...FIRST, ...patch };
  const key = JSON.stringify(s);
  if (!views.has(key)) views.set(key, overfitView(s));
  return views.get(key)!;
};

export const quotes: QuoteSet = {
  'overfitting.train9': () => fmtError(view({}).trainMse),
  'overfitting.test9': () => fmtError(view({}).testMse),
  'overfitting.train15': () => fmtError(view({ degree: 15 }).trainMse),
  'overfitting.test15': () => fmtError(view({ degree: 15 }).testMse),
  'overfitting.test9seed2': () => fmtError(view({ seed: 2 }).testMse),
  'overfitting.test3': () => fmtError(view({ degree: 3 }).testMse),
  'overfitting.test3seed2': () => fmtError(view({ degree: 3, seed: 2 }).testMse),
  'overfitting.noise': () => fmtError(view({}).noiseMse),
};
