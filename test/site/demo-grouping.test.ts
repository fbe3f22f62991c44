import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser, collectErrors } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

describe('Elastic Net grouping demo', () => {
  it('shows at build time that the lasso drops group members and the Elastic Net keeps them', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/glossary/elastic-net/');
    expect(await page.locator('#grouping [data-kept="enet"]').textContent()).toBe('0でない係数：A 3/3、B 3/3、C 0/3');
    expect(await page.locator('#grouping [data-kept="lasso"]').textContent()).not.toBe('0でない係数：A 3/3、B 3/3、C 0/3');
    expect(await page.locator('#grouping [data-role="rows"] td:nth-child(3)').allTextContents()).toContain('0');
    await context.close();
  });

  it('refits on a new sample and on the keyboard, restores linked settings and reports bad ones', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/glossary/elastic-net/?grouping.corr=0.5&grouping.seed=-3#grouping');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('grouping-demo')?.dataset.ready !== undefined);
    expect(await page.getByRole('slider', { name: 'Correlation within a group' }).inputValue()).toBe('0.5');
    expect(await page.locator('#grouping .demo-message').textContent()).toMatch(/grouping\.seed=-3/);

    const lasso = () => page.locator('#grouping [data-role="rows"] td:nth-child(3)').allTextContents();
    const before = await lasso();
    await page.getByRole('button', { name: 'Draw a new sample' }).press('Enter');
    expect(await lasso()).not.toEqual(before);
    expect(await page.locator('#grouping .demo-details > summary').textContent()).toContain('sample 1');

    const rho = page.locator('#grouping').getByRole('slider', { name: /Mixing ratio/ });
    await rho.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#grouping [data-title="enet"]').textContent()).toBe('Elastic Net (ρ = 0.35)');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('grouping.rho') === '0.35');
    expect(errors).toEqual([]);
    await context.close();
  });
});
