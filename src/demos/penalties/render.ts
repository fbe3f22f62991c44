/** The thresholding chart, the table at the chosen z and its caption, from the model. Pure; shared by build and browser. */
import type { ThresholdRule } from '../../lib/penalties';
import { formatFixed, formatNumber } from '../kit/format';
import { type Series, clipText, lineChartSvg } from '../kit/svg-chart';
import { fill } from '../kit/text';
import { ADAPTIVE_NU, type PenaltiesSettings, RULES, Z_RANGE, curvePieces, wOf } from './model';

export type PenaltiesStrings = Record<string, string>;

/** A slider's value as its `<output>` and `aria-valuetext` show it. */
export const fmtParam = (v: number): string => formatNumber(v, 3);
/** A value of w in the table: two decimals, an exact 0 as 0. */
export const fmtW = (v: number): string => (v === 0 ? '0' : formatFixed(v, 2));

/** The rule's name with its own parameter, as the table's row header. */
export function ruleLabel(rule: ThresholdRule, s: PenaltiesSettings, t: PenaltiesStrings): string {
  const name = t[`demo.penalties.${rule}`]!;
  const param: Partial<Record<ThresholdRule, string>> = {
    scad: `a = ${fmtParam(s.a)}`,
    mcp: `γ = ${fmtParam(s.gamma)}`,
    adaptive: `ν = ${fmtParam(ADAPTIVE_NU)}`,
    relaxed: `φ = ${fmtParam(s.phi)}`,
  };
  return param[rule] ? fill(t['demo.penalties.withParam']!, { name, param: param[rule] }) : name;
}

/** The rules whose lines are drawn. */
export const shownRules = (s: PenaltiesSettings): ThresholdRule[] => RULES.filter((rule) => s[rule]);

export function renderPenalties(s: PenaltiesSettings, t: PenaltiesStrings) {
  const rules = shownRules(s);
  const series: Series[] = [{ points: [...Z_RANGE].map((v): [number, number] => [v, v]), className: 'line-reference' }];
  for (const rule of rules) {
    const pieces = curvePieces(rule, s);
    pieces.forEach((points, k) => series.push({ points, className: `pen-${rule}`, label: k === pieces.length - 1 ? t[`demo.penalties.${rule}`] : undefined }));
  }
  for (const rule of rules) series.push({ points: [[s.z, wOf(rule, s)]], className: `pen-${rule} pen-dot`, dots: true });
  const ticks = [-4, -2, 0, 2, 4].map((v) => ({ value: v, label: formatNumber(v) }));
  const svg = lineChartSvg({
    height: 320,
    x: [Z_RANGE[0], Z_RANGE[1]],
    y: [Z_RANGE[0], Z_RANGE[1]],
    title: fill(t['demo.penalties.chartTitle']!, {
      names: rules.map((rule) => t[`demo.penalties.${rule}`]!).join(t['demo.penalties.sep']!) || t['demo.penalties.none']!,
    }),
    series,
    endLabels: 'end',
    clipped: clipText(t),
    xTicks: ticks,
    yTicks: ticks,
    xLabel: t['demo.penalties.xLabel']!,
    yLabel: t['demo.penalties.yLabel']!,
    markers: [{ x: s.z, className: 'marker' }],
  });
  const rows = RULES.map((rule) => {
    const w = wOf(rule, s);
    return [ruleLabel(rule, s, t), fmtW(w), fmtW(s.z - w)];
  });
  const caption = fill(t['demo.penalties.caption']!, { z: fmtParam(s.z), lambda: fmtParam(s.lambda) });
  return { svg, rows, caption };
}
