/**
 * Play first (issue 14): the home page opens with a live demo in the first viewport, every term
 * page with a demo has a 「デモへ」 link to it and a table of contents, the phone header is one row,
 * and the focus ring is the accent colour with 3:1 contrast on the page's backgrounds.
 */
import { describe, expect, inject, it } from 'vitest';
import { ja } from '../../src/i18n/ja';
import { builtPages, page as builtPage, isRedirectStub } from '../helpers/dist';
import { demoReady, figureOf } from '../helpers/demo';
import { firstControlTop } from '../helpers/first-control';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();
const VIEWPORTS = [
  { width: 360, height: 800 },
  { width: 1280, height: 900 },
];

/** Term pages (not redirect stubs) and the id of the first demo each shows (not a comparison table), from the built HTML. */
const termPages = builtPages()
  .filter((p) => /^\/(ja|en)\/glossary\/[^/]+\/$/.test(p) && !isRedirectStub(p))
  .map((path) => ({
    path,
    demo: builtPage(path)
      .querySelectorAll('figure.demo')
      .find((f) => f.querySelector('[data-name]'))?.id,
  }));
const withDemo = termPages.filter((p) => p.demo !== undefined);

describe('home page', () => {
  it.each(VIEWPORTS)('shows a working demo control within the first viewport at $width×$height', async (viewport) => {
    const context = await browser().newContext({ baseURL, viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    for (const lang of ['ja', 'en']) {
      await page.goto(`/${lang}/`);
      const top = await firstControlTop(page);
      expect(top, lang).not.toBeNull();
      const control = page.locator('figure.demo [data-main-control]').first();
      const box = (await control.boundingBox())!;
      expect(box.y + box.height, lang).toBeLessThanOrEqual(viewport.height);
      expect(top!, lang).toBeLessThanOrEqual(box.y + 1);
      // It loads without scrolling, and moving the control changes the figure.
      const name = await page.locator('figure.demo [data-name]').first().getAttribute('data-name');
      await demoReady(page, name!);
      const before = await figureOf(page, name!);
      await control.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
      await expect.poll(() => figureOf(page, name!)).not.toBe(before);
      // The state goes into this page's URL under the demo's prefix, and the copy link keeps it.
      await page.waitForFunction((n) => [...new URL(location.href).searchParams.keys()].some((k) => k.startsWith(`${n}.`)), name!);
      expect(new URL(page.url()).pathname).toBe(`/${lang}/`);
      // One sentence and a link to read on: the demo's term page.
      await expect.poll(() => page.locator('.demo-intro a').getAttribute('href')).toMatch(new RegExp(`^/${lang}/glossary/[a-z0-9-]+/$`));
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('term pages', () => {
  it('has term pages with demos to check', () => {
    expect(withDemo.length).toBeGreaterThanOrEqual(16);
  });

  it.each(termPages)('$path: a table of contents, and a 「デモへ」 link to its first demo if it has one', ({ path, demo }) => {
    const root = builtPage(path);
    const link = root.querySelector('.term-header [data-to-demo]');
    if (demo === undefined) expect(link).toBeNull();
    else expect(link?.getAttribute('href')).toBe(`#${demo}`);
    if (path.startsWith('/ja/') && demo !== undefined) expect(link?.text).toContain(ja['term.toDemo']);
    // Every term with headings lists them, as articles do.
    const headings = root.querySelectorAll('.term-body .prose h2[id]').length;
    if (headings > 0) expect(root.querySelectorAll('.term-toc nav.toc a').length, path).toBeGreaterThanOrEqual(headings);
  });

  it.each(withDemo.filter((p) => p.path.startsWith('/ja/')))('$path: following 「デモへ」 puts the demo in the viewport at 360 px', async ({ path, demo }) => {
    const context = await browser().newContext({ baseURL, viewport: VIEWPORTS[0], reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(path);
    const link = page.getByRole('link', { name: ja['term.toDemo'] });
    // The link sits in the first viewport, beside the summary.
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await link.click();
    await page.waitForURL(`**#${demo}`);
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const r = document.getElementById(id)!.getBoundingClientRect();
          return r.top >= -1 && r.top < innerHeight / 2;
        }, demo!),
      )
      .toBe(true);
    await context.close();
  });

  it.each(VIEWPORTS)(
    'puts the contents open in the right column at 1280, and folded to one line below the summary at 360, with no sideways scroll ($width)',
    async (viewport) => {
      const context = await browser().newContext({ baseURL, viewport });
      const page = await context.newPage();
      const visibleLinks = () => page.locator('.term-toc nav.toc a').evaluateAll((links) => links.filter((a) => a.checkVisibility()).length);
      for (const path of ['/ja/glossary/l1-regularization/', '/en/glossary/dropout/']) {
        await page.goto(path);
        const toc = (await page.locator('.term-toc nav.toc').boundingBox())!;
        const body = (await page.locator('.term-body').boundingBox())!;
        if (viewport.width >= 1280) {
          expect(toc.x, path).toBeGreaterThanOrEqual(body.x + body.width);
          // Sticky: still in view after scrolling down.
          await page.evaluate(() => window.scrollTo(0, 3000));
          const top = await page.evaluate(() => document.querySelector('.term-toc')!.getBoundingClientRect().top);
          expect(top).toBeGreaterThanOrEqual(0);
          expect(top).toBeLessThan(100);
          expect(await visibleLinks(), path).toBeGreaterThan(0);
        } else {
          expect(toc.y + toc.height, path).toBeLessThanOrEqual(body.y);
          // Folded: one line of about a button's height, no link shown until it is opened.
          expect(toc.height, path).toBeLessThan(90);
          expect(await visibleLinks(), path).toBe(0);
          await page.locator('.term-toc summary').click();
          expect(await visibleLinks(), path).toBeGreaterThan(0);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(viewport.width);
      }
      await context.close();
    },
  );
});

describe('header', () => {
  it.each(['/ja/', '/en/', '/ja/glossary/l1-regularization/', '/en/glossary/elastic-net/'])(
    'is one row at 360 px on %s, with a labelled search button',
    async (path) => {
      const context = await browser().newContext({ baseURL, viewport: VIEWPORTS[0], hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(path);
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height).toBeLessThan(64);
      const items = await page.locator('.site-header :is(.brand, nav a, .search-open, .lang-switch, .theme-toggle)').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { top: Math.round(r.top), bottom: Math.round(r.bottom), left: r.left, right: r.right, width: r.width };
        }),
      );
      expect(items).toHaveLength(6);
      for (const item of items) {
        expect(item.top).toBe(items[0]!.top);
        expect(item.width).toBeGreaterThanOrEqual(24);
        expect(item.right).toBeLessThanOrEqual(360);
      }
      // Nothing overlaps: each item starts after the one before it ends.
      for (let i = 1; i < items.length; i++) expect(items[i]!.left).toBeGreaterThanOrEqual(items[i - 1]!.right);
      // The search button says 検索 / Search in words, with no keyboard hint on a touch screen.
      const search = page.locator('.search-open');
      const word = path.startsWith('/ja/') ? '検索' : 'Search';
      expect((await search.innerText()).trim()).toBe(word);
      await search.click();
      await expect.poll(() => page.locator('#search-input').evaluate((el) => el === document.activeElement)).toBe(true);
      await context.close();
    },
  );
});

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255) as [number, number, number];
    const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('focus ring', () => {
  it.each(['light', 'dark'] as const)('is the accent colour with ≥ 3:1 contrast on the backgrounds (%s)', async (colorScheme) => {
    const context = await browser().newContext({ baseURL, colorScheme });
    const page = await context.newPage();
    await page.goto('/ja/glossary/l1-regularization/');
    await page.keyboard.press('Tab');
    const colours = await page.evaluate(() => {
      const probe = (prop: string) => {
        const el = document.createElement('span');
        el.style.color = `var(${prop})`;
        document.body.append(el);
        const c = getComputedStyle(el).color;
        el.remove();
        return c;
      };
      const focused = document.activeElement!;
      return {
        outline: getComputedStyle(focused).outlineColor,
        style: getComputedStyle(focused).outlineStyle,
        accent: probe('--color-accent'),
        backgrounds: ['--color-bg', '--color-surface', '--color-accent-soft'].map(probe),
      };
    });
    expect(colours.style).toBe('solid');
    expect(colours.outline).toBe(colours.accent);
    for (const bg of colours.backgrounds) expect(contrast(colours.outline, bg), bg).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});
