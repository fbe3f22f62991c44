/**
 * 「確かめよう」 (issue 15): every core term, every other term that has them, and every article ends with a section of exercises
 * (`## 確かめよう [#exercises]`), each with a worked answer; at least one asks the reader to
 * predict and then opens a demo in an exact state. Every such link of a Japanese page is opened in
 * the browser: the demo must keep the state as written (no rewritten URL, no message about a moved
 * value) and the page must log no error. An English page must carry the same links (its own
 * language's paths), so it opens the same demos in the same states; the demo code is shared.
 * Other terms that have the section are checked the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { ParamSpec } from '../../src/demos/kit/params';
import { readState } from '../../src/demos/kit/params';
import { isDemoName } from '../../src/demos/registry';
import { OVERVIEW_SPECS } from '../../src/demos/tables/overview';
import { CORE_SLUGS, page as builtPage } from '../helpers/dist';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

const LANGS = ['ja', 'en'] as const;
const HEADING = { ja: '確かめよう', en: 'Check yourself' } as const;
/** Pages about linear models: each has at least one derivation. */
const LINEAR = new Set(['regularization', 'l1-regularization', 'l2-regularization', 'elastic-net']);

/** The eight core terms and every article (from the content folder, so new articles are covered), in both languages. */
const ARTICLES = readdirSync(new URL('../../content/articles/ja/', import.meta.url))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4))
  .sort();
/** Other terms that end with exercises (the newer entries with a demo), found from the content folder. */
const MORE_TERMS = readdirSync(new URL('../../content/glossary/ja/', import.meta.url))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4))
  .filter((slug) => !(CORE_SLUGS as readonly string[]).includes(slug))
  .filter((slug) => /^## 確かめよう \[#exercises\]$/m.test(readFileSync(new URL(`../../content/glossary/ja/${slug}.mdx`, import.meta.url), 'utf8')))
  .sort();
const PAGES = LANGS.flatMap((lang) => [
  ...[...CORE_SLUGS, ...MORE_TERMS].map((slug) => ({ lang, slug, path: `/${lang}/glossary/${slug}/`, linear: LINEAR.has(slug) })),
  ...ARTICLES.map((slug) => ({ lang, slug, path: `/${lang}/articles/${slug}/`, linear: false })),
]);

/** The exercises of a built page, as the reader gets them without JavaScript. */
function exercisesOf(path: string) {
  const root = builtPage(path);
  return root.querySelectorAll('.prose .exercise').map((el) => ({
    kind: el.getAttribute('data-kind'),
    answer: el.querySelector('details.exercise-answer .exercise-answer-body')?.text.trim() ?? '',
    links: el.querySelectorAll('.exercise-try a[href]').map((a) => a.getAttribute('href')!),
  }));
}

/** The parameters of the demo or table behind a URL prefix (the instance's id), by the element's name. */
async function specsOf(name: string | null, id: string): Promise<Record<string, ParamSpec>> {
  if (name !== null && isDemoName(name)) {
    const view = (await import(`../../src/demos/${name}/view.ts`)) as { specs: Record<string, ParamSpec> | ((root: unknown) => Record<string, ParamSpec>) };
    return typeof view.specs === 'function' ? view.specs({ dataset: {} }) : view.specs;
  }
  if (id === 'overview') return OVERVIEW_SPECS;
  throw new Error(`no parameters known for the demo instance "${id}" (element data-name=${name})`);
}

/** The URL prefixes (demo instance ids) that a query string sets. */
const prefixesOf = (url: URL) => [...new Set([...url.searchParams.keys()].map((k) => k.split('.')[0]!))];

/**
 * Waits until the demo instance `id` has mounted: it has read the URL state and shown any message
 * about it. Training need not finish (the demos' own tests cover their results), which keeps this
 * file fast; but the paths demo narrows λ to the computed path (`ctx.narrow`), which can move a
 * value, so it is awaited until it has stopped computing.
 */
async function instanceReady(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (i) => {
      const el = document.querySelector<HTMLElement>(`[data-id="${i}"]`);
      return el !== null && el.dataset.ready !== undefined && (el.dataset.name !== 'paths' || el.dataset.busy === undefined);
    },
    id,
    { timeout: 30_000 },
  );
}

describe('exercises in the built pages', () => {
  it('covers the core terms, the other terms with exercises and the articles in both languages', () => {
    expect(MORE_TERMS).toContain('stability-selection');
    expect(MORE_TERMS).toContain('double-descent');
    expect(PAGES.length).toBe(2 * (CORE_SLUGS.length + MORE_TERMS.length + ARTICLES.length));
    expect(ARTICLES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(PAGES)(
    '$path ends with 「確かめよう」: ≥ 2 exercises with answers, a predict-first link, and a derivation on linear pages',
    ({ lang, path, linear }) => {
      const root = builtPage(path);
      const heading = root.querySelector('.prose h2#exercises');
      expect(heading?.text.trim(), 'heading ## … [#exercises]').toBe(HEADING[lang]);
      // It is the last section of the body: no other h2 follows it.
      const h2s = root.querySelectorAll('.prose h2[id]').map((h) => h.id);
      expect(h2s.at(-1)).toBe('exercises');

      const exercises = exercisesOf(path);
      expect(exercises.length).toBeGreaterThanOrEqual(2);
      for (const [i, e] of exercises.entries()) {
        expect(['predict', 'derive', 'think'], `exercise ${i + 1}`).toContain(e.kind);
        expect(e.answer.length, `exercise ${i + 1} has a worked answer`).toBeGreaterThan(20);
      }
      const predicts = exercises.filter((e) => e.kind === 'predict');
      expect(predicts.length, 'a predict exercise').toBeGreaterThanOrEqual(1);
      for (const [i, e] of predicts.entries()) expect(e.links.length, `predict exercise ${i + 1} opens a demo`).toBeGreaterThanOrEqual(1);
      if (linear) expect(exercises.filter((e) => e.kind === 'derive').length, 'a derive exercise').toBeGreaterThanOrEqual(1);

      // Links to another page stay in the page's language and point at a built page.
      for (const href of exercises.flatMap((e) => e.links)) {
        const url = new URL(href, `http://site${path}`);
        expect(url.pathname.startsWith(`/${lang}/`), href).toBe(true);
        expect(() => builtPage(url.pathname), href).not.toThrow();
      }
    },
  );
});

describe('every 「この設定でデモを開く」 link', () => {
  it.each(PAGES.filter((p) => p.lang === 'en'))('$path has the same links as its Japanese twin', ({ path }) => {
    const links = (p: string) => exercisesOf(p).flatMap((e) => e.links);
    expect(links(path)).toEqual(links(path.replace(/^\/en\//, '/ja/')).map((href) => href.replace(/^\/ja\//, '/en/')));
  });

  it.each(PAGES.filter((p) => p.lang === 'ja'))('$path: each link opens its demo in exactly that state', async ({ path }) => {
    const links = [...new Set(exercisesOf(path).flatMap((e) => e.links))];
    expect(links.length).toBeGreaterThanOrEqual(1);
    const context = await browser().newContext({ baseURL, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    try {
      for (const href of links) {
        const url = new URL(href, `${baseURL}${path}`);
        const ids = prefixesOf(url);
        expect(ids.length, href).toBeGreaterThanOrEqual(1);
        // A fresh document every time (two links may differ only in their hash).
        await page.goto('about:blank');
        await page.goto(url.href);
        for (const id of ids) {
          await instanceReady(page, id);
          const demo = page.locator(`[data-id="${id}"]`);
          // Every parameter of the link is one the demo knows, and valid as written.
          const specs = await specsOf(await demo.getAttribute('data-name'), id);
          for (const key of url.searchParams.keys()) {
            if (key.startsWith(`${id}.`)) expect(Object.keys(specs), `${href}: ${key}`).toContain(key.slice(id.length + 1));
          }
          expect(readState(id, url.search, specs).problems, href).toEqual([]);
          // No visible message (a value moved, clamped or unreadable).
          const message = await demo
            .locator('.demo-message')
            .evaluateAll((els) => els.map((el) => (el as HTMLElement).hidden || el.textContent?.trim() === ''));
          expect(message.every(Boolean), `${href}: ${await demo.locator('.demo-message').first().textContent()}`).toBe(true);
        }
        // The loader writes a moved value back with a debounced replaceState: give it time, then the URL must be as linked.
        await page.waitForTimeout(400);
        const now = new URL(page.url());
        expect(now.pathname, href).toBe(url.pathname);
        expect([...now.searchParams.entries()], href).toEqual([...url.searchParams.entries()]);
        expect(now.hash, href).toBe(url.hash);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
