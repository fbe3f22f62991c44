/** The weight-decay demo's two charts, status line and table. Pure; shared by build and browser. */
import { formatNumber } from '../kit/format';
import { clipText, lineChartSvg } from '../kit/svg-chart';
import { type DecayEpoch, type DecaySettings, EPOCHS, RUNS } from './specs';
import { fill } from '../kit/text';

export type DecayStrings = Record<string, string>;
export const fmtLambda = (v: number) => formatNumber(v, 2);
export const fmtDiff = (v: number) => formatNumber(v, 2);
const NORM_MAX = 12;
const DIFF_FLOOR = -18;

export function renderDecay(epochs: readonly DecayEpoch[], s: DecaySettings, t: DecayStrings) {
  const xTicks = [0, 50, 100, 150, 200].map((x) => ({ value: x, label: String(x) }));
  const normSvg = lineChartSvg({
    height: 230,
    x: [0, EPOCHS],
    y: [0, NORM_MAX],
    title: t['demo.decay.normLabel']!,
    series: RUNS.map((r, i) => ({ points: epochs.map((e) => [e.epoch, e.norms[i]!] as [number, number]), className: r.key })),
    xTicks,
    yTicks: [0, 3, 6, 9, 12].map((y) => ({ value: y, label: String(y) })),
    xLabel: t['demo.decay.epoch']!,
    yLabel: t['demo.decay.norm']!,
    clipped: clipText(t),
  });
  const lg = (v: number) => (v > 0 ? Math.max(DIFF_FLOOR, Math.log10(v)) : DIFF_FLOOR);
  const diffSvg = lineChartSvg({
    height: 230,
    x: [0, EPOCHS],
    y: [DIFF_FLOOR, 2],
    title: t['demo.decay.diffLabel']!,
    series: [
      { points: epochs.map((e) => [e.epoch, lg(e.diffSgd)] as [number, number]), className: 'sgdL2' },
      { points: epochs.map((e) => [e.epoch, lg(e.diffAdam)] as [number, number]), className: 'adamL2' },
    ],
    xTicks,
    yTicks: [-18, -12, -6, 0].map((y) => ({
      value: y,
      label: y === 0 ? '1' : `10${[...String(y)].map((c) => (c === '-' ? '⁻' : '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)])).join('')}`,
    })),
    xLabel: t['demo.decay.epoch']!,
    yLabel: t['demo.decay.diff']!,
    clipped: clipText(t),
  });
  const last = epochs.at(-1);
  const status = last
    ? fill(t['demo.decay.status']!, {
        lambda: fmtLambda(s.lambda),
        epoch: last.epoch,
        sgd: fmtDiff(Math.max(...epochs.map((e) => e.diffSgd))),
        adam: fmtDiff(last.diffAdam),
        adamL2: last.norms[2]!.toFixed(2),
        adamWd: last.norms[3]!.toFixed(2),
      })
    : '';
  const rows = last
    ? RUNS.map((r, i) => [t[`demo.decay.${r.key}`]!, last.norms[i]!.toFixed(3), last.trainLoss[i]!.toFixed(3), last.valLoss[i]!.toFixed(3)])
    : [];
  return { normSvg, diffSvg, status, rows };
}
