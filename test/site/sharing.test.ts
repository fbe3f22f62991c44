import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { glossaryFeedSchema } from '../../src/schemas/glossary-feed';
import { DIST, builtPages, isRedirectStub, page } from '../helpers/dist';
import { resolveFile } from '../helpers/static-server';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

// Linking from blogs (issue 6): redirects, the JSON feed, RSS, Open Graph images, anchors, copy buttons.
const LANGS = ['ja', 'en'] as const;
const pages = builtPages();
const contentPages = pages.filter((p) => p.endsWith('/') && p !== '/' && !isRedirectStub(p));
const termSlugs = (lang: string) =>
  readdirSync(new URL(`../../content/glossary/${lang}/`, import.meta.url))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4));
const declaredRedirects = termSlugs('ja').flatMap((slug) => {
  const fm = parseFrontmatter(readFileSync(new URL(`../../content/glossary/ja/${slug}.mdx`, import.meta.url), 'utf8')).frontmatter as { redirects?: string[] };
  return (fm.redirects ?? []).map((from) => ({ from, to: slug }));
});

describe('redirects', () => {
  it('builds a redirect page in both languages for every declared redirect', () => {
    expect(declaredRedirects.length).toBeGreaterThanOrEqual(9);
    for (const { from, to } of declaredRedirects) {
      for (const lang of LANGS) {
        const refresh = page(`/${lang}/glossary/${from}/`).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
        expect(refresh, `${lang}/${from}`).toBe(`0; url=/${lang}/glossary/${to}/`);
      }
    }
  });

  it('makes every redirect page resolve to a real page, never to another redirect', () => {
    const stubs = pages.filter((p) => p !== '/' && isRedirectStub(p));
    for (const stub of stubs) {
      const target = /url=(.*)$/.exec(page(stub).querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')!)![1]!;
      expect(pages, stub).toContain(target);
      expect(isRedirectStub(target), stub).toBe(false);
    }
  });
});

describe('glossary.json and RSS', () => {
  it.each(LANGS)('the %s feed follows its schema and lists every term with a working URL', (lang) => {
    const feed = glossaryFeedSchema.parse(JSON.parse(readFileSync(join(DIST, lang === 'ja' ? '' : 'en', 'glossary.json'), 'utf8')));
    expect(feed.lang).toBe(lang);
    expect(feed.license.spdx).toBe('CC-BY-4.0');
    expect(feed.terms.map((t) => t.slug).sort()).toEqual(termSlugs(lang).sort());
    for (const term of feed.terms) {
      expect(pages).toContain(new URL(term.url).pathname);
      expect(Boolean(term.reading)).toBe(lang === 'ja');
    }
    const l1 = feed.terms.find((t) => t.slug === 'l1-regularization')!;
    expect(l1.redirects).toContain('lasso');
    expect(l1.aliases.length).toBeGreaterThan(0);
  });

  it("publishes the feed's JSON Schema", () => {
    const schema = JSON.parse(readFileSync(join(DIST, 'glossary.schema.json'), 'utf8'));
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'lang', 'license', 'terms']));
    expect(Object.keys(schema.properties.terms.items.properties)).toEqual(
      expect.arrayContaining(['slug', 'title', 'reading', 'summary', 'url', 'tags', 'aliases', 'redirects', 'updated']),
    );
  });

  it.each(LANGS)('the %s RSS lists every article with an absolute link', (lang) => {
    const xml = readFileSync(join(DIST, lang, 'articles', 'rss.xml'), 'utf8');
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname).sort();
    expect(links).toEqual(pages.filter((p) => new RegExp(`^/${lang}/articles/[^/]+/$`).test(p)).sort());
    expect(page(`/${lang}/`).querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(`/${lang}/articles/rss.xml`);
  });
});

describe('Open Graph images', () => {
  const pngSize = (file: string) => {
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };

  it('gives every page an og:image of 1200×630 that exists, its own for terms and articles', () => {
    for (const path of contentPages) {
      const doc = page(path);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(image, path).toBeTruthy();
      expect(doc.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(image);
      const file = resolveFile(DIST, new URL(image!).pathname);
      expect(file, `${path} → ${image}`).toBeDefined();
      expect(pngSize(file!)).toEqual([1200, 630]);
      const own = /^\/(ja|en)\/(glossary|articles)\/([^/]+)\/$/.exec(path);
      if (own && !['glossary', 'articles'].includes(own[3]!)) expect(new URL(image!).pathname).toBe(`/og/${own[1]}/${own[2]}/${own[3]}.png`);
    }
  });
});

describe('anchors and copy buttons', () => {
  it('gives every content heading a visible link to its ASCII anchor', () => {
    let count = 0;
    for (const path of contentPages.filter((p) => /\/(glossary|articles)\/[^/]+\/$/.test(p))) {
      for (const heading of page(path).querySelectorAll('.prose :is(h2, h3)[id]')) {
        const link = heading.nextElementSibling;
        expect(link?.classList.contains('anchor-link'), `${path}#${heading.id}`).toBe(true);
        expect(link?.getAttribute('href'), `${path}#${heading.id}`).toBe(`#${heading.id}`);
        expect(heading.id).toMatch(/^[a-z][a-z0-9-]*$/);
        count++;
      }
    }
    expect(count).toBeGreaterThan(200);
  });

  const browser = useSharedBrowser();
  const baseURL = inject('baseURL');

  it('copies the page link, an HTML link, a Markdown link and a citation on a term page', async () => {
    const context = await browser().newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/ja/glossary/l1-regularization/');
    // The copied URL is the canonical one (on the SITE origin), not the test server's.
    const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(url).toMatch(/\/ja\/glossary\/l1-regularization\/$/);
    const copied = async (name: RegExp) => {
      await page.locator('.share .copy-status').evaluate((e) => {
        e.textContent = '';
      });
      await page.getByRole('button', { name }).click();
      await expect.poll(() => page.locator('.share .copy-status').textContent()).toContain('コピーしました');
      return page.evaluate(() => navigator.clipboard.readText());
    };
    expect(await copied(/このページのリンクをコピー/)).toBe(url);
    expect(await copied(/HTML のリンク/)).toBe(`<a href="${url}">L1正則化</a>`);
    expect(await copied(/Markdown のリンク/)).toBe(`[L1正則化](${url})`);
    expect(await copied(/引用をコピー/)).toMatch(
      new RegExp(`^正則化ずかん「L1正則化」${url.replace(/[./]/g, '\\$&')}（最終更新：\\d{4}年\\d{1,2}月\\d{1,2}日、CC BY 4\\.0）$`),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("copies a link to a demo's current setting", async () => {
    const context = await browser().newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/glossary/l1-regularization/?geometry.t=0.7#geometry');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('geometry-demo')?.dataset.ready !== undefined);
    await page.locator('#geometry [data-copy-link]').click();
    await expect.poll(() => page.locator('#geometry .demo-message').textContent()).toMatch(/Copied a link/);
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe('/en/glossary/l1-regularization/');
    expect(copied.searchParams.get('geometry.t')).toBe('0.7');
    expect(copied.hash).toBe('#geometry');
    expect(errors).toEqual([]);
    await context.close();
  });
});
