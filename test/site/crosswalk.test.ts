// The settings crosswalk (/ja/crosswalk/, /en/crosswalk/): both pages built, the worked example as
// src/lib/crosswalk.ts computes it, the page without JavaScript, and the live converter.
import { describe, expect, inject, it } from 'vitest';
import { WORKED_EXAMPLE } from '../../src/data/crosswalk';
import { LANGS, type Lang, t } from '../../src/i18n';
import { type LossConvention, convert, fromCanonical } from '../../src/lib/crosswalk';
import { type CrosswalkKey, codeNumber, crosswalkRows, settingCode } from '../../src/utils/crosswalk-rows';
import { page as built } from '../helpers/dist';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();
const { n, lambda, l1Ratio, lr } = WORKED_EXAMPLE;
const canonical = { lambda, l1Ratio };
const tr = (lang: Lang) => (key: CrosswalkKey, vars?: Record<string, string | number>) => t(lang, key, vars);

describe('crosswalk pages (built)', () => {
  it.each(LANGS)('/%s/crosswalk/ has its title, heading and the other language as its alternate', (lang) => {
    const doc = built(`/${lang}/crosswalk/`);
    expect(doc.querySelector('title')?.text).toContain(t(lang, 'crosswalk.title'));
    expect(doc.querySelector('h1')?.text).toBe(t(lang, 'crosswalk.title'));
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang);
    const other = lang === 'ja' ? 'en' : 'ja';
    expect(new URL(doc.querySelector(`link[rel="alternate"][hreflang="${other}"]`)!.getAttribute('href')!).pathname).toBe(`/${other}/crosswalk/`);
    // Linked from the footer of every page, e.g. the home page.
    expect(built(`/${lang}/`).querySelector(`footer a[href="/${lang}/crosswalk/"]`)).not.toBeNull();
  });

  it.each(LANGS)('/%s/crosswalk/: the worked example shows what src/lib/crosswalk.ts computes', (lang) => {
    const doc = built(`/${lang}/crosswalk/`);
    const table = doc.querySelector('table[data-example]')!;
    expect(table.querySelector('caption')?.text).toBe(t(lang, 'crosswalk.example.caption', { n, lambda, rho: l1Ratio, lr }));
    for (const loss of ['mse', 'log-loss'] as LossConvention[]) {
      const context = { n, lr, loss, ySd: 1 };
      const rows = crosswalkRows(canonical, context, tr(lang));
      const cells = table.querySelectorAll(`tbody[data-loss="${loss}"] tr[data-row]`);
      expect(cells.map((r) => r.getAttribute('data-row'))).toEqual(rows.map((r) => r.key));
      cells.forEach((row, i) => {
        expect(row.querySelector('td code')?.text, rows[i]!.key).toBe(rows[i]!.code);
        expect(row.querySelectorAll('td')[1]?.text).toBe(rows[i]!.note);
      });
      // The numbers themselves, straight from the conversion functions.
      const all = fromCanonical(canonical, context);
      const code = (key: string) => table.querySelector(`tbody[data-loss="${loss}"] tr[data-row="${key}"] code`)?.text;
      expect(code('keras')).toBe(settingCode(all.keras.setting, context));
      expect(code('torch-l2')).toContain(`weight_decay=${codeNumber(all['torch-l2'].setting.weightDecay)}`);
      expect(code('adamw-paper')).toBe(`λ = ${codeNumber(all['adamw-paper']!.setting.lambda)}`);
      if (loss === 'mse') expect(code('sklearn-ridge')).toBe(`Ridge(alpha=${codeNumber(all['sklearn-ridge']!.setting.alpha)})`);
      else expect(code('sklearn-logistic')).toContain(`C=${codeNumber(all['sklearn-logistic']!.setting.C)}`);
    }
  });

  it.each(LANGS)('/%s/crosswalk/ renders its maths at build time and cites the documentation', (lang) => {
    const doc = built(`/${lang}/crosswalk/`);
    expect(doc.querySelectorAll('table.objectives math').length).toBeGreaterThanOrEqual(9);
    expect(doc.querySelector('merror')).toBeNull();
    const links = doc.querySelectorAll('.references a').map((a) => a.getAttribute('href'));
    for (const url of [
      'https://arxiv.org/abs/1711.05101',
      'https://doi.org/10.18637/jss.v033.i01',
      'https://glmnet.stanford.edu/reference/glmnet.html',
      'https://keras.io/api/layers/regularizers/',
      'https://scikit-learn.org/stable/modules/generated/sklearn.linear_model.Ridge.html',
      'https://www.statsmodels.org/stable/generated/statsmodels.regression.linear_model.OLS.fit_regularized.html',
      'https://docs.pytorch.org/docs/stable/generated/torch.optim.AdamW.html',
    ])
      expect(links).toContain(url);
  });

  it('is linked from the glossary terms hyperparameter, weight-decay and adamw in both languages', () => {
    for (const lang of LANGS)
      for (const slug of ['hyperparameter', 'weight-decay', 'adamw'])
        expect(built(`/${lang}/glossary/${slug}/`).querySelector(`.prose a[href="/${lang}/crosswalk/"]`), `${lang}/${slug}`).not.toBeNull();
  });
});

describe('crosswalk in the browser', () => {
  it('without JavaScript: the worked example is there, the converter is hidden and a line says why', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto('/ja/crosswalk/');
    await expect.poll(() => page.locator('crosswalk-converter').isVisible()).toBe(false);
    expect(await page.locator('.cw-nojs').isVisible()).toBe(true);
    expect(await page.locator('.cw-nojs').textContent()).toBe(t('ja', 'crosswalk.converter.noscript'));
    expect(await page.locator('table[data-example] tr[data-row="sklearn-ridge"]').isVisible()).toBe(true);
    await context.close();
  });

  it.each(LANGS)(
    '%s: Ridge alpha = 44.2 with n = 442 shows the ElasticNet alpha of the lib; a negative alpha is refused next to the field and the table stays',
    async (lang) => {
      const context = await browser().newContext({ baseURL, viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`/${lang}/crosswalk/`);
      await page.waitForSelector('crosswalk-converter[data-ready]');
      expect(await page.locator('.cw-nojs').isVisible()).toBe(false);

      await page.getByLabel(t(lang, 'crosswalk.field.library')).selectOption('sklearn-ridge');
      const alpha = page.locator('#cw-sklearn-ridge-alpha');
      expect(await alpha.isVisible()).toBe(true);
      expect(await page.locator('#cw-sklearn-elasticnet-alpha').isVisible()).toBe(false);
      await alpha.fill('44.2');
      await page.getByLabel(t(lang, 'crosswalk.field.n')).fill('442');

      const ctx = { n: 442, lr: 0.001, loss: 'mse' as const, ySd: 1 };
      const expected = convert({ library: 'sklearn-ridge', alpha: 44.2 }, 'sklearn-elasticnet', ctx)!;
      expect(expected.setting.alpha).toBeCloseTo(0.1, 12);
      const enet = page.locator('crosswalk-converter tr[data-row="sklearn-elasticnet"] code');
      await expect.poll(() => enet.textContent()).toBe(settingCode(expected.setting, ctx));
      expect(await enet.textContent()).toContain(`alpha=${codeNumber(expected.setting.alpha)},`);
      expect(await page.locator('.cw-status').textContent()).toBe(
        t(lang, 'crosswalk.status', { setting: 'Ridge(alpha=44.2)', lambda: codeNumber(expected.setting.alpha), rho: 0 }),
      );
      expect(await page.locator('.cw-status').getAttribute('role')).toBe('status');

      // A negative value: a message next to the field, the field marked, the last good table kept.
      const table = await page.locator('crosswalk-converter tbody').innerHTML();
      await alpha.fill('-1');
      const message = page.locator('#cw-sklearn-ridge-alpha-error');
      await expect.poll(() => message.isVisible()).toBe(true);
      expect(await message.textContent()).toBe(t(lang, 'crosswalk.error.nonneg', { name: 'alpha' }));
      expect(await alpha.getAttribute('aria-invalid')).toBe('true');
      expect(await alpha.getAttribute('aria-describedby')).toBe('cw-sklearn-ridge-alpha-error');
      expect(await page.locator('.cw-kept').isVisible()).toBe(true);
      expect(await page.locator('crosswalk-converter tbody').innerHTML()).toBe(table);

      // Fixed by keyboard: the message goes and the table follows again.
      await alpha.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('442');
      await expect.poll(() => enet.textContent()).toBe(settingCode(convert({ library: 'sklearn-ridge', alpha: 442 }, 'sklearn-elasticnet', ctx)!.setting, ctx));
      expect(await message.isVisible()).toBe(false);
      expect(await alpha.getAttribute('aria-invalid')).toBeNull();
      expect(await page.locator('.cw-kept').isVisible()).toBe(false);

      // Classification: LogisticRegression's C for the same λ, and the regression-only rows go.
      await page.getByLabel(t(lang, 'crosswalk.field.loss')).selectOption('log-loss');
      const logistic = fromCanonical({ lambda: 1, l1Ratio: 0 }, { ...ctx, loss: 'log-loss' })['sklearn-logistic']!;
      expect(await page.getByLabel(t(lang, 'crosswalk.field.library')).inputValue()).toBe('sklearn-logistic');
      await expect
        .poll(() => page.locator('crosswalk-converter tr[data-row="sklearn-logistic"] code').textContent())
        .toBe(settingCode(logistic.setting, { ...ctx, loss: 'log-loss' }));
      expect(await page.locator('crosswalk-converter tr[data-row="sklearn-ridge"]').count()).toBe(0);
      expect(await page.locator('#cw-library option[value="sklearn-ridge"]').isDisabled()).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
