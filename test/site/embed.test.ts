import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

// A page that imitates a third-party blog: another origin (another port), a strict CSP that
// allows only our origin, three links to our terms, one to a non-term page, one opted out.
const SITE = inject('baseURL');
const feed = JSON.parse(readFileSync(join(DIST, 'glossary.json'), 'utf8')) as { terms: { slug: string; title: string; summary: string; reading?: string }[] };
const enFeed = JSON.parse(readFileSync(join(DIST, 'en', 'glossary.json'), 'utf8')) as typeof feed;
const term = (slug: string, f = feed) => f.terms.find((t) => t.slug === slug)!;

const blogHtml = `<!doctype html><html lang="ja"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${SITE}; connect-src ${SITE}; style-src 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>ブログ</title></head><body>
<main><h1 id="heading">ブログの記事</h1>
<p>今日は <a id="l1" href="${SITE}/ja/glossary/l1-regularization/">L1正則化</a> と
<a id="lasso" href="${SITE}/ja/glossary/lasso/">ラッソ</a> と
<a id="dropout" href="${SITE}/en/glossary/dropout/">dropout</a> の話です。</p>
<p><a id="article" href="${SITE}/ja/articles/l1-vs-l2/">記事</a>
<a id="off" data-glossary="off" href="${SITE}/ja/glossary/dropout/">ドロップアウト</a>
<a id="other" href="https://example.com/ja/glossary/dropout/">他のサイト</a></p>
<p><a id="far" href="#">end</a></p>
</main>
<script src="${SITE}/embed.js" defer></script></body></html>`;

let blog: Server;
let blogURL = '';
beforeAll(async () => {
  blog = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(blogHtml));
  await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve));
  blogURL = `http://127.0.0.1:${(blog.address() as AddressInfo).port}/post.html`;
});
afterAll(() => new Promise<void>((resolve) => blog.close(() => resolve())));

const browser = useSharedBrowser();
const card = (page: Page) => page.locator('.glossary-card');

async function openBlog(options: { hasTouch?: boolean } = {}) {
  const context = await browser().newContext({ viewport: { width: 390, height: 800 }, ...options, isMobile: options.hasTouch ?? false });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(blogURL);
  await page.waitForFunction(() => document.adoptedStyleSheets.length > 0);
  return { page, errors, requests, close: () => context.close() };
}

describe('embed.js', () => {
  it('is small, has no dependencies and never writes HTML', () => {
    const code = readFileSync(join(DIST, 'embed.js'), 'utf8');
    expect(gzipSync(code).length).toBeLessThan(6 * 1024);
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|import\(/);
  });

  it('shows the right card on hover, for a term, a redirect and an English term, and fetches the feed once, lazily', async () => {
    const { page, errors, requests, close } = await openBlog();
    expect(requests.filter((u) => u.endsWith('glossary.json'))).toEqual([]);
    for (const [id, expected] of [
      ['l1', term('l1-regularization')],
      ['lasso', term('l1-regularization')],
      ['dropout', term('dropout', enFeed)],
    ] as const) {
      await page.hover(`#${id}`);
      await expect.poll(() => card(page).textContent()).toContain(expected.summary);
      expect(await card(page).locator('.glossary-card-title').textContent()).toContain(expected.title);
      if (expected.reading) expect(await card(page).textContent()).toContain(expected.reading);
      expect(await card(page).locator('a').getAttribute('href')).toMatch(new RegExp(`/glossary/${expected.slug}/$`));
      await page.hover('#far');
      await expect.poll(() => card(page).count()).toBe(0);
    }
    expect(requests.filter((u) => u === `${SITE}/glossary.json`)).toHaveLength(1);
    expect(requests.filter((u) => u === `${SITE}/en/glossary.json`)).toHaveLength(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows nothing for a non-term link, an opted-out link or another site', async () => {
    const { page, errors, close } = await openBlog();
    for (const id of ['article', 'off', 'other']) {
      await page.hover(`#${id}`);
      await page.waitForTimeout(300);
      expect(await card(page).count(), id).toBe(0);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('opens on keyboard focus, describes the link, and closes with Escape', async () => {
    const { page, errors, close } = await openBlog();
    await page.focus('#l1');
    await expect.poll(() => card(page).textContent()).toContain(term('l1-regularization').summary);
    const described = await page.getAttribute('#l1', 'aria-describedby');
    expect(await card(page).getAttribute('id')).toBe(described);
    await page.keyboard.press('Tab');
    await expect.poll(() => card(page).textContent()).toContain(term('l1-regularization').summary);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens on tap without leaving the page, and closes on a tap outside', async () => {
    const { page, errors, close } = await openBlog({ hasTouch: true });
    await page.tap('#dropout');
    await expect.poll(() => card(page).textContent()).toContain(term('dropout', enFeed).summary);
    expect(page.url()).toBe(blogURL);
    const box = (await card(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.tap('#heading');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
