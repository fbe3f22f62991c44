/**
 * A small SVG line chart as a string, for demos whose figure is drawn at build time and
 * redrawn live by the same code. Pure (no DOM). Styling comes from CSS classes.
 *
 * The chart fills its box's width without a viewBox: the plot is a nested SVG whose horizontal
 * positions are percentages (lines stretch inside it with non-scaling strokes), so text keeps
 * its CSS size at any width (a scaled viewBox shrinks it) and the markup does not depend on the width.
 */
import { placeLabels } from './chart-labels';

export interface Series {
  points: [number, number][];
  className: string;
  /** Draw dots instead of a line. */
  dots?: boolean;
  /** Vertical error bars [x, low, high], drawn under the line. */
  errorBars?: [number, number, number][];
  /** The line's name, written at its end when the chart has `endLabels`. */
  label?: string | undefined;
}

export interface LineChart {
  /** Height in px; the width is the box's. */
  height: number;
  x: [number, number];
  y: [number, number];
  series: Series[];
  xTicks: { value: number; label: string }[];
  yTicks: { value: number; label: string }[];
  xLabel: string;
  yLabel: string;
  /** Vertical marker lines, each styled by its class. */
  markers?: { x: number; className: string }[];
  title: string;
  /** Name the labelled series at their first ('start') or last ('end') point, inside the plot. */
  endLabels?: 'start' | 'end' | undefined;
  /** Marks where a line leaves the plot above or below, and a sentence added to the text alternative. */
  clipped?: { above: string; below: string; note: string } | undefined;
}

/** The plot's margins in px: every chart (SVG or Chart.js) that shares an x axis uses these. */
export const PLOT_PAD = { left: 48, right: 10, top: 10, bottom: 38 };
/** Height of a line of chart text (the CSS gives it 12 px). */
export const LABEL_SIZE = 15;
const PAD = PLOT_PAD;
/** The plot's own width in the stretched layer's units. */
const UNITS = 1000;
const f = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '0');
/** A fraction of the plot's width as the percentage the markup writes (views that move a marker use it too). */
export const pct = (v: number) => `${Number.isFinite(v) ? Number((v * 100).toFixed(2)) : 0}%`;
const PLOT = `x="${PAD.left}" y="${PAD.top}" width="calc(100% - ${PAD.left + PAD.right}px)"`;

/** The `clipped` option from strings that hold the kit's chart keys (see kit/strings.ts). */
export const clipText = (t: Readonly<Record<string, string>>): LineChart['clipped'] =>
  t['chart.clippedNote'] === undefined ? undefined : { above: t['chart.clippedAbove']!, below: t['chart.clippedBelow']!, note: t['chart.clippedNote'] };

/** Where each line first leaves the plot, above or below: [x in data units, side]. */
function exits(points: [number, number][], y: [number, number]): [number, 'above' | 'below'][] {
  const found: [number, 'above' | 'below'][] = [];
  for (const side of ['above', 'below'] as const) {
    const out = (v: number) => (side === 'above' ? v > y[1] : v < y[0]);
    const edge = side === 'above' ? y[1] : y[0];
    const k = points.findIndex(([, v]) => out(v));
    if (k < 0) continue;
    const inside = k > 0 ? k - 1 : points.findIndex(([, v], i) => i > k && !out(v));
    if (inside < 0) {
      found.push([points[k]![0], side]);
      continue;
    }
    const [[x0, y0], [x1, y1]] = [points[inside]!, points[k]!];
    found.push([x0 + ((edge - y0) / (y1 - y0)) * (x1 - x0), side]);
  }
  return found;
}

export function lineChartSvg(c: LineChart): string {
  const ih = c.height - PAD.top - PAD.bottom;
  /** x as a fraction of the plot's width. */
  const fx = (v: number) => (v - c.x[0]) / (c.x[1] - c.x[0]);
  // Lines run out of the plot (the nested SVG cuts them) instead of running along its edge.
  const span = c.y[1] - c.y[0];
  const sy = (v: number) => (1 - (Math.min(c.y[1] + 10 * span, Math.max(c.y[0] - 10 * span, v)) - c.y[0]) / span) * ih;
  const lines = c.series
    .filter((s) => !s.dots)
    .map((s) => `<polyline class="${s.className}" fill="none" points="${s.points.map(([x, y]) => `${f(fx(x) * UNITS)},${f(sy(y))}`).join(' ')}"/>`)
    .join('');
  const bars = c.series
    .flatMap((s) =>
      (s.errorBars ?? []).map(
        ([x, lo, hi]) => `<line class="${s.className} error-bar" x1="${pct(fx(x))}" x2="${pct(fx(x))}" y1="${f(sy(lo))}" y2="${f(sy(hi))}"/>`,
      ),
    )
    .join('');
  const dots = c.series
    .filter((s) => s.dots)
    .flatMap((s) => s.points.map(([x, y]) => `<circle class="${s.className}" cx="${pct(fx(x))}" cy="${f(sy(y))}" r="3.5"/>`))
    .join('');
  const markers = (c.markers ?? []).map((m) => `<line class="${m.className}" x1="${pct(fx(m.x))}" x2="${pct(fx(m.x))}" y1="0" y2="${ih}"/>`).join('');
  const grid = c.yTicks.map((t) => `<line class="grid" x1="0" x2="100%" y1="${f(sy(t.value))}" y2="${f(sy(t.value))}"/>`).join('');
  const yTicks = c.yTicks.map((t) => `<text class="tick" x="${PAD.left - 4}" y="${f(PAD.top + sy(t.value) + 4)}" text-anchor="end">${t.label}</text>`).join('');
  const xTicks = c.xTicks.map((t) => `<text class="tick" x="${pct(fx(t.value))}" y="${ih + 15}" text-anchor="middle">${t.label}</text>`).join('');
  const clipMarks = c.clipped ? clipMarksSvg(c, c.clipped, fx, ih) : '';
  const label = clipMarks ? `${c.title} ${c.clipped!.note}` : c.title;
  return [
    `<svg class="line-chart" height="${c.height}" role="img" aria-label="${label}">`,
    yTicks,
    `<text class="axis-title" transform="translate(13 ${PAD.top + ih / 2}) rotate(-90)" text-anchor="middle">${c.yLabel}</text>`,
    `<svg ${PLOT} height="${ih}" overflow="visible">`,
    `<rect class="frame" width="100%" height="${ih}"/>${grid}${xTicks}`,
    `<text class="axis-title" x="50%" y="${c.height - PAD.top - 5}" text-anchor="middle">${c.xLabel}</text>`,
    '</svg>',
    `<svg class="plot-lines" ${PLOT} height="${ih}" viewBox="0 0 ${UNITS} ${ih}" preserveAspectRatio="none">${lines}</svg>`,
    `<svg ${PLOT} height="${ih}">${bars}${dots}${markers}</svg>`,
    `<svg ${PLOT} height="${ih}" overflow="visible">${endLabelsSvg(c, fx, sy, ih)}${clipMarks}</svg>`,
    '</svg>',
  ].join('');
}

/** The names of labelled lines at their ends, inside the plot, pushed apart so that none overlap. */
function endLabelsSvg(c: LineChart, fx: (v: number) => number, sy: (v: number) => number, ih: number): string {
  if (!c.endLabels) return '';
  const labelled = c.series.filter((s) => s.label && s.points.length > 0);
  const atEnd = c.endLabels === 'end';
  const wants = labelled.map((s) => sy((atEnd ? s.points.at(-1)! : s.points[0]!)[1]));
  const placed = placeLabels(wants, LABEL_SIZE, 0, ih);
  return labelled
    .map((s, i) => {
      if (placed[i] === null) return '';
      const x = pct(Math.min(1, Math.max(0, fx((atEnd ? s.points.at(-1)! : s.points[0]!)[0]))));
      const side = atEnd ? 'dx="-4" text-anchor="end"' : 'dx="4" text-anchor="start"';
      return `<text class="end-label ${s.className}" x="${x}" ${side} y="${f(placed[i]! + 4)}">${s.label}</text>`;
    })
    .join('');
}

/** An arrow and a short note where a line first leaves the plot (one per line and side). */
function clipMarksSvg(c: LineChart, text: NonNullable<LineChart['clipped']>, fx: (v: number) => number, ih: number): string {
  return c.series
    .filter((s) => !s.dots)
    .flatMap((s) => exits(s.points, c.y))
    .map(([x, side]) => {
      const at = Math.min(1, Math.max(0, fx(x)));
      const up = side === 'above';
      const [tip, base] = up ? [1, 9] : [ih - 1, ih - 9];
      // The note runs away from the end labels (or from the nearer side), one row inside them.
      const start = c.endLabels ? c.endLabels === 'start' : at < 0.5;
      const row = c.endLabels ? LABEL_SIZE : 0;
      const y = up ? tip + 11 + row : tip - 3 - row;
      return (
        `<svg x="${pct(at)}" overflow="visible"><path class="clip-mark" d="M0 ${tip}L-5 ${base}H5Z"/>` +
        `<text class="clip-label" x="${start ? 8 : -8}" y="${y}" text-anchor="${start ? 'start' : 'end'}">${up ? text.above : text.below}</text></svg>`
      );
    })
    .join('');
}
