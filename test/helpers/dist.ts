import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HTMLElement, parse } from 'node-html-parser';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Every HTML file of the built site, as site paths (`/ja/glossary/dropout/`). */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : []));
  return walk(DIST)
    .map((file) => `/${relative(DIST, file).split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

const cache = new Map<string, HTMLElement>();
/** The parsed HTML of a built page, by site path. */
export function page(path: string): HTMLElement {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  let root = cache.get(file);
  if (!root) {
    root = parse(readFileSync(join(DIST, file), 'utf8'));
    cache.set(file, root);
  }
  return root;
}

/** A redirect stub: meta refresh and noindex. */
/** Demo embed pages: the demo's own markup and code in a minimal frame, one per demo and language. */
export const isEmbedPage = (path: string) => /^\/(ja|en)\/embed\/[^/]+\/$/.test(path);
/** Two embed pages stand for all 16 in the page-by-page scans (axe, budgets): the demos themselves are scanned on their term pages. */
export const EMBED_SAMPLES = ['/ja/embed/paths/', '/en/embed/dropout/'];
/** Every built page that a page-by-page scan visits: no redirect stubs, and only the sampled embed pages. */
export const scannedPages = (): string[] => builtPages().filter((p) => !isRedirectStub(p) && (!isEmbedPage(p) || EMBED_SAMPLES.includes(p)));

export const isRedirectStub = (path: string) => page(path).querySelector('meta[http-equiv="refresh"]') !== null;

export const CORE_SLUGS = [
  'regularization',
  'overfitting',
  'l1-regularization',
  'l2-regularization',
  'elastic-net',
  'dropout',
  'early-stopping',
  'data-augmentation',
] as const;
