#!/usr/bin/env node
// `npm run bench:scale [-- 100 1000 5000]`: adds N synthetic terms (ja + en) to a temporary copy of
// the project, builds it (Astro + Pagefind), and prints the build time and peak memory per N,
// with and without Open Graph images for the synthetic terms (OG_SKIP=synthetic- skips them).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const NS = sizes.length > 0 ? sizes : [100, 1000, 5000];
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん';
const reading = (i) => [...String(i)].map((d) => kana[(Number(d) * 7 + i) % kana.length]).join('') + 'ご';
const term = (lang, i) => `---
title: ${lang === 'ja' ? `合成用語${i}` : `Synthetic term ${i}`}
${lang === 'ja' ? `reading: ${reading(i)}\n` : ''}summary: ${lang === 'ja' ? `規模の計測のために生成した${i}番目の用語です。` : `Generated term number ${i} for the scale benchmark.`}
tags: [${lang === 'ja' ? '基礎' : 'basics'}]
related: [regularization, synthetic-${(i + 1) % NS_MAX}]
references:
  - { authors: "Hastie, T. et al.", title: "The Elements of Statistical Learning", year: 2009 }
  - { authors: "Bishop, C. M.", title: "Pattern Recognition and Machine Learning", year: 2006 }
updated: 2026-11-25
---

## ${lang === 'ja' ? '直感的な説明' : 'Intuition'} [#intuition]

${lang === 'ja' ? `この用語は正則化と過学習に関係します。式 $\\lambda \\lVert w \\rVert_1$ を使います。` : `This term relates to regularization and overfitting, with $\\lambda \\lVert w \\rVert_1$.`}

## ${lang === 'ja' ? '数式' : 'The maths'} [#math]

$$
\\frac{1}{2n}\\lVert y - Xw \\rVert_2^2 + \\lambda_{${i}} \\lVert w \\rVert_1
$$
`;
let NS_MAX = 0;

function build(n, og) {
  const dir = mkdtempSync(join(tmpdir(), `scale-${n}-`));
  try {
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'pagefind.yml', 'src', 'public', 'content', 'scripts'])
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    NS_MAX = n;
    for (let i = 0; i < n; i++) for (const lang of ['ja', 'en']) writeFileSync(join(dir, 'content/glossary', lang, `synthetic-${i}.mdx`), term(lang, i));
    const env = { ...process.env, ...(og ? {} : { OG_SKIP: 'synthetic-' }) };
    const command = TIME ? [TIME, ['-f', '%e %M', process.execPath, 'scripts/build.mjs', '--local']] : [process.execPath, ['scripts/build.mjs', '--local']];
    const started = performance.now();
    const run = spawnSync(command[0], command[1], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`build of N=${n} failed:\n${String(run.stderr).slice(-2000)}`);
    const peak = TIME ? Number(run.stderr.trim().split('\n').at(-1).split(' ')[1]) / 1024 : NaN;
    const astro = /astro ([\d.]+) s/.exec(run.stdout)?.[1];
    const search = /search index ([\d.]+) s/.exec(run.stdout)?.[1];
    const pages = /, (\d+) HTML pages/.exec(run.stdout)?.[1];
    return { n, og, seconds, peak, astro, search, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('| N extra terms (ja + en) | OG images | pages | build s | astro s | search index s | peak MB |');
console.log('|---|---|---|---|---|---|---|');
for (const n of NS) {
  for (const og of process.env.SCALE_OG === 'no' ? [false] : [false, true]) {
    const r = build(n, og);
    console.log(
      `| ${n} | ${og ? 'yes' : 'no'} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.astro} | ${r.search} | ${Number.isNaN(r.peak) ? 'n/a' : r.peak.toFixed(0)} |`,
    );
  }
}
