/**
 * Every demo of the registry, the same way: its main control changes the figure, the copied
 * link opens the same figure in a fresh browser, and its iframe snippet — pasted into a page on
 * another origin with a strict CSP — draws that figure too and reports its height.
 */
import { createHash } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_NAMES, demoEntry } from '../../src/demos/registry';
import { HEIGHT_MESSAGE } from '../../src/utils/snippets';
import { demoReady, figureOf } from '../helpers/demo';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

/** The blog: serves whatever body the test puts at /post/<n>, under a CSP that allows only our frames and its own script. */
const posts = new Map<string, string>();
let blog: Server;
let blogOrigin = '';
beforeAll(async () => {
  blog = createServer((req, res) => {
    const body = posts.get(req.url ?? '');
    if (!body) return res.writeHead(404).end();
    const record = `addEventListener("message",function(e){if(e.data&&e.data.type==="${HEIGHT_MESSAGE}")(window.heights=window.heights||[]).push(e.data.height)});`;
    const scripts = [...body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).concat(record);
    const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`).join(' ');
    const csp = `default-src 'none'; frame-src ${baseURL}; script-src ${hashes}; style-src 'unsafe-inline'`;
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp })
      .end(
        `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>blog</title><script>${record}</script></head><body><h1>Blog</h1>${body}</body></html>`,
      );
  });
  await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve));
  blogOrigin = `http://127.0.0.1:${(blog.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => blog.close(() => resolve())));

const contextOptions = { baseURL, viewport: { width: 800, height: 1000 }, reducedMotion: 'reduce' as const };

describe.each(DEMO_NAMES)('demo %s', (name) => {
  it('changes its figure with its main control; the copied link and the embed show the same figure', async () => {
    const context = await browser().newContext({ ...contextOptions, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/ja/glossary/${demoEntry(name).term}/#${name}`);
    await demoReady(page, name);
    const before = await figureOf(page, name);
    expect(before.length).toBeGreaterThan(100);

    const control = page.locator(`#${name} [data-main-control]`).first();
    await control.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
    await page.waitForFunction(
      ([n, b]) => {
        const el = document.querySelector<HTMLElement>(`${n}-demo`)!;
        const now = [...el.querySelectorAll('[data-figure]')]
          .map((f) => f.innerHTML)
          .join('\n')
          .replace(/chart-clip-\d+/g, 'chart-clip');
        return el.dataset.busy === undefined && now !== b;
      },
      [name, before] as const,
    );
    await demoReady(page, name);
    const after = await figureOf(page, name);
    expect(after).not.toBe(before);

    // The link in the URL and on the clipboard carries the new state.
    await page.waitForFunction((n) => [...new URL(location.href).searchParams.keys()].some((k) => k.startsWith(`${n}.`)), name);
    await page.locator(`#${name} [data-copy-link]`).click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.hash).toBe(`#${name}`);
    const iframeSnippet = await page.locator(`#${name} [data-snippet="iframe"]`).textContent();
    expect(iframeSnippet).toContain(`/ja/embed/${name}/?`);
    expect(errors).toEqual([]);
    await context.close();

    const fresh = await browser().newContext(contextOptions);
    const again = await fresh.newPage();
    const freshErrors = collectErrors(again);
    await again.goto(copied.href);
    await demoReady(again, name);
    expect(await figureOf(again, name)).toBe(after);
    expect(freshErrors).toEqual([]);

    // The iframe snippet on a blog of another origin (the build's SITE origin is this test server's).
    const siteOrigin = new URL(/src="([^"]+)"/.exec(iframeSnippet!)![1]!).origin;
    posts.set(`/post/${name}`, iframeSnippet!.replaceAll(siteOrigin, baseURL));
    const post = await fresh.newPage();
    const postErrors = collectErrors(post);
    await post.goto(`${blogOrigin}/post/${name}`);
    const frame = (await (await post.waitForSelector('iframe[data-seisokuka-embed]')).contentFrame())!;
    await demoReady(frame, name);
    expect(await figureOf(frame, name)).toBe(after);
    await post.waitForFunction(() => ((window as unknown as { heights?: number[] }).heights ?? []).length > 0);
    const reported = await post.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!);
    expect(reported).toBeGreaterThan(300);
    await post.waitForFunction((h) => document.querySelector('iframe')!.getBoundingClientRect().height === h, reported);
    expect(postErrors).toEqual([]);
    await fresh.close();
  });
});
