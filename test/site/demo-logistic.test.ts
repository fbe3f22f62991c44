import { describe, expect, inject, it } from 'vitest';
import { defaults } from '../../src/demos/kit/params';
import { withChartStrings } from '../../src/demos/kit/strings';
import { logisticResult } from '../../src/demos/logistic/model';
import { renderLogistic } from '../../src/demos/logistic/render';
import { LOGISTIC_SPECS } from '../../src/demos/logistic/specs';
import { strings } from '../../src/demos/logistic/strings';
import { demoReady, figureOf } from '../helpers/demo';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();
const PAGE = 'glossary/regularized-logistic-regression/';

/** What the model code computes for the default setting, as the page should show it. */
const expected = (lang: 'ja' | 'en') => {
  const s = defaults(LOGISTIC_SPECS);
  return renderLogistic(logisticResult(s), s, withChartStrings(lang, strings[lang]));
};

const cells = (page: import('playwright-core').Page) =>
  page.locator('#logistic tbody[data-role="rows"] tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())));

describe('logistic demo', () => {
  it('shows both figures, the status, C and the table computed by the model code without JavaScript', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/ja/${PAGE}`);
    const want = expected('ja');
    expect(await page.locator('#logistic svg[role="img"]').count()).toBe(2);
    expect(await page.locator('#logistic [data-chart="plane"] :is(.pt0, .pt1)').count()).toBe(40);
    expect(await page.locator('#logistic [data-chart="plane"] :is(.boundary, .level)').count()).toBe(3);
    expect(await page.locator('#logistic [data-chart="norm"] polyline').count()).toBe(2);
    expect(await cells(page)).toEqual(want.rows);
    // The claim in numbers: without a penalty ‖w‖ grows from 1000 to 10,000 iterations; with λ = 0.01 it does not.
    const [free, , mid] = want.rows;
    expect(Number(free![3]) - Number(free![2])).toBeGreaterThan(3);
    expect(mid![2]).toBe(mid![3]);
    expect(mid![1]).toBe('2.5');
    // The prose quotes the same numbers, from the same code.
    expect((await page.locator('[data-demo-number="logistic.free10000"]').textContent())!.trim()).toBe(free![3]);
    expect((await page.locator('[data-demo-number="logistic.l2at10000"]').textContent())!.trim()).toBe(mid![3]);
    expect((await page.locator('#logistic [data-role="status"]').textContent())!.trim()).toBe(want.status);
    expect((await page.locator('#logistic [data-role="c"]').textContent())!.trim()).toBe(want.cText);
    expect(await page.locator('#logistic .demo-controls').isVisible()).toBe(false);
    await context.close();
  });

  it('restores a setting from the URL, reports a bad value, and redraws when a control is pressed', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/en/${PAGE}?logistic.penalty=0&logistic.data=overlap&logistic.iter=100&logistic.lambda=5#logistic`);
    await demoReady(page, 'logistic');
    expect(await page.locator('#logistic .demo-message').textContent()).toMatch(/logistic\.lambda=5/);
    const status = page.locator('#logistic [data-role="status"]');
    const progress = page.locator('#logistic [data-role="progress"]');
    expect(await status.textContent()).toMatch(/^No penalty, iteration 100: ‖w‖ = \d\.\d{3}, mean log-loss 0\.\d+, training accuracy 90%\./);
    expect(await progress.textContent()).toBe('Iteration 100 / 10,000');
    expect(await page.getByRole('checkbox', { name: 'Apply the L2 penalty' }).isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: '4 labels flipped (not separable)' }).isChecked()).toBe(true);
    const lambda = page.getByRole('slider', { name: 'L2 penalty strength λ (log scale)' });
    expect(await lambda.isDisabled()).toBe(true);
    // 5 lies between two points of the slider's grid (0.2 in log₁₀ λ): the nearest is 10^0.6 ≈ 3.98.
    expect(await lambda.getAttribute('aria-valuetext')).toBe('λ = 4');
    expect(await page.locator('#logistic caption').textContent()).toBe('Data: 4 labels flipped (not separable) (40 points)');
    expect(await page.locator('#logistic [data-role="c"]').textContent()).toContain('penalty=None');

    // Turning the penalty on trains at that λ and redraws.
    const before = await figureOf(page, 'logistic');
    await page.getByRole('checkbox', { name: 'Apply the L2 penalty' }).check();
    await page.waitForFunction((b) => {
      const el = document.querySelector<HTMLElement>('logistic-demo')!;
      const now = [...el.querySelectorAll('[data-figure]')].map((f) => f.innerHTML).join('\n');
      return el.dataset.busy === undefined && now !== b;
    }, before);
    expect(await lambda.isDisabled()).toBe(false);
    expect(await page.locator('#logistic [data-role="c"]').textContent()).toMatch(/C = 1\/\(nλ\) = 1\/\(40 × [\d.]+\) = /);

    // The keyboard moves λ; the status, the figure and the URL follow.
    await lambda.focus();
    await page.keyboard.press('Home');
    await demoReady(page, 'logistic');
    expect(await lambda.getAttribute('aria-valuetext')).toBe('λ = 0.0001');
    await expect.poll(() => status.textContent()).toMatch(/^λ = 0\.0001, iteration 100:/);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('logistic.lambda') === '0.0001');

    // The separable data, no penalty: Play runs the iterations forward, Pause stops them, Reset goes back to 10.
    await page.getByRole('radio', { name: 'separable by a straight line' }).check();
    await page.getByRole('checkbox', { name: 'Apply the L2 penalty' }).uncheck();
    await demoReady(page, 'logistic');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => progress.textContent()).toBe('Iteration 10 / 10,000');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () => Number(/Iteration ([\d,]+)/.exec(document.querySelector('#logistic [data-role="progress"]')!.textContent!)![1]!.replace(/,/g, '')) >= 100,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');
    const paused = await progress.textContent();
    await page.waitForTimeout(300);
    expect(await progress.textContent()).toBe(paused);
    expect(await status.textContent()).toMatch(/^No penalty, iteration [\d,]+: ‖w‖ = /);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => progress.textContent(), { timeout: 10_000 }).toBe('Iteration 10,000 / 10,000');
    await demoReady(page, 'logistic');
    expect(await status.textContent()).toMatch(/^No penalty, iteration 10,000: ‖w‖ = 12\.\d{3}, .* Since iteration 1000, ‖w‖ has changed by \+4\.\d{3}\./);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('logistic.penalty') === '0');
    expect(errors).toEqual([]);
    await context.close();
  });
});
