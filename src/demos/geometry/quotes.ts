/**
 * Numbers the prose quotes from the L1/L2 geometry demo (see src/demos/quotes.ts): the solutions
 * as the demo writes them under each panel, at its defaults and at the states the pages describe,
 * and the budgets on the t slider's grid where the L1 solution changes its kind.
 */
import { formatNumber } from '../kit/format';
import { defaults, settle } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { GEOMETRY_SPECS, type GeometryState, type Norm, optimum } from './model';
import { formatParam, formatPoint } from './render';

const DEFAULTS: GeometryState = defaults(GEOMETRY_SPECS);
/** "Set the correlation to 0.9", then swap the white dot's coordinates. */
const CORRELATED: GeometryState = { ...DEFAULTS, r: 0.9 };
const SWAPPED: GeometryState = { ...CORRELATED, c1: DEFAULTS.c2, c2: DEFAULTS.c1 };

const at = (norm: Norm, s: GeometryState): string => formatPoint(optimum(norm, s));

/** Every budget the t slider can take, smallest first. */
function budgets(): number[] {
  const spec = GEOMETRY_SPECS.t;
  const out: number[] = [];
  for (let k = 0; ; k++) {
    const t = settle(spec, spec.min + k * spec.step);
    if (out.length > 0 && t <= out.at(-1)!) return out;
    out.push(t);
  }
}

export const quotes: QuoteSet = {
  /** The budget and the correlation the demo opens with, as the sliders write them. */
  't.default': () => formatParam(DEFAULTS.t),
  'r.default': () => formatParam(DEFAULTS.r),
  'l1.default': () => at('l1', DEFAULTS),
  'l2.default': () => at('l2', DEFAULTS),
  /** The largest budget, from the default up, at which the L1 solution stays on the corner (w₂ = 0). */
  'l1.cornerUntil': () => {
    const corner = budgets().filter((t) => t >= DEFAULTS.t);
    const last = corner.findIndex((t) => optimum('l1', { ...DEFAULTS, t })[1] !== 0) - 1;
    if (last < 0) throw new Error('geometry quotes: the L1 solution is not on a corner at the default budget');
    return formatNumber(corner[last]!);
  },
  /** The smallest budget at which the unpenalized solution lies inside the diamond (and is the answer). */
  'l1.insideFrom': () => {
    const t = budgets().find((b) => {
      const w = optimum('l1', { ...DEFAULTS, t: b });
      return w[0] === DEFAULTS.c1 && w[1] === DEFAULTS.c2;
    });
    if (t === undefined) throw new Error('geometry quotes: the white dot never lies inside the diamond');
    return formatNumber(t);
  },
  /** The white dot at its default and with its coordinates swapped, as the sliders write them. */
  'whiteDot.default': () => formatPoint([DEFAULTS.c1, DEFAULTS.c2]),
  'whiteDot.swapped': () => formatPoint([SWAPPED.c1, SWAPPED.c2]),
  /** Correlation 0.9: both solutions for the default white dot and for the swapped one. */
  'correlated.l1.default': () => at('l1', CORRELATED),
  'correlated.l1.swapped': () => at('l1', SWAPPED),
  'correlated.l2.default': () => at('l2', CORRELATED),
  'correlated.l2.swapped': () => at('l2', SWAPPED),
};
