/**
 * A small SVG line chart as a string, for demos whose figure is drawn at build time and
 * redrawn live by the same code. Pure (no DOM). Styling comes from CSS classes.
 */
export interface Series {
  points: [number, number][];
  className: string;
  /** Draw dots instead of a line. */
  dots?: boolean;
  /** Vertical error bars [x, low, high], drawn under the line. */
  errorBars?: [number, number, number][];
}

export interface LineChart {
  width: number;
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
}

const PAD = { left: 44, right: 10, top: 10, bottom: 36 };
const f = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '0');
/** Clip-path ids must be unique on a page that shows two charts of the same size. */
let clipSerial = 0;

export function lineChartSvg(c: LineChart): string {
  const iw = c.width - PAD.left - PAD.right;
  const ih = c.height - PAD.top - PAD.bottom;
  const sx = (v: number) => PAD.left + ((v - c.x[0]) / (c.x[1] - c.x[0])) * iw;
  const sy = (v: number) => PAD.top + (1 - (Math.min(c.y[1], Math.max(c.y[0], v)) - c.y[0]) / (c.y[1] - c.y[0])) * ih;
  const clipId = `chart-clip-${++clipSerial}`;
  const grid = [
    ...c.yTicks.map(
      (t) =>
        `<line class="grid" x1="${PAD.left}" x2="${PAD.left + iw}" y1="${f(sy(t.value))}" y2="${f(sy(t.value))}"/><text class="tick" x="${PAD.left - 4}" y="${f(sy(t.value) + 3)}" text-anchor="end">${t.label}</text>`,
    ),
    ...c.xTicks.map((t) => `<text class="tick" x="${f(sx(t.value))}" y="${PAD.top + ih + 13}" text-anchor="middle">${t.label}</text>`),
  ].join('');
  const series = c.series
    .map(
      (s) =>
        (s.errorBars ?? [])
          .map(([x, lo, hi]) => `<line class="${s.className} error-bar" x1="${f(sx(x))}" x2="${f(sx(x))}" y1="${f(sy(lo))}" y2="${f(sy(hi))}"/>`)
          .join('') +
        (s.dots
          ? s.points.map(([x, y]) => `<circle class="${s.className}" cx="${f(sx(x))}" cy="${f(sy(y))}" r="3.5"/>`).join('')
          : `<polyline class="${s.className}" fill="none" points="${s.points.map(([x, y]) => `${f(sx(x))},${f(sy(y))}`).join(' ')}"/>`),
    )
    .join('');
  const marker = (c.markers ?? [])
    .map((m) => `<line class="${m.className}" x1="${f(sx(m.x))}" x2="${f(sx(m.x))}" y1="${PAD.top}" y2="${PAD.top + ih}"/>`)
    .join('');
  return [
    `<svg viewBox="0 0 ${c.width} ${c.height}" role="img" aria-label="${c.title}">`,
    `<defs><clipPath id="${clipId}"><rect x="${PAD.left}" y="${PAD.top}" width="${iw}" height="${ih}"/></clipPath></defs>`,
    `<rect class="frame" x="${PAD.left}" y="${PAD.top}" width="${iw}" height="${ih}"/>`,
    grid,
    `<g clip-path="url(#${clipId})">${series}${marker}</g>`,
    `<text class="axis-title" x="${PAD.left + iw / 2}" y="${c.height - 4}" text-anchor="middle">${c.xLabel}</text>`,
    `<text class="axis-title" transform="translate(11 ${PAD.top + ih / 2}) rotate(-90)" text-anchor="middle">${c.yLabel}</text>`,
    '</svg>',
  ].join('');
}
