/** The cross-validation chart under the paths: mean ± SE per λ, λ_min, λ_1se and the current λ. Pure. */
import { formatFixed, formatNumber, minus } from '../kit/format';
import { lineChartSvg } from '../kit/svg-chart';
import { fill } from '../kit/text';
import { type CvCurve, lambdaAxis } from './specs';

function niceTicks(lo: number, hi: number, count = 4): number[] {
  const raw = (hi - lo) / count;
  const step = 10 ** Math.floor(Math.log10(raw));
  const unit = [1, 2, 5, 10].map((m) => m * step).find((u) => u >= raw) ?? 10 * step;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / unit) * unit; v <= hi; v += unit) ticks.push(Number(v.toPrecision(6)));
  return ticks;
}

export function cvSvg(cv: CvCurve, lambda: number, t: Record<string, string>): string {
  const xs = cv.lambdas.map(lambdaAxis);
  const lo = Math.min(...cv.mean.map((m, i) => m - cv.se[i]!));
  const hi = Math.max(...cv.mean.map((m, i) => m + cv.se[i]!));
  const pad = (hi - lo) * 0.05;
  const x: [number, number] = [xs[0]!, xs.at(-1)!];
  return lineChartSvg({
    width: 560,
    height: 230,
    x,
    y: [lo - pad, hi + pad],
    title: t['demo.paths.cvTitle']!,
    series: [
      {
        points: xs.map((v, i) => [v, cv.mean[i]!]),
        errorBars: xs.map((v, i) => [v, cv.mean[i]! - cv.se[i]!, cv.mean[i]! + cv.se[i]!]),
        className: 'cv',
      },
    ],
    xTicks: niceTicks(x[0], x[1], 5)
      .filter((v) => Number.isInteger(v))
      .map((v) => ({ value: v, label: minus(String(v)) })),
    yTicks: niceTicks(lo, hi).map((v) => ({ value: v, label: minus(String(v)) })),
    xLabel: t['demo.paths.xaxis.lambda']!,
    yLabel: t['demo.paths.cvAxis']!,
    markers: [
      { x: lambdaAxis(cv.lambdaMin), className: 'cv-min' },
      { x: lambdaAxis(cv.lambda1se), className: 'cv-1se' },
      { x: lambdaAxis(lambda), className: 'marker' },
    ],
  });
}

export function cvSummary(cv: CvCurve, t: Record<string, string>): string {
  const i = cv.lambdas.indexOf(cv.lambdaMin);
  return fill(t['demo.paths.cvSummary']!, {
    min: formatNumber(cv.lambdaMin),
    mse: formatFixed(cv.mean[i]!, 0),
    se: formatFixed(cv.se[i]!, 0),
    onese: formatNumber(cv.lambda1se),
  });
}
