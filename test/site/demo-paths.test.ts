import { type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { demoReady } from '../helpers/demo';
import { useSharedBrowser, collectErrors } from '../helpers/site-browser';
import { settle } from '../../src/demos/kit/params';
import { PATHS_SPECS } from '../../src/demos/paths/specs';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(path);
  return { page, errors, close: () => context.close() };
}

/** Waits for the demo's code to run (it loads when scrolled into view) and its jobs to be drawn. */
async function ready(page: Page) {
  await page.locator('#paths').scrollIntoViewIfNeeded();
  await demoReady(page, 'paths');
  await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('#paths canvas')!.width > 0);
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
    await demoReady(page, 'paths');

    const after = await coefficients(page);
    expect(after).not.toEqual(before);
    expect(after.filter((c) => c === '0').length).toBeGreaterThan(before.filter((c) => c === '0').length);
    expect(Buffer.compare(await page.locator('#paths canvas').screenshot(), picture)).not.toBe(0);
    expect(Number(new URL(page.url()).searchParams.get('paths.lambda'))).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('draws only the newest fit while λ moves fast: the last λ is drawn, and no older result after a newer one', async () => {
    const { page, errors, close } = await open('/en/glossary/l1-regularization/');
    await ready(page);
    await page.evaluate(() => {
      // Every drawn fit, in order: each change of data-drawn-job / data-drawn-lambda (the view sets both per draw).
      const el = document.querySelector<HTMLElement>('paths-demo')!;
      const drawn: { job: number; lambda: number }[] = [];
      (window as unknown as { drawn: typeof drawn }).drawn = drawn;
      new MutationObserver((records) => {
        const after = (name: string, i: number) => records.slice(i + 1).find((r) => r.attributeName === name)?.oldValue ?? el.getAttribute(name);
        records.forEach((r, i) => {
          if (r.attributeName === 'data-drawn-job') drawn.push({ job: Number(after('data-drawn-job', i)), lambda: Number(after('data-drawn-lambda', i)) });
        });
      }).observe(el, { attributes: true, attributeOldValue: true, attributeFilter: ['data-drawn-job', 'data-drawn-lambda'] });
    });
    const drawn = () => page.evaluate(() => (window as unknown as { drawn: { job: number; lambda: number }[] }).drawn.splice(0));
    const slider = page.locator('#paths [data-main-control]');
    const sliderLambda = () => slider.evaluate((el: HTMLInputElement) => 10 ** Number(el.value));
    const steps = await slider.evaluate((el: HTMLInputElement) => Math.round((Number(el.max) - Number(el.min)) / Number(el.step)));
    expect(steps).toBeGreaterThan(10);

    // The keyboard, as fast as it goes: Home, then every step to the right end.
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
    await demoReady(page, 'paths');
    const byKeys = await drawn();
    expect(byKeys.length).toBeGreaterThan(0);
    expect(byKeys.at(-1)!.lambda).toBe(await sliderLambda());
    for (let i = 1; i < byKeys.length; i++) {
      expect(byKeys[i]!.job).toBeGreaterThan(byKeys[i - 1]!.job);
      expect(byKeys[i]!.lambda).toBeGreaterThan(byKeys[i - 1]!.lambda);
    }

    // Every step back to the left end inside one task: every job but the last is superseded before it is drawn.
    await slider.evaluate((el: HTMLInputElement, n) => {
      for (let i = n - 1; i >= 0; i--) {
        el.value = String(Number(el.min) + i * Number(el.step));
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, steps);
    await demoReady(page, 'paths');
    const inOneTask = await drawn();
    expect(inOneTask).toHaveLength(1);
    expect(inOneTask[0]!.lambda).toBe(await sliderLambda());
    expect(inOneTask[0]!.job).toBe(byKeys.at(-1)!.job + steps);
    expect(await page.locator('#paths [data-role="caption"]').textContent()).toContain(await slider.getAttribute('aria-valuetext'));
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
    // λ goes to the slider point nearest λ_1se (the slider moves in steps of 0.2 in log₁₀ λ).
    const used = Number(new URL(page.url()).searchParams.get('paths.lambda'));
    expect(Math.abs(Math.log10(used) - Math.log10(lambda1se!))).toBeLessThanOrEqual(0.1 + 1e-3);
    expect(used).toBeCloseTo(settle(PATHS_SPECS.lambda, lambda1se!), 2);
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
    expect(await page.locator('#paths caption').first().textContent()).toContain('リッジ（L2）');
    expect(await page.locator('#paths [data-role="cv-summary"]').textContent()).toMatch(/λ_min = .*λ_1se = /);
    expect(await page.locator('#paths .cv-chart svg[role="img"]').count()).toBe(1);
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
    await demoReady(page, 'paths');
    expect(scripts.filter((s) => /view\.[\w-]+\.js/.test(s))).toHaveLength(1);
    await context.close();
  });
});
