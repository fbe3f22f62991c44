/**
 * Numbers that the exercises of the data-augmentation page quote from its demo (see
 * src/demos/quotes.ts): mean test accuracies over the demo's seeds for its first state (circles,
 * jitter + flip + rotation), for the moons with the same transforms (`?augment.data=moons#augment`)
 * and for the circles with jitter alone (`?augment.flip=0&augment.rotate=0#augment`).
 */
import type { QuoteSet } from '../quotes';
import { AUGMENT_DEFAULTS, type AugmentResult, type AugmentSettings, runComparison } from './model';
import { pct } from './render';

const results = new Map<string, AugmentResult>();
const result = (patch: Partial<AugmentSettings>): AugmentResult => {
  const s = { ...AUGMENT_DEFAULTS, ...patch };
  const key = JSON.stringify(s);
  if (!results.has(key)) results.set(key, runComparison(s));
  return results.get(key)!;
};
const MOONS = { data: 'moons' };
const JITTER_ONLY = { flip: false, rotate: false };

export const quotes: QuoteSet = {
  'aug.circlesWithout': () => pct(result({}).without.mean),
  'aug.circlesWith': () => pct(result({}).with.mean),
  'aug.moonsWithout': () => pct(result(MOONS).without.mean),
  'aug.moonsWith': () => pct(result(MOONS).with.mean),
  'aug.jitterWithout': () => pct(result(JITTER_ONLY).without.mean),
  'aug.jitterWith': () => pct(result(JITTER_ONLY).with.mean),
};
