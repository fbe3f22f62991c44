/** The cross-validation chart under the paths: mean ± SE per λ, λ_min, λ_1se and the current λ. Pure. */
import { formatFixed, formatNumber, minus, niceTicks } from '../kit/format';
import { clipText, lineChartSvg } from '../kit/svg-chart';
import { fill } from '../kit/text';
import { type CvCurve, lambdaAxis, lambdaDomain, lambdaTicks } from './specs';

export function cvSvg(cv: CvCurve, lambda: number, t: Record<string, string>): string {
  const xs = cv.lambdas.map(lambdaAxis);
  const lo = Math.min(...cv.mean.map((m, i) => m - cv.se[i]!));
  const hi = Math.max(...cv.mean.map((m, i) => m + cv.se[i]!));
  const pad = (hi - lo) * 0.05;
  // The same x range as the path chart above, so that the λ markers line up.
  const x = lambdaDomain(cv.lambdas);
  return lineChartSvg({
    height: 240,
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
    xTicks: lambdaTicks(x).map((v) => ({ value: v, label: minus(String(v)) })),
    yTicks: niceTicks(lo, hi).map((v) => ({ value: v, label: formatNumber(v, 4) })),
    xLabel: t['demo.paths.xaxis.lambda']!,
    clipped: clipText(t),
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
