/**
 * Numbers that the exercises of the L2 regularization page quote from the paths demo (see
 * src/demos/quotes.ts): ridge on the standardized diabetes data at λ = 1 (the page's default)
 * and at λ = 1000, the state that the exercise's link opens (`?paths.lambda=1000#paths`).
 */
import type { QuoteSet } from '../quotes';
import { featureNames, handlers } from './jobs';
import { formatCoef } from './render';
import { PATHS_SPECS, type PathsSettings, countNonzero } from './specs';

const RIDGE: PathsSettings = { model: 'ridge', rho: PATHS_SPECS.rho.default, std: PATHS_SPECS.std.default };
const coefAt = (lambda: number) => handlers.fit({ settings: RIDGE, lambda }).coef;
const bmi = (lambda: number) => formatCoef(coefAt(lambda)[featureNames().indexOf('bmi')]!);

export const quotes: QuoteSet = {
  'l2.nonZeroAt1000': () => String(countNonzero(coefAt(1000))),
  'l2.bmiAt1': () => bmi(1),
  'l2.bmiAt1000': () => bmi(1000),
};
