/**
 * Numbers the prose quotes from the augmentation demo (see src/demos/quotes.ts): mean test
 * accuracy over the demo's seeds, with and without augmentation, at the defaults (circles), on the
 * two moons, and on the moons with jitter only. Three comparisons, about 0.5 s, once per build.
 */
import { formatFixed } from '../kit/format';
import type { QuoteSet } from '../quotes';
import { AUGMENT_DEFAULTS, type AugmentResult, type AugmentSettings, N_TRAIN, SEEDS, STRENGTH, runComparison } from './model';

const STATES = {
  circles: AUGMENT_DEFAULTS,
  moons: { ...AUGMENT_DEFAULTS, data: 'moons' },
  moonsJitter: { ...AUGMENT_DEFAULTS, data: 'moons', flip: false, rotate: false },
} satisfies Record<string, AugmentSettings>;

const results = new Map<keyof typeof STATES, AugmentResult>();
/** Mean test accuracy in whole percent ("91%"). */
function accuracy(state: keyof typeof STATES, run: 'with' | 'without'): string {
  let result = results.get(state);
  if (!result) results.set(state, (result = runComparison(STATES[state])));
  return `${formatFixed(100 * result[run].mean, 0)}%`;
}

export const quotes: QuoteSet = {
  nTrain: () => String(N_TRAIN),
  'copies.default': () => String(AUGMENT_DEFAULTS.copies),
  seeds: () => String(SEEDS.length),
  /** The largest shift of a jittered point (uniform in ±jitter), as the control's label writes it. */
  jitter: () => String(STRENGTH.jitter),
  'circles.without': () => accuracy('circles', 'without'),
  'circles.with': () => accuracy('circles', 'with'),
  'moons.without': () => accuracy('moons', 'without'),
  'moons.with': () => accuracy('moons', 'with'),
  'moonsJitter.with': () => accuracy('moonsJitter', 'with'),
};
