/** The paths demo's text: coefficients, the path table, caption and status. Pure; shared by build and browser. */
import { formatFixed, formatNumber } from '../kit/format';
import { fill } from '../kit/text';
import { type Model, type PathCurve, countNonzero } from './specs';

type Strings = Record<string, string>;

/** A coefficient: exact zeros as "0", others with one decimal (per-SD units of the target), small ones to two significant figures. */
export function formatCoef(c: number): string {
  if (Math.abs(c) < 1e-10) return '0';
  return Math.abs(c) < 0.05 ? formatNumber(c, 2) : formatFixed(c, 1);
}

/** The path in numbers: six evenly spaced λ columns, smallest λ first, one row per feature. */
export function pathTable(curve: PathCurve, features: readonly string[], count = 6): { head: string[]; rows: string[][] } {
  const last = curve.lambdas.length - 1;
  const columns = Array.from({ length: count }, (_, i) => Math.round((last * i) / (count - 1)));
  return {
    head: columns.map((k) => `λ = ${formatNumber(curve.lambdas[k]!)}`),
    rows: features.map((name, j) => [name, ...columns.map((k) => formatCoef(curve.coefs[k]![j]!))]),
  };
}

export interface Shown {
  model: Model;
  std: boolean;
  lambda: number;
  coef: readonly number[];
}

/** The coefficient table's caption and the line under the chart. */
export function fitText(s: Shown, t: Strings): { caption: string; status: string } {
  return {
    caption: fill(t['demo.paths.tableCaption']!, {
      lambda: formatNumber(s.lambda),
      model: t[`demo.paths.model.${s.model}`]!,
      scaling: t[s.std ? 'demo.paths.scaled' : 'demo.paths.unscaled']!,
    }),
    status: fill(t['demo.paths.nonzero']!, { count: countNonzero(s.coef), total: s.coef.length }),
  };
}
