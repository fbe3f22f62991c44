/**
 * Numbers that the exercises of the regularization page quote from the overfitting demo (see
 * src/demos/quotes.ts): the degree-9 fit without a penalty (the demo's first state), with
 * λ = 0.001 (`?overfit.loglambda=-3#overfit`) and with λ = 10 against λ
 * (`?overfit.loglambda=1&overfit.x=lambda#overfit`), the states that the exercises' links open.
 */
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { OVERFIT_SPECS, type OverfitSettings, overfitView } from './model';
import { fmtError, fmtLambda } from './render';
import { strings } from './strings';

const FIRST: OverfitSettings = defaults(OVERFIT_SPECS);
const views = new Map<string, ReturnType<typeof overfitView>>();
const view = (s: OverfitSettings) => {
  const key = JSON.stringify(s);
  if (!views.has(key)) views.set(key, overfitView(s));
  return views.get(key)!;
};
const SMALL: OverfitSettings = { ...FIRST, loglambda: -3 };
const LARGE: OverfitSettings = { ...FIRST, loglambda: 1, x: 'lambda' };
/** The point of the λ sweep (the error chart and table of LARGE) with the lowest test error. */
const best = () => view(LARGE).sweep.reduce((a, p) => (p.test < a.test ? p : a));

export const quotes: QuoteSet = {
  'reg.trainNone': () => fmtError(view(FIRST).trainMse),
  'reg.testNone': () => fmtError(view(FIRST).testMse),
  'reg.trainSmall': () => fmtError(view(SMALL).trainMse),
  'reg.testSmall': () => fmtError(view(SMALL).testMse),
  'reg.trainLarge': () => fmtError(view(LARGE).trainMse),
  'reg.testLarge': () => fmtError(view(LARGE).testMse),
  'reg.bestLambda': (lang) => fmtLambda(best().at, strings[lang]['demo.overfit.none']),
  'reg.bestTest': () => fmtError(best().test),
};
