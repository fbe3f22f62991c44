/**
 * Numbers that the exercises of the Elastic Net page quote from the grouping demo (see
 * src/demos/quotes.ts): which features the lasso keeps in the demo's first state (sample 1) and
 * on sample 2 (`?grouping.seed=2#grouping`), and how many features of each group the Elastic Net
 * keeps at ρ = 0.3 (the default) and ρ = 0.95 (`?grouping.rho=0.95#grouping`).
 */
import type { Lang } from '../../i18n';
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { GROUPING_SPECS, type GroupingSettings, fitGrouping, keptPerGroup } from './model';

const FIRST: GroupingSettings = defaults(GROUPING_SPECS);
const fits = new Map<string, ReturnType<typeof fitGrouping>>();
const fit = (patch: Partial<GroupingSettings>) => {
  const s = { ...FIRST, ...patch };
  const key = JSON.stringify(s);
  if (!fits.has(key)) fits.set(key, fitGrouping(s));
  return fits.get(key)!;
};

/** The features with a non-zero lasso coefficient, as the demo names them: "x2、x3、x4" or "x2, x3, and x4". */
function keptNames(coef: readonly number[], lang: Lang): string {
  const names = coef.flatMap((c, j) => (Math.abs(c) > 1e-10 ? [`x${j + 1}`] : []));
  if (lang === 'ja') return names.join('、');
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}
/** "A 3/3、B 3/3、C 0/3" as in the demo's line, in the page's language. */
const perGroup = (coef: number[], lang: Lang) =>
  keptPerGroup(coef)
    .map((k, g) => `${'ABC'[g]} ${k}/3`)
    .join(lang === 'ja' ? '、' : ', ');

export const quotes: QuoteSet = {
  'enet.lassoKept1': (lang) => keptNames(fit({}).lasso, lang),
  'enet.lassoKept2': (lang) => keptNames(fit({ seed: 2 }).lasso, lang),
  'enet.enetKept1': (lang) => perGroup(fit({}).enet, lang),
  'enet.enetKept2': (lang) => perGroup(fit({ seed: 2 }).enet, lang),
  'enet.enetKeptRho95': (lang) => perGroup(fit({ rho: 0.95 }).enet, lang),
  'enet.lassoKeptRho95': (lang) => perGroup(fit({ rho: 0.95 }).lasso, lang),
};
