import { describe, expect, inject, it } from 'vitest';
import { defaults } from '../../src/demos/kit/params';
import { withChartStrings } from '../../src/demos/kit/strings';
import { pathOnce, selectionNow } from '../../src/demos/stability/jobs';
import { renderStability } from '../../src/demos/stability/render';
import { N_FEATURES, STABILITY_SPECS, type StabilitySettings } from '../../src/demos/stability/specs';
import { strings } from '../../src/demos/stability/strings';
import { demoReady, figureOf } from '../helpers/demo';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();
const PAGE = 'glossary/stability-selection/';

/** What the model code computes for a setting, as the page should show it. */
const expected = (lang: 'ja' | 'en', s: StabilitySettings = defaults(STABILITY_SPECS)) =>
  renderStability(pathOnce(), selectionNow({ subsamples: s.subsamples, seed: s.seed }), s, withChartStrings(lang, strings[lang]));

type Page = import('playwright-core').Page;
const cells = (page: Page) =>
  page.locator('#stability tbody[data-role="rows"] tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())));
const text = async (page: Page, role: string) => (await page.locator(`#stability [data-role="${role}"]`).textContent())!.trim();

describe('stability demo', () => {
  it('shows both charts, the stable set, the bound and the table computed by the model code without JavaScript', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/ja/${PAGE}`);
    const want = expected('ja');
    expect(await page.locator('#stability svg[role="img"]').count()).toBe(2);
    for (const chart of ['path-chart', 'freq-chart']) {
      expect(await page.locator(`#stability [data-role="${chart}"] polyline[class^="feat-"]`).count()).toBe(N_FEATURES);
    }
    expect(await page.locator('#stability [data-role="freq-chart"] polyline.threshold').count()).toBe(1);
    expect(await cells(page)).toEqual(want.rows);
    expect(await text(page, 'status')).toBe(want.status);
    expect(await text(page, 'bound')).toBe(want.bound);
    expect(await text(page, 'lasso')).toBe(want.lasso);
    expect((await page.locator('#stability caption').textContent())!.trim()).toBe(want.caption);
    // The claim in numbers: the four features that affect y are stable, nothing else.
    expect(want.rows.filter((r) => r[3] === '選ぶ').map((r) => r[0])).toEqual(['x1', 'x2', 'x3', 'x4']);
    // The prose quotes the same numbers, from the same code.
    const q = (await page.locator('[data-demo-number="stability.q"]').first().textContent())!.trim();
    const bound = (await page.locator('[data-demo-number="stability.bound"]').first().textContent())!.trim();
    expect(want.bound).toContain(`q = ${q} 個`);
    expect(want.bound).toContain(`= ${bound} 個`);
    expect(await page.locator('#stability .demo-controls').isVisible()).toBe(false);
    await context.close();
  });

  it('restores a setting from the URL, reports a bad value, recomputes for B and new subsamples, and redraws for π_thr and Λ', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/en/${PAGE}?stability.threshold=0.95&stability.lambda=0.1&stability.subsamples=40&stability.seed=3#stability`);
    await demoReady(page, 'stability');
    // 0.95 is above the slider's range: the nearest end, 0.9, is used and said.
    expect(await page.locator('#stability .demo-message').textContent()).toMatch(/stability\.threshold=0\.95.*π_thr = 0\.90/);
    const threshold = page.getByRole('slider', { name: 'Threshold π_thr' });
    expect(await threshold.getAttribute('aria-valuetext')).toBe('π_thr = 0.90');
    expect(await page.getByRole('slider', { name: 'Lower end of Λ, λ (log scale)' }).getAttribute('aria-valuetext')).toBe('λ = 0.1');
    expect(await page.getByRole('slider', { name: 'Number of subsamples B' }).getAttribute('aria-valuetext')).toBe('40 (20 pairs)');
    const state = { ...defaults(STABILITY_SPECS), threshold: 0.9, lambda: 0.1, subsamples: 40, seed: 3 };
    let want = expected('en', state);
    expect(await cells(page)).toEqual(want.rows);
    expect(await text(page, 'status')).toBe(want.status);
    expect(await text(page, 'progress')).toBe('Computed on 40 subsamples (20 pairs of non-overlapping halves).');

    // The keyboard moves π_thr: the threshold line, the table and the URL follow at once (no new subsamples).
    const before = await figureOf(page, 'stability');
    await threshold.focus();
    await page.keyboard.press('Home');
    await demoReady(page, 'stability');
    want = expected('en', { ...state, threshold: 0.6 });
    await expect.poll(() => text(page, 'status')).toBe(want.status);
    expect(await cells(page)).toEqual(want.rows);
    expect(await figureOf(page, 'stability')).not.toBe(before);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('stability.threshold') === '0.6');

    // More subsamples: computed again (in the worker), with the same numbers as the model code.
    const b = page.getByRole('slider', { name: 'Number of subsamples B' });
    await b.focus();
    await page.keyboard.press('End');
    await demoReady(page, 'stability');
    want = expected('en', { ...state, threshold: 0.6, subsamples: 200 });
    await expect.poll(() => cells(page)).toEqual(want.rows);
    expect(await text(page, 'progress')).toBe('Computed on 200 subsamples (100 pairs of non-overlapping halves).');

    // New subsamples: the seed counts up in the URL and the frequencies change.
    const drawn = await figureOf(page, 'stability');
    await page.getByRole('button', { name: 'Draw new subsamples' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('stability.seed') === '4');
    await demoReady(page, 'stability');
    want = expected('en', { ...state, threshold: 0.6, subsamples: 200, seed: 4 });
    await expect.poll(() => cells(page)).toEqual(want.rows);
    expect(await figureOf(page, 'stability')).not.toBe(drawn);
    expect(errors).toEqual([]);
    await context.close();
  });
});
