import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_NAMES, componentName } from '../../src/demos/registry';
import { articleSchema } from '../../src/schemas/articles';
import { READING_PATTERN, glossarySchema } from '../../src/schemas/glossary';
import { prose } from '../helpers/prose';

// The structure every entry must have (issue 5): what a reader relies on, checked file by file.
const ROOT = new URL('../../content/', import.meta.url).pathname;
const LANGS = ['ja', 'en'] as const;
const slugsOf = (kind: string, lang: string) =>
  readdirSync(join(ROOT, kind, lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4));
const read = (kind: string, lang: string, slug: string) => {
  const text = readFileSync(join(ROOT, kind, lang, `${slug}.mdx`), 'utf8');
  const { frontmatter, content } = parseFrontmatter(text);
  return { frontmatter: frontmatter as Record<string, unknown>, body: content };
};
const entries = (kind: string) => LANGS.flatMap((lang) => slugsOf(kind, lang).map((slug) => ({ lang, slug, path: `${kind}/${lang}/${slug}.mdx` })));
const terms = entries('glossary');
const articles = entries('articles');

/** Demo components that content can embed. */
const DEMOS: string[] = [...DEMO_NAMES.map(componentName), 'ComparisonTable'];

/** Japanese characters of prose: frontmatter, maths, code, markup and components removed. */
export function proseLength(body: string): number {
  const text = prose(`---\n---\n${body}`)
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\[#[a-z0-9-]+\]/g, '')
    .replace(/[#*>|[\]\-\s]/g, '');
  return [...text].length;
}

describe('content structure', () => {
  it('has the 24 SPEC terms, 5 articles, and every entry in both languages', () => {
    expect(slugsOf('glossary', 'ja').length).toBeGreaterThanOrEqual(24);
    expect(slugsOf('articles', 'ja').length).toBeGreaterThanOrEqual(5);
    for (const kind of ['glossary', 'articles']) expect(slugsOf(kind, 'en')).toEqual(slugsOf(kind, 'ja'));
  });

  it.each(terms)('$path: schema, reading, summary, references, related, sections', ({ lang, slug }) => {
    const { frontmatter, body } = read('glossary', lang, slug);
    const parsed = glossarySchema.safeParse(frontmatter);
    expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
    const data = parsed.data!;
    if (lang === 'ja') expect(data.reading).toMatch(READING_PATTERN);
    else expect(data.reading).toBeUndefined();
    expect(data.summary.length).toBeLessThan(120);
    expect(data.references.length).toBeGreaterThanOrEqual(2);
    for (const ref of data.references) expect(ref.year).toBeGreaterThan(1700);
    for (const related of data.related) expect(existsSync(join(ROOT, 'glossary', lang, `${related}.mdx`)), related).toBe(true);
    for (const id of ['intuition', 'math', 'when-to-use', 'misconceptions']) expect(body, `section [#${id}]`).toMatch(new RegExp(`^## .*\\[#${id}\\]$`, 'm'));
  });

  it.each(articles)('$path: schema, references, a demo, length', ({ lang, slug }) => {
    const { frontmatter, body } = read('articles', lang, slug);
    const parsed = articleSchema.safeParse(frontmatter);
    expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
    expect(parsed.data!.references.length).toBeGreaterThanOrEqual(4);
    for (const related of parsed.data!.related) expect(existsSync(join(ROOT, 'glossary', lang, `${related}.mdx`)), related).toBe(true);
    const demos = DEMOS.filter((name) => new RegExp(`^<${name}[\\s/>]`, 'm').test(body));
    expect(demos.length, 'embeds at least one demo').toBeGreaterThanOrEqual(1);
    if (lang === 'ja') {
      // The 「確かめよう」 exercises are an appendix, not the article's body: they do not count toward its length.
      const length = proseLength(body.split(/^## .*\[#exercises\]$/m)[0]!);
      expect(length).toBeGreaterThanOrEqual(1500);
      expect(length).toBeLessThanOrEqual(4000);
    }
  });

  it('knows the demos and counts prose without markup', () => {
    expect(DEMOS).toContain('PathsDemo');
    expect(proseLength('## 見出し [#id]\n\n本文 $x^2$ と <GeometryDemo /> と [語](term:x)。\n')).toBe([...'見出し本文とと語。'].length);
  });
});
