import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMOS } from '../../src/demos/registry';
import { LABEL_SIZE } from '../../src/demos/kit/svg-chart';
import { demoReady } from '../helpers/demo';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

/** Every page with a demo, and the pages with the comparison tables. */
const PAGES = [...new Set([...Object.values(DEMOS).map((d) => d.term), 'regularization', 'elastic-net', 'dropout'])];

async function open(path: string, options: { width?: number; scale?: number; theme?: 'light' | 'dark' } = {}) {
  const context = await browser().newContext({
    baseURL,
    viewport: { width: options.width ?? 360, height: 800 },
    deviceScaleFactor: options.scale ?? 1,
    colorScheme: options.theme ?? 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(path);
  return { page, errors, close: () => context.close() };
}

/** Scrolls each demo and live table into view (they load there) and waits until all are drawn. */
async function drawAll(page: Page) {
  const tags = await page.evaluate(() => [
    ...new Set([...document.querySelectorAll('main *')].map((e) => e.localName).filter((n) => /-(demo|table)$/.test(n))),
  ]);
  for (const tag of tags) {
    await page.locator(tag).first().scrollIntoViewIfNeeded();
    if (tag.endsWith('-demo')) await demoReady(page, tag.slice(0, -'-demo'.length));
  }
  await page.waitForFunction(() => [...document.querySelectorAll('main canvas')].every((c) => (c as HTMLCanvasElement).dataset.tickFont !== undefined));
}

/** sRGB channels of a computed colour (`rgb(…)` or `color(srgb …)`). */
const channels = (css: string): number[] => {
  const parts = css.match(/[\d.]+/g)!.map(Number);
  return css.startsWith('color(') ? parts.slice(0, 3).map((v) => v * 255) : parts.slice(0, 3);
};
const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe.each(PAGES)('charts and tables on /ja/glossary/%s/ at 360 px', (slug) => {
  it('scroll tables inside their own box and draw tick labels at 11 px or more', async () => {
    const { page, errors, close } = await open(`/ja/glossary/${slug}/`, { scale: 2 });
    await drawAll(page);
    const found = await page.evaluate(() => {
      const tables = [...document.querySelectorAll('main table')].map((table) => {
        const kit = table.closest('.demo, .comparison-table') !== null;
        const box = table.closest<HTMLElement>('.table-scroll') ?? (table as HTMLElement);
        const style = getComputedStyle(box);
        const [t, b] = [table.getBoundingClientRect(), box.getBoundingClientRect()];
        return {
          kit,
          inBox: box !== table,
          region: box.getAttribute('role') === 'region' && box.tabIndex === 0 && (box.hasAttribute('aria-label') || box.hasAttribute('aria-labelledby')),
          fits: box.scrollWidth <= box.clientWidth + 1,
          scrolls: ['auto', 'scroll'].includes(style.overflowX),
          // The first column starts inside the box (nothing cut off at the start).
          startInside: t.left >= b.left - 0.5 || box.scrollLeft > 0,
          hidden: (table.closest('details') as HTMLDetailsElement | null)?.open === false,
        };
      });
      /** Text size on screen: the CSS size times the SVG's scale (1 without a viewBox). */
      const ticks = [...document.querySelectorAll<SVGTextElement>('main svg text.tick, main svg text.axis-title')]
        .filter((text) => text.getBoundingClientRect().width > 0)
        .map((text) => {
          const svg = text.ownerSVGElement!;
          const outer = svg.closest('svg[role="img"]') ?? svg;
          const box = (outer as SVGSVGElement).viewBox.baseVal;
          const scale = box && box.width > 0 ? outer.getBoundingClientRect().width / box.width : 1;
          return { chart: outer.getAttribute('aria-label'), px: parseFloat(getComputedStyle(text).fontSize) * scale };
        });
      // A canvas: Chart.js draws its fonts in CSS px into a backing store devicePixelRatio times larger, so the
      // size on screen is the configured size times (shown width / (backing width / devicePixelRatio)).
      const canvases = [...document.querySelectorAll<HTMLCanvasElement>('main canvas')].map(
        (c) => Number(c.dataset.tickFont) * (c.getBoundingClientRect().width / (c.width / devicePixelRatio)),
      );
      return { tables, ticks, canvases, pageWidth: document.documentElement.scrollWidth, viewport: innerWidth };
    });
    expect(found.pageWidth).toBeLessThanOrEqual(found.viewport);
    expect(found.tables.length).toBeGreaterThan(0);
    for (const table of found.tables) {
      if (table.kit) expect(table).toMatchObject({ inBox: true, region: true });
      expect(table.fits || table.scrolls).toBe(true);
      if (!table.hidden) expect(table.startInside).toBe(true);
    }
    for (const tick of found.ticks) expect(tick.px, `${tick.chart}`).toBeGreaterThanOrEqual(11);
    for (const px of found.canvases) expect(px).toBeGreaterThanOrEqual(11);
    // A demo's home page shows at least one chart with ticks.
    if (Object.values(DEMOS).some((d) => d.term === slug)) expect(found.ticks.length + found.canvases.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('linked charts of the paths demo', () => {
  /** The λ marker's x on screen in both charts, and what the chart wrote as its end labels. */
  const state = (page: Page) =>
    page.evaluate(() => {
      const demo = document.querySelector('#paths')!;
      const line = demo.querySelector<HTMLElement>('.chart-marker')!;
      const cv = demo.querySelector('.cv-chart line.marker')!;
      return {
        path: line.hidden ? null : line.getBoundingClientRect().left + line.getBoundingClientRect().width / 2,
        cv: cv.getBoundingClientRect().left,
        labels: JSON.parse(demo.querySelector('canvas')!.dataset.endLabels ?? '[]') as { text: string; y: number }[],
        height: demo.querySelector('canvas')!.getBoundingClientRect().height,
      };
    });

  it.each([360, 1000])('put the λ marker at the same x on the path and CV charts, and name every path at its end (%i px)', async (width) => {
    const { page, errors, close } = await open('/ja/glossary/l1-regularization/', { width });
    await drawAll(page);
    const slider = page.locator('#paths [data-param="lambda"]');
    for (const key of ['Home', 'End', 'PageDown']) {
      await slider.focus();
      await page.keyboard.press(key);
      await demoReady(page, 'paths');
      await page.waitForFunction(() => {
        const demo = document.querySelector<HTMLElement>('#paths-demo, paths-demo')!;
        return demo.dataset.drawnLambda !== undefined;
      });
      const s = await state(page);
      expect(s.path).not.toBeNull();
      expect(Math.abs(s.path! - s.cv)).toBeLessThanOrEqual(2);
    }
    const { labels, height } = await state(page);
    expect(labels.map((l) => l.text).sort()).toEqual(['age', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6', 'sex']);
    const ys = labels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(LABEL_SIZE - 0.2);
    expect(ys[0]).toBeGreaterThan(0);
    expect(ys.at(-1)).toBeLessThan(height);
    expect(errors).toEqual([]);
    await close();
  });

  it.each(['light', 'dark'] as const)('give the λ marker a colour no series uses, at 3:1 or more on the background (%s)', async (theme) => {
    const { page, errors, close } = await open('/ja/glossary/l1-regularization/', { theme, width: 800 });
    await drawAll(page);
    const colours = await page.evaluate(() => {
      const demo = document.querySelector('#paths')!;
      const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop);
      return {
        marker: css(demo.querySelector('.chart-marker')!, 'border-left-color'),
        cvMarker: css(demo.querySelector('.cv-chart line.marker')!, 'stroke'),
        series: [...demo.querySelectorAll('.swatch')].map((s) => css(s, 'color')),
        others: [...demo.querySelectorAll('.cv-chart :is(.cv, .cv-min, .cv-1se)')].map((s) => css(s, 'stroke')),
        bg: css(document.body, 'background-color'),
      };
    });
    expect(colours.series).toHaveLength(10);
    const marker = channels(colours.marker);
    expect(channels(colours.cvMarker)).toEqual(marker);
    for (const c of [...colours.series, ...colours.others]) expect(distance(marker, channels(c)), c).toBeGreaterThan(80);
    expect(contrast(marker, channels(colours.bg))).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('clipped lines', () => {
  it('are marked where they leave the plot, with the same said in the text alternative', async () => {
    const { page, errors, close } = await open('/ja/glossary/overfitting/?overfit.degree=15#overfit', { width: 800 });
    await drawAll(page);
    const chart = page.locator('#overfit [data-chart="error"]');
    expect(await chart.locator('.clip-mark').count()).toBeGreaterThan(0);
    expect(await chart.locator('.clip-label').first().textContent()).toMatch(/切れています/);
    expect(await chart.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(/切れています/);
    // The end labels name both lines.
    expect(await chart.locator('.end-label').allTextContents()).toEqual(['訓練誤差', 'テスト誤差']);
    expect(errors).toEqual([]);
    await close();
  });
});
