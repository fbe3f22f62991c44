import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser, collectErrors } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

describe('L1 vs L2 geometry demo', () => {
  it('shows the L1 optimum on a corner (an exact zero) and the L2 optimum off the axes, without JavaScript', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/glossary/l1-regularization/');
    expect(await page.locator('#geometry [data-result="l1"]').textContent()).toBe('L1 の解 w = (1.00, 0)。w₂ はちょうど 0 です');
    expect(await page.locator('#geometry [data-result="l2"]').textContent()).toMatch(/ちょうど 0 の重みはありません/);
    expect(await page.locator('#geometry svg').count()).toBe(2);
    expect(await page.locator('#geometry .demo-controls').isVisible()).toBe(false);
    await context.close();
  });

  it('moves with the keyboard and by dragging, restores a linked setting, and reports bad values', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/glossary/l2-regularization/?geometry.t=0.5&geometry.c2=99#geometry');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('geometry-demo')?.dataset.ready !== undefined);
    expect(await page.getByRole('slider', { name: /Budget t/ }).inputValue()).toBe('0.5');
    expect(await page.locator('#geometry .demo-message').textContent()).toMatch(/geometry\.c2=99.*2\.8/);

    // Move the unpenalised solution onto the w₁ axis region where the L1 optimum is a corner.
    const c2 = page.getByRole('slider', { name: /solution ŵ₂/ });
    await c2.focus();
    await page.keyboard.press('Home');
    const l1 = page.locator('#geometry [data-result="l1"]');
    const l2 = page.locator('#geometry [data-result="l2"]');
    const before = await l2.textContent();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await l2.textContent()).not.toBe(before);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('geometry.c2'));

    // Drag the white dot far up the w₂ axis: the L1 solution becomes (0, t).
    const plot = page.locator('#geometry .plot[data-norm="l1"]');
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.52, box.y + box.height * 0.05);
    await page.mouse.down();
    await page.mouse.up();
    expect(await l1.textContent()).toBe('L1 solution w = (0, 0.50); w₁ is exactly 0');
    expect(errors).toEqual([]);
    await context.close();
  });
});
