/**
 * The logistic demo's figures, status lines and table, from a computed result. Pure (no DOM, no
 * engine): the build and the browser draw with the same functions.
 */
import { formatFixed, formatNumber, niceTicks } from '../kit/format';
import { type Series, clipText, lineChartSvg } from '../kit/svg-chart';
import { fill } from '../kit/text';
import {
  type Dataset,
  type LogisticResult,
  type LogisticSettings,
  type Run,
  N_SAMPLES,
  T_MAX,
  TABLE_ITERS,
  cOf,
  iterOf,
  lambdaOf,
  normOf,
  pointAt,
  scoreOf,
} from './specs';

export type LogisticStrings = Record<string, string>;

export const fmtLambda = (lambda: number): string => formatNumber(lambda, 2);
export const fmtC = (c: number): string => (Number.isFinite(c) ? formatNumber(c, 3) : '∞');
export const fmtNorm = (v: number): string => formatFixed(v, 3);
export const fmtIter = (t: number): string => formatNumber(iterOf(t), 4);
export const fmtAcc = (v: number): string => `${formatFixed(v * 100, 0)}%`;
export const fmtLoss = (v: number): string => formatNumber(v, 2);

/** The text a slider shows (and its `aria-valuetext`). */
export function formatParam(param: string, value: number, t: LogisticStrings): string {
  return param === 'iter' ? fill(t['demo.logistic.iterValue']!, { t: fmtIter(value) }) : `λ = ${fmtLambda(value)}`;
}

// The plane: [−R, R]² in a square viewBox.
const SIZE = 240;
const R = 3;
const px = (v: number) => ((v + R) / (2 * R)) * SIZE;
const py = (v: number) => SIZE - px(v);
const f = (v: number) => v.toFixed(1);
const CORNERS: [number, number][] = [
  [-R, -R],
  [R, -R],
  [R, R],
  [-R, R],
];

/** The part of the square where a·x + c ≥ 0 (a half-plane clipped to the square), as SVG points. */
function halfPlane(a: [number, number], c: number): string {
  const side = ([x, y]: [number, number]) => a[0] * x + a[1] * y + c;
  const out: [number, number][] = [];
  CORNERS.forEach((p, i) => {
    const q = CORNERS[(i + 1) % 4]!;
    const sp = side(p);
    const sq = side(q);
    if (sp >= 0) out.push(p);
    if (sp >= 0 !== sq >= 0) {
      const k = sp / (sp - sq);
      out.push([p[0] + k * (q[0] - p[0]), p[1] + k * (q[1] - p[1])]);
    }
  });
  return out.map(([x, y]) => `${f(px(x))},${f(py(y))}`).join(' ');
}

/** The segment of the line a·x + c = 0 inside the square, or null. */
function segment(a: [number, number], c: number): [number, number, number, number] | null {
  const hits: [number, number][] = [];
  for (const x of [-R, R]) if (a[1] !== 0) hits.push([x, -(c + a[0] * x) / a[1]]);
  for (const y of [-R, R]) if (a[0] !== 0) hits.push([-(c + a[1] * y) / a[0], y]);
  const inside = hits.filter(([x, y]) => Math.abs(x) <= R + 1e-9 && Math.abs(y) <= R + 1e-9);
  if (inside.length < 2) return null;
  // The two hits farthest apart (a corner can be hit twice).
  let best: [number, number, number, number] | null = null;
  let longest = -1;
  for (const p of inside) {
    for (const q of inside) {
      const d = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
      if (d > longest) [longest, best] = [d, [p[0], p[1], q[0], q[1]]];
    }
  }
  return longest > 0 ? best : null;
}

/** logit(p): where σ(η) = p. */
const logit = (p: number) => Math.log(p / (1 - p));
/** The probability lines drawn: 10 %, 50 % (the decision boundary) and 90 %. */
const LEVELS = [
  [0.1, 'level'],
  [0.5, 'boundary'],
  [0.9, 'level'],
] as const;

/** The data and the model at weights [t, w₁, w₂, b]: tinted sides, probability lines, points. */
export function planeSvg(dataset: Dataset, p: readonly number[], title: string): string {
  const a: [number, number] = [p[1]!, p[2]!];
  const b = p[3]!;
  const lines = a[0] === 0 && a[1] === 0 ? [] : LEVELS.map(([level, cls]) => [segment(a, b - logit(level)), cls] as const);
  const pts = dataset.X.map((x, i) => {
    const cx = px(x[0]!);
    const cy = py(x[1]!);
    return dataset.y[i] === 1
      ? `<rect class="pt1" x="${f(cx - 4)}" y="${f(cy - 4)}" width="8" height="8"/>`
      : `<circle class="pt0" cx="${f(cx)}" cy="${f(cy)}" r="4.5"/>`;
  });
  return [
    `<svg viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${title}">`,
    a[0] === 0 && a[1] === 0 ? '' : `<polygon class="side1" points="${halfPlane(a, b)}"/><polygon class="side0" points="${halfPlane([-a[0], -a[1]], -b)}"/>`,
    `<line class="axis" x1="0" y1="${f(py(0))}" x2="${SIZE}" y2="${f(py(0))}"/><line class="axis" x1="${f(px(0))}" y1="0" x2="${f(px(0))}" y2="${SIZE}"/>`,
    `<text class="axis-label" x="${SIZE - 4}" y="${f(py(0) - 5)}" text-anchor="end">x₁</text><text class="axis-label" x="${f(px(0) + 5)}" y="13">x₂</text>`,
    ...lines.map(([s, cls]) => (s ? `<line class="${cls}" x1="${f(px(s[0]))}" y1="${f(py(s[1]))}" x2="${f(px(s[2]))}" y2="${f(py(s[3]))}"/>` : '')),
    ...pts,
    `<rect class="frame" x="0.5" y="0.5" width="${SIZE - 1}" height="${SIZE - 1}"/>`,
    '</svg>',
  ].join('');
}

const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** The top of the ‖w‖ axis: a little above the run without a penalty, on a round value. */
function normTop(free: Run): number {
  const peak = Math.max(...free.points.map(normOf)) * 1.1;
  const unit = 10 ** Math.floor(Math.log10(peak));
  return Math.ceil(peak / (unit / 2)) * (unit / 2);
}

export interface LogisticView {
  planeSvg: string;
  normSvg: string;
  status: string;
  progress: string;
  cText: string;
  caption: string;
  rows: string[][];
}

export function renderLogistic(r: LogisticResult, s: LogisticSettings, t: LogisticStrings): LogisticView {
  const lambda = lambdaOf(s);
  const iter = iterOf(s.iter);
  const now = pointAt(r.run, iter);
  const top = normTop(r.free);
  const curve = (run: Run) => run.points.filter((q) => q[0] <= iter).map((q) => [Math.log10(q[0]), normOf(q)] as [number, number]);
  const lambdaName = lambda > 0 ? `λ = ${fmtLambda(lambda)}` : t['demo.logistic.free']!;
  const series: Series[] =
    lambda > 0
      ? [
          { points: curve(r.free), className: 'line-compare', label: t['demo.logistic.free']! },
          { points: curve(r.run), className: 'line-main', label: lambdaName },
        ]
      : [{ points: curve(r.run), className: 'line-main', label: lambdaName }];
  const yTicks = niceTicks(0, top, 3);
  const normSvg = lineChartSvg({
    height: 240,
    x: [0, Math.log10(T_MAX)],
    y: [0, top],
    title: fill(t['demo.logistic.normLabel']!, { name: lambdaName }),
    series,
    xTicks: [0, 1, 2, 3, 4].map((k) => ({ value: k, label: k <= 3 ? formatNumber(10 ** k, 4) : `10${SUPER[k]}` })),
    yTicks: yTicks.map((v) => ({ value: v, label: formatNumber(v, 3) })),
    xLabel: t['demo.logistic.iterAxis']!,
    yLabel: t['demo.logistic.norm']!,
    markers: [{ x: Math.log10(iter), className: 'marker' }],
    endLabels: 'end',
    clipped: clipText(t),
  });

  const score = scoreOf(r.dataset, now);
  const before = iter >= 100 ? pointAt(r.run, Math.round(iter / 10)) : undefined;
  const delta = before ? normOf(now) - normOf(before) : undefined;
  const change =
    before === undefined || delta === undefined
      ? ''
      : fill(t[Math.abs(delta) < 5e-5 ? 'demo.logistic.still' : 'demo.logistic.grew']!, {
          from: fmtIter(before[0]),
          delta: `${delta < 0 ? '−' : '+'}${formatFixed(Math.abs(delta), 3)}`,
        });
  const status = fill(t['demo.logistic.status']!, {
    name: lambda > 0 ? lambdaName : t['demo.logistic.freeStatus']!,
    t: fmtIter(iter),
    norm: fmtNorm(normOf(now)),
    loss: fmtLoss(score.loss),
    acc: fmtAcc(score.accuracy),
    change,
  }).trim();
  const progress = fill(t['demo.logistic.progress']!, { t: fmtIter(iter), max: fmtIter(T_MAX) });
  const cText = lambda > 0 ? fill(t['demo.logistic.cText']!, { n: N_SAMPLES, lambda: fmtLambda(lambda), c: fmtC(cOf(lambda)) }) : t['demo.logistic.cNone']!;
  const caption = fill(t['demo.logistic.caption']!, { data: t[`demo.logistic.${r.data}`]!, n: N_SAMPLES });
  const rows = r.table.map((row) => [
    row.lambda > 0 ? fmtLambda(row.lambda) : t['demo.logistic.none']!,
    fmtC(cOf(row.lambda)),
    ...row.norms.map(fmtNorm),
    fmtLoss(row.loss),
    fmtAcc(row.accuracy),
  ]);
  return {
    planeSvg: planeSvg(r.dataset, now, fill(t['demo.logistic.planeLabel']!, { t: fmtIter(now[0]), name: lambdaName })),
    normSvg,
    status,
    progress,
    cText,
    caption,
    rows,
  };
}

/** The table's column heads. */
export const tableHead = (t: LogisticStrings): (string | string[])[] => [
  t['demo.logistic.lambdaHead']!,
  t['demo.logistic.cHead']!,
  ...TABLE_ITERS.map((k) => ['‖w‖', fill(t['demo.logistic.atIter']!, { t: fmtIter(k) })]),
  t['demo.logistic.lossHead']!,
  t['demo.logistic.accHead']!,
];
