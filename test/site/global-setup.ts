import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissingMessage, hasChromium } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';
import { DIST } from '../helpers/dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
  }
}

/** One server over `dist/` and one browser, shared by every site test file. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run `npm run build -- --local` first (npm test does it for you).');
  if (!hasChromium()) throw new Error(chromiumMissingMessage());
  const server = await serveStatic(DIST);
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  project.provide('baseURL', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
