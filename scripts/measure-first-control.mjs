/**
 * Prints the document y (px) of the first interactive demo control (test/helpers/first-control.ts)
 * on a few pages at 360×800 and 1280×900, from the built dist/. Usage: node scripts/measure-first-control.mjs [path…]
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/browser.ts';
import { firstControlTop } from '../test/helpers/first-control.ts';
import { serveStatic } from '../test/helpers/static-server.ts';

const PATHS =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ['/ja/', '/ja/glossary/l1-regularization/', '/ja/glossary/dropout/', '/ja/glossary/early-stopping/'];
const VIEWPORTS = [
  { width: 360, height: 800 },
  { width: 1280, height: 900 },
];

const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const path of PATHS) {
    const row = { path };
    for (const viewport of VIEWPORTS) {
      const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
      await page.goto(server.url + path, { waitUntil: 'load' });
      const y = await firstControlTop(page);
      row[`${viewport.width}×${viewport.height}`] = y === null ? 'none' : `${y}${y < viewport.height ? ' (above the fold)' : ''}`;
      await page.close();
    }
    rows.push(row);
  }
} finally {
  await browser.close();
  await server.close();
}
console.table(rows);
