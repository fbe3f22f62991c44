import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser, collectErrors } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

describe('comparison tables', () => {
  it('are complete without JavaScript, with captions naming the data', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/glossary/regularization/');
    expect(await page.locator('#overview tbody tr').count()).toBe(3);
    expect(await page.locator('#overview .table-caption').textContent()).toMatch(/シード 0/);
    const nonZero = await page.locator('#overview tbody tr td:nth-of-type(2)').allTextContents();
    expect(nonZero[1]).toBe('120 / 120');
    expect(Number(nonZero[0]!.split(' ')[0])).toBeLessThan(120);

    await page.goto('/en/glossary/elastic-net/');
    expect(await page.locator('#enet-cv-table .table-caption').textContent()).toMatch(/10-fold cross-validation \(fold seed 0\)/);
    expect(await page.locator('#enet-cv-table thead th').count()).toBe(7);
    expect(await page.locator('#enet-cv-table tbody tr').count()).toBe(13);

    await page.goto('/en/glossary/dropout/');
    expect(await page.locator('#dropout-table .table-caption').textContent()).toMatch(/dropout p = 0\.3 and with DropConnect p = 0\.3/);
    expect(await page.locator('#dropout-table tbody tr').count()).toBe(3);
    // The table sits just before the misconceptions heading.
    expect(await page.locator('#dropout-table ~ .heading-wrapper > h2').first().getAttribute('id')).toBe('misconceptions');
    await context.close();
  });

  it('recomputes the overview for a new seed in a worker and restores the seed from the URL', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/glossary/regularization/#overview');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('overview-table')?.dataset.ready !== undefined);
    const cells = () => page.locator('#overview tbody td[data-cell]').allTextContents();
    const before = await cells();
    await page.getByRole('button', { name: 'Recompute with another seed' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#overview [data-role="status"]')!.textContent!.startsWith('Recomputed with seed 1'));
    const after = await cells();
    expect(after.filter((_, k) => k % 5 !== 4)).not.toEqual(before.filter((_, k) => k % 5 !== 4));
    expect(await page.locator('#overview [data-role="time-note"]').textContent()).toMatch(/measured just now on your device/);
    expect(await page.locator('#overview .table-caption').textContent()).toMatch(/seed 1\)/);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('overview.seed') === '1');

    await page.goto('/en/glossary/regularization/?overview.seed=1#overview');
    await page.waitForFunction(() => document.querySelector('#overview [data-role="status"]')!.textContent!.startsWith('Recomputed with seed 1'));
    const restored = await cells();
    expect(restored.filter((_, k) => k % 5 !== 4)).toEqual(after.filter((_, k) => k % 5 !== 4));

    await page.goto('/en/glossary/regularization/?overview.seed=-3#overview');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('overview-table')?.dataset.ready !== undefined);
    expect(await page.locator('#overview .demo-message').textContent()).toMatch(/overview\.seed=-3/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
