import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface FixtureBuild {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  /** Whether the build left any HTML in dist/. */
  publishedHtml: boolean;
}

/**
 * Builds the real site code over a fixture content folder in a temporary copy of the project:
 * the project's content, with `files` (path → text, relative to the project) written on top.
 */
export async function buildFixture(files: Record<string, string>): Promise<FixtureBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-fixture-'));
  try {
    // test/fixtures: the numbers <CodeNumber> quotes come from the scripts' JSON there (src/data/code-numbers.ts).
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content', 'test/fixtures']) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    // The packages are linked one by one, without the dot folders: Astro and Vite keep caches
    // there (.astro, .vite…), which fixture builds running side by side must not share.
    mkdirSync(join(dir, 'node_modules'));
    for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
      if (!entry.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
    }
    // Except the demo-number cache (src/demos/quote-cache.ts): its entries are keyed by a hash of the
    // sources, which the copy shares, so a fixture build reads the numbers the main build computed.
    const quotes = join(ROOT, 'node_modules', '.cache', 'demo-quotes');
    mkdirSync(quotes, { recursive: true });
    mkdirSync(join(dir, 'node_modules', '.cache'));
    symlinkSync(quotes, join(dir, 'node_modules', '.cache', 'demo-quotes'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [ASTRO, 'build'], { cwd: dir, env: { ...process.env, LOCAL_PREVIEW: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    const dist = join(dir, 'dist');
    const hasHtml = (d: string): boolean =>
      existsSync(d) && readdirSync(d, { withFileTypes: true }).some((e) => (e.isDirectory() ? hasHtml(join(d, e.name)) : e.name.endsWith('.html')));
    // eslint-disable-next-line no-control-regex
    const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    return { status: run.status, output, publishedHtml: hasHtml(dist) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A valid glossary entry with some fields replaced (`undefined` removes a field). */
export function termFile(fields: Record<string, string | undefined>, body = '本文です。\n'): string {
  const base: Record<string, string | undefined> = {
    title: '試験用語',
    reading: 'しけんようご',
    summary: '試験のための用語です。',
    references: '[{ authors: "Hastie, T. et al.", title: "ESL", year: 2009 }, { authors: "Bishop, C. M.", title: "PRML", year: 2006 }]',
    updated: '2026-11-24',
    ...fields,
  };
  const yaml = Object.entries(base)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}
