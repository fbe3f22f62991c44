/**
 * Numbers that the exercises of the L1 regularization page quote from the geometry demo (see
 * src/demos/quotes.ts): the solutions in the demo's first state, and with ŵ₂ raised to 2, the
 * state that the exercise's link opens (`?geometry.c2=2#geometry`).
 */
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { GEOMETRY_SPECS, type GeometryState, type Norm, optimum } from './model';
import { formatPoint } from './render';

const FIRST: GeometryState = defaults(GEOMETRY_SPECS);
const EQUAL: GeometryState = { ...FIRST, c2: 2 };
const point = (norm: Norm, s: GeometryState) => () => formatPoint(optimum(norm, s));

export const quotes: QuoteSet = {
  'l1.firstL1': point('l1', FIRST),
  'l1.equalL1': point('l1', EQUAL),
  'l1.equalL2': point('l2', EQUAL),
};
