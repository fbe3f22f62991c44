/**
 * The "your own data" page's model parts (issue 17) in Chromium: the Lasso's stability over 50
 * bootstrap resamples at λ_1se against scikit-learn's counts on the same rows; logistic regression
 * for a two-valued target against scikit-learn's LogisticRegression; Cancel during the CV stage.
 */
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { strings } from '../../src/demos/yourdata/strings';
import { useSharedBrowser } from '../helpers/site-browser';
import { type OpenOptions, fixturePath, openYourData } from '../helpers/your-data';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

interface Case {
  file: string;
  target: string;
  featureNames: string[];
  stability: { counts: number[]; resamples: number };
}
const fx = JSON.parse(readFileSync(fixturePath('your-data.json'), 'utf8')) as { cases: Case[] };

/** With a theme: axe is injected too (the accessibility scans). */
const open = (path: string, opts: Pick<OpenOptions, 'width' | 'theme'> = {}) =>
  openYourData(browser(), baseURL, path, { ...opts, axe: opts.theme !== undefined });

async function load(page: Page, c: Pick<Case, 'file' | 'target'>): Promise<void> {
  await page.setInputFiles('#yd-file', fixturePath(c.file));
  await page.waitForSelector('[data-role="loaded"]:not([hidden])');
  await page.selectOption('#yd-target', c.target);
}

describe('your-data page: the Lasso’s stability', () => {
  it.each(fx.cases)('$file: the shares at λ_1se are scikit-learn’s counts over 50 resamples', async (c) => {
    const { page, errors } = await open('/en/your-data/?yourdata.model=lasso');
    await load(page, c);
    await page.click('[data-role="fit"]');
    await page.waitForSelector('yourdata-tool[data-stable]', { timeout: 60_000 });
    const rows = await page.$$eval('[data-role="stability-table"] tbody tr', (trs) =>
      trs.map((tr) => ({ name: tr.querySelector('th')!.textContent!, share: Number((tr.querySelector('td') as HTMLElement).dataset.share) })),
    );
    const expected = Object.fromEntries(c.featureNames.map((n, j) => [n, c.stability.counts[j]! / c.stability.resamples]));
    expect(Object.fromEntries(rows.map((r) => [r.name, r.share]))).toEqual(expected);
    // Highest share first.
    expect(rows.map((r) => r.share)).toEqual([...rows.map((r) => r.share)].sort((a, b) => b - a));
    expect(await page.locator('[data-role="stability-caption"]').innerText()).toContain('50 bootstrap samples');
    expect(await page.locator('[data-role="status"]').innerText()).toMatch(/^Fitted on/);
    expect(await page.isDisabled('[data-role="cancel"]')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows no stability table for Ridge', async () => {
    const { page, errors } = await open('/en/your-data/?yourdata.model=ridge');
    await load(page, fx.cases[0]!);
    await page.click('[data-role="fit"]');
    await page.waitForSelector('yourdata-tool:not([data-busy])[data-fitted]');
    expect(await page.isHidden('[data-role="stability"]')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

interface At {
  alpha: number;
  C: number;
  coef: number[];
  intercept: number;
}
const lfx = JSON.parse(readFileSync(fixturePath('your-data-logistic.json'), 'utf8')) as {
  file: string;
  target: string;
  featureNames: string[];
  fits: Record<'lasso' | 'ridge', { l1Ratio: number; indexMin: number; index1se: number; atMin: At; at1se: At }>;
  stability: { counts: number[]; resamples: number };
};
const en = strings.en as Record<string, string>;

const shownCoef = (page: Page) => page.$$eval('[data-role="coef"] tbody td', (tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));

async function expectCoef(page: Page, at: At): Promise<void> {
  const [intercept, ...coef] = await shownCoef(page);
  expect(Math.abs(intercept! - at.intercept)).toBeLessThan(1e-6);
  expect(coef).toHaveLength(at.coef.length);
  expect(Math.max(...coef.map((v, j) => Math.abs(v - at.coef[j]!)))).toBeLessThan(1e-6);
}

describe('your-data page: logistic regression for a two-valued target', () => {
  it.each(['lasso', 'ridge'] as const)('%s: the coefficients at λ_min and λ_1se are scikit-learn’s LogisticRegression at C = 1/(n·λ)', async (model) => {
    const ref = lfx.fits[model];
    const { page, errors } = await open(`/en/your-data/?yourdata.model=${model}`);
    await load(page, lfx);
    await page.click('[data-role="fit"]');
    await page.waitForSelector('yourdata-tool[data-fitted]');
    expect(await page.getAttribute('yourdata-tool', 'data-lambda-index')).toBe(String(ref.indexMin));
    await expectCoef(page, ref.atMin);
    expect(await page.locator('[data-role="coef"] tbody th').allInnerTexts()).toEqual(['Intercept', ...lfx.featureNames]);
    expect(await page.isVisible('[data-role="binary"]')).toBe(true);
    expect(await page.locator('[data-role="cv-chart"]').innerText()).toContain(en['demo.yourdata.ui.cvAxisDeviance']);
    expect(await page.locator('[data-role="lambda-out"]').innerText()).toMatch(/^λ = .+, scikit-learn’s C = \d/);
    const py = await page.locator('[data-role="python"]').innerText();
    expect(py).toContain(`LogisticRegression(penalty='${model === 'lasso' ? 'l1' : 'l2'}', C=`);
    const C = Number(/C=([\d.e-]+)/.exec(py)![1]);
    expect(Math.abs(C - ref.atMin.C) / ref.atMin.C).toBeLessThan(1e-9);
    expect(await page.locator('[data-role="r"]').innerText()).toContain('family = "binomial"');
    const before = await page.getAttribute('yourdata-tool', 'data-lambda-index');
    await page.click('[data-role="use-1se"]');
    await page.waitForFunction((b) => document.querySelector('yourdata-tool')!.getAttribute('data-lambda-index') !== b, before);
    expect(await page.getAttribute('yourdata-tool', 'data-lambda-index')).toBe(String(ref.index1se));
    await page.waitForFunction(() => document.querySelector('[data-role="coef-caption"]')!.textContent!.includes('C = '));
    await page.waitForFunction(
      (a) => Math.abs(Number((document.querySelector('[data-role="coef"] tbody td') as HTMLElement).dataset.value) - a) < 1e-6,
      ref.at1se.intercept,
    );
    await expectCoef(page, ref.at1se);
    if (model === 'lasso') {
      // Stage 4: L1 logistic regression on the bootstrap resamples, as scikit-learn counts them.
      await page.waitForSelector('yourdata-tool[data-stable]', { timeout: 60_000 });
      const shares = await page.$$eval('[data-role="stability-table"] tbody tr', (trs) =>
        trs.map((tr) => [tr.querySelector('th')!.textContent!, Number((tr.querySelector('td') as HTMLElement).dataset.share)] as const),
      );
      expect(Object.fromEntries(shares)).toEqual(Object.fromEntries(lfx.featureNames.map((n, j) => [n, lfx.stability.counts[j]! / lfx.stability.resamples])));
    } else expect(await page.isHidden('[data-role="stability"]')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('your-data page: Cancel during cross-validation', () => {
  it('stops the fit between folds: no result, the status says so, and the next fit works', async () => {
    const { page, errors } = await open('/en/your-data/?yourdata.model=lasso');
    // 4,000 rows × 150 columns: ten folds of least squares take long enough to press Cancel in between.
    const p = 150;
    let seed = 1;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const lines = [[...Array.from({ length: p }, (_, j) => `x${j}`), 'y'].join(',')];
    for (let i = 0; i < 4000; i++) {
      const x = Array.from({ length: p }, rand);
      lines.push([...x.map((v) => v.toFixed(4)), (x[0]! * 3 - x[1]! + rand()).toFixed(4)].join(','));
    }
    await page.setInputFiles('#yd-file', { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.waitForSelector('[data-role="loaded"]:not([hidden])');
    await page.click('[data-role="fit"]');
    await page.waitForFunction((text) => document.querySelector('[data-role="status"]')!.textContent === text, en['demo.yourdata.ui.progress3']);
    await page.click('[data-role="cancel"]');
    expect(await page.locator('[data-role="status"]').innerText()).toBe(en['demo.yourdata.ui.cancelled']);
    await page.waitForTimeout(1500);
    expect(await page.getAttribute('yourdata-tool', 'data-fitted')).toBeNull();
    expect(await page.isHidden('[data-role="results"]')).toBe(true);
    expect(await page.locator('[data-role="status"]').innerText()).toBe(en['demo.yourdata.ui.cancelled']);
    expect(await page.isEnabled('[data-role="fit"]')).toBe(true);
    await page.click('[data-role="fit"]');
    await page.waitForSelector('yourdata-tool[data-fitted]', { timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('your-data page: the new sections at 360 px', () => {
  it.each(['light', 'dark'] as const)('axe finds no violation in the stability table or a logistic fit (%s), and nothing scrolls sideways', async (theme) => {
    const { page, errors } = await open('/ja/your-data/', { width: 360, theme });
    const axe = () =>
      page.evaluate(async () => {
        const run = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run;
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
        const found = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await load(page, fx.cases[2]!);
    await page.click('[data-role="fit"]');
    await page.waitForSelector('yourdata-tool[data-stable]', { timeout: 60_000 });
    expect(await page.isVisible('[data-role="stability-table"]')).toBe(true);
    expect(await axe()).toEqual([]);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await load(page, lfx);
    await page.click('[data-role="fit"]');
    await page.waitForFunction(() => !document.querySelector('[data-role="results"]')!.hasAttribute('hidden'));
    await page.waitForSelector('yourdata-tool[data-lambda-index]');
    expect(await page.isVisible('[data-role="binary"]')).toBe(true);
    expect(await axe()).toEqual([]);
    expect(await sideways()).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
