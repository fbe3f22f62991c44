/**
 * The L1-diamond-against-L2-circle problem (ESL Fig. 3.11): the demo's parameters and the
 * constrained optimum for each norm. Pure (no DOM).
 */
import { type Quad2, type Vec2, l1ConstrainedOptimum, l2ConstrainedOptimum } from '../../lib/geometry';
import { type ParamSpec, settle } from '../kit/params';

export const GEOMETRY_SPECS = {
  t: { kind: 'number', min: 0.1, max: 3, default: 1, step: 0.05 },
  c1: { kind: 'number', min: -2.8, max: 2.8, default: 2, step: 0.1 },
  c2: { kind: 'number', min: -2.8, max: 2.8, default: 0.9, step: 0.1 },
  r: { kind: 'number', min: -0.9, max: 0.9, default: 0.5, step: 0.05 },
} satisfies Record<string, ParamSpec>;

export interface GeometryState {
  t: number;
  c1: number;
  c2: number;
  /** Correlation of the two features: tilts the loss ellipses. */
  r: number;
}
export type Norm = 'l1' | 'l2';
export const NORMS: readonly Norm[] = ['l1', 'l2'];

export const quadOf = (s: GeometryState): Quad2 => ({ a: 1, b: s.r, d: 1 });

export function optimum(norm: Norm, s: GeometryState): Vec2 {
  const solve = norm === 'l1' ? l1ConstrainedOptimum : l2ConstrainedOptimum;
  return solve(quadOf(s), [s.c1, s.c2], s.t);
}

/** The unpenalised solution moved to a point (dragging): kept in range, on the sliders' grid. */
export function centreAt(s: GeometryState, [x, y]: Vec2): void {
  s.c1 = settle(GEOMETRY_SPECS.c1, x);
  s.c2 = settle(GEOMETRY_SPECS.c2, y);
}
