/**
 * Numbers the prose of the stability selection page quotes from the stability demo, computed by
 * its own code (see src/demos/quotes.ts): the data's size, the demo's defaults, and what it shows
 * when it opens (π_thr = 0.75, Λ from λ = 0.398 up, B = 100, seed 1): the stable set, q, the bound,
 * the lookalike's highest share, and the lasso on all the data at Λ's lower end and at the λ of
 * 10-fold cross-validation. Computed once (about half a second).
 */
import type { Lang } from '../../i18n';
import { formatNumber } from '../kit/format';
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { pathOnce, selectionNow } from './jobs';
import { fmtBound, fmtFreq, fmtLambda, fmtQ, fmtThreshold, nameList, support, summarize } from './render';
import { LOOKALIKE, LOOKALIKE_CORRELATION, N_FEATURES, N_SAMPLES, STABILITY_SPECS, gridIndex, roleOf } from './specs';
import { strings } from './strings';

const DEFAULTS = defaults(STABILITY_SPECS);
const opened = () => summarize(selectionNow(DEFAULTS), DEFAULTS);
const lassoAt = (lambda: number) => support(pathOnce().coefs[gridIndex(lambda)]!);
/** How many of the features carry no signal (the lookalike and the noise). */
const withoutEffect = (features: number[]) => features.filter((j) => roleOf(j) !== 'true').length;

export const quotes: QuoteSet = {
  n: () => String(N_SAMPLES),
  p: () => String(N_FEATURES),
  corr: () => formatNumber(LOOKALIKE_CORRELATION),
  'default.threshold': () => fmtThreshold(DEFAULTS.threshold),
  'default.lambda': () => fmtLambda(DEFAULTS.lambda),
  'default.subsamples': () => String(DEFAULTS.subsamples),
  /** The stable set when the demo opens, as the demo lists it. */
  stable: (lang: Lang) => nameList(opened().stable, strings[lang]),
  q: () => fmtQ(opened().q),
  bound: () => fmtBound(opened().bound),
  lookMax: () => fmtFreq(opened().max[LOOKALIKE]!),
  /** The highest share of a pure noise feature in Λ. */
  noiseMax: () => fmtFreq(Math.max(...opened().max.slice(LOOKALIKE + 1))),
  'lasso.count': () => String(lassoAt(DEFAULTS.lambda).length),
  'lasso.noise': () => String(withoutEffect(lassoAt(DEFAULTS.lambda))),
  'cv.lambda': () => fmtLambda(pathOnce().cvLambda),
  'cv.count': () => String(lassoAt(pathOnce().cvLambda).length),
  'cv.noise': () => String(withoutEffect(lassoAt(pathOnce().cvLambda))),
};
