/**
 * Numbers that the exercises of the L1 vs L2 article quote from the lasso paths demo
 * (src/demos/quotes.ts): BMI's and mean blood pressure's coefficients at λ = 1 (the default)
 * and at λ = 10, the state that the exercise's link opens. Computed by the demo's own jobs.
 */
import { formatFixed } from '../kit/format';
import { settle } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { featureNames, handlers } from './jobs';
import { formatCoef } from './render';
import { PATHS_SPECS, type PathsSettings } from './specs';

const LASSO: PathsSettings = { model: 'lasso', rho: PATHS_SPECS.rho.default, std: true };
const coefAt = (lambda: number, feature: string): number =>
  handlers.fit({ settings: LASSO, lambda: settle(PATHS_SPECS.lambda, lambda) }).coef[featureNames().indexOf(feature)]!;
/** The drop as the reader reads it off the table: the difference of the one-decimal values shown. */
const drop = (feature: string): string => formatFixed(Number(coefAt(1, feature).toFixed(1)) - Number(coefAt(10, feature).toFixed(1)), 1);

export const quotes: QuoteSet = {
  'l1VsL2.bmiAt1': () => formatCoef(coefAt(1, 'bmi')),
  'l1VsL2.bmiAt10': () => formatCoef(coefAt(10, 'bmi')),
  'l1VsL2.bmiDrop': () => drop('bmi'),
  'l1VsL2.bpAt1': () => formatCoef(coefAt(1, 'bp')),
  'l1VsL2.bpAt10': () => formatCoef(coefAt(10, 'bp')),
  'l1VsL2.bpDrop': () => drop('bp'),
};
