/** The "your own data" figures, tables, CSV and code snippets from a fit's numbers. Pure (no DOM). */
import { fromCanonical } from '../../lib/crosswalk';
import { MISSING_TOKENS } from '../../lib/table/cells';
import type { Feature } from '../../lib/table/prepare';
import { formatNumber, minus, niceTicks } from '../kit/format';
import { escapeXml } from '../kit/export-figure';
import { clipText, lineChartSvg, pct } from '../kit/svg-chart';
import { fill } from '../kit/text';
import type { FitResult } from './jobs';

type Strings = Readonly<Record<string, string>>;
export type Fitted = Extract<FitResult, { ok: true }>;

const ticks = (lo: number, hi: number) => niceTicks(lo, hi).map((v) => ({ value: v, label: minus(formatNumber(v)) }));
const logTicks = (lo: number, hi: number) => niceTicks(lo, hi).map((v) => ({ value: v, label: minus(String(v)) }));
const span = (lo: number, hi: number): [number, number] => (hi > lo ? [lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.05] : [lo - 1, hi + 1]);

function markers(f: Fitted, k: number) {
  return [
    { x: Math.log10(f.alphas[f.indexMin]!), className: 'cv-min' },
    { x: Math.log10(f.alphas[f.index1se]!), className: 'cv-1se' },
    { x: Math.log10(f.alphas[k]!), className: 'marker' },
  ];
}

/**
 * The points without the inner ones of each run of equal values (a Lasso coefficient stays 0 over
 * much of the path): the same line with far fewer points, so 500 features draw in one short task.
 */
export function dropFlatRuns(points: [number, number][]): [number, number][] {
  return points.filter(([, y], i) => i === 0 || i === points.length - 1 || y !== points[i - 1]![1] || y !== points[i + 1]![1]);
}

/** Where the λ marker of both charts stands, as the charts write it (a percentage of the plot's width). */
export function markerAt(f: Fitted, k: number): string {
  const xs = f.alphas.map(Math.log10);
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  return pct((xs[k]! - lo) / (hi - lo));
}

export function pathSvg(f: Fitted, k: number, standardized: boolean, t: Strings): string {
  const xs = f.alphas.map(Math.log10);
  const all = f.coefs.flat();
  const x: [number, number] = [Math.min(...xs), Math.max(...xs)];
  const y = span(Math.min(0, ...all), Math.max(0, ...all));
  return lineChartSvg({
    height: 280,
    x,
    y,
    title: t['demo.yourdata.ui.pathTitle']!,
    series: f.featureNames.map((name, j) => ({
      // Left to right (λ increasing), so that the names sit at the left end, inside the plot, where the lines spread.
      points: dropFlatRuns(xs.map((v, i) => [v, f.coefs[i]![j]!] as [number, number]).reverse()),
      className: `feat feat-${j % 6}`,
      // A column name is the reader's text: escaped, as the markup goes into innerHTML.
      label: escapeXml(name),
    })),
    endLabels: f.featureNames.length <= 12 ? 'start' : undefined,
    xTicks: logTicks(x[0], x[1]),
    yTicks: ticks(y[0], y[1]),
    xLabel: t['demo.yourdata.ui.lambdaAxis']!,
    yLabel: t[standardized ? 'demo.yourdata.ui.pathAxisStd' : 'demo.yourdata.ui.pathAxis']!,
    clipped: clipText(t),
    markers: markers(f, k),
  });
}

export function cvSvg(f: Fitted, k: number, t: Strings): string {
  const xs = f.alphas.map(Math.log10);
  const lo = Math.min(...f.meanMse.map((m, i) => m - f.seMse[i]!));
  const hi = Math.max(...f.meanMse.map((m, i) => m + f.seMse[i]!));
  const x: [number, number] = [Math.min(...xs), Math.max(...xs)];
  const y = span(lo, hi);
  return lineChartSvg({
    height: 240,
    x,
    y,
    title: t['demo.yourdata.ui.cvTitle']!,
    series: [
      {
        points: xs.map((v, i) => [v, f.meanMse[i]!]),
        errorBars: xs.map((v, i) => [v, f.meanMse[i]! - f.seMse[i]!, f.meanMse[i]! + f.seMse[i]!]),
        className: 'cv',
      },
    ],
    xTicks: logTicks(x[0], x[1]),
    yTicks: ticks(y[0], y[1]),
    xLabel: t['demo.yourdata.ui.lambdaAxis']!,
    yLabel: t[f.measure === 'deviance' ? 'demo.yourdata.ui.cvAxisDeviance' : 'demo.yourdata.ui.cvAxis']!,
    clipped: clipText(t),
    markers: markers(f, k),
  });
}

export const cvSummary = (f: Fitted, t: Strings): string =>
  fill(t['demo.yourdata.ui.cvSummary']!, { min: formatNumber(f.alphas[f.indexMin]!), se: formatNumber(f.alphas[f.index1se]!) });

/** A CSV cell: quoted when it holds a delimiter, a quote or a line break. */
const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The coefficients as CSV, numbers with full precision (17 significant digits round-trip). */
export function coefCsv(names: string[], coef: { coef: number[]; intercept: number }, t: Strings): string {
  const rows = [
    [t['demo.yourdata.ui.feature']!, t['demo.yourdata.ui.coef']!],
    [t['demo.yourdata.ui.intercept']!, String(coef.intercept)],
  ];
  names.forEach((n, j) => rows.push([n, String(coef.coef[j])]));
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const py = (s: string) => JSON.stringify(s);
const num = (v: number) => String(v);

/**
 * The columns the page used, as pandas builds them: numbers as they are, text one-hot against the
 * page's reference. The page trims the spaces around a cell; pandas keeps them, hence strip().
 */
function pandasFeatures(features: Feature[]): string[] {
  const lines: string[] = [];
  for (const f of features) {
    lines.push(
      f.level === undefined
        ? `X[${py(f.name)}] = df[${py(f.source)}]`
        : `X[${py(f.name)}] = (df[${py(f.source)}].astype(str).str.strip() == ${py(f.level)}).astype(float)`,
    );
  }
  return lines;
}

export interface SnippetInput {
  fileName: string;
  delimiter: string;
  encoding: string;
  target: string;
  features: Feature[];
  standardize: boolean;
  lambda: number;
  l1Ratio: number;
  n: number;
  ySd: number;
}

/** The columns the page read: the target's and the features' sources, each once. */
const usedColumns = (s: SnippetInput): string[] => [...new Set([s.target, ...s.features.map((f) => f.source)])];

/** pandas reading the file as the page did: rows with a missing value dropped, X built column by column. */
export function pandasData(s: SnippetInput): string[] {
  return [
    `df = pd.read_csv(${py(s.fileName)}, sep=${py(s.delimiter)}, encoding=${py(s.encoding === 'shift_jis' ? 'cp932' : 'utf-8-sig')})`,
    `df = df.dropna(subset=[${usedColumns(s).map(py).join(', ')}])`,
    'X = pd.DataFrame(index=df.index)',
    ...pandasFeatures(s.features),
  ];
}

/** R reading the file as the page did: the same missing-value words, rows dropped, X bound column by column. */
export function rData(s: SnippetInput): string[] {
  const r = (v: string) => JSON.stringify(v);
  const cols = s.features.map((f) =>
    f.level === undefined
      ? `  ${r(f.name)} = df[[${r(f.source)}]]`
      : `  ${r(f.name)} = as.numeric(trimws(as.character(df[[${r(f.source)}]])) == ${r(f.level)})`,
  );
  return [
    `df <- read.csv(${r(s.fileName)}, sep = ${r(s.delimiter)}, fileEncoding = ${r(s.encoding === 'shift_jis' ? 'CP932' : 'UTF-8-BOM')}, check.names = FALSE, na.strings = c(${MISSING_TOKENS.map(r).join(', ')}))`,
    `df <- df[complete.cases(df[, c(${usedColumns(s).map(r).join(', ')})]), ]`,
    'X <- cbind(',
    cols.join(',\n'),
    ')',
  ];
}

export function pythonSnippet(s: SnippetInput): string {
  const sk = fromCanonical({ lambda: s.lambda, l1Ratio: s.l1Ratio }, { n: s.n })['sklearn-elasticnet']!.setting;
  return [
    'import pandas as pd',
    'from sklearn.linear_model import ElasticNet',
    'from sklearn.pipeline import make_pipeline',
    'from sklearn.preprocessing import StandardScaler, FunctionTransformer',
    '',
    ...pandasData(s),
    `y = df[${py(s.target)}]`,
    `model = make_pipeline(${s.standardize ? 'StandardScaler()' : 'FunctionTransformer()'}, ElasticNet(alpha=${num(sk.alpha)}, l1_ratio=${num(sk.l1Ratio)}, tol=1e-12, max_iter=1000000))`,
    'model.fit(X, y)',
    'coef = model[-1].coef_' + (s.standardize ? ' / model[0].scale_  # back to the units of the columns' : ''),
    'print(dict(zip(X.columns, coef)))',
  ].join('\n');
}

export function rSnippet(s: SnippetInput): string {
  const g = fromCanonical({ lambda: s.lambda, l1Ratio: s.l1Ratio }, { n: s.n, ySd: s.ySd }).glmnet.setting;
  const r = (v: string) => JSON.stringify(v);
  return [
    'library(glmnet)',
    ...rData(s),
    `y <- df[[${r(s.target)}]]`,
    `fit <- glmnet(X, y, alpha = ${num(g.alpha)}, lambda = ${num(g.lambda)}, standardize = ${s.standardize ? 'TRUE' : 'FALSE'}, thresh = 1e-20)`,
    'print(coef(fit))',
  ].join('\n');
}
