import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { page as builtPage, scannedPages } from '../helpers/dist';
import { useSharedBrowser } from '../helpers/site-browser';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const baseURL = inject('baseURL');
// Redirect stubs leave at once (meta refresh); of the demo embed pages two stand for all 16.
const pages = scannedPages();
/** One page of each kind, for the dark theme. */
const KINDS = [
  '/ja/',
  '/en/',
  '/ja/glossary/',
  '/en/glossary/',
  '/ja/glossary/l1-regularization/',
  '/en/glossary/dropout/',
  '/en/glossary/elastic-net/',
  '/ja/articles/',
  '/ja/articles/regularization-overview/',
  '/404.html',
];

/** Pages whose markup goes beyond prose: a demo, a computed table. */
const hasLiveContent = (path: string) => builtPage(path).querySelector('figure.demo, main table') !== null;
/**
 * Colours come from one stylesheet, and an English page is its Japanese twin's template with
 * other words; so English prose pages and tag lists get the structural rules (alt text, names,
 * roles, ids, languages) and the others the full scan. Every kind of page is in KINDS.
 */
/** English pages scanned in full besides those: the tag index and one tag page. */
const EN_FULL = ['/en/tags/', '/en/tags/sparsity/'];
const FULL = pages.filter((p) => !p.startsWith('/en/') || hasLiveContent(p) || KINDS.includes(p) || EN_FULL.includes(p));
const STRUCTURE = pages.filter((p) => !FULL.includes(p));

const browser = useSharedBrowser();

/** The rules whose outcome depends on colours: the only ones a theme switch can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core itself, injected into every page and frame of a scan's context before the page's own scripts. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page: the WCAG 2.2 AA rules, or only `rules`. Calling `axe.run` in the
 * page, with axe injected once per context and only violations collected, takes about a third of
 * the time of a wrapper that injects axe again and collects every passing node on each call.
 */
async function violations(page: Page, rules?: string[], skipColour = false): Promise<string[]> {
  const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: WCAG_22_AA };
  const off = skipColour ? Object.fromEntries(COLOUR_RULES.map((id) => [id, { enabled: false }])) : {};
  const found = await page.evaluate(
    async (options) => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe;
      return (await axe.run(document, { ...options, resultTypes: ['violations'] })).violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { runOnly, rules: off },
  );
  return found.map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 3).join(' | ')}`);
}

/**
 * How deep a page is scanned. `full`: live demos drawn, every WCAG rule, then the colour rules
 * again in the dark theme. `structure`: the page as loaded, every rule except the colour ones.
 */
type Depth = 'full' | 'structure';

/**
 * Pages are reused from scan to scan (one per concurrent test): a fresh context per page cost a
 * new renderer and a cold cache each time, for no isolation the scans need (each navigates anew).
 */
const idle: Record<string, Page[]> = {};
async function openPage(theme: 'light' | 'dark', width: number): Promise<Page> {
  const context = await browser().newContext({ baseURL, colorScheme: theme, viewport: { width, height: 800 } });
  await context.addInitScript({ content: AXE_SOURCE });
  return context.newPage();
}

async function scan(theme: 'light' | 'dark', path: string, width: number, depth: Depth = 'full') {
  const key = `${theme} ${width}`;
  const page = idle[key]?.pop() ?? (await openPage(theme, width));
  await page.goto(path);
  expect(await page.locator('html').getAttribute('data-theme'), path).toBe(theme);
  if (depth === 'full') {
    // Demos load when scrolled into view: bring each in, so their live UI is scanned too.
    for (const demo of await page.locator('figure.demo').all()) await demo.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('figure.demo canvas')].every((c) => (c as HTMLElement).dataset.ready !== undefined));
  }
  const problems = await violations(page, undefined, depth === 'structure');
  if (depth === 'full' && theme === 'light') {
    // The same page in the dark theme (the switch sets data-theme; CSS follows it at once): the
    // structure is the same, so only the colour rules can change their verdict.
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    problems.push(...(await violations(page, COLOUR_RULES)).map((v) => `dark: ${v}`));
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`horizontal scroll of ${overflow}px at ${width}px`);
  (idle[key] ??= []).push(page);
  return problems;
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('scans more than twenty built pages', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('reports a planted violation (an image without alt text, grey on white text)', async () => {
    const context = await browser().newContext({ baseURL });
    await context.addInitScript({ content: AXE_SOURCE });
    const page = await context.newPage();
    await page.goto('/ja/glossary/');
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><p style="color:#ccc;background:#fff">薄い文字</p>');
    });
    const found = (await violations(page)).map((v) => v.split(' ')[0]);
    await context.close();
    expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  });

  it('scans every Japanese page, every page with a demo or table and every kind of page in full', () => {
    expect(FULL.length).toBeGreaterThan(pages.length / 2);
    for (const path of pages) if (path.startsWith('/ja/') || hasLiveContent(path) || KINDS.includes(path)) expect(FULL, path).toContain(path);
  });

  it.concurrent.each(FULL)('finds no violation on %s in the light and dark themes at 360 px', async (path) => {
    expect(await scan('light', path, 360)).toEqual([]);
  });

  it.concurrent.each(STRUCTURE)('finds no structural violation on %s at 360 px (colours: its Japanese twin)', async (path) => {
    expect(await scan('light', path, 360, 'structure')).toEqual([]);
  });

  it.concurrent.each(KINDS)('finds no violation on %s in the dark theme at desktop width', async (path) => {
    expect(await scan('dark', path, 1280)).toEqual([]);
  });
});
