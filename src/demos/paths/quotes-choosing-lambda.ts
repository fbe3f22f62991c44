/**
 * Numbers that the exercises of the article on choosing λ quote from the lasso paths demo
 * (src/demos/quotes.ts): |x_jᵀ y_c| / n on the standardized diabetes data (the largest is λ_max),
 * and the fit at the right end of the λ slider, λ = 10^1.6, the state that the exercise's link opens.
 */
import { formatNumber } from '../kit/format';
import { narrow, settle } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { featureNames, handlers } from './jobs';
import { prepareDiabetes } from './model';
import { formatCoef } from './render';
import { PATHS_SPECS, type PathsSettings, countNonzero } from './specs';

const LASSO: PathsSettings = { model: 'lasso', rho: PATHS_SPECS.rho.default, std: true };
/** The link's λ: the top of the slider, whose range the demo narrows to the path on the slider's grid. */
const TOP = settle(PATHS_SPECS.lambda, 39.81);

let correlations: number[] | undefined;
/** |x_jᵀ y_c| / n for each standardized feature x_j and the centred target y_c. */
function scores(): number[] {
  if (correlations) return correlations;
  const { Z, y } = prepareDiabetes();
  const mean = y.reduce((a, b) => a + b, 0) / y.length;
  correlations = Z[0]!.map((_, j) => Math.abs(Z.reduce((s, row, i) => s + row[j]! * (y[i]! - mean), 0)) / y.length);
  return correlations;
}
const score = (feature: string): number => scores()[featureNames().indexOf(feature)]!;
const fitAtTop = () => handlers.fit({ settings: LASSO, lambda: TOP });

export const quotes: QuoteSet = {
  'choosingLambda.scoreBmi': () => formatNumber(score('bmi')),
  'choosingLambda.scoreS5': () => formatNumber(score('s5')),
  /** The right end of the path, as the path table's last column writes it. */
  'choosingLambda.lambdaMax': () => formatNumber(handlers.path(LASSO).lambdas.at(-1)!),
  'choosingLambda.topLambda': () => {
    const curve = handlers.path(LASSO);
    const top = narrow(PATHS_SPECS.lambda, curve.lambdas[0]!, curve.lambdas.at(-1)!).max;
    if (top !== TOP) throw new Error(`the lasso's λ slider now ends at ${top}, not ${TOP}: update the exercise's link and this file`);
    return formatNumber(TOP);
  },
  'choosingLambda.nonZeroAtTop': () => String(countNonzero(fitAtTop().coef)),
  'choosingLambda.bmiAtTop': () => formatCoef(fitAtTop().coef[featureNames().indexOf('bmi')]!),
  'choosingLambda.s5AtTop': () => formatCoef(fitAtTop().coef[featureNames().indexOf('s5')]!),
};
