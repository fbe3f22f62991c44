import { describe, expect, inject, it } from 'vitest';
import { demoReady } from '../helpers/demo';
import { useSharedBrowser, collectErrors } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

describe('decay demo', () => {
  it('has both figures and the table of the four runs without JavaScript', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/glossary/l2-regularization/');
    expect(await page.locator('#decay svg[role="img"]').count()).toBe(2);
    expect(await page.locator('#decay [data-chart="norm"] polyline').count()).toBe(4);
    expect(await page.locator('#decay tbody tr').count()).toBe(4);
    expect(await page.locator('#decay [data-role="status"]').textContent()).toMatch(
      /^λ = 0\.01：SGD では L2 と重み減衰のパラメータの差は最大 (\d(\.\d)?×)?10⁻¹[⁰¹²³⁴⁵⁶⁷⁸⁹]/,
    );
    expect(await page.locator('#decay .demo-lead').textContent()).toContain('Loshchilov & Hutter, 2019');
    await context.close();
  });

  it('clamps a bad λ from the URL, and retrains all four runs when λ moves by keyboard', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/glossary/l2-regularization/?decay.lambda=5#decay');
    await demoReady(page, 'decay');
    expect(await page.locator('#decay .demo-message').textContent()).toMatch(/decay\.lambda=5/);
    const status = page.locator('#decay [data-role="status"]');
    expect(await status.textContent()).toMatch(/^λ = 1: under SGD/);
    const svg = await page.locator('#decay [data-chart="norm"]').innerHTML();
    const table = await page.locator('#decay tbody').textContent();

    const slider = page.getByRole('slider', { name: 'Regularization strength λ (log scale)' });
    await slider.focus();
    await page.keyboard.press('Home');
    await demoReady(page, 'decay');
    expect(await status.textContent()).toMatch(
      /^λ = 0\.0001: under SGD the L2 and weight-decay parameters differ by at most (\d(\.\d)?×)?10⁻¹[⁰¹²³⁴⁵⁶⁷⁸⁹] .* Under Adam they are \d\.\d+ apart/,
    );
    expect(await slider.getAttribute('aria-valuetext')).toBe('λ = 0.0001');
    expect(await page.locator('#decay [data-chart="norm"]').innerHTML()).not.toBe(svg);
    expect(await page.locator('#decay tbody').textContent()).not.toBe(table);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('decay.lambda') === '0.0001');
    expect(errors).toEqual([]);
    await context.close();
  });
});
