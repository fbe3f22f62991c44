#!/usr/bin/env node
// `npm run audit`: Lighthouse (mobile) on the audited pages of the built site, 3 runs each; prints
// the median scores, the median FCP, LCP, TBT and CLS behind Performance and each run's Performance
// score; fails if a median Performance score is under 95 or another category under 100.
import { existsSync } from 'node:fs';
import { AUDITED_PAGES, METRICS, lighthouseScores } from '../test/helpers/lighthouse.ts';
import { serveStatic } from '../test/helpers/static-server.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build -- --local` first.');
  process.exit(1);
}
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const server = await serveStatic('dist');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseScores(AUDITED_PAGES.map((p) => `${server.url}${p}`)));
} finally {
  await server.close();
}
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metrics = Object.keys(METRICS);
const rows = AUDITED_PAGES.map((page, i) => ({
  page,
  ...Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r[i].scores[c]))])),
  ...Object.fromEntries(metrics.map((m) => [m, median(runs.map((r) => r[i].metrics[m] ?? Number.NaN))])),
  spread: runs.map((r) => r[i].scores.performance).join(' '),
}));
const show = (m, v) => (m === 'CLS' ? v.toFixed(3) : `${Math.round(v)} ms`);
console.log(`\nLighthouse, mobile, median of ${RUNS} run(s):\n`);
const columns = [...categories, ...metrics, 'performance per run'];
console.log(`| page | ${columns.join(' | ')} |\n|---|${columns.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.page} | ${[...categories.map((c) => row[c]), ...metrics.map((m) => show(m, row[m])), row.spread].join(' | ')} |`);
const bad = rows.filter((r) => r.performance < 95 || r.accessibility < 100 || r['best-practices'] < 100 || r.seo < 100);
if (bad.length > 0) {
  console.error(`\n✖ under budget: ${bad.map((r) => r.page).join(', ')}`);
  process.exit(1);
}
console.log('\n✔ every page meets the budget (Performance ≥ 95, the rest 100).');
