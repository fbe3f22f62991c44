/**
 * The stability demo's figures, sentences and table, from a computed path and selection. Pure (no
 * DOM; of the engine only stableSet.ts, which has no solver): the build and the browser draw with
 * the same functions.
 */
import { averageSelected, errorBound, maxFrequency, stableSet } from '../../lib/stableSet';
import { formatFixed, formatNumber, minus, niceTicks } from '../kit/format';
import { type Series, clipText, lineChartSvg } from '../kit/svg-chart';
import { fill } from '../kit/text';
import {
  type FullPath,
  GRID,
  GRID_BOTTOM,
  GRID_TOP,
  LOOKALIKE,
  LOOKALIKE_CORRELATION,
  N_FEATURES,
  N_SAMPLES,
  type Selection,
  type StabilitySettings,
  TRUE_COUNT,
  gridIndex,
  roleOf,
} from './specs';

export type StabilityStrings = Record<string, string>;

export const fmtFreq = (f: number): string => formatFixed(f, 2);
export const fmtLambda = (lambda: number): string => formatNumber(lambda, 3);
export const fmtQ = (q: number): string => formatNumber(q, 3);
export const fmtBound = (v: number): string => formatNumber(v, 3);
export const fmtThreshold = (pi: number): string => formatFixed(pi, 2);
/** A coefficient per standard deviation: exact zeros as "0", others with two decimals. */
export const fmtCoef = (c: number): string => (c === 0 ? '0' : formatFixed(c, 2));

export const featureName = (j: number, t: StabilityStrings): string => fill(t['demo.stability.feature']!, { j: j + 1 });
/** Names joined as the language lists them ("x1、x2" / "x1, x2"). */
export const nameList = (features: readonly number[], t: StabilityStrings): string => features.map((j) => featureName(j, t)).join(t['demo.stability.comma']!);

/** The text a slider shows (and its `aria-valuetext`). */
export function formatParam(param: string, value: number, t: StabilityStrings): string {
  if (param === 'threshold') return `π_thr = ${fmtThreshold(value)}`;
  if (param === 'lambda') return `λ = ${fmtLambda(value)}`;
  return fill(t['demo.stability.subsamplesValue']!, { b: value, pairs: value / 2 });
}

/** The region Λ = [λ, top of the grid] and the numbers read from the selection there. */
export function summarize(sel: Selection, s: Pick<StabilitySettings, 'threshold' | 'lambda'>) {
  const region = { min: GRID[gridIndex(s.lambda)]! };
  const q = averageSelected(sel, region);
  const stable = stableSet(sel, s.threshold, region);
  return { region, q, stable, max: maxFrequency(sel, region), bound: errorBound(q, N_FEATURES, s.threshold) };
}

/** Features with a non-zero coefficient. */
export const support = (coef: readonly number[]): number[] => coef.flatMap((c, j) => (c !== 0 ? [j] : []));
const falseOnes = (features: readonly number[]) => features.filter((j) => roleOf(j) !== 'true').length;

const X_DOMAIN: [number, number] = [GRID_BOTTOM, GRID_TOP];
const X_TICKS = [GRID_BOTTOM, -1, -0.5, 0].map((v) => ({ value: v, label: formatNumber(10 ** v, 2) }));
/** Noise first, then the lookalike, the true features on top; each line from small to large λ. */
const ORDER = Array.from({ length: N_FEATURES }, (_, j) => j).sort((a, b) => rank(b) - rank(a) || a - b);
function rank(j: number): number {
  return { true: 0, look: 1, noise: 2 }[roleOf(j)];
}
const ASCENDING = GRID.map((_, k) => GRID.length - 1 - k);

function featureSeries(values: (k: number, j: number) => number, t: StabilityStrings): Series[] {
  return ORDER.map((j) => ({
    points: ASCENDING.map((k) => [Math.log10(GRID[k]!), values(k, j)] as [number, number]),
    className: `feat-${roleOf(j)}`,
    label: roleOf(j) === 'noise' ? undefined : featureName(j, t),
  }));
}

export interface StabilityTexts {
  status: string;
  bound: string;
  lasso: string;
  caption: string;
  rows: string[][];
}
export interface StabilityView extends StabilityTexts {
  pathSvg: string;
  stabilitySvg: string;
}

/** The lasso's coefficient paths on all the data, with Λ's lower end and the λ of cross-validation. */
export function pathChart(path: FullPath, s: Pick<StabilitySettings, 'lambda'>, t: StabilityStrings): string {
  const all = path.coefs.flat();
  const [lo, hi] = [Math.min(0, ...all), Math.max(0, ...all)];
  const pad = (hi - lo) * 0.05;
  return lineChartSvg({
    height: 240,
    x: X_DOMAIN,
    y: [lo - pad, hi + pad],
    title: t['demo.stability.pathLabel']!,
    series: featureSeries((k, j) => path.coefs[k]![j]!, t),
    xTicks: X_TICKS,
    yTicks: niceTicks(lo, hi, 4).map((v) => ({ value: v, label: minus(formatNumber(v, 2)) })),
    xLabel: t['demo.stability.lambdaAxis']!,
    yLabel: t['demo.stability.coefAxis']!,
    markers: [
      { x: Math.log10(path.cvLambda), className: 'cv-marker' },
      { x: Math.log10(GRID[gridIndex(s.lambda)]!), className: 'marker' },
    ],
    endLabels: 'start',
    clipped: clipText(t),
  });
}

/** The stability paths: the share of subsamples that select each feature, the threshold and Λ's lower end. */
export function frequencyChart(sel: Selection, s: Pick<StabilitySettings, 'lambda' | 'threshold'>, t: StabilityStrings): string {
  return lineChartSvg({
    height: 240,
    x: X_DOMAIN,
    y: [-0.03, 1.03],
    title: fill(t['demo.stability.freqLabel']!, { b: sel.subsamples }),
    series: [
      ...featureSeries((k, j) => sel.frequencies[k]![j]!, t),
      { points: X_DOMAIN.map((x) => [x, s.threshold] as [number, number]), className: 'threshold' },
    ],
    xTicks: X_TICKS,
    yTicks: niceTicks(0, 1, 5).map((v) => ({ value: v, label: formatFixed(v, 1) })),
    xLabel: t['demo.stability.lambdaAxis']!,
    yLabel: t['demo.stability.freqAxis']!,
    markers: [{ x: Math.log10(GRID[gridIndex(s.lambda)]!), className: 'marker' }],
    endLabels: 'start',
  });
}

/** The stable set, the bound, the lasso for comparison, and the table. */
export function stabilityTexts(path: FullPath, sel: Selection, s: StabilitySettings, t: StabilityStrings): StabilityTexts {
  const k0 = gridIndex(s.lambda);
  const { q, stable, max, bound } = summarize(sel, s);
  const chosen = support(path.coefs[k0]!);
  const cvChosen = support(path.coefs[gridIndex(path.cvLambda)]!);
  const lambdaText = fmtLambda(GRID[k0]!);
  return {
    status:
      stable.length === 0
        ? t['demo.stability.statusNone']!
        : fill(t['demo.stability.status']!, { names: nameList(stable, t), count: stable.length, wrong: falseOnes(stable) }),
    bound: fill(t['demo.stability.bound']!, { q: fmtQ(q), p: N_FEATURES, factor: formatNumber(2 * s.threshold - 1, 2), bound: fmtBound(bound) }),
    lasso: fill(t['demo.stability.lasso']!, {
      lambda: lambdaText,
      count: chosen.length,
      wrong: falseOnes(chosen),
      cv: fmtLambda(path.cvLambda),
      cvCount: cvChosen.length,
      cvWrong: falseOnes(cvChosen),
    }),
    caption: fill(t['demo.stability.caption']!, {
      threshold: fmtThreshold(s.threshold),
      lambda: lambdaText,
      top: fmtLambda(GRID[0]!),
      b: sel.subsamples,
      pairs: sel.subsamples / 2,
    }),
    rows: max.map((m, j) => [
      featureName(j, t),
      t[`demo.stability.role.${roleOf(j)}`]!,
      fmtFreq(m),
      t[stable.includes(j) ? 'demo.stability.yes' : 'demo.stability.no']!,
      fmtCoef(path.coefs[k0]![j]!),
    ]),
  };
}

/** Everything the demo shows for a setting (the build draws this; the view draws the parts that change). */
export const renderStability = (path: FullPath, sel: Selection, s: StabilitySettings, t: StabilityStrings): StabilityView => ({
  pathSvg: pathChart(path, s, t),
  stabilitySvg: frequencyChart(sel, s, t),
  ...stabilityTexts(path, sel, s, t),
});

/** The table's column heads. */
export const tableHead = (t: StabilityStrings): string[] =>
  ['featureHead', 'roleHead', 'maxHead', 'stableHead', 'lassoHead'].map((k) => t[`demo.stability.${k}`]!);

/** What the data are. */
export const dataText = (t: StabilityStrings): string =>
  fill(t['demo.stability.data']!, { n: N_SAMPLES, p: N_FEATURES, k: TRUE_COUNT, look: LOOKALIKE + 1, corr: LOOKALIKE_CORRELATION });

/** The line under the charts while subsamples are fitted, and once they are. */
export const progressText = (done: number, total: number, t: StabilityStrings): string =>
  done < total ? fill(t['demo.stability.progress']!, { done, total }) : fill(t['demo.stability.done']!, { b: total, pairs: total / 2 });
