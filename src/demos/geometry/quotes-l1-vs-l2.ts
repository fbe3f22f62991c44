/**
 * Numbers that the exercises of the L1 vs L2 article quote from the geometry demo
 * (src/demos/quotes.ts): the L1 and L2 solutions, as the demo writes them, at the states that
 * the exercises' links open (t = 1 and r = 0.5 are the defaults).
 */
import type { QuoteSet } from '../quotes';
import { type GeometryState, type Norm, GEOMETRY_SPECS, optimum } from './model';
import { formatPoint } from './render';

const at = (norm: Norm, c1: number, c2: number): string => {
  const s: GeometryState = { t: GEOMETRY_SPECS.t.default, c1, c2, r: GEOMETRY_SPECS.r.default };
  return formatPoint(optimum(norm, s));
};

export const quotes: QuoteSet = {
  /** ŵ = (0.6, 0.3) lies inside the diamond: both solutions are ŵ itself. */
  'l1VsL2.insideL1': () => at('l1', 0.6, 0.3),
  'l1VsL2.insideL2': () => at('l2', 0.6, 0.3),
  /** ŵ = (2, −0.5) lies on the one line along which the L2 solution is (1, 0). */
  'l1VsL2.lineL1': () => at('l1', 2, -0.5),
  'l1VsL2.lineL2': () => at('l2', 2, -0.5),
  /** One step of the ŵ₂ slider off that line. */
  'l1VsL2.offLineL1': () => at('l1', 2, -0.4),
  'l1VsL2.offLineL2': () => at('l2', 2, -0.4),
};
