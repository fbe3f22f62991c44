import AxeBuilder from '@axe-core/playwright';
import { type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { scannedPages } from '../helpers/dist';
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

const browser = useSharedBrowser();

/**
 * Legacy mode runs axe in the page's own frames; the default mode opens an extra blank page per
 * scan to merge frame results, which tripled the time per page. `rules` narrows a second pass.
 */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const result = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_22_AA)).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/** The rules whose outcome depends on colours: the only ones a theme switch can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function scan(theme: 'light' | 'dark', paths: string[], width: number) {
  const context = await browser().newContext({ baseURL, colorScheme: theme, viewport: { width, height: 800 } });
  const page = await context.newPage();
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(path);
    expect(await page.locator('html').getAttribute('data-theme'), path).toBe(theme);
    // Demos load when scrolled into view: bring each in, so their live UI is scanned too.
    for (const demo of await page.locator('figure.demo').all()) await demo.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('figure.demo canvas')].every((c) => (c as HTMLElement).dataset.ready !== undefined));
    const problems = await violations(page);
    if (theme === 'light' && width === 360) {
      // The same page in the dark theme (the switch sets data-theme; CSS follows it at once): the
      // structure is the same, so only the colour rules can change their verdict.
      await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      problems.push(...(await violations(page, COLOUR_RULES)).map((v) => `dark: ${v}`));
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`horizontal scroll of ${overflow}px at ${width}px`);
    if (problems.length > 0) found[path] = problems;
  }
  await context.close();
  return found;
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('scans more than twenty built pages', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.concurrent.each(pages)('finds no violation on %s in the light and dark themes at 360 px', async (path) => {
    expect(await scan('light', [path], 360)).toEqual({});
  });

  it.concurrent.each(KINDS)('finds no violation on %s in the dark theme at desktop width', async (path) => {
    expect(await scan('dark', [path], 1280)).toEqual({});
  });
});
