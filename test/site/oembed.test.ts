import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_NAMES, type DemoName, demoEntry } from '../../src/demos/registry';
import { DIST, builtPages, isRedirectStub, page } from '../helpers/dist';
import { headersFor, parseHeadersFile, resolveFile } from '../helpers/static-server';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';
import { HEIGHT_REQUEST } from '../../src/utils/snippets';

// Link cards and oEmbed: what Qiita, Zenn, note, Hatena Blog and WordPress read from a pasted URL.
const pages = builtPages();
const ORIGIN = new URL(page('/ja/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
const OEMBED_PAGE = /^\/(ja|en)\/(glossary|articles|embed)\/([^/]+)\/$/;
const SITE_NAMES = { ja: '正則化ずかん', en: 'Regularization Glossary' } as const;

/** Every oEmbed file in dist, as site paths. */
const oembedFiles = (function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : d.name === 'oembed.json' ? [`/${relative(DIST, join(dir, d.name)).split('\\').join('/')}`] : [],
  );
})(DIST).sort();
/** The pages that must have one: terms, articles and demo embed pages (not redirects, not the index pages). */
const oembedPages = pages.filter((p) => OEMBED_PAGE.test(p) && !isRedirectStub(p)).sort();

const meta = (path: string, property: string) => page(path).querySelector(`meta[property="${property}"]`)?.getAttribute('content');
/** An absolute http(s) URL on the site's origin, or a failure that names it. */
function absolute(value: unknown, where: string): URL {
  expect(typeof value, where).toBe('string');
  expect(value as string, where).toMatch(/^https?:\/\//);
  const url = new URL(value as string);
  expect(url.origin, where).toBe(ORIGIN);
  return url;
}

describe('oEmbed', () => {
  it('has one JSON beside every term, article and demo embed page, and no other', () => {
    expect(oembedFiles).toEqual(oembedPages.map((p) => `${p}oembed.json`));
    expect(oembedPages.filter((p) => p.includes('/embed/'))).toHaveLength(DEMO_NAMES.length * 2);
    expect(oembedPages.filter((p) => p.includes('/glossary/')).length).toBeGreaterThan(40);
    expect(oembedPages.filter((p) => p.includes('/articles/')).length).toBeGreaterThan(4);
    console.log(`oEmbed: ${oembedFiles.length} files (${oembedPages.filter((p) => p.includes('/embed/')).length} rich)`);
  });

  it.each(oembedPages)('%s: the JSON follows oEmbed 1.0 and the page announces exactly it', (path) => {
    const [, lang, kind, name] = OEMBED_PAGE.exec(path)! as unknown as [string, 'ja' | 'en', string, string];
    const jsonPath = `${path}oembed.json`;
    const json = JSON.parse(readFileSync(join(DIST, jsonPath), 'utf8')) as Record<string, unknown>;

    expect(json.version).toBe('1.0');
    expect(json.type).toBe(kind === 'embed' ? 'rich' : 'link');
    expect(typeof json.title === 'string' && json.title.trim().length > 0).toBe(true);
    expect(json.title).toBe(meta(path, 'og:title'));
    expect(json.provider_name).toBe(SITE_NAMES[lang]);
    expect(absolute(json.provider_url, 'provider_url').pathname).toBe(`/${lang}/`);
    const thumbnail = absolute(json.thumbnail_url, 'thumbnail_url');
    expect(resolveFile(DIST, thumbnail.pathname), `${jsonPath}: ${thumbnail}`).toBeDefined();
    expect(json.thumbnail_url).toBe(meta(path, 'og:image'));
    expect([json.thumbnail_width, json.thumbnail_height]).toEqual([1200, 630]);
    expect(Number.isInteger(json.cache_age) && (json.cache_age as number) > 0).toBe(true);

    if (json.type === 'rich') {
      const demo = name as DemoName;
      expect(DEMO_NAMES).toContain(demo);
      expect(json.html).toMatch(/^<iframe\s[^>]*><\/iframe>$/);
      expect(json.html).not.toMatch(/<script/i);
      const src = absolute(/\ssrc="([^"]+)"/.exec(json.html as string)?.[1], 'iframe src');
      expect(src.pathname).toBe(path);
      expect(src.href).toBe(page(path).querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(typeof json.width === 'number' && Number.isInteger(json.width) && json.width > 0).toBe(true);
      expect(json.height).toBe(demoEntry(demo).height);
      // A demo's thumbnail is its home term's card.
      expect(thumbnail.pathname).toBe(`/og/${lang}/glossary/${demoEntry(demo).term}.png`);
    } else {
      for (const field of ['html', 'width', 'height', 'url']) expect(json, `${jsonPath} ${field}`).not.toHaveProperty(field);
      expect(thumbnail.pathname).toBe(`/og/${lang}/${kind}/${name}.png`);
    }

    const links = page(path).querySelectorAll('link[rel="alternate"][type="application/json+oembed"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(`${ORIGIN}${jsonPath}`);
    expect(links[0]!.getAttribute('title')?.trim()).toBeTruthy();
  });

  it('announces no oEmbed on pages that have none', () => {
    const others = pages.filter((p) => !oembedPages.includes(p));
    expect(others.length).toBeGreaterThan(10);
    for (const path of others) expect(page(path).querySelectorAll('link[type="application/json+oembed"]'), path).toHaveLength(0);
  });

  it('serves every oEmbed JSON to other origins (CORS) on hosts that read _headers', () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    for (const file of oembedFiles) expect(headersFor(rules, file)['Access-Control-Allow-Origin'], file).toBe('*');
    // The rule adds CORS only: the pages keep their own framing policy.
    expect(headersFor(rules, '/ja/glossary/dropout/')['Access-Control-Allow-Origin']).toBeUndefined();
    expect(headersFor(rules, '/ja/glossary/dropout/oembed.json')['Content-Security-Policy']).toBeUndefined();
  });
});

describe('link cards: Open Graph on every page', () => {
  it('gives every built page og:title, og:description, og:url and og:image, absolute, with an image that exists', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image']) {
        const value = meta(path, property);
        expect(value?.trim(), `${path} ${property}`).toBeTruthy();
        if (property === 'og:url' || property === 'og:image') absolute(value, `${path} ${property}`);
      }
      const image = new URL(meta(path, 'og:image')!).pathname;
      expect(resolveFile(DIST, image), `${path} → ${image}`).toBeDefined();
      // og:url is the canonical URL where there is one.
      const canonical = page(path).querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical) expect(meta(path, 'og:url'), path).toBe(canonical);
    }
    console.log(`Open Graph: ${pages.length} pages checked`);
  });

  it('gives the 404 page its own address as og:url, without a canonical', () => {
    expect(page('/404.html').querySelector('link[rel="canonical"]')).toBeNull();
    expect(meta('/404.html', 'og:url')).toBe(`${ORIGIN}/404.html`);
  });

  it('describes a redirect by the page it leads to', () => {
    expect(meta('/ja/glossary/lasso/', 'og:url')).toBe(`${ORIGIN}/ja/glossary/l1-regularization/`);
    expect(meta('/ja/glossary/lasso/', 'og:title')).toBe(meta('/ja/glossary/l1-regularization/', 'og:title'));
    expect(meta('/ja/glossary/lasso/', 'og:image')).toBe(meta('/ja/glossary/l1-regularization/', 'og:image'));
    expect(meta('/', 'og:url')).toBe(`${ORIGIN}/ja/`);
  });
});

describe("the bloggers' page", () => {
  const PLATFORMS = {
    ja: ['Qiita', 'Zenn', 'note', 'はてなブログ', 'WordPress（自分で設置したもの）', 'WordPress.com', 'ご自分のサイト'],
    en: ['Qiita', 'Zenn', 'note', 'Hatena Blog', 'WordPress (self-hosted)', 'WordPress.com', 'Your own site'],
  };

  it.each(['ja', 'en'] as const)('/%s/embed/ tells what each platform accepts and lists every demo embed page', (lang) => {
    const doc = page(`/${lang}/embed/`);
    const table = doc.querySelector('table.platforms')!;
    expect(table.querySelectorAll('thead th')).toHaveLength(6);
    expect(table.querySelectorAll('tbody th[scope="row"]').map((th) => th.text.trim())).toEqual(PLATFORMS[lang]);
    for (const row of table.querySelectorAll('tbody tr')) {
      expect(row.querySelectorAll('td').map((td) => td.getAttribute('data-column'))).toEqual(['card', 'oembed', 'iframe', 'script', 'paste']);
      for (const td of row.querySelectorAll('td')) expect(td.text.trim()).not.toBe('');
    }
    expect(table.querySelector('tr[data-platform="zenn"] [data-column="paste"]')?.text).toContain('@[card](URL)');
    expect(table.querySelector('tr[data-platform="hatena"] [data-column="paste"]')?.text).toContain('[URL:embed:cite]');
    const listed = doc.querySelectorAll('ul.demo-pages a').map((a) => a.getAttribute('href'));
    expect(listed).toEqual(DEMO_NAMES.map((d) => `/${lang}/embed/${d}/`));
    const frame = doc.querySelector('embed-preview iframe')!;
    expect(listed).toContain(frame.getAttribute('src'));
    expect(frame.getAttribute('title')?.trim()).toBeTruthy();
  });

  const browser = useSharedBrowser();
  const baseURL = inject('baseURL');

  it('shows a live demo whose frame follows the height the embed page reports', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/ja/embed/');
    const frame = page.locator('embed-preview iframe');
    await frame.scrollIntoViewIfNeeded();
    const initial = Number(await frame.getAttribute('height'));
    // The embed page reports its own height; the frame takes it (style), whatever the starting attribute.
    await expect.poll(() => frame.evaluate((f) => (f as HTMLIFrameElement).style.height), { timeout: 20_000 }).toMatch(/^\d+px$/);
    const inner = (await frame.elementHandle())!;
    const content = (await inner.contentFrame())!;
    const reported = await content.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(() => frame.evaluate((f) => f.getBoundingClientRect().height)).toBeCloseTo(reported + 2, -1);
    expect(reported).toBeGreaterThan(300);
    expect(initial).toBeGreaterThan(300);
    // A listener that came late asks again (HEIGHT_REQUEST), and the embed page answers at once.
    await frame.evaluate((f, type) => {
      const iframe = f as HTMLIFrameElement;
      iframe.style.height = '';
      iframe.contentWindow!.postMessage({ type }, location.origin);
    }, HEIGHT_REQUEST);
    await expect.poll(() => frame.evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
