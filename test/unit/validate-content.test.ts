import { describe, expect, it } from 'vitest';
import { ContentError, type TermRecord, assertValidContent, findContentProblems } from '../../src/utils/validate-content';

const term = (lang: string, slug: string, extra: Partial<TermRecord> = {}): TermRecord => ({
  lang,
  slug,
  filePath: `content/glossary/${lang}/${slug}.mdx`,
  title: `${slug}-${lang}`,
  ...(lang === 'ja' ? { reading: 'よみ' } : {}),
  related: [],
  aliases: [],
  redirects: [],
  tags: [],
  ...extra,
});

describe('cross-entry content checks', () => {
  it('accepts consistent content', () => {
    const terms = [
      term('ja', 'l1-regularization', { related: ['l2-regularization'], redirects: ['lasso'], aliases: ['ラッソ'] }),
      term('ja', 'l2-regularization'),
      term('en', 'l1-regularization'),
    ];
    expect(findContentProblems(terms)).toEqual([]);
  });

  it('names the file and field of an unknown related slug', () => {
    const problems = findContentProblems([term('ja', 'dropout', { related: ['dropconect'] })]);
    expect(problems).toEqual(['content/glossary/ja/dropout.mdx: related: unknown slug "dropconect" (no content/glossary/ja/dropconect.mdx)']);
  });

  it('checks related slugs per language', () => {
    const problems = findContentProblems([term('ja', 'dropout'), term('en', 'overfitting', { related: ['dropout'] })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/glossary\/en\/overfitting\.mdx: related:/);
  });

  it('rejects a redirect that collides with a real slug or with another redirect', () => {
    const problems = findContentProblems([
      term('ja', 'l1-regularization', { redirects: ['dropout', 'lasso'] }),
      term('ja', 'dropout'),
      term('ja', 'elastic-net', { redirects: ['lasso'] }),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/l1-regularization\.mdx: redirects: "dropout" collides/);
    expect(problems[1]).toMatch(/elastic-net\.mdx: redirects: "lasso" is already a redirect to "l1-regularization"/);
  });

  it('wants redirects in the ja file only', () => {
    expect(findContentProblems([term('en', 'l1-regularization', { redirects: ['lasso'] })])[0]).toMatch(
      /en\/l1-regularization\.mdx: redirects: declare redirects in the ja file/,
    );
  });

  it('rejects an alias that is another term’s title or alias, ignoring case and width', () => {
    const problems = findContentProblems([
      term('en', 'l1-regularization', { aliases: ['Lasso'] }),
      term('en', 'lasso-path', { title: 'LASSO' }),
      term('en', 'l2-regularization', { aliases: ['Ｌａｓｓｏ'] }),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.includes('is already the title or an alias of content/glossary/en/l1-regularization.mdx'))).toBe(true);
  });

  it('rejects a term that lists itself, and a duplicate slug', () => {
    expect(findContentProblems([term('ja', 'dropout', { related: ['dropout'] })])).toEqual([
      'content/glossary/ja/dropout.mdx: related: lists the term itself ("dropout")',
    ]);
    expect(findContentProblems([term('ja', 'dropout'), term('ja', 'dropout', { filePath: 'content/glossary/ja/dropout.md' })])[0]).toMatch(
      /slug "dropout" is used twice/,
    );
  });

  it("accepts tags from the vocabulary in the entry's language only", () => {
    expect(findContentProblems([term('ja', 'dropout', { tags: ['深層学習'] }), term('en', 'dropout', { tags: ['deep learning'] })])).toEqual([]);
    const problems = findContentProblems(
      [term('ja', 'dropout', { tags: ['deep learning'] })],
      [{ lang: 'en', slug: 'overview', filePath: 'content/articles/en/overview.mdx', related: [], tags: ['Deep Learning'] }],
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/glossary\/ja\/dropout\.mdx: tags: unknown tag "deep learning" \(use one of: 基礎, /);
    expect(problems[1]).toMatch(/^content\/articles\/en\/overview\.mdx: tags: unknown tag "Deep Learning"/);
  });

  it('checks the related slugs of articles', () => {
    const problems = findContentProblems(
      [term('ja', 'dropout')],
      [{ lang: 'ja', slug: 'overview', filePath: 'content/articles/ja/overview.mdx', related: ['dropout', 'mixup'], tags: [] }],
    );
    expect(problems).toEqual(['content/articles/ja/overview.mdx: related: unknown slug "mixup" (no content/glossary/ja/mixup.mdx)']);
  });

  it('requires a reading on a Japanese term and refuses one on an English term, naming the file', () => {
    const problems = findContentProblems([term('ja', 'dropout', { reading: undefined }), term('en', 'dropout', { reading: 'どろっぷあうと' })]);
    expect(problems).toEqual([
      'content/glossary/ja/dropout.mdx: reading: required for a Japanese term (its hiragana reading, the sort key of the index, e.g. "えるわんせいそくか")',
      'content/glossary/en/dropout.mdx: reading: only Japanese terms take a reading; remove it from the en file',
    ]);
  });

  it('throws one ContentError listing every problem', () => {
    expect(() => assertValidContent([term('ja', 'a', { related: ['x', 'y'] })])).toThrow(ContentError);
    expect(() => assertValidContent([term('ja', 'a', { related: ['x', 'y'] })])).toThrow(/2 problems[\s\S]*"x"[\s\S]*"y"/);
  });
});
