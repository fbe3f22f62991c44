/**
 * The double-descent demo's figure, status line and table, from a computed result. Pure (no
 * DOM, no engine): the build and the browser draw with the same functions.
 */
import { formatNumber } from '../kit/format';
import { type Series, clipText, lineChartSvg } from '../kit/svg-chart';
import { fill } from '../kit/text';
import { type DescentResult, DRAWS, FEATURES, N_SAMPLES, PS, TABLE_LAMBDAS, TABLE_PS, lambdaOf, valueAt } from './specs';

export type DescentStrings = Record<string, string>;

export const fmtError = (v: number): string => formatNumber(v, 3);
export const fmtNoise = (v: number): string => formatNumber(v, 2);
/** λ as the slider and the table write it: "0 (ridgeless)" at the left end, else the number. */
export const fmtLambda = (lambda: number, t: DescentStrings): string => (lambda === 0 ? t['demo.descent.none']! : formatNumber(lambda, 2));

/** The text a slider shows (and its `aria-valuetext`). */
export function formatParam(param: string, value: number, t: DescentStrings): string {
  return param === 'noise' ? `σ = ${fmtNoise(value)}` : `λ = ${fmtLambda(lambdaOf(value), t)}`;
}

/** The chart's y axis: log₁₀ of the error from 0.01 to 100. */
const Y_RANGE: [number, number] = [-2, 2];
/** Errors below this are drawn as leaving the plot (a training error of exactly 0 has no logarithm). */
const FLOOR = 1e-12;
const logCurve = (values: readonly number[]): [number, number][] => values.map((v, j) => [PS[j]!, Math.log10(Math.max(v, FLOOR))]);

export interface DescentView {
  svg: string;
  status: string;
  caption: string;
  rows: string[][];
}

export function renderDescent(r: DescentResult, t: DescentStrings): DescentView {
  const lambdaText = `λ = ${fmtLambda(r.lambda, t)}`;
  const series: Series[] = [
    { points: logCurve(r.best), className: 'line-reference' },
    { points: logCurve(r.train), className: 'line-compare' },
    { points: logCurve(r.test), className: 'line-main' },
  ];
  const svg = lineChartSvg({
    height: 300,
    x: [0, FEATURES],
    y: Y_RANGE,
    title: fill(t['demo.descent.chartLabel']!, { lambda: lambdaText, noise: fmtNoise(r.noise), n: N_SAMPLES }),
    series,
    xTicks: [0, 1, 2, 3, 4].map((k) => ({ value: k * N_SAMPLES, label: k === 1 ? fill(t['demo.descent.nTick']!, { n: N_SAMPLES }) : String(k * N_SAMPLES) })),
    yTicks: [-2, -1, 0, 1, 2].map((k) => ({ value: k, label: formatNumber(10 ** k, 3) })),
    xLabel: t['demo.descent.xAxis']!,
    yLabel: t['demo.descent.yAxis']!,
    markers: [{ x: N_SAMPLES, className: 'threshold' }],
    clipped: clipText(t),
  });
  const atN = valueAt(r.test, N_SAMPLES);
  const half = valueAt(r.test, N_SAMPLES / 2);
  const status = fill(t['demo.descent.status']!, {
    lambda: lambdaText,
    noise: fmtNoise(r.noise),
    n: N_SAMPLES,
    peak: fmtError(atN),
    half: N_SAMPLES / 2,
    halfValue: fmtError(half),
    ratio: formatNumber(atN / half, 2),
    max: FEATURES,
    end: fmtError(valueAt(r.test, FEATURES)),
  });
  const caption = fill(t['demo.descent.caption']!, { noise: fmtNoise(r.noise), draws: DRAWS });
  const rows = r.table.map((row, k) => [fmtLambda(TABLE_LAMBDAS[k]!, t), ...row.map(fmtError)]);
  return { svg, status, caption, rows };
}

/** p = n/2, n, 2n, 4n in the table's heads. */
const MULTIPLES: Record<number, string> = { 0.5: 'n/2', 1: 'n', 2: '2n', 4: '4n' };

/** The table's column heads. */
export const tableHead = (t: DescentStrings): (string | string[])[] => [
  t['demo.descent.lambdaHead']!,
  ...TABLE_PS.map((p) => [`p = ${p}`, fill(t['demo.descent.pHead']!, { k: MULTIPLES[p / N_SAMPLES]! })]),
];
