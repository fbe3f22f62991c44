import { describe, expect, it } from 'vitest';
import { glossaryFeedSchema } from '../../src/schemas/glossary-feed';
import { redirectMap, redirectPages } from '../../src/utils/redirects';

describe('redirect map', () => {
  const map = redirectMap([
    { slug: 'l1-regularization', redirects: ['lasso', 'variable-selection-l1'] },
    { slug: 'l2-regularization', redirects: ['ridge'] },
    { slug: 'dropout', redirects: [] },
  ]);

  it('maps every redirect slug to its term', () => {
    expect([...map]).toEqual([
      ['lasso', 'l1-regularization'],
      ['variable-selection-l1', 'l1-regularization'],
      ['ridge', 'l2-regularization'],
    ]);
  });

  it('builds a page per language only where the target term exists', () => {
    const pages = redirectPages(map, { ja: new Set(['l1-regularization', 'l2-regularization']), en: new Set(['l1-regularization']) });
    expect(pages).toEqual([
      { lang: 'ja', from: 'lasso', to: 'l1-regularization' },
      { lang: 'ja', from: 'variable-selection-l1', to: 'l1-regularization' },
      { lang: 'ja', from: 'ridge', to: 'l2-regularization' },
      { lang: 'en', from: 'lasso', to: 'l1-regularization' },
      { lang: 'en', from: 'variable-selection-l1', to: 'l1-regularization' },
    ]);
  });
});

describe('glossary feed schema (version 1)', () => {
  const feed = {
    version: 1,
    lang: 'ja',
    license: {
      spdx: 'CC-BY-4.0',
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
      attribution: '正則化ずかん (https://example.org/)',
    },
    terms: [
      {
        slug: 'l1-regularization',
        title: 'L1正則化',
        reading: 'えるわんせいそくか',
        summary: '要約です。',
        url: 'https://example.org/ja/glossary/l1-regularization/',
        tags: [],
        aliases: ['ラッソ'],
        redirects: ['lasso'],
        updated: '2026-11-25',
      },
    ],
  };

  it('accepts a valid feed, with or without reading', () => {
    expect(glossaryFeedSchema.safeParse(feed).success).toBe(true);
    const { reading: _r, ...en } = feed.terms[0]!;
    expect(glossaryFeedSchema.safeParse({ ...feed, lang: 'en', terms: [en] }).success).toBe(true);
  });

  it('rejects another version, a relative URL, a bad date and unknown fields', () => {
    expect(glossaryFeedSchema.safeParse({ ...feed, version: 2 }).success).toBe(false);
    expect(glossaryFeedSchema.safeParse({ ...feed, terms: [{ ...feed.terms[0], url: '/ja/glossary/x/' }] }).success).toBe(false);
    expect(glossaryFeedSchema.safeParse({ ...feed, terms: [{ ...feed.terms[0], updated: '25 Nov 2026' }] }).success).toBe(false);
    expect(glossaryFeedSchema.safeParse({ ...feed, extra: 1 }).success).toBe(false);
  });
});
