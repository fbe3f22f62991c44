/** A demo's strings: its own (strings.ts in its folder) over the site's shared UI strings. */
import { type Lang, type UIKey, t as translate } from '../../i18n';
import { PROBLEM_KEYS, fill } from './text';

export type DemoStrings = { readonly ja: Readonly<Record<string, string>>; readonly en: Readonly<Record<string, string>> };

/** `t(key, vars)` for build-time rendering: the demo's key if it has it, else the site's. */
export function demoTranslator(lang: Lang, own: DemoStrings) {
  const table: Record<string, string> = own[lang];
  return (key: string, vars: Record<string, string | number> = {}): string => (key in table ? fill(table[key]!, vars) : translate(lang, key as UIKey, vars));
}

/** The kit's chart strings (clipped lines), which every demo's figure may use: sent to the browser by DemoFrame. */
export const CHART_KEYS = ['chart.clippedAbove', 'chart.clippedBelow', 'chart.clippedNote'] as const satisfies readonly UIKey[];

/** A demo's strings for build-time rendering: the kit's chart strings under its own. */
export const withChartStrings = (lang: Lang, own: Readonly<Record<string, string>>): Record<string, string> => ({
  ...Object.fromEntries(CHART_KEYS.map((k) => [k, translate(lang, k)])),
  ...own,
});

/** The site strings that the kit itself uses in the browser (URL messages, copy link, failures). */
export const KIT_KEYS: UIKey[] = [...Object.values(PROBLEM_KEYS), 'demo.copyLink', 'demo.copied', 'demo.copyFailed', 'demo.failed', ...CHART_KEYS];
