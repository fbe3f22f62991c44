import { describe, expect, inject, it } from 'vitest';
import { descentView } from '../../src/demos/descent/model';
import { renderDescent } from '../../src/demos/descent/render';
import { DESCENT_SPECS } from '../../src/demos/descent/specs';
import { strings } from '../../src/demos/descent/strings';
import { defaults, settle } from '../../src/demos/kit/params';
import { withChartStrings } from '../../src/demos/kit/strings';
import { demoReady, figureOf } from '../helpers/demo';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();
const PAGE = 'glossary/double-descent/';

/** What the model code computes for a setting, as the page should show it. */
const expected = (lang: 'ja' | 'en', s: { lambda: number; noise: number }) => renderDescent(descentView(s), withChartStrings(lang, strings[lang]));

const cells = (page: import('playwright-core').Page) =>
  page.locator('#descent tbody[data-role="rows"] tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())));
const status = (page: import('playwright-core').Page) => page.locator('#descent [data-role="status"]').textContent();

describe('double-descent demo', () => {
  it('shows the chart, the status and the table computed by the model code without JavaScript', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/ja/${PAGE}`);
    const want = expected('ja', defaults(DESCENT_SPECS));
    expect(await page.locator('#descent svg[role="img"]').count()).toBe(1);
    expect(await page.locator('#descent [data-chart="descent"] polyline').count()).toBe(3);
    expect(await page.locator('#descent [data-chart="descent"] line.threshold').count()).toBe(1);
    expect(await cells(page)).toEqual(want.rows);
    expect((await status(page))!.trim()).toBe(want.status);
    // The claim in numbers: the ridgeless peak at p = n towers over p = n/2, and λ = 0.001 removes it.
    const [ridgeless, , ridge] = want.rows;
    expect(Number(ridgeless![2]) / Number(ridgeless![1])).toBeGreaterThan(10);
    expect(Number(ridge![2])).toBeLessThan(Number(ridge![1]));
    // The prose quotes the same numbers, from the same code.
    expect((await page.locator('[data-demo-number="descent.ridgeless.peak"]').first().textContent())!.trim()).toBe(ridgeless![2]);
    expect((await page.locator('[data-demo-number="descent.ridge.peak"]').first().textContent())!.trim()).toBe(ridge![2]);
    expect(await page.locator('#descent .demo-controls').isVisible()).toBe(false);
    await context.close();
  });

  it('restores a setting from the URL, reports a bad value, and redraws when the sliders move', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/en/${PAGE}?descent.lambda=0.001&descent.noise=0.76#descent`);
    await demoReady(page, 'descent');
    // 0.76 lies between two stops of the noise slider (0.1 apart): the nearest is 0.8.
    expect(await page.locator('#descent .demo-message').textContent()).toMatch(/descent\.noise=0\.76.*σ = 0\.8/);
    const lambda = page.getByRole('slider', { name: 'Ridge strength λ (log scale)' });
    const noise = page.getByRole('slider', { name: 'Noise in the training data σ' });
    expect(await lambda.getAttribute('aria-valuetext')).toBe('λ = 0.001');
    expect(await noise.getAttribute('aria-valuetext')).toBe('σ = 0.8');
    const restored = expected('en', { lambda: settle(DESCENT_SPECS.lambda, 0.001), noise: 0.8 });
    expect(await status(page)).toBe(restored.status);
    expect(await cells(page)).toEqual(restored.rows);
    expect(await page.locator('#descent caption').textContent()).toBe('Test error (median of 20 draws), σ = 0.8');

    // Home takes λ to the left end, λ = 0: the peak comes back, and the default leaves the URL.
    const before = await figureOf(page, 'descent');
    await lambda.focus();
    await page.keyboard.press('Home');
    await demoReady(page, 'descent');
    expect(await lambda.getAttribute('aria-valuetext')).toBe('λ = 0 (ridgeless)');
    const ridgeless = expected('en', { lambda: DESCENT_SPECS.lambda.min, noise: 0.8 });
    await expect.poll(() => status(page)).toBe(ridgeless.status);
    expect(await figureOf(page, 'descent')).not.toBe(before);
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('descent.lambda'));

    // The keyboard moves σ down one stop; the table and the URL follow.
    await noise.focus();
    await page.keyboard.press('ArrowLeft');
    await demoReady(page, 'descent');
    expect(await noise.getAttribute('aria-valuetext')).toBe('σ = 0.7');
    await expect.poll(() => cells(page)).toEqual(expected('en', { lambda: DESCENT_SPECS.lambda.min, noise: 0.7 }).rows);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('descent.noise') === '0.7');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads λ = 0 from the URL as the slider’s left end, silently, and names that end for a value below it', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/ja/${PAGE}?descent.lambda=0#descent`);
    await demoReady(page, 'descent');
    const message = page.locator('#descent .demo-message');
    expect((await message.isVisible()) ? (await message.textContent())!.trim() : '').toBe('');
    expect(await status(page)).toBe(expected('ja', defaults(DESCENT_SPECS)).status);
    await page.goto(`/ja/${PAGE}?descent.lambda=-1#descent`);
    await demoReady(page, 'descent');
    expect(await message.textContent()).toContain('λ = 0（リッジなし）');
    expect(await status(page)).toBe(expected('ja', defaults(DESCENT_SPECS)).status);
    expect(errors).toEqual([]);
    await context.close();
  });
});
