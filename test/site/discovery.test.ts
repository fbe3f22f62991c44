import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TAGS } from '../../src/data/tags';
import { builtPages, page } from '../helpers/dist';

// Index and discovery (issue 5): term links, the reading path, tags, "used in", corrections, notation.
const LANGS = ['ja', 'en'] as const;
const CONTENT = new URL('../../content/', import.meta.url);
const frontmatterOf = (kind: string, lang: string, slug: string) =>
  parseFrontmatter(readFileSync(new URL(`${kind}/${lang}/${slug}.mdx`, CONTENT), 'utf8')).frontmatter as Record<string, unknown>;
const slugsOf = (kind: string, lang: string) =>
  readdirSync(new URL(`${kind}/${lang}/`, CONTENT))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4));
const pages = builtPages();
const articlePages = pages.filter((p) => /^\/(ja|en)\/articles\/[^/]+\/$/.test(p));
const glossaryHrefs = (path: string, selector: string) =>
  page(path)
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href')!)
    .filter((h) => /^\/(ja|en)\/glossary\/[^/]+\/$/.test(h));

describe('term links', () => {
  it('leaves no term: link unresolved on any page', () => {
    for (const path of pages) expect(page(path).querySelectorAll('a[href^="term:"]'), path).toHaveLength(0);
  });

  it.each(articlePages)('%s links a term automatically at most once, and only once per term', (path) => {
    const auto = glossaryHrefs(path, '.prose a.term-link');
    expect(auto.length).toBeGreaterThan(0);
    expect(new Set(auto).size).toBe(auto.length);
    const lang = path.split('/')[1];
    for (const href of auto) expect(href.startsWith(`/${lang}/glossary/`)).toBe(true);
  });

  it('never links a term page to itself from its own body', () => {
    for (const lang of LANGS) {
      for (const slug of slugsOf('glossary', lang)) {
        const path = `/${lang}/glossary/${slug}/`;
        expect(glossaryHrefs(path, '.prose a.term-link'), path).not.toContain(path);
      }
    }
  });
});

describe('reading path and "used in"', () => {
  it.each(LANGS)('the %s home page lists every article in order as "start here"', (lang) => {
    const order = slugsOf('articles', lang).sort((a, b) => Number(frontmatterOf('articles', lang, a).order) - Number(frontmatterOf('articles', lang, b).order));
    const listed = page(`/${lang}/`)
      .querySelectorAll('.reading-path a')
      .map((a) => a.getAttribute('href'));
    expect(listed).toEqual(order.map((slug) => `/${lang}/articles/${slug}/`));
  });

  it.each(articlePages)('every term that %s links lists the article under "used in"', (path) => {
    const lang = path.split('/')[1];
    for (const term of new Set(glossaryHrefs(path, '.prose a'))) {
      const usedIn = page(term)
        .querySelectorAll('.used-in ul a')
        .map((a) => a.getAttribute('href'));
      expect(usedIn, `${term} lists ${path}`).toContain(path);
      expect(
        page(path)
          .querySelectorAll('.used-terms a')
          .map((a) => a.getAttribute('href')),
        `${path} lists ${term}`,
      ).toContain(term);
      expect(term.startsWith(`/${lang}/`)).toBe(true);
    }
  });
});

describe('tags', () => {
  it.each(LANGS)('each %s tag page lists exactly the entries that carry the tag', (lang) => {
    const tagged = new Map<string, string[]>();
    for (const kind of ['glossary', 'articles']) {
      for (const slug of slugsOf(kind, lang)) {
        for (const name of frontmatterOf(kind, lang, slug).tags as string[]) {
          const tag = TAGS.find((t) => t[lang] === name)!;
          tagged.set(tag.slug, [...(tagged.get(tag.slug) ?? []), `/${lang}/${kind}/${slug}/`]);
        }
      }
    }
    expect(tagged.size).toBeGreaterThan(5);
    const index = page(`/${lang}/tags/`)
      .querySelectorAll('.tag-cloud a')
      .map((a) => a.getAttribute('href'));
    expect(index.sort()).toEqual([...tagged.keys()].map((s) => `/${lang}/tags/${s}/`).sort());
    for (const [slug, entries] of tagged) {
      const links = page(`/${lang}/tags/${slug}/`)
        .querySelectorAll('main h3 a, main .article-list a')
        .map((a) => a.getAttribute('href'));
      expect(links.sort(), slug).toEqual([...entries].sort());
    }
  });

  it("links a term page's tags to their tag pages", () => {
    const links = page('/ja/glossary/l1-regularization/')
      .querySelectorAll('.tag-links a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain('/ja/tags/linear-models/');
  });
});

describe('corrections and notation', () => {
  const log = (parseYaml(readFileSync(new URL('corrections.yaml', CONTENT), 'utf8')) ?? []) as { id: string; page: string }[];

  it.each(LANGS)('the %s corrections page lists every entry of the log, and the corrected page shows it', (lang) => {
    const doc = page(`/${lang}/corrections/`);
    expect(doc.querySelector('h1')?.text).toBe(lang === 'ja' ? '訂正履歴' : 'Corrections');
    expect(doc.querySelectorAll('.log li').map((li) => li.id)).toEqual(expect.arrayContaining(log.map((c) => c.id)));
    if (log.length === 0) expect(doc.querySelector('.none')).not.toBeNull();
    for (const c of log) {
      expect(page(`/${lang}/${c.page}/`).querySelector(`.corrections-note a[href$="#${c.id}"]`), c.id).not.toBeNull();
    }
  });

  it.each(LANGS)('the %s notation page defines λ, ρ, w, n and p with rendered maths', (lang) => {
    const doc = page(`/${lang}/notation/`);
    const symbols = doc.querySelectorAll('tbody th annotation').map((a) => a.text);
    expect(symbols).toEqual(expect.arrayContaining(['\\lambda', '\\rho', 'w', 'n', 'p']));
    expect(doc.querySelector('.math-display > math[display="block"]')).not.toBeNull();
  });
});
