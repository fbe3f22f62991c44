#!/usr/bin/env node
// Warns when a content file changed but its frontmatter `updated` did not move forward.
// Compares with BASE_REF (default: origin/main if it exists, else HEAD), including uncommitted edits.
// Usage: node scripts/check-updated.mjs [--base <ref>]   (exit code 0: it only warns)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const refExists = (ref) => {
  try {
    git('rev-parse', '--verify', '--quiet', ref);
    return true;
  } catch {
    return false;
  }
};
const argBase = process.argv.indexOf('--base');
const base = argBase > 0 ? process.argv[argBase + 1] : (process.env.BASE_REF ?? (refExists('origin/main') ? 'origin/main' : 'HEAD'));

const updatedOf = (text) => /^updated:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1];
const bodyOf = (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

let changed = [];
try {
  changed = git('diff', '--name-only', base, '--', 'content/')
    .split('\n')
    .filter((f) => /\.mdx$/.test(f) && existsSync(f));
} catch {
  console.log(`check-updated: cannot compare with ${base}; skipped.`);
  process.exit(0);
}

const warnings = [];
for (const file of changed) {
  let before;
  try {
    before = git('show', `${base}:${file}`);
  } catch {
    continue;
  } // a new file
  const after = readFileSync(file, 'utf8');
  if (bodyOf(before) === bodyOf(after) && before.replace(/^updated:.*$/m, '') === after.replace(/^updated:.*$/m, '')) continue;
  const [old, now] = [updatedOf(before), updatedOf(after)];
  if (!now || (old && now <= old)) warnings.push(`${file}: content changed but "updated" is still ${now ?? '(missing)'}; set it to today's date`);
}
for (const w of warnings) console.warn(`warning: ${w}`);
console.log(`check-updated: ${changed.length} changed content file(s) against ${base}, ${warnings.length} warning(s).`);
