/**
 * The "your own data" page's outputs in Chromium: each figure saved as SVG (a standalone XML
 * document with the feature names and the light theme's colours, in dark mode too) and as PNG
 * (2× the figure), and the visible message for a setting in the URL that had to change.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../helpers/site-browser';
import { fixturePath, openYourData } from '../helpers/your-data';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();
const fx = JSON.parse(readFileSync(fixturePath('your-data.json'), 'utf8')) as { cases: { file: string; target: string; featureNames: string[] }[] };
const shop = fx.cases.find((c) => c.file.endsWith('shop-sales.csv'))!;

const open = (path: string, theme: 'light' | 'dark' = 'light') => openYourData(browser(), baseURL, path, { theme, acceptDownloads: true });

async function fitShop(page: Page): Promise<void> {
  await page.setInputFiles('#yd-file', fixturePath(shop.file));
  await page.waitForSelector('[data-role="loaded"]:not([hidden])');
  await page.selectOption('#yd-target', shop.target);
  await page.click('[data-role="fit"]');
  await page.waitForSelector('yourdata-tool[data-fitted] [data-role="path-chart"] svg');
}

async function save(page: Page, figure: string, format: 'svg' | 'png'): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.click(`[data-save-figure="${figure}"][data-format="${format}"]`);
  const d = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await d.createReadStream()) chunks.push(chunk as Buffer);
  return { name: d.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/**
 * Parses the SVG as XML in a blank page of the same browser (the site's CSP would refuse the parsed
 * document's <style>): the parse error if any, the root's name and size, the title, the style, the labels.
 */
async function parseSvg(page: Page, text: string) {
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${root.namespaceURI} ${root.localName}`,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      title: root.querySelector(':scope > title')?.textContent ?? null,
      style: root.querySelector(':scope > style')?.textContent ?? '',
      labels: [...root.querySelectorAll('text.end-label')].map((e) => e.textContent),
    };
  }, text);
  await blank.close();
  return parsed;
}

/** The PNG signature, then IHDR's width and height. */
const pngSize = (b: Buffer) => ({ signature: b.subarray(0, 8).toString('hex'), width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('your-data figures: SVG and PNG downloads', () => {
  it.each(['light', 'dark'] as const)('the path figure saves as a standalone SVG with the feature names in the light colours (%s page)', async (theme) => {
    const { page, errors } = await open('/ja/your-data/', theme);
    await fitShop(page);
    const accent = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.cssText = 'color: var(--color-accent); color-scheme: light';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    });
    const { name, bytes } = await save(page, 'path-chart', 'svg');
    expect(name).toBe('coefficient-paths.svg');
    const text = bytes.toString('utf8');
    const svg = await parseSvg(page, text);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('http://www.w3.org/2000/svg svg');
    expect(Number(svg.width)).toBeGreaterThanOrEqual(640);
    expect(svg.height).toBe('280');
    expect(svg.title).toBe(await page.getAttribute('[data-role="path-chart"] svg', 'aria-label'));
    expect(svg.labels.sort()).toEqual([...shop.featureNames].sort());
    expect(svg.style).toContain(`stroke:${accent}`);
    expect(text).not.toMatch(/var\(--|calc\(|light-dark/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('both figures save as PNG at twice their size', async () => {
    const { page, errors } = await open('/en/your-data/');
    await fitShop(page);
    for (const [figure, file, height] of [
      ['path-chart', 'coefficient-paths.png', 280],
      ['cv-chart', 'cv-error.png', 240],
    ] as const) {
      const svg = await parseSvg(page, (await save(page, figure, 'svg')).bytes.toString('utf8'));
      expect(svg.error).toBeNull();
      const { name, bytes } = await save(page, figure, 'png');
      expect(name).toBe(file);
      const png = pngSize(bytes);
      expect(png.signature).toBe('89504e470d0a1a0a');
      expect(png.width).toBe(2 * Number(svg.width));
      expect(png.height).toBe(2 * height);
      // Lines and text, not an empty canvas (a blank 1280×560 PNG is about 3 KB).
      expect(bytes.length).toBeGreaterThan(15_000);
    }
    expect(await page.locator('[data-role="problems"]').innerText()).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('your-data settings in the URL', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      '?yourdata.model=enet&yourdata.rho=7',
      'The link’s yourdata.rho=7 is a number outside the range, so the nearest end, 0.95, is used.',
      { 'yourdata.model': 'enet', 'yourdata.rho': '0.95' },
    ],
    [
      '?yourdata.model=xyz',
      'The link’s yourdata.model=xyz cannot be read as a number or a choice, so the default, Lasso (L1), is used.',
      { 'yourdata.model': 'lasso' },
    ],
    ['?yourdata.model=enet&yourdata.rho=0.3', '', { 'yourdata.model': 'enet', 'yourdata.rho': '0.3' }],
  ])('%s: the message says what changed, the controls and the URL hold the value in use', async (query, message, params) => {
    const { page, errors } = await open(`/en/your-data/${query}`);
    const box = page.locator('[data-role="url-message"]');
    if (message) {
      expect(await box.isVisible()).toBe(true);
      expect(await box.innerText()).toBe(message);
    } else expect(await box.isHidden()).toBe(true);
    await page.waitForFunction((p) => new URL(location.href).searchParams.toString() === new URLSearchParams(p).toString(), params);
    expect(await page.isChecked(`[data-role="model-${params['yourdata.model']}"]`)).toBe(true);
    if (params['yourdata.rho']) expect(await page.getAttribute('#yd-rho', 'aria-valuetext')).toBe(params['yourdata.rho']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
