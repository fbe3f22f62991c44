import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

// Search (issue 8): Pagefind, one index per language, opened with the header button or "/".
const browser = useSharedBrowser();
const baseURL = inject('baseURL');

async function search(page: Page, query: string) {
  await page.fill('#search-input', query);
  await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 }).toMatch(/\d|見つかりません|Nothing/);
  return page
    .locator('.search-results li')
    .evaluateAll((items) => items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), text: li.textContent ?? '' })));
}

describe('search', () => {
  it.each([
    ['ja', 'ラッソ', 'l1-regularization'],
    ['ja', 'lasso', 'l1-regularization'],
    ['ja', 'りっじ', 'l2-regularization'],
    ['ja', '重み減衰', 'weight-decay'],
    // Variants of a headword (issue 15): each is an alias, so its term comes first.
    ['ja', '荷重減衰', 'weight-decay'],
    ['ja', '早期停止', 'early-stopping'],
    ['ja', '過剰適合', 'overfitting'],
    ['ja', 'オーバーフィッティング', 'overfitting'],
    ['ja', 'かがくしゅう', 'overfitting'],
    ['en', 'lasso', 'l1-regularization'],
    ['en', 'ridge regression', 'l2-regularization'],
    ['en', 'early stopping', 'early-stopping'],
  ])('in %s, "%s" finds %s first, with its reading and summary', async (lang, query, slug) => {
    const context = await browser().newContext({ baseURL, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/${lang}/`);
    await page.keyboard.press('/');
    // Under load the dialog can take over a second to open and focus: the same 10 s as the results.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('search-input');
    const results = await search(page, query);
    expect(results[0]?.href).toBe(`/${lang}/glossary/${slug}/`);
    if (lang === 'ja') expect(results[0]!.text).toMatch(/[ぁ-ゖ]{3,}/);
    expect(results[0]!.text.length).toBeGreaterThan(30);
    for (const r of results) expect(r.href, 'only pages of this language').toMatch(new RegExp(`^/${lang}/`));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.search-dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['ja', '換算表'],
    ['en', 'settings across libraries'],
  ])('in %s, "%s" finds the settings crosswalk', async (lang, query) => {
    const context = await browser().newContext({ baseURL });
    const page = await context.newPage();
    await page.goto(`/${lang}/`);
    await page.keyboard.press('/');
    const results = await search(page, query);
    expect(results.map((r) => r.href)).toContain(`/${lang}/crosswalk/`);
    await context.close();
  });

  it('leaves maths and redirect pages out of the index, and says when nothing matches', async () => {
    const context = await browser().newContext({ baseURL });
    const page = await context.newPage();
    // TeX commands appear in every formula's MathML annotation; the index must not see them. Pagefind
    // matches loosely ("lVert" finds "L∞"), so the check is that no indexed text carries TeX.
    await page.goto('/en/glossary/');
    await page.getByRole('button', { name: /Search/ }).click();
    // A string, so that Vitest does not rewrite the import() for Node.
    const excerpts: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const texts = [];
      for (const q of ['frac', 'lVert', 'mathbb', 'operatorname', 'hat']) {
        const found = await pagefind.search(q);
        for (const r of found.results) texts.push((await r.data()).content);
      }
      return texts;
    })()`);
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/\\(frac|lVert|mathbb|operatorname|hat)\b/);
    expect(await search(page, 'qwxv')).toEqual([]);
    expect(await page.locator('.search-status').textContent()).toMatch(/Nothing found/);
    const lasso = await search(page, 'lasso');
    expect(lasso.map((r) => r.href)).not.toContain('/en/glossary/lasso/');
    await context.close();
  });
});
