import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = new URL('../../scripts/check-updated.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'check-updated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir });
const file = (updated: string, body: string) => `---\ntitle: 用語\nupdated: ${updated}\n---\n\n${body}\n`;
const write = (name: string, text: string) => writeFileSync(join(dir, 'content/glossary/ja', name), text);
const check = () => spawnSync(process.execPath, [SCRIPT, '--base', 'HEAD'], { cwd: dir, encoding: 'utf8' });

describe('check-updated', () => {
  mkdirSync(join(dir, 'content/glossary/ja'), { recursive: true });
  write('a.mdx', file('2026-11-24', '本文です。'));
  write('b.mdx', file('2026-11-24', '本文です。'));
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');

  it('warns about a changed body whose date did not move, and not about one whose date did', () => {
    write('a.mdx', file('2026-11-24', '直した本文です。'));
    write('b.mdx', file('2026-11-25', '直した本文です。'));
    write('c.mdx', file('2026-11-25', '新しい用語です。'));
    const result = check();
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning: content/glossary/ja/a.mdx: content changed but "updated" is still 2026-11-24');
    expect(result.stderr).not.toContain('b.mdx');
    expect(result.stdout).toMatch(/2 changed content file\(s\) against HEAD, 1 warning\(s\)/);
  });
});
