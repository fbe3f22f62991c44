import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { defaults } from '../../src/demos/kit/params';
import { formatFixed } from '../../src/demos/kit/format';
import { ADAPTIVE_NU, PENALTIES_SPECS, type PenaltiesSettings, RULES } from '../../src/demos/penalties/model';
import { thresholdBy } from '../../src/lib/penalties';
import { demoReady, figureOf } from '../helpers/demo';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

/** w(z) and z − w(z) of every rule as the table should show them, computed by the engine (src/lib/penalties.ts). */
const expectedCells = (s: PenaltiesSettings) =>
  RULES.map((rule) => {
    const w = thresholdBy(rule, s.z, s.lambda, { a: s.a, gamma: s.gamma, phi: s.phi, nu: ADAPTIVE_NU });
    const cell = (v: number) => (v === 0 ? '0' : formatFixed(v, 2));
    return [cell(w), cell(s.z - w)];
  });
const tableCells = (page: Page) =>
  page.locator('#penalties tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));

describe('sparse-penalties demo', () => {
  it('shows the chart and the table of every rule at the default z without JavaScript, with the engine’s values', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/glossary/sparse-penalties/');
    const s = defaults(PENALTIES_SPECS);
    expect(await page.locator('#penalties svg[role="img"]').count()).toBe(1);
    // The rules shown by default, L0 in three pieces (it jumps at ±λ), and the line w = z.
    const shown = RULES.filter((rule) => s[rule]);
    expect(await page.locator('#penalties polyline.line-reference').count()).toBe(1);
    for (const rule of RULES) expect(await page.locator(`#penalties polyline.pen-${rule}`).count(), rule).toBe(!s[rule] ? 0 : rule === 'hard' ? 3 : 1);
    expect(await page.locator('#penalties .end-label').allTextContents()).toHaveLength(shown.length);
    expect(await page.locator('#penalties tbody tr').count()).toBe(RULES.length);
    expect(await tableCells(page)).toEqual(expectedCells(s));
    expect(await page.locator('#penalties caption').textContent()).toBe('z = 2.4、λ = 1 のとき');
    expect(await page.locator('#penalties .demo-controls').isVisible()).toBe(false);
    await context.close();
  });

  it('redraws the chart and the table when λ moves, and writes λ into the URL', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/ja/glossary/sparse-penalties/#penalties');
    await demoReady(page, 'penalties');
    const before = await figureOf(page, 'penalties');
    const slider = page.getByRole('slider', { name: '正則化の強さ λ' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => figureOf(page, 'penalties')).not.toBe(before);
    expect(await slider.getAttribute('aria-valuetext')).toBe('1.1');
    expect(await tableCells(page)).toEqual(expectedCells({ ...defaults(PENALTIES_SPECS), lambda: 1.1 }));
    expect(await page.locator('#penalties caption').textContent()).toBe('z = 2.4、λ = 1.1 のとき');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('penalties.lambda') === '1.1');

    // Unticking a rule takes its line off the chart; the table keeps every rule.
    await page.getByRole('checkbox', { name: 'SCAD' }).uncheck();
    await expect.poll(() => page.locator('#penalties polyline.pen-scad').count()).toBe(0);
    expect(await page.locator('#penalties tbody tr').count()).toBe(RULES.length);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('penalties.scad') === '0');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restores a linked setting (λ, z, φ and the rules shown) and reports a bad value', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/glossary/sparse-penalties/?penalties.lambda=1.5&penalties.z=-3.2&penalties.phi=0.25&penalties.relaxed=1&penalties.gamma=9#penalties');
    await demoReady(page, 'penalties');
    const s = { ...defaults(PENALTIES_SPECS), lambda: 1.5, z: -3.2, phi: 0.25, relaxed: true, gamma: PENALTIES_SPECS.gamma.max };
    expect(await page.getByRole('slider', { name: 'Regularization strength λ' }).inputValue()).toBe('1.5');
    expect(await page.getByRole('checkbox', { name: 'relaxed lasso' }).isChecked()).toBe(true);
    expect(await page.locator('#penalties polyline.pen-relaxed').count()).toBe(3);
    expect(await tableCells(page)).toEqual(expectedCells(s));
    expect(await page.locator('#penalties caption').textContent()).toBe('At z = −3.2, λ = 1.5');
    expect(await page.locator('#penalties .demo-message').textContent()).toMatch(/penalties\.gamma=9.*\b5\b/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
