#!/usr/bin/env node
// `npm run build`: the Astro build, then Pagefind's search index; reports the full build time.
// Needs SITE (the public origin); `--local` builds for a local preview instead (npm start, npm test).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const env = process.argv.includes('--local') ? { ...process.env, LOCAL_PREVIEW: '1' } : process.env;

const run = (title, command, args) => {
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
  return (performance.now() - started) / 1000;
};

const astro = run('astro build', 'astro', ['build']);
const search = run('search index', 'pagefind', []);
const pages = readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
console.log(`\n▶ Full build: ${(astro + search).toFixed(1)} s (astro ${astro.toFixed(1)} s, search index ${search.toFixed(1)} s), ${pages} HTML pages.`);
