import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { remarkTermLinks } from '../../src/plugins/remark-term-links';
import { mentionFinder } from '../../src/plugins/term-matcher';

describe('mentionFinder', () => {
  const find = mentionFinder([
    { slug: 'l1', names: ['L1正則化', 'L1', 'Lasso'] },
    { slug: 'reg', names: ['正則化', 'regularization'] },
    { slug: 'norm', names: ['norm'] },
  ]);
  const slugsIn = (text: string) => find(text).map((m) => `${m.slug}:${text.slice(m.start, m.end)}`);

  it('prefers the longest name at a position', () => {
    expect(slugsIn('L1正則化と正則化')).toEqual(['l1:L1正則化', 'reg:正則化']);
  });
  it('matches Latin names only as whole words, ignoring case, with a plural s', () => {
    expect(slugsIn('L12 and xL1 are not L1; lasso is')).toEqual(['l1:L1', 'l1:lasso']);
    expect(slugsIn('normalization, norms and Regularization')).toEqual(['norm:norms', 'reg:Regularization']);
  });
  it('agrees with a plain regular-expression matcher on random text (longest match, word boundaries, plurals)', () => {
    const terms = [
      { slug: 'a', names: ['L1', 'L1正則化', 'Lasso'] },
      { slug: 'b', names: ['正則化', 'norm', 'Ridge regression'] },
      { slug: 'c', names: ['ridge', 'ラッソ'] },
    ];
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const entries = terms.flatMap(({ slug, names }) => names.map((name) => ({ slug, name }))).sort((x, y) => y.name.length - x.name.length);
    const pattern = new RegExp(
      entries
        .map(
          ({ name }) => `(${/^[A-Za-z0-9]/.test(name) ? '(?<![A-Za-z0-9])' : ''}${escape(name)}${/[A-Za-z0-9]$/.test(name) ? '(?:s|es)?(?![A-Za-z0-9])' : ''})`,
        )
        .join('|'),
      'giu',
    );
    const reference = (text: string) =>
      [...text.matchAll(pattern)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        slug: entries[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]!.slug,
      }));
    const find = mentionFinder(terms);
    const pieces = fc.constantFrom(
      'L1',
      'l1',
      'L12',
      'x',
      'L1正則化',
      '正則化',
      'Lasso',
      'lassos',
      'norms',
      'normal',
      'Ridge',
      'ridge regressions',
      ' ',
      'ラッソ',
      'の',
      'es',
      's',
      '1',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(find(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing without names', () => {
    expect(mentionFinder([])('L1')).toEqual([]);
  });
});

describe('remarkTermLinks', () => {
  const root = mkdtempSync(join(tmpdir(), 'term-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('content/glossary/ja/regularization.mdx', '---\ntitle: 正則化\n---\n');
  write('content/glossary/en/regularization.mdx', '---\ntitle: Regularization\n---\n\n## The maths [#math]\n');
  write(
    'content/glossary/ja/l1-regularization.mdx',
    '---\ntitle: L1正則化\naliases: [ラッソ]\nredirects: [lasso]\n---\n\n## 数式 [#math]\n\n<PathsDemo model="lasso" />\n\n<ComparisonTable kind="dropout" />\n',
  );
  write('content/articles/ja/guide.mdx', '---\ntitle: 手引き\n---\n\n## 節 [#x]\n');

  const run = (path: string, markdown: string) => {
    const file = new VFile({ path: join(root, path), value: markdown });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkTermLinks).use(remarkStringify);
    const out = String(processor.processSync(file));
    return { out, linked: (file.data as { astro?: { frontmatter?: { linkedTerms?: string[] } } }).astro?.frontmatter?.linkedTerms };
  };

  it('links the first mention of each term only, and reports the linked slugs', () => {
    const { out, linked } = run('content/articles/ja/guide.mdx', 'ラッソは正則化です。正則化とラッソ。\n');
    expect(out).toContain('[ラッソ](/ja/glossary/l1-regularization/)は[正則化](/ja/glossary/regularization/)です。正則化とラッソ。');
    expect(linked).toEqual(['l1-regularization', 'regularization']);
  });

  it('leaves headings, existing links, code, maths and components alone', () => {
    const { out } = run('content/articles/ja/guide.mdx', '## 正則化\n\n`正則化` $正則化$ <Demo label="正則化" />\n\n[正則化の話](/ja/articles/guide/)\n');
    expect(out).not.toContain('/ja/glossary/');
  });

  it('does not link a term on its own page, nor a shorter name inside its title', () => {
    const { out } = run('content/glossary/ja/l1-regularization.mdx', 'L1正則化はラッソとも呼びます。\n');
    expect(out).toBe('L1正則化はラッソとも呼びます。\n');
  });

  it('resolves term: links in the page language and skips the term later', () => {
    const { out } = run('content/glossary/en/regularization.mdx', 'See [this](term:regularization#math).\n');
    expect(out).toContain('[this](/en/glossary/regularization/#math)');
    const ja = run('content/articles/ja/guide.mdx', '[罰則](term:regularization)を使う正則化。\n');
    expect(ja.out).toBe('[罰則](/ja/glossary/regularization/)を使う正則化。\n');
  });

  it('accepts links to articles, and points links to a redirect at its term', () => {
    const { out, linked } = run('content/articles/ja/guide.mdx', '[a](/ja/glossary/lasso/#math) [b](/ja/articles/guide/#x)\n');
    expect(out).toContain('[a](/ja/glossary/l1-regularization/#math) [b](/ja/articles/guide/#x)');
    expect(linked).toEqual(['l1-regularization']);
  });

  it('fails on an unknown slug, naming the file, line and column', () => {
    expect(() => run('content/articles/ja/guide.mdx', '一行目\n\n見て [x](term:no-such-term)\n')).toThrow(
      /content\/articles\/ja\/guide\.mdx:3:4: unknown glossary term "no-such-term"/,
    );
    expect(() => run('content/articles/ja/guide.mdx', '[x](/en/glossary/regularisation/)\n')).toThrow(/guide\.mdx:1:1: link to a missing page/);
    expect(() => run('content/articles/ja/guide.mdx', '[x](/ja/articles/nope/)\n')).toThrow(/missing page "\/ja\/articles\/nope\/"/);
  });

  it('checks anchors: headings, demos (default or given id), page sections, and this page', () => {
    const ok =
      '[a](/ja/glossary/lasso/#paths) [b](term:l1-regularization#dropout-table) [c](/ja/glossary/l1-regularization/#references) [d](#demo2)\n\n<GeometryDemo id="demo2" />\n';
    expect(() => run('content/articles/ja/guide.mdx', ok)).not.toThrow();
    expect(() => run('content/articles/ja/guide.mdx', '\n[a](/ja/glossary/l1-regularization/#maths)\n')).toThrow(
      /guide\.mdx:2:1: link to a missing anchor "#maths" on \/ja\/glossary\/l1-regularization\/ \(it has: .*math,/,
    );
    expect(() => run('content/articles/ja/guide.mdx', '[a](term:l1-regularization#intuition)\n')).toThrow(/missing anchor "#intuition"/);
    expect(() => run('content/articles/ja/guide.mdx', '[a](#nowhere)\n')).toThrow(/missing anchor "#nowhere" on this page/);
  });

  it('ignores files outside the content folders', () => {
    expect(run('src/pages/x.mdx', '正則化\n').out).toBe('正則化\n');
  });
});
