/**
 * Numbers that the exercises of the L2 regularization page quote from the geometry demo (see
 * src/demos/quotes.ts): the solutions in the demo's first state (t = 1), and with the budget
 * halved, the state that the exercise's link opens (`?geometry.t=0.5#geometry`).
 */
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { GEOMETRY_SPECS, type GeometryState, type Norm, optimum } from './model';
import { formatPoint } from './render';

const FIRST: GeometryState = defaults(GEOMETRY_SPECS);
const HALF: GeometryState = { ...FIRST, t: 0.5 };
const point = (norm: Norm, s: GeometryState) => () => formatPoint(optimum(norm, s));

export const quotes: QuoteSet = {
  'l2.firstL2': point('l2', FIRST),
  'l2.halfL2': point('l2', HALF),
  'l2.halfL1': point('l1', HALF),
};
