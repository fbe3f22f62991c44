#!/usr/bin/env node
// `npm test`: type check, build the site once, then run every Vitest project (unit, build output,
// browser and accessibility tests share that one build, one server and one browser).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\nChromium was not found at ${chromium}; the browser tests need it.\n` +
      `Install it (Debian/Ubuntu):  sudo apt-get install -y chromium fonts-noto-cjk\n` +
      `or point CHROMIUM_PATH at a Chromium or Chrome binary.\n`,
  );
  process.exit(1);
}

function step(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(`  ${title} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}

const extra = process.argv.slice(2);
// CI runs `npm run lint`, which includes the same type check, just before; it sets SKIP_TYPE_CHECK=1.
if (process.env.SKIP_TYPE_CHECK === '1') console.log('\n▶ type check skipped (SKIP_TYPE_CHECK=1: `npm run lint` ran it)');
else step('type check', 'astro', ['check', '--minimumFailingSeverity', 'warning']);
step('build', process.execPath, ['scripts/build.mjs', '--local']);
step('tests', 'vitest', ['run', '--reporter=default', '--reporter=./test/summary-reporter.ts', ...extra]);
