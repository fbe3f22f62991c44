import { type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser, collectErrors } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(path);
  return { page, errors, close: () => context.close() };
}

/** Waits for the demo's code to run (it loads when scrolled into view). */
async function ready(page: Page) {
  await page.locator('#paths').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#paths canvas');
    return canvas !== null && canvas.width > 0 && canvas.dataset.ready !== undefined;
  });
}

/** How many distinct colours the canvas shows (a blank canvas has one). */
const canvasColours = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#paths canvas')!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 16) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  });

const coefficients = (page: Page) => page.locator('#paths [data-role="coef"]').allTextContents();

describe('coefficient paths demo', () => {
  it('draws the chart, and the λ slider changes chart, table and URL by keyboard', async () => {
    const { page, errors, close } = await open('/ja/glossary/l1-regularization/');
    await ready(page);
    expect(await canvasColours(page)).toBeGreaterThan(10);
    const before = await coefficients(page);
    const picture = await page.locator('#paths canvas').screenshot();

    const slider = page.getByRole('slider', { name: /正則化の強さ/ });
    await slider.focus();
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('paths.lambda'));

    const after = await coefficients(page);
    expect(after).not.toEqual(before);
    expect(after.filter((c) => c === '0').length).toBeGreaterThan(before.filter((c) => c === '0').length);
    expect(Buffer.compare(await page.locator('#paths canvas').screenshot(), picture)).not.toBe(0);
    expect(Number(new URL(page.url()).searchParams.get('paths.lambda'))).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('switches to ridge with the keyboard: no coefficient is exactly zero', async () => {
    const { page, errors, close } = await open('/en/glossary/l1-regularization/');
    await ready(page);
    await page.getByRole('radio', { name: 'Lasso (L1)' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Ridge (L2)' }).isChecked()).toBe(true);
    await expect.poll(() => coefficients(page)).not.toContain('0');
    expect(await page.locator('#paths caption').first().textContent()).toContain('Ridge (L2)');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('paths.model') === 'ridge');
    expect(errors).toEqual([]);
    await close();
  });

  it('restores a linked setting and reports bad values visibly', async () => {
    const { page, errors, close } = await open('/en/glossary/elastic-net/?paths.model=enet&paths.rho=7&paths.lambda=abc&paths.std=0#paths');
    await ready(page);
    expect(await page.locator('#paths').getByRole('radio', { name: 'Elastic Net' }).isChecked()).toBe(true);
    expect(
      await page
        .locator('#paths')
        .getByRole('slider', { name: /Mixing ratio/ })
        .inputValue(),
    ).toBe('0.95');
    expect(await page.getByRole('checkbox', { name: 'Standardize the features' }).isChecked()).toBe(false);
    const message = page.locator('#paths .demo-message');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/paths\.rho=7.*0\.95/);
    expect(await message.textContent()).toMatch(/paths\.lambda=abc/);
    expect(errors).toEqual([]);
    await close();
  });

  it('marks λ_min and λ_1se from 10-fold CV, and a button moves λ to λ_1se', async () => {
    const { page, errors, close } = await open('/en/glossary/l1-regularization/');
    await ready(page);
    const summary = (await page.locator('#paths [data-role="cv-summary"]').textContent())!;
    const [, lambdaMin, lambda1se] = /λ_min = ([\d.]+).*λ_1se = ([\d.]+)/.exec(summary)!.map(Number);
    expect(lambda1se).toBeGreaterThan(lambdaMin!);
    await page.getByRole('button', { name: 'Use λ_1se' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('paths.lambda'));
    expect(Number(new URL(page.url()).searchParams.get('paths.lambda'))).toBeCloseTo(lambda1se!, 2);
    expect(await page.locator('#paths .cv-chart line.cv-1se').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('is complete without JavaScript: tables computed at build time, no controls', async () => {
    const { page, close } = await open('/ja/glossary/l2-regularization/', { javaScriptEnabled: false });
    expect(await page.locator('#paths .demo-controls').isVisible()).toBe(false);
    expect(await page.locator('#paths canvas').isVisible()).toBe(false);
    const values = await coefficients(page);
    expect(values).toHaveLength(10);
    expect(values.every((v) => /^−?\d/.test(v))).toBe(true);
    expect(await page.locator('#paths caption').first().textContent()).toContain('Ridge');
    expect(await page.locator('#paths [data-role="cv-summary"]').textContent()).toMatch(/λ_min = .*λ_1se = /);
    expect(await page.locator('#paths .cv-chart svg').count()).toBe(1);
    await close();
  });

  it('does not load the demo code before the demo is near the viewport', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/ja/glossary/l1-regularization/');
    await page.waitForTimeout(300);
    expect(scripts.filter((s) => /view\.[\w-]+\.js/.test(s))).toEqual([]);
    await page.locator('#paths').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('#paths canvas')?.dataset.ready !== undefined);
    expect(scripts.filter((s) => /view\.[\w-]+\.js/.test(s))).toHaveLength(1);
    await context.close();
  });
});
