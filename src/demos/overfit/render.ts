/** Both overfitting charts and the status line, from the model's view. Pure; shared by build and browser. */
import { formatNumber } from '../kit/format';
import { clipText, lineChartSvg } from '../kit/svg-chart';
import { type OverfitSettings, lambdaOf, overfitView } from './model';
import { fill } from '../kit/text';

export type OverfitStrings = Record<string, string>;
export const fmtError = (v: number) => formatNumber(v, 2);
export function fmtLambda(loglambda: number, none: string): string {
  const lambda = lambdaOf(loglambda);
  if (lambda === 0) return none;
  return formatNumber(lambda, 2);
}

export function renderOverfit(s: OverfitSettings, t: OverfitStrings) {
  const v = overfitView(s);
  const fitSvg = lineChartSvg({
    height: 220,
    x: [0, 1],
    y: [-2, 2],
    title: t['demo.overfit.fitTitle']!,
    series: [
      { points: v.truth, className: 'line-reference' },
      { points: v.curve, className: 'line-main' },
      { points: v.train.x.map((x, i) => [x, v.train.y[i]!]), className: 'dot-compare', dots: true },
    ],
    xTicks: [0, 0.5, 1].map((x) => ({ value: x, label: String(x) })),
    yTicks: [-2, -1, 0, 1, 2].map((y) => ({ value: y, label: String(y).replace('-', '−') })),
    xLabel: 'x',
    yLabel: 'y',
    clipped: clipText(t),
  });
  const byLambda = s.x === 'lambda';
  const log = (e: number) => Math.log10(Math.max(e, 1e-6));
  const errorSvg = lineChartSvg({
    height: 220,
    x: byLambda ? [-10, 1] : [0, 15],
    y: [-3, 2],
    title: t['demo.overfit.errorTitle']!,
    series: [
      { points: v.sweep.map((p) => [p.at, log(p.train)]), className: 'line-main', label: t['demo.overfit.train']! },
      { points: v.sweep.map((p) => [p.at, log(p.test)]), className: 'line-compare', label: t['demo.overfit.test']! },
    ],
    endLabels: 'end',
    clipped: clipText(t),
    xTicks: (byLambda ? [-10, -8, -6, -4, -2, 0] : [0, 3, 6, 9, 12, 15]).map((x) => ({ value: x, label: String(x).replace('-', '−') })),
    yTicks: [-3, -2, -1, 0, 1, 2].map((y) => ({ value: y, label: `10${y < 0 ? '⁻' : ''}${'⁰¹²³'[Math.abs(y)]}` })),
    xLabel: byLambda ? t['demo.overfit.byLambda']! : t['demo.overfit.byDegree']!,
    yLabel: t['demo.overfit.mse']!,
    markers: [{ x: byLambda ? s.loglambda : s.degree, className: 'marker' }],
  });
  const status = fill(t['demo.overfit.status']!, {
    degree: s.degree,
    lambda: fmtLambda(s.loglambda, t['demo.overfit.none']!),
    train: fmtError(v.trainMse),
    test: fmtError(v.testMse),
    noise: fmtError(v.noiseMse),
  });
  const rows = v.sweep.map((p) => [byLambda ? fmtLambda(p.at, t['demo.overfit.none']!) : String(p.at), fmtError(p.train), fmtError(p.test)]);
  return { fitSvg, errorSvg, status, rows };
}
