// Main-thread long tasks of every demo, in the built site (dist/), in Debian's Chromium:
//   (a) the longest task while its term page loads and the demo mounts (opened at /ja/glossary/<term>/#<name>),
//   (b) the longest task while its main control ([data-main-control]) is dragged across its whole range by keyboard,
//   and the JavaScript that page transferred (gzipped bytes of every script it and its workers fetched; the static
//   server gzips).
//   npm run build -- --local && npm run bench:demos        (RUNS=3 by default: the median of the runs is printed;
//   DEMOS=paths,overfit measures only those)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The registry and the test helpers are TypeScript: bundled here, so any Node that runs the project runs this.
const out = mkdtempSync(join(tmpdir(), 'demo-tasks-'));
await build({
  entryPoints: { registry: 'src/demos/registry.ts', server: 'test/helpers/static-server.ts', browser: 'test/helpers/browser.ts' },
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  outdir: out,
  logLevel: 'error',
});
const load = (name) => import(pathToFileURL(join(out, `${name}.js`)).href);
const { DEMO_NAMES, demoEntry } = await load('registry');
const { serveStatic } = await load('server');
const { CHROMIUM_ARGS, CHROMIUM_PATH } = await load('browser');

const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const only = (process.env.DEMOS ?? '').split(',').filter(Boolean);
const names = only.length > 0 ? DEMO_NAMES.filter((name) => only.includes(name)) : DEMO_NAMES;
/** Pause between two key presses while dragging: a quick hand, not a held key. */
const KEY_GAP = 25;
/** More steps than this are dragged with PageUp (a tenth of the range each). */
const MAX_ARROWS = 60;

/** Runs in the page before any of its scripts: every long task, with its start. */
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The demo has drawn (data-ready) and computes nothing (no data-busy), in the kit's markup or an older one. */
function demoSettled(name) {
  const figure = document.getElementById(name);
  const el = figure?.querySelector(`${name}-demo`) ?? figure?.querySelector('[data-ready]');
  return !!el && el.dataset.ready !== undefined && el.dataset.busy === undefined && !figure.querySelector('[data-busy]');
}

/** [url, gzipped bytes] of every script this page (or worker) fetched. */
const jsEntries = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => /\.m?js$/.test(new URL(e.name).pathname))
    .map((e) => [e.name, e.encodedBodySize]);

const longestSince = (page, since) => page.evaluate((t) => Math.max(0, ...window.__longTasks.filter((e) => e.start >= t).map((e) => e.duration)), since);

async function measure(browser, baseURL, name) {
  const context = await browser.newContext({ baseURL, viewport: { width: 800, height: 1000 } });
  const page = await context.newPage();
  const workers = [];
  page.on('worker', (worker) => workers.push(worker));
  await page.addInitScript(recordLongTasks);
  await page.goto(`/ja/glossary/${demoEntry(name).term}/#${name}`);
  const ready = await page
    .waitForFunction(demoSettled, name, { timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  await page.waitForTimeout(300);
  const onLoad = await longestSince(page, 0);

  let whileDragging;
  const control = page.locator(`#${name} [data-main-control]`).first();
  if (ready && (await control.count()) > 0) {
    const since = await page.evaluate(() => performance.now());
    await control.focus();
    await page.keyboard.press('Home');
    await page.waitForTimeout(KEY_GAP);
    const steps = await control.evaluate((el) => (el.step === 'any' || !el.step ? Infinity : Math.round((Number(el.max) - Number(el.min)) / Number(el.step))));
    const [key, presses] = steps <= MAX_ARROWS ? ['ArrowRight', steps] : ['PageUp', 10];
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(key);
      await page.waitForTimeout(KEY_GAP);
    }
    await page.keyboard.press('End');
    await page.waitForFunction(demoSettled, name, { timeout: 20_000 }).catch(() => {});
    await page.waitForTimeout(300);
    whileDragging = await longestSince(page, since);
  }
  // Resource Timing's encodedBodySize is the bytes on the wire (gzipped); the workers' own imports count too.
  const scripts = new Map();
  for (const scope of [page, ...workers]) {
    const entries = await scope.evaluate(jsEntries).catch(() => []);
    for (const [url, bytes] of entries) scripts.set(url, bytes);
  }
  const js = [...scripts.values()].reduce((a, b) => a + b, 0);
  await context.close();
  return { ready, onLoad, whileDragging, js };
}

const median = (values) => {
  const v = values.filter((x) => x !== undefined).sort((a, b) => a - b);
  return v.length === 0 ? undefined : v[Math.floor((v.length - 1) / 2)];
};

const server = await serveStatic(join(root, 'dist'));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const name of names) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await measure(browser, server.url, name));
    rows.push({
      name,
      ready: runs.every((m) => m.ready),
      onLoad: median(runs.map((m) => m.onLoad)),
      whileDragging: median(runs.map((m) => m.whileDragging)),
      js: median(runs.map((m) => m.js)),
    });
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}

const ms = (v) => (v === undefined ? '—' : v === 0 ? '< 50' : v.toFixed(0));
const table = [
  ['demo', 'longest task on load (ms)', 'longest task while dragging (ms)', 'JS KB gzipped'],
  ...rows.map((r) => [r.name + (r.ready ? '' : ' (not ready)'), ms(r.onLoad), ms(r.whileDragging), (r.js / 1024).toFixed(1)]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(`\nDemo tasks (median of ${RUNS} run${RUNS > 1 ? 's' : ''}; a long task is one over 50 ms, "< 50" means none; "—": no [data-main-control])`);
for (const [i, row] of table.entries()) {
  console.log(`| ${row.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join(' | ')} |`);
  if (i === 0) console.log(`| ${widths.map((w, j) => (j === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`);
}
