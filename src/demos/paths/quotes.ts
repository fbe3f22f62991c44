/**
 * Numbers the prose quotes from the coefficient-paths demo (see src/demos/quotes.ts), computed by
 * the demo's own jobs at the states the pages describe: standardized diabetes data, λ on the
 * slider's grid as the view narrows it to the drawn path (`ctx.narrow` and `settle` in view.ts),
 * so each number is the one the demo shows at that position. The jobs keep the paths and CV
 * curves, so the whole set costs a few fits once per build.
 */
import { formatFixed, formatNumber } from '../kit/format';
import { narrow, settle } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { featureNames, handlers } from './jobs';
import { formatCoef } from './render';
import { CV_FOLDS, PATHS_SPECS, type PathsSettings, countNonzero } from './specs';

const settings = (model: PathsSettings['model']): PathsSettings => ({ model, rho: PATHS_SPECS.rho.default, std: PATHS_SPECS.std.default });
const LASSO = settings('lasso');
const RIDGE = settings('ridge');

/** The λ slider as the view narrows it to the drawn path. */
function slider(s: PathsSettings) {
  const curve = handlers.path(s);
  return narrow(PATHS_SPECS.lambda, curve.lambdas[0]!, curve.lambdas.at(-1)!);
}
/** The coefficients the demo shows with the slider at (the grid point nearest to) λ. */
const coefAt = (s: PathsSettings, lambda: number): number[] => handlers.fit({ settings: s, lambda: settle(slider(s), lambda) }).coef;
/** The same, for the tests of what the pages say about these numbers. */
export const shownCoef = (model: PathsSettings['model'], lambda: number): number[] => coefAt(settings(model), lambda);
const nonZeroAt = (s: PathsSettings, lambda: number): string => String(countNonzero(coefAt(s, lambda)));
/** Every λ the slider can take, smallest first. */
function grid(s: PathsSettings): number[] {
  const spec = slider(s);
  const out: number[] = [];
  for (let k = 0; ; k++) {
    const v = settle(spec, 10 ** (Math.log10(spec.min) + k * spec.step!));
    if (out.length > 0 && v <= out.at(-1)!) return out;
    out.push(v);
  }
}
const feature = (name: string): number => featureNames().indexOf(name);
/** A coefficient rounded to a whole number, with its sign (−37, +22). */
const signed = (c: number): string => `${c > 0 ? '+' : ''}${formatFixed(c, 0)}`;
/** "Use λ_min" and "Use λ_1se": the λ of the drawn cross-validation, moved to the slider's grid. */
const cvLambda = (rule: 'lambdaMin' | 'lambda1se'): number => handlers.cv(LASSO)[rule];

export const quotes: QuoteSet = {
  /** The number of features (the "/ 10" of the status line). */
  features: () => String(featureNames().length),
  /** The λ slider's default, as the slider writes it, and the folds of the CV chart. */
  'lambda.default': () => formatNumber(PATHS_SPECS.lambda.default),
  folds: () => String(CV_FOLDS),
  /** Lasso: non-zero coefficients at the default λ, after "Use λ_min" / "Use λ_1se", and at λ = 10 and λ = 25.1. */
  'lasso.nonZeroDefault': () => nonZeroAt(LASSO, PATHS_SPECS.lambda.default),
  'lasso.nonZeroAtMin': () => nonZeroAt(LASSO, cvLambda('lambdaMin')),
  'lasso.nonZeroAt1se': () => nonZeroAt(LASSO, cvLambda('lambda1se')),
  'lasso.nonZeroAt10': () => nonZeroAt(LASSO, 10),
  'lasso.nonZeroAt25': () => nonZeroAt(LASSO, 25.1),
  /** Lasso: the right end of the path, where every coefficient is 0 (λ_max, two significant figures). */
  'lasso.lambdaMax': () => formatNumber(handlers.path(LASSO).lambdas.at(-1)!, 2),
  /** Lasso at the slider's left end: total cholesterol (s1) and LDL (s2). */
  'lasso.s1AtLeftEnd': () => signed(coefAt(LASSO, 0)[feature('s1')]!),
  'lasso.s2AtLeftEnd': () => signed(coefAt(LASSO, 0)[feature('s2')]!),
  /** Lasso: the smallest λ of the slider at which s2 is 0 and s1 is not (as the slider writes it). */
  'lasso.s1OnlyFrom': () => {
    const at = grid(LASSO).find((lambda) => {
      const coef = coefAt(LASSO, lambda);
      return countNonzero([coef[feature('s2')]!]) === 0 && countNonzero([coef[feature('s1')]!]) === 1;
    });
    if (at === undefined) throw new Error('paths quotes: the lasso never keeps s1 without s2');
    return formatNumber(at);
  },
  /** Ridge: the fewest non-zero coefficients anywhere on the slider (it never sets one to 0). */
  'ridge.nonZeroMin': () => String(Math.min(...grid(RIDGE).map((lambda) => countNonzero(coefAt(RIDGE, lambda))))),
  /** Ridge at the slider's right end: the largest coefficient, as the table writes it. */
  'ridge.largestAtRightEnd': () => {
    const coef = coefAt(RIDGE, Number.POSITIVE_INFINITY);
    return formatCoef(coef.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a)));
  },
};
