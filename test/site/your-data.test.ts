/**
 * The "your own data" page (issue 17) in Chromium: the fixture files uploaded through the file
 * input give scikit-learn's coefficients at λ_min; every bad input shows its message and keeps the
 * previous table; no request carries the data; axe finds nothing after a fit; keyboard works.
 */
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeProblem } from '../../src/demos/yourdata/messages';
import { LIMITS, type TableProblem } from '../../src/lib/table';
import { useSharedBrowser } from '../helpers/site-browser';
import { type OpenOptions, fixturePath, openYourData } from '../helpers/your-data';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

interface Fit {
  l1Ratio: number;
  coef: number[];
  intercept: number;
}
interface Case {
  file: string;
  target: string;
  featureNames: string[];
  fits: Fit[];
}
const fx = JSON.parse(readFileSync(fixturePath('your-data.json'), 'utf8')) as { cases: Case[] };

const open = (path: string, opts: OpenOptions = {}) => openYourData(browser(), baseURL, path, opts);

const upload = (page: Page, name: string, bytes: Uint8Array | string) =>
  page.setInputFiles('#yd-file', { name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });

async function fit(page: Page): Promise<void> {
  const before = await page.locator('yourdata-tool').getAttribute('data-fitted');
  await page.click('[data-role="fit"]');
  await page.waitForFunction((b) => {
    const el = document.querySelector('yourdata-tool')!;
    return el.getAttribute('data-fitted') !== b || (!el.hasAttribute('data-busy') && document.querySelector('[data-role="problems"]')!.textContent !== '');
  }, before);
}

const shown = (page: Page) =>
  page.$$eval('[data-role="coef"] tbody td', (tds) =>
    tds.map((td) => ({ intercept: td.hasAttribute('data-intercept'), value: Number((td as HTMLElement).dataset.value) })),
  );
const alertText = (page: Page) => page.locator('[data-role="problems"]').innerText();

const goodCsv = ['x1,x2,y', ...Array.from({ length: 15 }, (_, i) => `${i},${(i * 7) % 5},${2 * i + ((i * 3) % 4)}`)].join('\n');

describe('your-data page', () => {
  describe.each(fx.cases)('$file', (c) => {
    it.each(c.fits)('ρ = $l1Ratio: the coefficients at λ_min equal scikit-learn’s to 1e-6', async (ref) => {
      const query = ref.l1Ratio === 1 ? '?yourdata.model=lasso' : `?yourdata.model=enet&yourdata.rho=${ref.l1Ratio}`;
      const { page, errors } = await open(`/en/your-data/${query}`);
      await page.setInputFiles('#yd-file', fixturePath(c.file));
      await page.waitForSelector('[data-role="loaded"]:not([hidden])');
      await page.selectOption('#yd-target', c.target);
      await fit(page);
      const values = await shown(page);
      expect(values[0]!.intercept).toBe(true);
      expect(Math.abs(values[0]!.value - ref.intercept)).toBeLessThan(1e-6);
      const coef = values.slice(1).map((v) => v.value);
      expect(coef).toHaveLength(ref.coef.length);
      expect(Math.max(...coef.map((v, j) => Math.abs(v - ref.coef[j]!)))).toBeLessThan(1e-6);
      expect(await page.locator('[data-role="coef"] tbody th').allInnerTexts()).toEqual(['Intercept', ...c.featureNames]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });

  const text = (s: string) => new TextEncoder().encode(s);
  const rows = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
  const wide = Array.from({ length: LIMITS.columns + 1 }, (_, j) => `c${j}`).join(',');
  // [name, bytes, fit after loading, the problem the page must describe]
  const bad: [string, Uint8Array, boolean, TableProblem][] = [
    ['an empty file', new Uint8Array(0), false, { code: 'empty-file' }],
    ['a header only', text('a,b,y\n'), false, { code: 'header-only' }],
    ['no numeric column', text('a,b\nx,y\nz,w\n'), false, { code: 'no-numeric-column' }],
    ['duplicate headers', text('a,a,y\n1,2,3\n'), false, { code: 'duplicate-header', column: 2, name: 'a', firstColumn: 1 }],
    ['a ragged row', text('a,b\n1,2\n3\n'), false, { code: 'ragged-row', row: 3, expected: 2, found: 1 }],
    ['mixed decimal commas', text('a\tb\n1.5\t2\n1,5\t3\n'), false, { code: 'mixed-decimal-comma', row: 3, column: 1, name: 'a', value: '1,5' }],
    ['neither UTF-8 nor Shift_JIS', new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xfe, 0x80, 0x0a]), false, { code: 'unknown-encoding' }],
    [
      'more columns than the limit',
      text(`${wide}\n${wide.replace(/c/g, '')}\n`),
      false,
      { code: 'too-many-columns', limit: LIMITS.columns, found: LIMITS.columns + 1 },
    ],
    ['a non-numeric target', text(`x,t\n${rows(12, (i) => `${i},${'pqr'[i % 3]}`)}`), true, { code: 'target-not-numeric', column: 2, name: 't', levels: 3 }],
    ['a constant target', text(`x,y\n${rows(12, (i) => `${i},5`)}`), true, { code: 'constant-target', column: 2, name: 'y', value: '5' }],
    ['fewer than 10 rows', text(`x,y\n${rows(5, (i) => `${i},${i * i}`)}`), true, { code: 'too-few-rows', found: 5, min: 10, dropped: 0 }],
  ];

  it.each(bad)('%s: its message in an alert, no uncaught error, the previous good table kept', async (_, bytes, thenFit, problem) => {
    const { page, errors } = await open('/en/your-data/');
    await upload(page, 'good.csv', goodCsv);
    await page.waitForSelector('[data-role="loaded"]:not([hidden])');
    await fit(page);
    const goodCoef = await shown(page);
    await upload(page, 'bad.csv', bytes);
    if (thenFit) {
      await page.waitForFunction(() => document.querySelector('[data-role="preview"] th')?.textContent !== 'x1');
      await fit(page);
    } else await page.waitForFunction(() => document.querySelector('[data-role="problems"]')!.textContent !== '');
    expect(await alertText(page)).toBe(describeProblem(problem, 'en'));
    expect(await page.locator('[data-role="problems"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    if (!thenFit) {
      // The good table is still there and can be fitted again, to the same numbers.
      expect(await page.locator('[data-role="preview"] thead th').allInnerTexts()).toEqual(['x1', 'x2', 'y']);
      await fit(page);
      expect(await shown(page)).toEqual(goodCoef);
      expect(await alertText(page)).toBe('');
    }
    await page.context().close();
  });

  it('previews the first 20 columns of a wide table, and offers every column as the target and as a feature', async () => {
    const { page, errors } = await open('/en/your-data/');
    const header = Array.from({ length: 30 }, (_, j) => `c${j + 1}`);
    await upload(
      page,
      'wide.csv',
      [header.join(','), ...Array.from({ length: 12 }, (_, i) => header.map((_, j) => (i * 31 + j * 7) % 17).join(','))].join('\n'),
    );
    await page.waitForSelector('[data-role="loaded"]:not([hidden])');
    expect(await page.locator('[data-role="preview"] thead th').allInnerTexts()).toEqual(header.slice(0, 20));
    expect(await page.locator('[data-role="preview"] tbody tr').first().locator('td').count()).toBe(20);
    expect(await page.locator('[data-role="preview-caption"]').innerText()).toBe(
      'The first 20 columns of the first 8 rows of your table (12 rows, 30 columns, encoding UTF-8)',
    );
    expect(await page.locator('#yd-target option').count()).toBe(30);
    expect(await page.locator('[data-role="features"] input[type="checkbox"]').count()).toBe(29);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sends the data nowhere: no POST, no body, no other origin, no cell value in a URL; the URL holds settings only', async () => {
    const context = await browser().newContext({ baseURL, acceptDownloads: true });
    const page = await context.newPage();
    const requests: { url: string; method: string; body: string | null }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    await page.goto('/ja/your-data/');
    await page.locator('yourdata-tool').scrollIntoViewIfNeeded();
    await page.waitForSelector('yourdata-tool[data-ready]');
    const file = fx.cases.find((c) => c.file.endsWith('shop-sales.csv'))!;
    await page.setInputFiles('#yd-file', fixturePath(file.file));
    await page.waitForSelector('[data-role="loaded"]:not([hidden])');
    await page.selectOption('#yd-target', file.target);
    await page.check('[data-role="model-enet"]');
    await fit(page);
    const download = page.waitForEvent('download');
    await page.click('[data-role="download"]');
    const chunks: Buffer[] = [];
    for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv.split('\r\n')[1]).toMatch(/^切片,-?\d/);
    const cells = readFileSync(fixturePath(file.file), 'utf8')
      .split(/[\r\n,\t]+/)
      .map((v) => v.replace(/^\uFEFF/, ''))
      .filter((v) => /[^\x00-\x7f]/.test(v) || (v.includes('.') && v.length >= 5));
    // The figures, saved as files too (kit/figure-download.ts), are in the same record.
    for (const selector of ['[data-save-figure="path-chart"][data-format="svg"]', '[data-save-figure="cv-chart"][data-format="png"]']) {
      const saved = page.waitForEvent('download');
      await page.click(selector);
      expect((await (await saved).createReadStream()).readable).toBe(true);
    }
    expect(cells.length).toBeGreaterThan(20);
    expect(requests.length).toBeGreaterThan(3);
    const origin = new URL(baseURL).origin;
    for (const r of requests) {
      expect(r.method, r.url).not.toBe('POST');
      expect(r.body, r.url).toBeNull();
      expect(new URL(r.url).origin, r.url).toBe(origin);
      const url = decodeURIComponent(r.url);
      expect(
        cells.filter((v) => url.includes(v)),
        r.url,
      ).toEqual([]);
    }
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ 'yourdata.model': 'enet', 'yourdata.rho': '0.5' });
    expect(await page.getAttribute('[data-role="download"]', 'href')).toMatch(/^blob:/);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('axe finds no violation after a fit at 360 px (%s), and nothing scrolls sideways', async (theme) => {
    const { page } = await open('/ja/your-data/', { width: 360, theme, axe: true });
    await page.setInputFiles('#yd-file', fixturePath(fx.cases[0]!.file));
    await page.waitForSelector('[data-role="loaded"]:not([hidden])');
    await fit(page);
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe;
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
      return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
    });
    expect(found).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('is operable by keyboard: file input, target, model, λ slider and buttons', async () => {
    const { page } = await open('/en/your-data/');
    await page.bringToFront();
    const reached = new Set<string>();
    for (let i = 0; i < 60 && !reached.has('yd-file'); i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached.has('yd-file')).toBe(true);
    // A native file input: Enter or Space opens the browser's own file chooser. That event needs the
    // page in front, which pages of the concurrent tests take in turn, so the file is set directly.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('file');
    await page.setInputFiles('#yd-file', { name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv) });
    await page.waitForSelector('[data-role="loaded"]:not([hidden])');
    await page.focus('#yd-target');
    await page.keyboard.press('ArrowUp');
    expect(await page.inputValue('#yd-target')).toBe('x2');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#yd-target')).toBe('y');
    await page.focus('[data-role="model-lasso"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('[data-role="model-ridge"]')).toBe(true);
    await page.focus('[data-role="fit"]');
    const before = await page.locator('yourdata-tool').getAttribute('data-fitted');
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => document.querySelector('yourdata-tool')!.getAttribute('data-fitted') !== b, before);
    const k0 = Number(await page.locator('yourdata-tool').getAttribute('data-lambda-index'));
    await page.focus('#yd-lambda');
    await page.keyboard.press(k0 > 0 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForFunction((k) => document.querySelector('yourdata-tool')!.getAttribute('data-lambda-index') !== String(k), k0);
    expect(await page.getAttribute('#yd-lambda', 'aria-valuetext')).toMatch(/^λ = /);
    await page.focus('[data-role="use-1se"]');
    await page.keyboard.press('Enter');
    await page.focus('[data-role="use-min"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => document.querySelector('yourdata-tool')!.getAttribute('data-lambda-index') === String(k), k0);
    await page.context().close();
  });
});
