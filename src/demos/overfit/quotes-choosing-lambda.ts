/**
 * Numbers that the exercises of the article on choosing λ quote from the overfitting demo
 * (src/demos/quotes.ts): degree 15 against λ (the exercise's link: `overfit.degree=15`,
 * `overfit.x=lambda`, the default sample), and the best λ of the default degree (9; the keys are
 * named after it, the values follow the default, which the article quotes as
 * `overfit.degree.default`) for comparison. The errors and λ are written as the demo's table
 * writes them.
 */
import type { QuoteSet } from '../quotes';
import { OVERFIT_SPECS, overfitView } from './model';
import { fmtError, fmtLambda } from './render';

const views = new Map<number, ReturnType<typeof overfitView>>();
/** The errors against λ at one degree (the demo's table with the λ axis). */
function sweep(degree: number) {
  let view = views.get(degree);
  if (!view) views.set(degree, (view = overfitView({ degree, loglambda: OVERFIT_SPECS.loglambda.default, x: 'lambda', seed: OVERFIT_SPECS.seed.default })));
  return view;
}
const best = (degree: number) => sweep(degree).sweep.reduce((a, b) => (b.test < a.test ? b : a));
/** λ = 0 is the left end of the slider (log₁₀ λ = −10); the table writes it as a plain 0. */
const lambdaText = (loglambda: number) => fmtLambda(loglambda, '0');

export const quotes: QuoteSet = {
  'choosingLambda.deg15TrainAt0': () => fmtError(sweep(15).trainMse),
  'choosingLambda.deg15TestAt0': () => fmtError(sweep(15).testMse),
  'choosingLambda.deg15BestLambda': () => lambdaText(best(15).at),
  'choosingLambda.deg15BestTest': () => fmtError(best(15).test),
  'choosingLambda.deg9BestLambda': () => lambdaText(best(OVERFIT_SPECS.degree.default).at),
  'choosingLambda.deg9BestTest': () => fmtError(best(OVERFIT_SPECS.degree.default).test),
};
