/**
 * The L1-diamond-against-L2-circle picture as an SVG string: the same function draws the
 * build-time figure and every live update. Pure (no DOM).
 */
import { type Quad2, type Vec2, l1ConstrainedOptimum, l2ConstrainedOptimum, lossEllipse, quadLoss } from '../../lib/geometry';
import type { ParamSpec } from '../kit/params';

export const GEOMETRY_SPECS = {
  t: { kind: 'number', min: 0.1, max: 3, default: 1 },
  c1: { kind: 'number', min: -2.8, max: 2.8, default: 2 },
  c2: { kind: 'number', min: -2.8, max: 2.8, default: 0.9 },
  r: { kind: 'number', min: -0.9, max: 0.9, default: 0.5 },
} satisfies Record<string, ParamSpec>;

export interface GeometryState {
  t: number;
  c1: number;
  c2: number;
  /** Correlation of the two features: tilts the loss ellipses. */
  r: number;
}
export type Norm = 'l1' | 'l2';

const SIZE = 240;
const RANGE = 3;
export const toPx = (v: number) => ((v + RANGE) / (2 * RANGE)) * SIZE;
const toPy = (v: number) => SIZE - toPx(v);
/** Pixel → coordinate, for dragging. */
export const fromPx = (px: number, py: number): Vec2 => [(px / SIZE) * 2 * RANGE - RANGE, ((SIZE - py) / SIZE) * 2 * RANGE - RANGE];

export const quadOf = (s: GeometryState): Quad2 => ({ a: 1, b: s.r, d: 1 });

export function optimum(norm: Norm, s: GeometryState): Vec2 {
  const solve = norm === 'l1' ? l1ConstrainedOptimum : l2ConstrainedOptimum;
  return solve(quadOf(s), [s.c1, s.c2], s.t);
}

const f = (v: number) => v.toFixed(2);

function ellipse(A: Quad2, c: Vec2, level: number, cls: string): string {
  if (level <= 0) return '';
  const { rx, ry, angle } = lossEllipse(A, level);
  const scale = SIZE / (2 * RANGE);
  const deg = (-angle * 180) / Math.PI;
  return `<ellipse class="${cls}" cx="${f(toPx(c[0]))}" cy="${f(toPy(c[1]))}" rx="${f(rx * scale)}" ry="${f(ry * scale)}" transform="rotate(${f(deg)} ${f(toPx(c[0]))} ${f(toPy(c[1]))})"/>`;
}

/** The panel for one norm; `title` is its visible heading. */
export function geometrySvg(norm: Norm, s: GeometryState, title: string): string {
  const A = quadOf(s);
  const c: Vec2 = [s.c1, s.c2];
  const w = optimum(norm, s);
  const touching = quadLoss(A, c, w);
  const region =
    norm === 'l1'
      ? `<polygon class="region" points="${[
          [s.t, 0],
          [0, s.t],
          [-s.t, 0],
          [0, -s.t],
        ]
          .map(([x, y]) => `${f(toPx(x!))},${f(toPy(y!))}`)
          .join(' ')}"/>`
      : `<circle class="region" cx="${f(toPx(0))}" cy="${f(toPy(0))}" r="${f((s.t * SIZE) / (2 * RANGE))}"/>`;
  const levels = [0.5, 1, 2, 3.5].map((k) => ellipse(A, c, touching * k, 'contour')).join('');
  return [
    `<svg viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${title}">`,
    `<line class="axis" x1="0" y1="${toPy(0)}" x2="${SIZE}" y2="${toPy(0)}"/><line class="axis" x1="${toPx(0)}" y1="0" x2="${toPx(0)}" y2="${SIZE}"/>`,
    `<text class="axis-label" x="${SIZE - 4}" y="${toPy(0) - 6}" text-anchor="end">w₁</text><text class="axis-label" x="${toPx(0) + 6}" y="14">w₂</text>`,
    region,
    levels,
    ellipse(A, c, touching, 'contour touching'),
    `<circle class="centre" cx="${f(toPx(c[0]))}" cy="${f(toPy(c[1]))}" r="6"/>`,
    `<circle class="optimum" cx="${f(toPx(w[0]))}" cy="${f(toPy(w[1]))}" r="6"/>`,
    '</svg>',
  ].join('');
}

/** "(1.00, 0)" with exact zeros written as 0. */
export function formatPoint(w: Vec2): string {
  const g = (v: number) => (v === 0 ? '0' : v.toFixed(2).replace('-', '−'));
  return `(${g(w[0])}, ${g(w[1])})`;
}
