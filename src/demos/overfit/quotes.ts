/**
 * Numbers the prose quotes from the overfitting demo (see src/demos/quotes.ts): its defaults and,
 * with the error chart against λ, the λ of the lowest test error, as the demo's table writes it.
 */
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { N_TRAIN, OVERFIT_SPECS, overfitView } from './model';
import { fmtLambda } from './render';

export const quotes: QuoteSet = {
  nTrain: () => String(N_TRAIN),
  'degree.default': () => String(OVERFIT_SPECS.degree.default),
  /** The λ the demo opens with, as the λ slider writes it ("0" for its left end, no penalty). */
  'lambda.default': () => fmtLambda(OVERFIT_SPECS.loglambda.default, '0'),
  /** Default sample and degree, errors against λ: the λ with the lowest test error. */
  'byLambda.testMinLambda': () => {
    const { sweep } = overfitView({ ...defaults(OVERFIT_SPECS), x: 'lambda' });
    const best = sweep.reduce((a, b) => (b.test < a.test ? b : a));
    return fmtLambda(best.at, '0');
  },
};
