/**
 * Numbers that the exercises of the stability selection page quote from its demo (see
 * src/demos/quotes.ts): the stable set and the bound at π_thr = 0.6 (`?stability.threshold=0.6`),
 * q, the bound and the stable set when Λ reaches down to λ = 0.1 (`?stability.lambda=0.1`), and the
 * threshold that would bring the bound down to 1 at the demo's first q.
 */
import type { Lang } from '../../i18n';
import { formatNumber } from '../kit/format';
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { selectionNow } from './jobs';
import { fmtBound, fmtFreq, fmtQ, fmtThreshold, nameList, summarize } from './render';
import { LOOKALIKE, N_FEATURES, STABILITY_SPECS } from './specs';
import { strings } from './strings';

const DEFAULTS = defaults(STABILITY_SPECS);
/** The settings of the exercises' links, each on the slider's grid (the tests check it). */
export const LOW_THRESHOLD = 0.6;
export const WIDE_LAMBDA = 0.1;
const at = (s: Partial<typeof DEFAULTS>) => summarize(selectionNow(DEFAULTS), { ...DEFAULTS, ...s });

export const quotes: QuoteSet = {
  'ex.stableLow': (lang: Lang) => nameList(at({ threshold: LOW_THRESHOLD }).stable, strings[lang]),
  'ex.boundLow': () => fmtBound(at({ threshold: LOW_THRESHOLD }).bound),
  'ex.qWide': () => fmtQ(at({ lambda: WIDE_LAMBDA }).q),
  'ex.boundWide': () => fmtBound(at({ lambda: WIDE_LAMBDA }).bound),
  'ex.stableWide': (lang: Lang) => nameList(at({ lambda: WIDE_LAMBDA }).stable, strings[lang]),
  'ex.lookWide': () => fmtFreq(at({ lambda: WIDE_LAMBDA }).max[LOOKALIKE]!),
  'ex.noiseWide': () => fmtFreq(Math.max(...at({ lambda: WIDE_LAMBDA }).max.slice(LOOKALIKE + 1))),
  /** q²/p at the first state, and the π_thr at which the bound q²/((2π_thr − 1)p) is 1: (1 + q²/p)/2. */
  'ex.q2OverP': () => formatNumber(at({}).q ** 2 / N_FEATURES, 2),
  'ex.piForOne': () => fmtThreshold((1 + at({}).q ** 2 / N_FEATURES) / 2),
};
