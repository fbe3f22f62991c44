import { afterAll, describe, expect, inject, it } from 'vitest';
import { page as parsed, scannedPages } from '../helpers/dist';
import { gzBytes as gzPath, inlineScriptBytes as inlineBytes, scriptsAtLoad } from '../helpers/scripts';
import { useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const pages = scannedPages();
const hasDemo = (path: string) => parsed(path).querySelectorAll('figure.demo').length > 0;
/**
 * Pages without a demo load only the site chrome, which the build fixes: every one is checked
 * from the built files, and one of each kind in the browser too, which also proves that the
 * static count is what a browser fetches.
 */
const CHROME_SAMPLES = ['/ja/glossary/hyperparameter/', '/en/glossary/', '/ja/articles/', '/ja/tags/', '/en/notation/', '/404.html'];
const KB = 1024;
const browser = useSharedBrowser();

/** Gzipped bytes of the built file behind a same-origin URL (inline scripts count with the HTML). */
const gzBytes = (url: string) => gzPath(new URL(url).pathname);

/** The elements of a page's live demos, in order: which view modules its `import()`s can fetch. */
const demoTags = (path: string) =>
  parsed(path)
    .querySelectorAll('figure.demo [data-id]')
    .map((el) => el.tagName.toLowerCase())
    .join(' ');
const twinOf = (path: string) => path.replace(/^\/en\//, '/ja/');

/** Loads a page, brings every demo into view, and measures the JavaScript it fetched and its longest task. */
async function measure(path: string) {
  const context = await browser().newContext({ baseURL, viewport: { width: 412, height: 900 } });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || /\.js(\?|$)/.test(r.url())) scripts.add(r.url());
  });
  context.on('serviceworker', () => {});
  await page.addInitScript(() => {
    (window as unknown as { __longest: number }).__longest = 0;
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        (window as unknown as { __longest: number }).__longest = Math.max((window as unknown as { __longest: number }).__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(path);
  // Count the shifts while demos load: from here on (web fonts swapping in at load is not a demo's doing).
  await page.evaluate(async () => {
    await document.fonts.ready;
    (window as unknown as { __cls: number }).__cls = 0;
  });
  for (const demo of await page.locator('figure.demo').all()) {
    await demo.scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
  }
  // Every live element of the kit (a demo, the overview table) carries its instance id and marks itself ready once drawn.
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('figure.demo [data-id]')].every((el) => el.dataset.ready !== undefined));
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  const inline = inlineBytes(path);
  const external = [...scripts].filter((u) => u.startsWith(baseURL)).reduce((s, u) => s + gzBytes(u), 0);
  await context.close();
  return { js: inline + external, longest, cls, demos: parsed(path).querySelectorAll('figure.demo').length };
}

describe('JavaScript at load, read from the build (gzipped)', () => {
  it.each(pages.filter((p) => !hasDemo(p)))('%s, without a demo, loads at most 10 KB', (path) => {
    expect(scriptsAtLoad(path).bytes).toBeLessThanOrEqual(10 * KB);
  });

  it.concurrent.each(CHROME_SAMPLES)('%s: the browser fetches exactly the scripts that the build count reads', async (path) => {
    expect(hasDemo(path)).toBe(false);
    const m = await measure(path);
    expect(m.js).toBe(scriptsAtLoad(path).bytes);
  });
});

describe('JavaScript budgets of demo pages (gzipped, everything fetched after all demos ran)', () => {
  const rows: string[] = [];
  /** Module bytes the browser fetched on each measured page (inline scripts aside). */
  const fetched = new Map<string, number>();
  afterAll(() => console.log(`\nDemo pages: JavaScript loaded (gzipped) and longest main-thread task\n${rows.sort().join('\n')}`));
  const demoPages = pages.filter(hasDemo);
  // An English page runs the same demos from the same modules as its Japanese twin (the dynamic
  // imports name fixed files): it is measured in the browser only when it has no such twin.
  const sameAsTwin = (path: string) =>
    path.startsWith('/en/') &&
    demoPages.includes(twinOf(path)) &&
    demoTags(path) === demoTags(twinOf(path)) &&
    scriptsAtLoad(path).modules.join() === scriptsAtLoad(twinOf(path)).modules.join();

  it.concurrent.each(demoPages.filter((p) => !sameAsTwin(p)))('%s stays within 100 KB', async (path) => {
    const m = await measure(path);
    fetched.set(path, m.js - inlineBytes(path));
    rows.push(
      `${path.padEnd(40)} ${m.demos} demo(s)  ${(m.js / KB).toFixed(1).padStart(6)} KB  longest task ${m.longest.toFixed(0)} ms  CLS ${m.cls.toFixed(4)}`,
    );
    expect(m.js).toBeLessThanOrEqual(100 * KB);
    // Layout stays put while demos load (their boxes are reserved before their code arrives).
    expect(m.cls).toBeLessThan(0.02);
  });

  it.each(demoPages.filter(sameAsTwin))('%s (the modules of its Japanese twin, its own inline scripts) stays within 100 KB', (path) => {
    const modules = fetched.get(twinOf(path));
    expect(modules, `${twinOf(path)} was measured first`).toBeGreaterThan(0);
    expect(modules! + inlineBytes(path)).toBeLessThanOrEqual(100 * KB);
  });
});

describe('transfer budget', () => {
  it.each(['/ja/glossary/hyperparameter/', '/en/glossary/hyperparameter/', '/ja/glossary/sparsity/'])(
    '%s, a term page without a demo, transfers at most 150 KB (gzipped, the maths font included)',
    async (path) => {
      expect(parsed(path).querySelectorAll('figure.demo')).toHaveLength(0);
      const context = await browser().newContext({ baseURL, viewport: { width: 390, height: 800 } });
      const page = await context.newPage();
      const urls = new Set<string>();
      page.on('request', (r) => urls.add(r.url()));
      await page.goto(path, { waitUntil: 'networkidle' });
      await context.close();
      const counted = [...urls];
      const total = counted.reduce((sum, u) => sum + gzBytes(u), 0);
      console.log(`${path}: ${(total / KB).toFixed(1)} KB over ${counted.length} request(s)`);
      expect(counted.every((u) => u.startsWith(baseURL))).toBe(true);
      expect(total).toBeLessThanOrEqual(150 * KB);
    },
  );
});
