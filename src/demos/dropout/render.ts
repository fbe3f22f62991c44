/**
 * Everything the dropout demo draws, as strings from a RunFrame: the two decision boundaries,
 * the loss curves, the network with this step's dropped units or weights, the table and the
 * status lines. Pure (no DOM); shared by the build and the browser.
 */
import { clipText, lineChartSvg } from '../kit/svg-chart';
import { type DemoData, DATASET_CONFIG, type DatasetConfig, type DropoutSettings, type EpochPoint, GRID, LAYERS, type RunFrame, fmtRate } from './model';
import { fill } from '../kit/text';

export type DropoutStrings = Record<string, string>;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (v: number) => String(Math.round(v * 10) / 10);

export const fmtLoss = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '–');
export const fmtAccuracy = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–');

/** Name of the network with the chosen rate: "Dropout p = 0.3" or "DropConnect p = 0.3". */
export function dropName(s: DropoutSettings, t: DropoutStrings): string {
  return fill(t[s.connect ? 'demo.dropout.nameConnect' : 'demo.dropout.nameDrop']!, { rate: fmtRate(s.rate) });
}

/** Side of the boundary picture, in SVG units; one grid cell is SIZE / GRID. */
export const BOUNDARY_SIZE = 240;
/** Probability bands of the background: [0, 0.1), [0.1, 0.2), … [0.9, 1]. */
export const BANDS = 10;
/** How strongly each band shows its class's colour over the background: faint near p = 0.5, stronger towards 0 and 1. */
const BAND_OPACITY = [0.34, 0.26, 0.19, 0.12, 0.05, 0.05, 0.12, 0.19, 0.26, 0.34];

/**
 * The plane coloured by P(class 1) in BANDS bands (one path per band, runs of equal cells
 * merged along each row), the 0.5 contour by marching squares, and the training points:
 * circles for class 0, triangles for class 1.
 */
export function boundarySvg(grid: readonly number[], data: DemoData['train'], extent: DatasetConfig['extent'], label: string): string {
  const S = BOUNDARY_SIZE;
  const cell = S / GRID;
  const band = (p: number) => Math.min(BANDS - 1, Math.max(0, Math.floor(p * BANDS)));
  const runs: string[] = Array.from({ length: BANDS }, () => '');
  for (let r = 0; r < GRID; r++) {
    let c = 0;
    while (c < GRID) {
      const b = band(grid[r * GRID + c]!);
      let e = c + 1;
      while (e < GRID && band(grid[r * GRID + e]!) === b) e++;
      runs[b] += `M${r1(c * cell)} ${r1(r * cell)}h${r1((e - c) * cell)}v${r1(cell)}h-${r1((e - c) * cell)}z`;
      c = e;
    }
  }
  const bands = runs.map((d, b) => (d ? `<path class="band b${b}" fill-opacity="${BAND_OPACITY[b]}" d="${d}"/>` : '')).join('');
  const contour = contourPath(grid, cell);
  const [x0, x1, y0, y1] = extent;
  const px = (x: number) => ((x - x0) / (x1 - x0)) * S;
  const py = (y: number) => ((y1 - y) / (y1 - y0)) * S;
  let circles = '';
  let triangles = '';
  data.X.forEach(([x, y], i) => {
    const cx = px(x!);
    const cy = py(y!);
    if (cx < -4 || cx > S + 4 || cy < -4 || cy > S + 4) return;
    if (data.y[i] === 1) triangles += `M${r1(cx)} ${r1(cy - 4.6)}l4.2 7.4h-8.4z`;
    else circles += `M${r1(cx - 3.4)} ${r1(cy)}a3.4 3.4 0 1 0 6.8 0a3.4 3.4 0 1 0 -6.8 0z`;
  });
  return [
    `<svg viewBox="0 0 ${S} ${S}" role="img" aria-label="${esc(label)}">`,
    `<g shape-rendering="crispEdges">${bands}</g>`,
    contour ? `<path class="contour" d="${contour}"/>` : '',
    `<path class="pt0" d="${circles}"/><path class="pt1" d="${triangles}"/>`,
    `<rect class="frame" x="0.5" y="0.5" width="${S - 1}" height="${S - 1}"/>`,
    '</svg>',
  ].join('');
}

type Edge = 'top' | 'right' | 'bottom' | 'left';
/** Marching squares: the edges that the level line joins in a cell, by corner pattern (saddles 5 and 10 apart). */
const SEGMENTS: Partial<Record<number, [Edge, Edge]>> = {
  1: ['left', 'bottom'],
  14: ['left', 'bottom'],
  2: ['bottom', 'right'],
  13: ['bottom', 'right'],
  3: ['left', 'right'],
  12: ['left', 'right'],
  4: ['top', 'right'],
  11: ['top', 'right'],
  6: ['top', 'bottom'],
  9: ['top', 'bottom'],
  7: ['left', 'top'],
  8: ['left', 'top'],
};

/** The p = 0.5 level line through the grid's cell centres (marching squares, saddles by the mean). */
export function contourPath(grid: readonly number[], cell: number, level = 0.5): string {
  const at = (r: number, c: number) => grid[r * GRID + c]! - level;
  const parts: string[] = [];
  for (let r = 0; r + 1 < GRID; r++) {
    for (let c = 0; c + 1 < GRID; c++) {
      // Corners clockwise from the top left: a (r, c), b (r, c + 1), d (r + 1, c + 1), e (r + 1, c).
      const a = at(r, c);
      const b = at(r, c + 1);
      const d = at(r + 1, c + 1);
      const e = at(r + 1, c);
      const idx = (a > 0 ? 8 : 0) | (b > 0 ? 4 : 0) | (d > 0 ? 2 : 0) | (e > 0 ? 1 : 0);
      if (idx === 0 || idx === 15) continue;
      const x = (c + 0.5) * cell;
      const y = (r + 0.5) * cell;
      const lerp = (u: number, v: number) => u / (u - v);
      const top: [number, number] = [x + lerp(a, b) * cell, y];
      const right: [number, number] = [x + cell, y + lerp(b, d) * cell];
      const bottom: [number, number] = [x + lerp(e, d) * cell, y + cell];
      const left: [number, number] = [x, y + lerp(a, e) * cell];
      const seg = (p: [number, number], q: [number, number]) => parts.push(`M${r1(p[0])} ${r1(p[1])}L${r1(q[0])} ${r1(q[1])}`);
      const pair = SEGMENTS[idx];
      if (pair) {
        const ends = { top, right, bottom, left };
        seg(ends[pair[0]], ends[pair[1]]);
        continue;
      }
      // Saddle (5 or 10): a and d on one side, b and e on the other; the centre value decides.
      const centre = (a + b + d + e) / 4 > 0;
      if ((idx === 10) === centre) {
        seg(left, bottom);
        seg(top, right);
      } else {
        seg(left, top);
        seg(bottom, right);
      }
    }
  }
  return parts.join('');
}

/** Train and validation loss per epoch of both networks. */
export function lossSvg(frame: RunFrame, t: DropoutStrings): string {
  const { drop, base } = frame.history;
  const all = [...drop, ...base].flatMap((p) => [p.trainLoss, p.valLoss]).filter(Number.isFinite);
  const top = Math.min(3, Math.max(1, Math.ceil((Math.max(0, ...all) * 1.05) / 0.25) * 0.25));
  const series = (h: EpochPoint[], key: 'trainLoss' | 'valLoss') => h.map((p, k): [number, number] => [k + 1, p[key]]);
  const step = frame.epochs <= 200 ? 50 : 100;
  const yStep = top > 2 ? 1 : 0.5;
  return lineChartSvg({
    height: 210,
    x: [0, frame.epochs],
    y: [0, top],
    title: t['demo.dropout.lossTitle']!,
    series: [
      { points: series(base, 'trainLoss'), className: 'base-train' },
      { points: series(drop, 'trainLoss'), className: 'drop-train' },
      { points: series(base, 'valLoss'), className: 'base-val' },
      { points: series(drop, 'valLoss'), className: 'drop-val' },
    ],
    xTicks: Array.from({ length: Math.floor(frame.epochs / step) + 1 }, (_, k) => ({ value: k * step, label: String(k * step) })),
    yTicks: Array.from({ length: Math.floor(top / yStep + 1e-9) + 1 }, (_, k) => ({ value: k * yStep, label: String(k * yStep) })),
    xLabel: t['demo.dropout.epochAxis']!,
    yLabel: t['demo.dropout.lossAxis']!,
    clipped: clipText(t),
  });
}

export const NET_WIDTH = 320;
export const NET_HEIGHT = 200;

/** Where unit i of layer l is drawn. */
export function unitPosition(l: number, i: number): [number, number] {
  const n = LAYERS[l]!;
  const x = 22 + (l * (NET_WIDTH - 44)) / (LAYERS.length - 1);
  const gap = n > 1 ? Math.min(30, (NET_HEIGHT - 24) / (n - 1)) : 0;
  return [x, NET_HEIGHT / 2 + (i - (n - 1) / 2) * gap];
}

/**
 * The network with the chosen rate: lines are weights (width ∝ |w| within the layer, colour by
 * sign). Dropout: units dropped in the last step are hollow with a cross, and their weights are
 * not drawn. DropConnect: weights dropped in the last step are thin dashed lines.
 */
export function networkSvg(frame: RunFrame, label: string): string {
  const { params, masks, settings } = frame;
  const units = settings.connect || settings.rate === 0 ? null : masks.units;
  const weightMasks = settings.connect && settings.rate > 0 ? masks.weights : null;
  const paths: Record<string, string> = {};
  const add = (cls: string, d: string) => (paths[cls] = (paths[cls] ?? '') + d);
  let offset = 0;
  for (let l = 0; l + 1 < LAYERS.length; l++) {
    const nIn = LAYERS[l]!;
    const nOut = LAYERS[l + 1]!;
    const w = params.slice(offset, offset + nIn * nOut);
    offset += nIn * nOut + nOut;
    const maxAbs = Math.max(1e-12, ...w.map(Math.abs));
    const keptIn = (i: number) => l === 0 || !units || units[l - 1]![i] === 1;
    const keptOut = (j: number) => l + 1 === LAYERS.length - 1 || !units || units[l]![j] === 1;
    for (let j = 0; j < nOut; j++) {
      for (let i = 0; i < nIn; i++) {
        if (!keptIn(i) || !keptOut(j)) continue;
        const [xa, ya] = unitPosition(l, i);
        const [xb, yb] = unitPosition(l + 1, j);
        const d = `M${r1(xa)} ${r1(ya)}L${r1(xb)} ${r1(yb)}`;
        if (weightMasks && weightMasks[l]![j * nIn + i] === 0) add('cut', d);
        else {
          const v = w[j * nIn + i]!;
          add(`${v >= 0 ? 'pos' : 'neg'} w${Math.min(3, Math.floor((Math.abs(v) / maxAbs) * 4))}`, d);
        }
      }
    }
  }
  const edges = Object.entries(paths)
    .sort(([a], [b]) => (a === 'cut' ? -1 : b === 'cut' ? 1 : a.localeCompare(b)))
    .map(([cls, d]) => `<path class="edge ${cls}" d="${d}"/>`)
    .join('');
  let on = '';
  let off = '';
  let crosses = '';
  for (let l = 0; l < LAYERS.length; l++) {
    for (let i = 0; i < LAYERS[l]!; i++) {
      const [x, y] = unitPosition(l, i);
      const circle = `M${r1(x - 4)} ${r1(y)}a4 4 0 1 0 8 0a4 4 0 1 0 -8 0z`;
      const hidden = l > 0 && l < LAYERS.length - 1;
      if (hidden && units && units[l - 1]![i] === 0) {
        off += circle;
        crosses += `M${r1(x - 3)} ${r1(y - 3)}l6 6M${r1(x + 3)} ${r1(y - 3)}l-6 6`;
      } else on += circle;
    }
  }
  return [
    `<svg viewBox="0 0 ${NET_WIDTH} ${NET_HEIGHT}" role="img" aria-label="${esc(label)}">`,
    edges,
    `<path class="unit" d="${on}"/>`,
    off ? `<path class="unit off" d="${off}"/><path class="cross" d="${crosses}"/>` : '',
    '</svg>',
  ].join('');
}

/** What was dropped in the last step, in words (the drawing's text alternative). */
export function dropText(frame: RunFrame, t: DropoutStrings): string {
  const { settings, masks } = frame;
  if (settings.rate === 0) return t['demo.dropout.noneDropped']!;
  if (frame.steps === 0) return t['demo.dropout.notStarted']!;
  if (settings.connect) {
    const total = masks.weights.reduce((s, m) => s + m.length, 0);
    const cut = masks.weights.reduce((s, m) => s + m.filter((v) => v === 0).length, 0);
    return fill(t['demo.dropout.droppedWeights']!, { cut, total });
  }
  const [a, b] = masks.units.map((m) => m.filter((v) => v === 0).length);
  return fill(t['demo.dropout.droppedUnits']!, { a: a ?? 0, b: b ?? 0, n: LAYERS[1]! });
}

/** Rows of the results table: name, train loss, val loss, train accuracy, val accuracy. */
export function tableRows(frame: RunFrame, t: DropoutStrings): string[][] {
  const row = (name: string, p: EpochPoint | undefined) => [
    name,
    fmtLoss(p?.trainLoss ?? Number.NaN),
    fmtLoss(p?.valLoss ?? Number.NaN),
    fmtAccuracy(p?.trainAccuracy ?? Number.NaN),
    fmtAccuracy(p?.valAccuracy ?? Number.NaN),
  ];
  return [row(dropName(frame.settings, t), frame.history.drop.at(-1)), row(t['demo.dropout.nameNone']!, frame.history.base.at(-1))];
}

export function renderDropout(frame: RunFrame, data: DemoData, t: DropoutStrings) {
  const extent = DATASET_CONFIG[frame.settings.data].extent;
  const name = dropName(frame.settings, t);
  const none = t['demo.dropout.nameNone']!;
  const drop = frame.history.drop.at(-1);
  const base = frame.history.base.at(-1);
  return {
    name,
    dropSvg: boundarySvg(frame.grid.drop, data.train, extent, fill(t['demo.dropout.boundaryLabel']!, { name })),
    baseSvg: boundarySvg(frame.grid.base, data.train, extent, fill(t['demo.dropout.boundaryLabel']!, { name: none })),
    lossSvg: lossSvg(frame, t),
    netSvg: networkSvg(frame, fill(t[frame.settings.connect ? 'demo.dropout.netLabelConnect' : 'demo.dropout.netLabel']!, { name })),
    netText: dropText(frame, t),
    rows: tableRows(frame, t),
    progress: fill(t['demo.dropout.progress']!, { epoch: frame.epoch, epochs: frame.epochs }),
    summary: drop && base ? fill(t['demo.dropout.summary']!, { epoch: frame.epoch, name, drop: fmtLoss(drop.valLoss), base: fmtLoss(base.valLoss) }) : '',
    caption: fill(t['demo.dropout.tableCaption']!, {
      epoch: frame.epoch,
      data: t[`demo.dropout.${frame.settings.data}`]!,
      nTrain: data.train.X.length,
      nVal: data.val.X.length,
    }),
  };
}
