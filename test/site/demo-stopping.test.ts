import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser, collectErrors } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

describe('early-stopping demo', () => {
  it('has its curves, stop and best epochs and test table without JavaScript', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/glossary/early-stopping/');
    expect(await page.locator('#stopping [data-chart="curves"] svg[role="img"]').count()).toBe(1);
    expect(await page.locator('#stopping .stop-line').count()).toBe(1);
    expect(await page.locator('#stopping .best-dot').count()).toBe(1);
    expect(await page.locator('#stopping [data-role="test-rows"] tr').count()).toBe(3);
    expect(await page.locator('#stopping [data-role="curve-rows"] tr').count()).toBe(21);
    expect(await page.locator('#stopping [data-role="status"]').textContent()).toMatch(
      /^\d+エポック目で停止し、\d+エポック目の重みに戻しました。テスト損失は 0\.\d{3}/,
    );
    expect(await page.locator('#stopping .demo-controls').isVisible()).toBe(false);
    await context.close();
  });

  it('restores and corrects URL state, moves the stop with the keyboard, and plays, pauses and resets', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/glossary/early-stopping/?stopping.patience=500&stopping.delta=abc#stopping');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('stopping-demo')?.dataset.ready !== undefined);
    const message = await page.locator('#stopping .demo-message').textContent();
    expect(message).toMatch(/stopping\.patience=500/);
    expect(message).toMatch(/stopping\.delta=abc/);
    const patience = page.getByRole('slider', { name: 'Patience (epochs)' });
    expect(await patience.inputValue()).toBe('100');

    const status = page.locator('#stopping [data-role="status"]');
    const chart = page.locator('#stopping [data-chart="curves"]');
    const before = { status: await status.textContent(), svg: await chart.innerHTML() };
    await patience.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight'); // patience 2
    expect(await patience.inputValue()).toBe('2');
    await expect.poll(() => status.textContent()).toMatch(/^Stopped at epoch \d+ and restored the weights of epoch \d+\. Test loss/);
    expect(await status.textContent()).not.toBe(before.status);
    expect(await chart.innerHTML()).not.toBe(before.svg);
    const stop = Number(/Stopped at epoch (\d+)/.exec((await status.textContent())!)![1]);
    const best = Number(/weights of epoch (\d+)/.exec((await status.textContent())!)![1]);
    expect(stop - best).toBe(2);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('stopping.patience') === '2');

    const delta = page.getByRole('slider', { name: /min_delta/ });
    await delta.focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('stopping.delta') === '0.05');

    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => page.locator('#stopping [data-role="progress"]').textContent()).toBe('Epoch 0 / 400');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(/Epoch (\d+)/.exec(document.querySelector('#stopping [data-role="progress"]')!.textContent!)![1]) >= 5);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');
    const paused = await page.locator('#stopping [data-role="progress"]').textContent();
    await page.waitForTimeout(200);
    expect(await page.locator('#stopping [data-role="progress"]').textContent()).toBe(paused);

    // Every order of buttons works: a new sample after Reset trains and draws its whole run.
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => page.locator('#stopping [data-role="progress"]').textContent()).toBe('Epoch 0 / 400');
    await page.getByRole('button', { name: 'Train again on a new sample' }).click();
    await expect.poll(() => page.locator('#stopping [data-role="progress"]').textContent(), { timeout: 30_000 }).toBe('Epoch 400 / 400');
    expect(await status.textContent()).toMatch(/^(Stopped at epoch \d+ and restored|Did not stop within 400 epochs)/);
    expect(await chart.locator('polyline').count()).toBeGreaterThanOrEqual(2);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('stopping.seed') === '5');
    expect(errors).toEqual([]);
    await context.close();
  });
});
