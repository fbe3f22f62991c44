import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';

/** The pages Lighthouse audits (issues 8 and 14): home (a demo in the first viewport), index, a term without a demo, L1 (its demo near the top), the heaviest demo page, an article. */
export const AUDITED_PAGES = [
  '/ja/',
  '/ja/glossary/',
  '/ja/glossary/hyperparameter/',
  '/ja/glossary/l1-regularization/',
  '/ja/glossary/l2-regularization/',
  '/ja/articles/regularization-overview/',
];

/** The timings behind the Performance score, by their short names. */
export const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift' };

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/** Runs Lighthouse (mobile emulation, its default) on each URL in one Chromium; scores 0–100. */
export async function lighthouseScores(urls: string[], categories = ['performance', 'accessibility', 'best-practices', 'seo']) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS.filter((f) => f !== '--headless'), '--headless=new'],
  });
  try {
    const results: { url: string; scores: Partial<Scores>; failing: string[]; metrics: Record<string, number> }[] = [];
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      const lhr = run!.lhr;
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
      const failing = Object.entries(lhr.audits)
        .filter(([, a]) => a.scoreDisplayMode === 'binary' && a.score === 0)
        .map(([id]) => id);
      // The timings behind the Performance score (ms; CLS unitless), for a report that says why it moved.
      const metrics = Object.fromEntries(
        Object.entries(METRICS)
          .filter(([, id]) => lhr.audits[id]?.numericValue !== undefined)
          .map(([name, id]) => [name, lhr.audits[id]!.numericValue!]),
      );
      results.push({ url, scores, failing, metrics });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
