import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveFile } from './static-server';
import { DIST, page } from './dist';

/** Static `import … from "./x.js"` and `import "./x.js"` of a built module (not dynamic `import()`). */
const STATIC_IMPORT = /import\s*(?:[\w$*{}\s,]+?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The URL paths of a module and of every module it imports statically, as a browser fetches them at load. */
export function moduleClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const file = resolveFile(DIST, entry);
  if (!file) throw new Error(`${entry} is referenced but not built`);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) moduleClosure(posix.join(posix.dirname(entry), spec!), seen);
  return seen;
}

/** Gzipped bytes of a built file behind a same-origin URL path. */
export function gzBytes(urlPath: string): number {
  const file = resolveFile(DIST, urlPath);
  return file ? gzipSync(readFileSync(file)).length : 0;
}

/** Gzipped bytes of a built page's inline scripts (each counted on its own). */
export function inlineScriptBytes(path: string): number {
  return page(path)
    .querySelectorAll('script:not([src])')
    .reduce((sum, el) => sum + gzipSync(el.text).length, 0);
}

/**
 * The JavaScript a page runs at load, read from the build without a browser: its inline scripts
 * plus its module scripts and their static imports (gzipped, each module counted once).
 */
export function scriptsAtLoad(path: string): { bytes: number; modules: string[] } {
  const html = page(path);
  const modules = new Set<string>();
  for (const el of html.querySelectorAll('script[src]')) moduleClosure(el.getAttribute('src')!, modules);
  return { bytes: inlineScriptBytes(path) + [...modules].reduce((sum, m) => sum + gzBytes(m), 0), modules: [...modules].sort() };
}
