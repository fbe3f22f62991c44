/**
 * Numbers that the exercises of the overview article quote from the overfitting demo
 * (src/demos/quotes.ts): the status line's training and test errors at the states that the
 * exercises' links open (degree 15 at λ = 0 and at λ = 0.01) and at a few neighbours, on the
 * default sample. `deg9…` is the demo's first state, the default degree (9; the values follow the
 * default, which the article quotes as `overfit.degree.default`).
 */
import type { QuoteSet } from '../quotes';
import { OVERFIT_SPECS, overfitView } from './model';
import { fmtError } from './render';

const views = new Map<string, ReturnType<typeof overfitView>>();
function view(degree: number, loglambda: number) {
  const key = `${degree}|${loglambda}`;
  let v = views.get(key);
  if (!v) views.set(key, (v = overfitView({ degree, loglambda, x: OVERFIT_SPECS.x.default, seed: OVERFIT_SPECS.seed.default })));
  return v;
}
/** log₁₀ λ = −10 is the slider's left end, λ = 0. */
const NONE = OVERFIT_SPECS.loglambda.min;

export const quotes: QuoteSet = {
  'regOverview.noise': () => fmtError(view(15, NONE).noiseMse),
  'regOverview.deg9Train': () => fmtError(view(OVERFIT_SPECS.degree.default, NONE).trainMse),
  'regOverview.deg9Test': () => fmtError(view(OVERFIT_SPECS.degree.default, NONE).testMse),
  'regOverview.deg15Train': () => fmtError(view(15, NONE).trainMse),
  'regOverview.deg15Test': () => fmtError(view(15, NONE).testMse),
  'regOverview.deg15TrainAt001': () => fmtError(view(15, -2).trainMse),
  'regOverview.deg15TestAt001': () => fmtError(view(15, -2).testMse),
  'regOverview.deg15TrainAt10': () => fmtError(view(15, 1).trainMse),
  'regOverview.deg15TestAt10': () => fmtError(view(15, 1).testMse),
};
