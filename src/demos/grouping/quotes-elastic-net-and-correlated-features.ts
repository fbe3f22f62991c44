/**
 * Numbers that the exercises of the Elastic Net article quote from the grouping demo
 * (src/demos/quotes.ts): how far apart the Elastic Net's three coefficients of group A are
 * (largest minus smallest of the values the demo's table shows) at the default correlation 0.98
 * and at 0.5 (the exercise's link), and the correlation bound of Zou & Hastie's Theorem 1,
 * √(2(1 − r)) / (λ(1 − ρ)) · s_y, for the demo's data, λ and ρ, taking r as the slider's value.
 */
import { formatFixed } from '../kit/format';
import type { QuoteSet } from '../quotes';
import { GROUPING_SPECS, GROUP_OF, type GroupingSettings, fitGrouping, makeGroupedData } from './model';

/**
 * The exercise works the bound's numerator out by hand at the default correlation, 0.98, against
 * 0.5 ("exactly five times"), so it is written here and checked against the demo's default.
 */
const DEFAULT_CORR = 0.98;
function atDefault(): number {
  if (GROUPING_SPECS.corr.default !== DEFAULT_CORR) {
    throw new Error(
      `the grouping demo's default correlation is now ${GROUPING_SPECS.corr.default}, not ${DEFAULT_CORR}: update the first exercise of the Elastic Net article and this file`,
    );
  }
  return DEFAULT_CORR;
}

const settings = (corr: number): GroupingSettings => ({
  corr,
  lambda: GROUPING_SPECS.lambda.default,
  rho: GROUPING_SPECS.rho.default,
  seed: GROUPING_SPECS.seed.default,
});

/** Largest minus smallest Elastic Net coefficient of a group, from the two-decimal values of the table. */
function spread(corr: number, group: number): string {
  const shown = fitGrouping(settings(corr))
    .enet.filter((_, j) => GROUP_OF[j] === group)
    .map((c) => Number(c.toFixed(2)));
  return formatFixed(Math.max(...shown) - Math.min(...shown), 2);
}

/** s_y = √(‖y − ȳ‖² / n) of the demo's sample (the fit has an intercept, so y counts centred). */
function sy(corr: number): number {
  const { y } = makeGroupedData(corr, GROUPING_SPECS.seed.default);
  const mean = y.reduce((a, b) => a + b, 0) / y.length;
  return Math.sqrt(y.reduce((a, b) => a + (b - mean) ** 2, 0) / y.length);
}

function bound(corr: number): string {
  const s = settings(corr);
  return formatFixed((Math.sqrt(2 * (1 - corr)) / (s.lambda * (1 - s.rho))) * sy(corr), 2);
}

export const quotes: QuoteSet = {
  'elasticNet.spreadA098': () => spread(atDefault(), 0),
  'elasticNet.spreadA05': () => spread(0.5, 0),
  /** The target does not depend on the correlation (the same draws make it), so one s_y serves both. */
  'elasticNet.sy': () => formatFixed(sy(GROUPING_SPECS.corr.default), 2),
  'elasticNet.bound098': () => bound(atDefault()),
  'elasticNet.bound05': () => bound(0.5),
};
