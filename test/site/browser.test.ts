import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
});
afterAll(async () => {
  await browser.close();
});

/** A page that records console errors, failed requests and HTTP errors. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    // ERR_ABORTED is a request cancelled by a navigation (e.g. the instant redirect of /), not a failure.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { page, problems };
}

describe('a reader’s first visit', () => {
  it('goes from the home page to a term, switches language, with no errors', async () => {
    const context = await browser.newContext({ baseURL, colorScheme: 'light' });
    const { page, problems } = await watchedPage(context);

    await page.goto('/');
    await page.waitForURL('**/ja/');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');

    await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '用語集' }).click();
    await page.waitForURL('**/ja/glossary/');
    expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['テーマ別', '五十音順']));
    expect(await page.locator('h3').allTextContents()).toContain('あ行');

    await page.locator('section:has(> #by-index)').getByRole('link', { name: 'L1正則化', exact: true }).click();
    await page.waitForURL('**/ja/glossary/l1-regularization/');
    expect(await page.locator('h1 ruby rt').textContent()).toBe('えるわんせいそくか');
    expect(await page.locator('math').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/glossary/l1-regularization/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1 ruby').count()).toBe(0);
    await page.getByRole('link', { name: '日本語' }).click();
    await page.waitForURL('**/ja/glossary/l1-regularization/');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('toggles the theme, remembers it across pages, and follows the system preference by default', async () => {
    const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
    const { page, problems } = await watchedPage(context);
    const theme = () => page.locator('html').getAttribute('data-theme');

    await page.goto('/ja/glossary/dropout/');
    expect(await theme()).toBe('dark');
    const toggle = page.getByRole('button', { name: 'ライトテーマにする' });
    await toggle.click();
    expect(await theme()).toBe('light');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(253, 252, 250)');

    await page.goto('/en/glossary/');
    expect(await theme()).toBe('light');
    await page.getByRole('button', { name: 'Use the dark theme' }).click();
    expect(await theme()).toBe('dark');
    await page.reload();
    expect(await theme()).toBe('dark');
    expect(await background()).toBe('rgb(18, 20, 23)');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('serves the 404 page for an unknown URL', async () => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const response = await page.goto('/ja/glossary/no-such-term/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('ページが見つかりません');
    await context.close();
  });

  it('follows a redirect slug to the canonical term', async () => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto('/en/glossary/lasso/');
    await page.waitForURL('**/en/glossary/l1-regularization/');
    await context.close();
  });
});
