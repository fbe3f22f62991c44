// The your-data page in the shared browser: the tool opened and ready, with the options its
// three test files need (width, theme, axe injected before the page's scripts, downloads).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { collectErrors } from './site-browser';

export const fixturePath = (file: string) => fileURLToPath(new URL(`../fixtures/${file}`, import.meta.url));

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface OpenOptions {
  width?: number;
  theme?: 'light' | 'dark';
  /** Inject axe-core into every page of the context. */
  axe?: boolean;
  acceptDownloads?: boolean;
}

/** A new context at `path`, once the tool has mounted; errors collects console errors and uncaught ones. */
export async function openYourData(browser: Browser, baseURL: string, path: string, opts: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    baseURL,
    colorScheme: opts.theme ?? 'light',
    acceptDownloads: opts.acceptDownloads ?? false,
    viewport: { width: opts.width ?? 1000, height: 900 },
  });
  if (opts.axe) await context.addInitScript({ content: AXE_SOURCE });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(path);
  await page.locator('yourdata-tool').scrollIntoViewIfNeeded();
  await page.waitForSelector('yourdata-tool[data-ready]');
  return { page, errors };
}
