/** SVG figures, status text and table rows of the augmentation demo. Pure; shared by build and browser. */
import { type AugmentResult, type AugmentSettings, GRID, SEEDS, type Viewport, augmentedSet, trainingSet, viewportOf } from './model';
import { fill } from '../kit/text';

export type AugmentStrings = Record<string, string>;
const f = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '0');
export const pct = (a: number) => (100 * a).toFixed(1);
export const meanSd = (m: number, sd: number) => `${pct(m)} ± ${pct(sd)}`;

const W = 320;
const H = 300;
const PAD = 8;

function scales(v: Viewport) {
  // Same scale on both axes, centred in the box.
  const k = Math.min((W - 2 * PAD) / (v.x[1] - v.x[0]), (H - 2 * PAD) / (v.y[1] - v.y[0]));
  const ox = (W - k * (v.x[1] - v.x[0])) / 2;
  const oy = (H - k * (v.y[1] - v.y[0])) / 2;
  return { sx: (x: number) => ox + (x - v.x[0]) * k, sy: (y: number) => oy + (v.y[1] - y) * k, ox, oy, k };
}

/** The 0.5 level of p (GRID × GRID, row-major, top row first) by marching squares, as one path. */
export function boundaryPath(p: readonly number[], v: Viewport): string {
  if (p.length !== GRID * GRID) return '';
  const { sx, sy } = scales(v);
  const X = (c: number) => sx(v.x[0] + ((v.x[1] - v.x[0]) * c) / (GRID - 1));
  const Y = (r: number) => sy(v.y[1] - ((v.y[1] - v.y[0]) * r) / (GRID - 1));
  const segs: string[] = [];
  const at = (r: number, c: number) => p[r * GRID + c]! - 0.5;
  for (let r = 0; r < GRID - 1; r++) {
    for (let c = 0; c < GRID - 1; c++) {
      const a = at(r, c), b = at(r, c + 1), d = at(r + 1, c), e = at(r + 1, c + 1); // prettier-ignore
      const pts: [number, number][] = [];
      const cross = (u: number, w: number, p1: [number, number], p2: [number, number]) => {
        if (u < 0 !== w < 0) {
          const t = u / (u - w);
          pts.push([p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1])]);
        }
      };
      cross(a, b, [X(c), Y(r)], [X(c + 1), Y(r)]);
      cross(b, e, [X(c + 1), Y(r)], [X(c + 1), Y(r + 1)]);
      cross(e, d, [X(c + 1), Y(r + 1)], [X(c), Y(r + 1)]);
      cross(d, a, [X(c), Y(r + 1)], [X(c), Y(r)]);
      for (let k = 0; k + 1 < pts.length; k += 2) {
        segs.push(`M${f(pts[k]![0])} ${f(pts[k]![1])}L${f(pts[k + 1]![0])} ${f(pts[k + 1]![1])}`);
      }
    }
  }
  return segs.join('');
}

/** Training points (filled), augmented copies (small crosses, lighter) and the boundary. */
export function pointsSvg(
  s: AugmentSettings,
  train: { X: number[][]; y: number[] },
  aug: { X: number[][]; y: number[] },
  boundary: readonly number[] | null,
  title: string,
): string {
  const v = viewportOf(s);
  const { sx, sy, ox, oy, k } = scales(v);
  const n = train.X.length;
  const copies = aug.X.slice(n)
    .map((q, i) => {
      const x = sx(q[0]!), y = sy(q[1]!); // prettier-ignore
      if (x < 0 || x > W || y < 0 || y > H) return '';
      return `<path class="aug c${aug.y[n + i]}" d="M${f(x - 3)} ${f(y - 3)}l6 6m0 -6l-6 6"/>`;
    })
    .join('');
  const originals = train.X.map((q, i) => `<circle class="orig c${train.y[i]}" cx="${f(sx(q[0]!))}" cy="${f(sy(q[1]!))}" r="4.5"/>`).join('');
  const path = boundary ? boundaryPath(boundary, v) : '';
  return [
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}">`,
    `<rect class="frame" x="${f(ox)}" y="${f(oy)}" width="${f(k * (v.x[1] - v.x[0]))}" height="${f(k * (v.y[1] - v.y[0]))}"/>`,
    path ? `<path class="boundary" fill="none" d="${path}"/>` : '',
    copies,
    originals,
    '</svg>',
  ].join('');
}

/** Dot plot of test accuracy per seed, without and with augmentation, with mean ± sd bars. */
export function accuracySvg(r: AugmentResult, t: AugmentStrings): string {
  const w = 300, h = 220, left = 48, right = 12, top = 10, bottom = 34; // prettier-ignore
  const all = [...r.without.accuracies, ...r.with.accuracies];
  const lo = Math.max(0, Math.floor(Math.min(...all, r.without.mean - r.without.sd, r.with.mean - r.with.sd) * 20) / 20);
  const hi = Math.min(1, Math.ceil(Math.max(...all, r.without.mean + r.without.sd, r.with.mean + r.with.sd) * 20) / 20);
  const top1 = hi > lo ? hi : lo + 0.05;
  const sy = (a: number) => top + (1 - (a - lo) / (top1 - lo)) * (h - top - bottom);
  const ticks: number[] = [];
  const step = top1 - lo > 0.3 ? 0.1 : 0.05;
  for (let a = Math.ceil(lo / step - 1e-9) * step; a <= top1 + 1e-9; a += step) ticks.push(a);
  const grid = ticks
    .map(
      (a) =>
        `<line class="grid" x1="${left}" x2="${w - right}" y1="${f(sy(a))}" y2="${f(sy(a))}"/><text class="tick" x="${left - 4}" y="${f(sy(a) + 3)}" text-anchor="end">${Math.round(a * 100)}%</text>`,
    )
    .join('');
  const groups = [
    { s: r.without, cls: 'without', label: t['demo.augment.without']!, x: left + (w - left - right) * 0.3 },
    { s: r.with, cls: 'with', label: t['demo.augment.with']!, x: left + (w - left - right) * 0.72 },
  ];
  const body = groups
    .map((g) => {
      const n = g.s.accuracies.length;
      const dots = g.s.accuracies
        .map((a, i) => `<circle class="seed ${g.cls}" cx="${f(g.x - 24 + (48 * i) / Math.max(1, n - 1))}" cy="${f(sy(a))}" r="4"/>`)
        .join('');
      const m = sy(g.s.mean);
      return [
        `<line class="sd ${g.cls}" x1="${f(g.x)}" x2="${f(g.x)}" y1="${f(sy(g.s.mean + g.s.sd))}" y2="${f(sy(g.s.mean - g.s.sd))}"/>`,
        `<line class="mean ${g.cls}" x1="${f(g.x - 34)}" x2="${f(g.x + 34)}" y1="${f(m)}" y2="${f(m)}"/>`,
        dots,
        `<text class="tick" x="${f(g.x)}" y="${h - bottom + 14}" text-anchor="middle">${g.label}</text>`,
      ].join('');
    })
    .join('');
  return [
    `<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="${t['demo.augment.accTitle']}">`,
    `<rect class="frame" x="${left}" y="${top}" width="${w - left - right}" height="${h - top - bottom}"/>`,
    grid,
    body,
    `<text class="axis-title" transform="translate(11 ${(top + h - bottom) / 2}) rotate(-90)" text-anchor="middle">${t['demo.augment.accAxis']}</text>`,
    '</svg>',
  ].join('');
}

export function statusText(r: AugmentResult, t: AugmentStrings): string {
  return fill(t['demo.augment.status']!, {
    without: meanSd(r.without.mean, r.without.sd),
    with: meanSd(r.with.mean, r.with.sd),
    n: r.with.accuracies.length,
  });
}

/** Rows: seed, without, with; then the mean ± sd row. */
export function tableRows(r: AugmentResult, seeds: readonly number[], t: AugmentStrings): string[][] {
  return [
    ...seeds.map((seed, i) => [String(seed), pct(r.without.accuracies[i]!), pct(r.with.accuracies[i]!)]),
    [t['demo.augment.meanSd']!, meanSd(r.without.mean, r.without.sd), meanSd(r.with.mean, r.with.sd)],
  ];
}

export function countText(s: AugmentSettings, n: number, t: AugmentStrings): string {
  return fill(t['demo.augment.count']!, { n, m: n * s.copies, copies: s.copies });
}

/** The points figure (seed 0's data and copies, the boundary once trained) and its count line. */
export function pointsView(s: AugmentSettings, boundary: readonly number[] | null, t: AugmentStrings) {
  const train = trainingSet(s, SEEDS[0]!);
  const aug = augmentedSet(s, train, SEEDS[0]!);
  return { svg: pointsSvg(s, train, aug, boundary, t['demo.augment.pointsTitle']!), count: countText(s, train.X.length, t) };
}
