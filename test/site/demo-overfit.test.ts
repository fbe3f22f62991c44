import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser, collectErrors } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

/** The test error in the status line, written as the kit's formatNumber writes it (0.0045, 420,000 or 1.2×10⁸). */
const testError = (status: string | null) => {
  const text = /テスト誤差 ([\d.,×⁰¹²³⁴⁵⁶⁷⁸⁹]+)|test error ([\d.,×⁰¹²³⁴⁵⁶⁷⁸⁹]+)/
    .exec(status ?? '')!
    .slice(1)
    .find(Boolean)!
    .replaceAll(',', '');
  const [mantissa, power] = text.split('×10');
  return Number(mantissa) * 10 ** Number([...(power ?? '0')].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join(''));
};

describe('overfitting demo', () => {
  it('has its figures and error table without JavaScript', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/glossary/overfitting/');
    expect(await page.locator('#overfit svg[role="img"]').count()).toBe(2);
    expect(await page.locator('#overfit tbody tr').count()).toBe(16);
    expect(await page.locator('#overfit [data-role="status"]').textContent()).toMatch(/^次数 9、λ = 0（なし）：訓練誤差/);
    await context.close();
  });

  it('lowers the test error of a degree-15 fit when λ rises, by keyboard, and redraws on a new sample', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/glossary/overfitting/?overfit.degree=15&overfit.x=banana#overfit');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('overfit-demo')?.dataset.ready !== undefined);
    expect(await page.locator('#overfit .demo-message').textContent()).toMatch(/overfit\.x=banana/);
    const status = page.locator('#overfit [data-role="status"]');
    const overfit = testError(await status.textContent());

    const lambda = page.getByRole('slider', { name: 'Regularization strength λ' });
    await lambda.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight'); // λ = 10⁻⁴
    const regularized = testError(await status.textContent());
    expect(regularized).toBeLessThan(overfit / 10);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('overfit.loglambda') === '-4');

    const picture = await page.locator('#overfit [data-chart="fit"]').innerHTML();
    await page.getByRole('button', { name: 'Draw a new sample' }).click();
    expect(await page.locator('#overfit [data-chart="fit"]').innerHTML()).not.toBe(picture);
    expect(errors).toEqual([]);
    await context.close();
  });
});
