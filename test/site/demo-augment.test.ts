import { describe, expect, inject, it } from 'vitest';
import { demoReady } from '../helpers/demo';
import { useSharedBrowser, collectErrors } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

const withMean = (status: string | null) => Number(/(?:拡張あり|with augmentation) ([\d.]+) ±/.exec(status ?? '')![1]);

describe('augment demo', () => {
  it('has its points, accuracy plot and table without JavaScript', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/glossary/data-augmentation/');
    expect(await page.locator('#augment [data-chart="points"] circle.orig').count()).toBe(36);
    expect(await page.locator('#augment [data-chart="points"] path.aug').count()).toBeGreaterThan(100);
    expect(await page.locator('#augment [data-chart="points"] path.boundary').count()).toBe(1);
    expect(await page.locator('#augment [data-chart="accuracy"] circle.seed').count()).toBe(10);
    expect(await page.locator('#augment tbody tr').count()).toBe(6);
    expect(await page.locator('#augment [data-role="status"]').textContent()).toMatch(
      /^テスト正解率（5 シードの平均 ± 標準偏差）：拡張なし [\d.]+ ± [\d.]+%、拡張あり/,
    );
    expect(await page.locator('#augment .demo-controls').isVisible()).toBe(false);
    await context.close();
  });

  it('retrains in a worker when a transform is switched by keyboard, and keeps the state in the URL', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/glossary/data-augmentation/?augment.data=moons&augment.flip=0&augment.rotate=0#augment');
    await demoReady(page, 'augment');
    const status = page.locator('#augment [data-role="status"]');
    await page.waitForFunction(() => !document.querySelector('#augment [data-role="status"]')!.textContent!.includes('Computing'));
    const labelPreserving = withMean(await status.textContent());
    const picture = await page.locator('#augment [data-chart="points"]').innerHTML();

    // Rotating the moons by up to 180° breaks their labels: accuracy drops.
    await page.getByRole('checkbox', { name: /Rotate/ }).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !document.querySelector('#augment [data-role="status"]')!.textContent!.includes('Computing'));
    expect(withMean(await status.textContent())).toBeLessThan(labelPreserving - 5);
    expect(await page.locator('#augment [data-chart="points"]').innerHTML()).not.toBe(picture);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('augment.rotate') === null);
    expect(new URL(page.url()).searchParams.get('augment.data')).toBe('moons');

    const copies = page.getByRole('slider', { name: 'Copies per point' });
    await copies.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('augment.copies') === '3');
    expect(await page.locator('#augment [data-role="count"]').textContent()).toBe('36 original points + 108 copies (3 per point)');
    await page.waitForFunction(() => !document.querySelector('#augment [data-role="status"]')!.textContent!.includes('Computing'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains bad URL values', async () => {
    const context = await browser().newContext({ baseURL });
    const page = await context.newPage();
    await page.goto('/ja/glossary/data-augmentation/?augment.copies=99&augment.jitter=maybe#augment');
    await demoReady(page, 'augment');
    const message = await page.locator('#augment .demo-message').textContent();
    expect(message).toMatch(/augment\.copies=99/);
    expect(message).toMatch(/augment\.jitter=maybe/);
    expect(await page.getByRole('slider', { name: '1点あたりのコピー数' }).inputValue()).toBe('8');
    await context.close();
  });
});
