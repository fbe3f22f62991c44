import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_NAMES, demoEntry } from '../../src/demos/registry';
import { glossaryFeedSchema } from '../../src/schemas/glossary-feed';
import { iframeSnippet } from '../../src/utils/snippets';
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

  /** Clicks a copy button, waits for its status line, and returns what reached the clipboard. */
  async function copy(page: Page, panel: Locator, button: Locator) {
    const status = panel.locator('.copy-status').first();
    await status.evaluate((e) => {
      e.textContent = '';
    });
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await button.click();
    await expect.poll(() => status.textContent()).toMatch(/コピーしました|Copied/);
    return page.evaluate(() => navigator.clipboard.readText());
  }

  it("copies every form of the link, each demo's iframe and a citation on a term page", async () => {
    const context = await browser().newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/ja/glossary/l1-regularization/');
    // The copied URL is the canonical one (on the SITE origin), not the test server's.
    const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(url).toMatch(/\/ja\/glossary\/l1-regularization\/$/);
    const origin = new URL(url).origin;
    const panel = page.locator('.share link-panel');
    expect(await panel.locator('details').getAttribute('open')).not.toBeNull();
    const keys = await panel.locator('[data-copy-key]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.copyKey));
    // Both demos whose home is this term (registry: geometry and paths) add their iframe.
    const demos = DEMO_NAMES.filter((name) => demoEntry(name).term === 'l1-regularization');
    expect(demos).toEqual(['geometry', 'paths']);
    expect(keys).toEqual(['url', 'zenn', 'hatena', 'markdown', 'html', ...demos.map((d) => `iframe-${d}`)]);

    const expected: Record<string, string> = {
      url,
      zenn: `@[card](${url})`,
      hatena: `[${url}:embed:cite]`,
      markdown: `[L1正則化](${url})`,
      html: `<a href="${url}">L1正則化</a>`,
    };
    for (const demo of demos) {
      const title = (await page.locator(`#${demo}-title`).textContent())!.trim();
      expected[`iframe-${demo}`] = iframeSnippet(`${origin}/ja/embed/${demo}/`, title, demoEntry(demo).height);
    }
    for (const key of keys) {
      const copied = await copy(page, panel, panel.locator(`button[data-copy-key="${key}"]`));
      expect(copied, key).toBe(expected[key!]);
      expect(await panel.locator(`[data-snippet="${key}"]`).textContent(), key).toBe(copied);
    }
    const geometry = expected['iframe-geometry']!;
    expect(geometry).toContain(`src="${origin}/ja/embed/geometry/"`);
    expect(geometry).toContain(`height="${demoEntry('geometry').height}"`);
    expect(geometry).toContain(`e.origin!==${JSON.stringify(origin)}`);

    const cite = page.locator('.share copy-buttons');
    expect(await copy(page, cite, page.getByRole('button', { name: /引用をコピー/ }))).toMatch(
      new RegExp(`^正則化ずかん「L1正則化」${url.replace(/[./]/g, '\\$&')}（最終更新：\\d{4}年\\d{1,2}月\\d{1,2}日、CC BY 4\\.0）$`),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives a term without a demo the panel without an iframe, and an article the same panel', async () => {
    const context = await browser().newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = collectErrors(page);
    for (const path of ['/en/glossary/hyperparameter/', '/en/articles/l1-vs-l2/']) {
      await page.goto(path);
      const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      const title = (await page.locator('meta[property="og:title"]').getAttribute('content'))!;
      // The page's own panel, outside any demo (an article's demos have closed panels of their own).
      const panel = page.locator('link-panel:not(figure.demo link-panel)');
      expect(await panel.count(), path).toBe(1);
      expect(await panel.locator('details').getAttribute('open'), path).not.toBeNull();
      const keys = await panel.locator('[data-copy-key]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.copyKey));
      expect(keys, path).toEqual(['url', 'zenn', 'hatena', 'markdown', 'html']);
      expect(await copy(page, panel, panel.locator('button[data-copy-key="url"]'))).toBe(url);
      expect(await copy(page, panel, panel.locator('button[data-copy-key="hatena"]'))).toBe(`[${url}:embed:cite]`);
      expect(await copy(page, panel, panel.locator('button[data-copy-key="markdown"]'))).toBe(`[${title}](${url})`);
    }
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
