import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/articles';
import { glossarySchema } from '../../src/schemas/glossary';

const valid = {
  title: 'L1正則化',
  reading: 'えるわんせいそくか',
  summary: '重みの絶対値の和を罰則として加え、不要な重みをちょうど0にする正則化です。',
  tags: ['線形モデル'],
  related: ['l2-regularization'],
  aliases: ['Lasso', 'ラッソ'],
  redirects: ['lasso'],
  references: [
    {
      authors: 'Tibshirani, R.',
      title: 'Regression Shrinkage and Selection via the Lasso',
      year: 1996,
      url: 'https://doi.org/10.1111/j.2517-6161.1996.tb02080.x',
    },
    { authors: 'Hastie, T., Tibshirani, R., & Friedman, J.', title: 'The Elements of Statistical Learning', year: 2009, section: '§3.4' },
  ],
  updated: new Date('2026-11-24'),
};

/** The paths of the fields that fail, e.g. ["reading"] or ["references", 0, "year"]. */
function failingPaths(data: unknown): (string | number)[][] {
  const result = glossarySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path as (string | number)[]);
}

describe('glossary schema', () => {
  it('accepts the SPEC example and fills defaults', () => {
    const parsed = glossarySchema.parse({ ...valid, tags: undefined, related: undefined });
    expect(parsed.tags).toEqual([]);
    expect(parsed.related).toEqual([]);
    expect(parsed.draft).toBe(false);
  });

  it('accepts an English entry without reading, and a book reference without url', () => {
    const { reading: _reading, ...en } = valid;
    const book = { authors: 'Hastie, T. et al.', title: 'ESL', year: 2009, section: '§3.4' };
    expect(
      failingPaths({ ...en, title: 'L1 regularization', summary: 'A penalty on |w| that sets some weights to exactly zero.', references: [book, book] }),
    ).toEqual([]);
  });

  it.each([
    ['katakana', 'エルワン'],
    ['kanji', '正則化'],
    ['latin', 'l1'],
    ['spaces', 'える わん'],
    ['empty', ''],
  ])('rejects a reading in %s', (_label, reading) => {
    expect(failingPaths({ ...valid, reading })).toEqual([['reading']]);
  });

  it('accepts the long-vowel mark and small kana in a reading', () => {
    expect(failingPaths({ ...valid, reading: 'でーたかくちょう' })).toEqual([]);
    expect(failingPaths({ ...valid, reading: 'どろっぷあうと' })).toEqual([]);
  });

  it.each(['title', 'summary', 'updated'])('requires %s', (field) => {
    const { [field as keyof typeof valid]: _omit, ...rest } = valid;
    expect(failingPaths(rest)).toEqual([[field]]);
  });

  it('rejects an empty title and an empty or Markdown summary', () => {
    expect(failingPaths({ ...valid, title: '  ' })).toEqual([['title']]);
    expect(failingPaths({ ...valid, summary: '' })).toEqual([['summary']]);
    expect(failingPaths({ ...valid, summary: '**太字**です。' })).toEqual([['summary']]);
    expect(failingPaths({ ...valid, summary: '数式 $x$ です。' })).toEqual([['summary']]);
  });

  it('requires the summary to be one sentence under 120 characters', () => {
    expect(failingPaths({ ...valid, summary: `${'あ'.repeat(118)}。` })).toEqual([]);
    expect(failingPaths({ ...valid, summary: `${'あ'.repeat(119)}。` })).toEqual([['summary']]);
    expect(failingPaths({ ...valid, summary: '一文目です。二文目です。' })).toEqual([['summary']]);
    expect(failingPaths({ ...valid, summary: '句点がありません' })).toEqual([['summary']]);
    expect(failingPaths({ ...valid, summary: 'One sentence. Two sentences.' })).toEqual([['summary']]);
    expect(failingPaths({ ...valid, summary: 'Shrinks w by 0.5 per step, as in ESL §3.4.' })).toEqual([]);
  });

  it('requires at least two references', () => {
    expect(failingPaths({ ...valid, references: valid.references.slice(0, 1) })).toEqual([['references']]);
    expect(failingPaths({ ...valid, references: undefined })).toEqual([['references']]);
  });

  it('rejects slugs that are not kebab-case ASCII', () => {
    expect(failingPaths({ ...valid, related: ['L2_regularization'] })).toEqual([['related', 0]]);
    expect(failingPaths({ ...valid, redirects: ['ラッソ'] })).toEqual([['redirects', 0]]);
    expect(failingPaths({ ...valid, related: ['l2-regularization', 'l2-regularization'] })).toEqual([['related']]);
  });

  it('rejects malformed references', () => {
    const good = valid.references[1]!;
    expect(failingPaths({ ...valid, references: [{ title: 'x', year: 2000 }, good] })).toEqual([['references', 0, 'authors']]);
    expect(failingPaths({ ...valid, references: [{ authors: 'A', title: 'x', year: '1996' }, good] })).toEqual([['references', 0, 'year']]);
    expect(failingPaths({ ...valid, references: [good, { authors: 'A', title: 'x', year: 1996, url: 'not a url' }] })).toEqual([['references', 1, 'url']]);
  });

  it('rejects unknown fields, so typos are caught', () => {
    const result = glossarySchema.safeParse({ ...valid, relatd: ['dropout'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/relatd/);
  });

  it('rejects an invalid date', () => {
    expect(failingPaths({ ...valid, updated: '2026-13-45' })).toEqual([['updated']]);
  });
});

describe('article schema', () => {
  const ref = { authors: 'Hastie, T. et al.', title: 'ESL', year: 2009 };
  const article = {
    title: '過学習と正則化の全体像',
    description: '全体像です。',
    references: [ref, ref, ref, ref],
    published: '2026-11-24',
    updated: '2026-11-24',
  };

  it('accepts a minimal article', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.order).toBe(100);
    expect(parsed.published).toBeInstanceOf(Date);
  });

  it('requires at least four references', () => {
    expect(articleSchema.safeParse({ ...article, references: [ref, ref, ref] }).success).toBe(false);
  });

  it('requires a plain-text description', () => {
    expect(articleSchema.safeParse({ ...article, description: '' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, description: '<b>x</b>' }).success).toBe(false);
  });
});
