/**
 * Numbers that the exercises of the L1 regularization page quote from the paths demo (see
 * src/demos/quotes.ts): the lasso on the standardized diabetes data at λ = 1 (the default) and
 * at λ = 10, the state that the exercise's link opens (`?paths.lambda=10#paths`).
 */
import type { Lang } from '../../i18n';
import type { QuoteSet } from '../quotes';
import { featureNames, handlers } from './jobs';
import { PATHS_SPECS, type PathsSettings, countNonzero } from './specs';

const LASSO: PathsSettings = { model: 'lasso', rho: PATHS_SPECS.rho.default, std: PATHS_SPECS.std.default };
const coefAt = (lambda: number) => handlers.fit({ settings: LASSO, lambda }).coef;

/** "bmi、bp、s3、s5" or "bmi, bp, s3, and s5": the features whose coefficient is not zero. */
function kept(coef: readonly number[], lang: Lang): string {
  const names = featureNames().filter((_, j) => Math.abs(coef[j]!) > 1e-10);
  if (lang === 'ja') return names.join('、');
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

export const quotes: QuoteSet = {
  'l1.nonZeroAt1': () => String(countNonzero(coefAt(1))),
  'l1.nonZeroAt10': () => String(countNonzero(coefAt(10))),
  'l1.keptAt10': (lang) => kept(coefAt(10), lang),
};
