/**
 * A disk cache for the few demo numbers that take seconds to compute (the decay demo's λ sweep:
 * 17 runs of four networks). Build-time only (src/demos/<demo>/quotes*.ts); never loaded in the browser.
 *
 * The key is a hash of the code that computes the value: every file in the import closure of
 * `entry` (relative imports, followed from file to file), the name, the extra `inputs` and the
 * JavaScript engine's version. Change any of these and the value is computed again; otherwise the
 * next build (or test run) reads it from `node_modules/.cache/demo-quotes/`. A cache that cannot be
 * read or written is skipped: the value is then computed, never wrong.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface CacheOptions {
  /** A name for the file, unique in the cache: "decay-sweep". */
  name: string;
  /** The module that computes the value, relative to `root`: "src/demos/decay/model.ts". */
  entry: string;
  /** Anything else the value depends on (the λ grid, for instance), as JSON. */
  inputs?: unknown;
  /** The project root (default: the working directory, where Astro and Vitest run). */
  root?: string;
  /** The cache folder, relative to `root`. */
  dir?: string;
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?\sfrom\s*['"](\.{1,2}\/[^'"]+)['"]|import\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The file an import names: "./model" is model.ts, "../../lib" is lib/index.ts, "./data.json" itself. */
function resolveImport(from: string, spec: string): string | undefined {
  const base = join(dirname(from), spec);
  const candidates = [base, `${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Every source file that `entry` reaches through relative imports, itself included, sorted. */
export function importClosure(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const todo = [join(root, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue; // data (JSON) is hashed, not read for imports
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      const next = resolveImport(file, spec);
      if (!next) throw new Error(`${relative(root, file)}: cannot resolve the import "${spec}"`);
      todo.push(next);
    }
  }
  return [...seen].map((f) => relative(root, f)).sort();
}

/** The hash that names a cached value. */
export function cacheKey(options: CacheOptions): string {
  const root = options.root ?? process.cwd();
  const hash = createHash('sha256');
  hash.update(JSON.stringify([options.name, options.inputs ?? null, process.versions.v8]));
  for (const file of importClosure(root, options.entry)) hash.update(`\0${file}\0`).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The value from the cache, or `compute()` stored for the next time. */
export function cached<T>(options: CacheOptions, compute: () => T): T {
  const root = options.root ?? process.cwd();
  let file: string | undefined;
  try {
    file = join(root, options.dir ?? 'node_modules/.cache/demo-quotes', `${options.name}-${cacheKey(options)}.json`);
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { value: T }).value;
  } catch {
    // Sources not found (another working directory) or an unreadable entry: compute instead.
  }
  const value = compute();
  if (file) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      // Written whole, then renamed: builds running side by side never read half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify({ name: options.name, entry: options.entry, value }));
      renameSync(partial, file);
      // Older values of the same name are stale for good: keep only this one.
      for (const old of readdirSync(dirname(file))) {
        if (new RegExp(`^${options.name}-[0-9a-f]{16}\\.json$`).test(old) && join(dirname(file), old) !== file) rmSync(join(dirname(file), old));
      }
    } catch {
      // A read-only tree: the value is still right, only not kept.
    }
  }
  return value;
}
