import { en } from './en';
import { ja, type UIKey } from './ja';

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';

const dictionaries: Record<Lang, Record<UIKey, string>> = { ja, en };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

/** A UI string, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UIKey, vars: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Returns a translator bound to one language, for use in components. */
export function useTranslations(lang: Lang) {
  return (key: UIKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}

/** The language of a path such as `/en/glossary/dropout/`; the default language otherwise. */
export function langFromPath(pathname: string): Lang {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLang(first) ? first : DEFAULT_LANG;
}

/** The same page in another language: `/ja/glossary/dropout/` → `/en/glossary/dropout/`. */
export function switchLangPath(pathname: string, to: Lang): string {
  const parts = pathname.split('/').filter(Boolean);
  if (isLang(parts[0])) parts.shift();
  return `/${[to, ...parts].join('/')}/`;
}

/** A site-relative path in a language, always with a trailing slash. */
export function localizedPath(lang: Lang, ...segments: string[]): string {
  const rest = segments.flatMap((s) => s.split('/')).filter(Boolean);
  return `/${[lang, ...rest].join('/')}/`;
}

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** A date as the reader's language writes it (frontmatter dates are UTC midnight). */
export function formatDate(lang: Lang, date: Date): string {
  return dateFormats[lang].format(date);
}

/** ISO `YYYY-MM-DD`, for `<time datetime>` and JSON. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type { UIKey };
