/**
 * The L1-diamond-against-L2-circle picture as an SVG string and the sentence under it: the
 * same functions draw the build-time figure and every live update. Pure (no DOM).
 */
import { type Quad2, type Vec2, lossEllipse, quadLoss } from '../../lib/geometry';
import { formatFixed } from '../kit/format';
import { fill } from '../kit/text';
import { type GeometryState, type Norm, optimum, quadOf } from './model';

const SIZE = 240;
const RANGE = 3;
const toPx = (v: number) => ((v + RANGE) / (2 * RANGE)) * SIZE;
const toPy = (v: number) => SIZE - toPx(v);
/** Pixel (in the SVG's viewBox) → coordinate, for dragging. */
export const fromPx = (px: number, py: number): Vec2 => [(px / SIZE) * 2 * RANGE - RANGE, ((SIZE - py) / SIZE) * 2 * RANGE - RANGE];

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
  const g = (v: number) => (v === 0 ? '0' : formatFixed(v, 2));
  return `(${g(w[0])}, ${g(w[1])})`;
}

/** "L1 solution w = (1.00, 0); w₂ is exactly 0". */
export function resultText(norm: Norm, s: GeometryState, t: Record<string, string>): string {
  const w = optimum(norm, s);
  const zeros = [0, 1].filter((i) => w[i] === 0).map((i) => `w${i === 0 ? '₁' : '₂'}`);
  const point = fill(t['demo.geometry.result']!, { norm: norm.toUpperCase(), point: formatPoint(w) });
  return point + (zeros.length ? fill(t['demo.geometry.zero']!, { coord: zeros.join(', ') }) : t['demo.geometry.noZero']!);
}

/** The value a slider shows (and its `aria-valuetext`). */
export const formatParam = (v: number): string => formatFixed(v, 2);
