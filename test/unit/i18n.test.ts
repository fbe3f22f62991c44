import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { LANGS, formatDate, isLang, isoDate, langFromPath, localizedPath, otherLang, switchLangPath, t } from '../../src/i18n';
import { ja } from '../../src/i18n/ja';

describe('UI strings', () => {
  it('has the same keys in every language, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    for (const dict of [ja, en]) for (const value of Object.values(dict)) expect(value.trim()).not.toBe('');
  });

  it('keeps the same placeholders in each translation', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
  });

  it('uses no full-width ASCII letters or digits in Japanese strings', () => {
    for (const value of Object.values(ja)) expect(value).not.toMatch(/[Ａ-Ｚａ-ｚ０-９]/);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('ja', 'glossary.count', { count: 8 })).toBe('8語');
    expect(t('en', 'glossary.count', { count: 8 })).toBe('8 terms');
    expect(t('en', 'glossary.count')).toBe('{count} terms');
  });
});

describe('language helpers', () => {
  it('recognises the two languages', () => {
    expect(LANGS).toEqual(['ja', 'en']);
    expect(isLang('ja')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(undefined)).toBe(false);
    expect(otherLang('ja')).toBe('en');
    expect(otherLang('en')).toBe('ja');
  });

  it('reads the language from a path, defaulting to Japanese', () => {
    expect(langFromPath('/en/glossary/dropout/')).toBe('en');
    expect(langFromPath('/ja/')).toBe('ja');
    expect(langFromPath('/')).toBe('ja');
    expect(langFromPath('/english/')).toBe('ja');
  });

  it('switches a path to the other language', () => {
    expect(switchLangPath('/ja/glossary/l1-regularization/', 'en')).toBe('/en/glossary/l1-regularization/');
    expect(switchLangPath('/en/', 'ja')).toBe('/ja/');
    expect(switchLangPath('/', 'en')).toBe('/en/');
  });

  it('builds paths with one trailing slash', () => {
    expect(localizedPath('ja')).toBe('/ja/');
    expect(localizedPath('en', 'glossary', 'dropout')).toBe('/en/glossary/dropout/');
    expect(localizedPath('en', '/glossary/', '/dropout/')).toBe('/en/glossary/dropout/');
  });

  it('formats dates per language, in UTC', () => {
    const date = new Date('2026-11-04T00:00:00Z');
    expect(formatDate('ja', date)).toBe('2026年11月4日');
    expect(formatDate('en', date)).toBe('November 4, 2026'); // American, as the rest of the English text
    expect(isoDate(date)).toBe('2026-11-04');
  });
});
