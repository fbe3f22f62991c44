import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_NAMES } from '../../src/demos/registry';
import { DIST, builtPages, isRedirectStub, page } from '../helpers/dist';
import { headersFor, parseHeadersFile } from '../helpers/static-server';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

// Security (issue 8): a CSP on every page without 'unsafe-inline' scripts, the usual headers for
// hosts that read _headers, and no request to another origin at runtime.
const contentPages = builtPages().filter((p) => p.endsWith('/') && p !== '/' && !isRedirectStub(p));
const cspOf = (path: string) => page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('Content-Security-Policy', () => {
  it('is on every page, scripts never need unsafe-inline, and only our origin is allowed', () => {
    expect(contentPages.length).toBeGreaterThan(100);
    for (const path of contentPages) {
      const csp = cspOf(path);
      expect(directive(csp, 'default-src'), path).toBe("default-src 'self'");
      const scripts = directive(csp, 'script-src');
      expect(scripts, path).toMatch(/^script-src 'self' 'wasm-unsafe-eval'/);
      expect(scripts, path).not.toContain('unsafe-inline');
      expect(directive(csp, 'object-src')).toBe("object-src 'none'");
      expect(csp, path).not.toMatch(/https?:\/\//);
    }
  });

  it('ships the usual headers for hosts that read _headers', () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    const headers = headersFor(rules, '/ja/glossary/dropout/');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(headersFor(rules, '/glossary.json')['Access-Control-Allow-Origin']).toBe('*');
  });
});

describe('framing (frame-ancestors in _headers)', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const framing = (path: string) => headersFor(rules, path)['Content-Security-Policy'];
  const pages = builtPages().filter((p) => p.endsWith('/'));

  it('lets any site frame every demo embed page, in both languages', () => {
    const embeds = DEMO_NAMES.flatMap((demo) => ['ja', 'en'].map((lang) => `/${lang}/embed/${demo}/`));
    for (const path of embeds) {
      expect(pages, path).toContain(path);
      expect(framing(path), path).toBe('frame-ancestors *');
    }
  });

  it("keeps terms, articles, the home pages and the bloggers' page to 'self'", () => {
    const own = pages.filter((p) => /^\/(ja|en)\/(glossary|articles)\/[^/]+\/$/.test(p) && !isRedirectStub(p));
    expect(own.length).toBeGreaterThan(50);
    for (const path of [...own, '/ja/', '/en/', '/ja/embed/', '/en/embed/']) expect(framing(path), path).toBe("frame-ancestors 'self'");
  });

  it('gives every other page one rule, and no two rules for the same page', () => {
    const exact = rules.filter((r) => !r.path.includes('*') && r.headers['Content-Security-Policy']).map((r) => r.path);
    expect(new Set(exact).size).toBe(exact.length);
    for (const path of pages) expect(exact, path).toContain(path);
    // No splat rule sets a CSP, which would be joined with the per-page one.
    expect(rules.filter((r) => r.path.includes('*') && r.headers['Content-Security-Policy'])).toEqual([]);
  });
});

describe('at runtime', () => {
  const browser = useSharedBrowser();
  const baseURL = inject('baseURL');
  const PAGES = [
    '/ja/',
    '/ja/glossary/hyperparameter/',
    '/ja/glossary/l2-regularization/',
    '/ja/articles/neural-network-regularization/',
    '/en/embed/',
    '/en/glossary/regularization/',
  ];

  it.each(PAGES)('%s breaks no CSP rule and requests nothing from another origin, demos and search included', async (path) => {
    const context = await browser().newContext({ baseURL, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(path);
    // Scroll through so every lazy demo loads (Chart.js, workers), then use the search.
    for (let y = 0; y < 30; y++) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(800);
    await page.keyboard.press('/');
    await page.fill('#search-input', path.startsWith('/ja/') ? 'ラッソ' : 'lasso');
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
