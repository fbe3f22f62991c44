import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { resolveFile } from '../helpers/static-server';
import { CORE_SLUGS, DIST, builtPages, isRedirectStub, page } from '../helpers/dist';

const pages = builtPages();
const contentPages = pages.filter((p) => !isRedirectStub(p));
const LANGS = ['ja', 'en'] as const;

describe('built site: pages', () => {
  it.each(LANGS)('has the home, index pages and every core term in %s', (lang) => {
    for (const path of [`/${lang}/`, `/${lang}/glossary/`, `/${lang}/articles/`, ...CORE_SLUGS.map((s) => `/${lang}/glossary/${s}/`)]) {
      expect(pages, path).toContain(path);
    }
  });

  it('has a 404 page, robots.txt with the sitemap, and a sitemap', () => {
    expect(pages).toContain('/404.html');
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });

  it('lists every indexable page in the sitemap, and nothing else', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    const indexable = contentPages.filter((p) => p !== '/404.html' && !page(p).querySelector('meta[name="robots"][content*="noindex"]'));
    expect(listed).toEqual(indexable);
  });

  it('leads / to /ja/', () => {
    const refresh = page('/').querySelector('meta[http-equiv="refresh"]');
    expect(refresh?.getAttribute('content')).toBe('0; url=/ja/');
  });

  it('sets <html lang> from the URL', () => {
    for (const path of contentPages) {
      const lang = path.startsWith('/en/') ? 'en' : 'ja';
      expect(page(path).querySelector('html')?.getAttribute('lang'), path).toBe(lang);
    }
  });

  it('redirects lasso and ridge in both languages, with noindex and a canonical link, outside the sitemap', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const [from, to] of [
      ['lasso', 'l1-regularization'],
      ['ridge', 'l2-regularization'],
    ]) {
      for (const lang of LANGS) {
        const path = `/${lang}/glossary/${from}/`;
        const doc = page(path);
        expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=/${lang}/glossary/${to}/`);
        expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/${lang}/glossary/${to}/$`));
        expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang);
        expect(sitemap).not.toContain(path);
      }
    }
  });
});

describe('built site: meta', () => {
  it.each(CORE_SLUGS)('term %s has canonical, hreflang pairs, Open Graph and Twitter meta', (slug) => {
    for (const lang of LANGS) {
      const doc = page(`/${lang}/glossary/${slug}/`);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(new URL(canonical).pathname).toBe(`/${lang}/glossary/${slug}/`);
      const hreflang = Object.fromEntries(
        doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
      expect(hreflang).toEqual({ ja: `/ja/glossary/${slug}/`, en: `/en/glossary/${slug}/`, 'x-default': `/ja/glossary/${slug}/` });
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:site_name']) {
        expect(doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), `${slug} ${property}`).toBeTruthy();
      }
      expect(doc.querySelector('meta[name="twitter:card"]')).not.toBeNull();
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(doc.querySelector('.summary')?.text.trim());
    }
  });
});

describe('built site: maths', () => {
  it.each(CORE_SLUGS)('term %s renders its maths at build time, with MathML, in both languages', (slug) => {
    for (const lang of LANGS) {
      const doc = page(`/${lang}/glossary/${slug}/`);
      const body = doc.querySelector('.prose')!;
      const maths = body.querySelectorAll('math');
      expect(maths.length, `${lang}/${slug}`).toBeGreaterThan(0);
      // MathML only (no HTML copy for screen readers to read twice), each keeping its TeX as an annotation.
      for (const math of maths) expect(math.querySelector('semantics > annotation[encoding="application/x-tex"]')).not.toBeNull();
      expect(body.querySelector('.katex, [aria-hidden="true"] math, merror')).toBeNull();
      // Outside the rendered maths, no TeX is left.
      const prose = parse(body.toString());
      for (const math of prose.querySelectorAll('math')) math.remove();
      expect(prose.text).not.toMatch(/\$|\\frac|\\lVert|\\alpha/);
    }
  });

  it('wraps every display formula in a focusable scroll box', () => {
    let displays = 0;
    for (const path of contentPages) {
      for (const display of page(path).querySelectorAll('math[display="block"]')) {
        displays++;
        expect(display.parentNode?.classList.contains('math-display'), path).toBe(true);
        expect(display.parentNode?.getAttribute('tabindex')).toBe('0');
      }
    }
    expect(displays).toBeGreaterThan(0);
  });
});

describe('built site: links', () => {
  it('has no internal link to a missing page or anchor', () => {
    // Canonical, hreflang and og:url use the absolute origin of SITE: those are internal too.
    const origin = new URL(page('/ja/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    const broken: string[] = [];
    let checked = 0;
    for (const path of pages) {
      for (const el of page(path).querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
        const url = new URL(raw, `${origin}${path}`);
        if (url.origin !== origin) continue;
        checked++;
        const file = resolveFile(DIST, url.pathname);
        if (!file) {
          broken.push(`${path} → ${raw}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && file.endsWith('.html') && !page(url.pathname).getElementById(id)) broken.push(`${path} → ${raw} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 5);
  });
});

describe('built site: scripts', () => {
  const THEME_BOOT = /dataset\.theme\s*=\s*theme/;
  /** Elements a script defines: `customElements.define('x-y', …)`, or the kit's `defineDemo('<tag>', () => import(…))` (minified to any name). */
  const definedTags = (code: string) =>
    [...code.matchAll(/customElements\.define\(\s*["'`]([a-z][\w-]*-[\w-]*)["'`]|\(\s*["'`]([a-z][\w-]*-[\w-]*)["'`]\s*,\s*\(\)\s*=>/g)].map(
      (m) => (m[1] ?? m[2])!,
    );
  /** A bundled script with the chunks it imports statically (`import"./x.js"`, `from"./x.js"`). */
  const withImports = (src: string, seen = new Set<string>()): string => {
    if (seen.has(src)) return '';
    seen.add(src);
    const code = readFileSync(resolveFile(DIST, src)!, 'utf8');
    const imports = [...code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => new URL(m[1]!, `http://x${src}`).pathname);
    return [code, ...imports.map((i) => withImports(i, seen))].join('\n');
  };
  /** The hover card for other sites: shown live on /embed/, defines no element of ours. */
  const EMBED = '/embed.js';

  it('ships no maths JavaScript (KaTeX, Temml), and each script defines an element the page uses', () => {
    for (const path of contentPages) {
      const doc = page(path);
      for (const script of doc.querySelectorAll('script')) {
        const src = script.getAttribute('src');
        const code = src ? withImports(src) : script.text;
        expect(code, path).not.toMatch(/katex|temml/i);
        if (THEME_BOOT.test(code) || src === EMBED) continue;
        const tags = definedTags(code);
        expect(tags.length, `${path}: script defines no custom element: ${src ?? code.slice(0, 80)}`).toBeGreaterThan(0);
        for (const tag of tags) expect(doc.querySelector(tag), `${path}: script for <${tag}> that the page does not use`).not.toBeNull();
      }
    }
  });

  it('loads demo code only on pages with a demo', () => {
    let withDemo = 0;
    for (const path of contentPages) {
      const doc = page(path);
      const tags = doc.querySelectorAll('script').flatMap((s) => definedTags(s.getAttribute('src') ? withImports(s.getAttribute('src')!) : s.text));
      if (doc.querySelector('figure.demo')) withDemo++;
      // Site chrome only: the theme switch, the search, copy buttons for links and citations, the
      // links-and-embeds panel, the live example on the bloggers' page, the settings converter and
      // the your-data tool (whose heavy code, like a demo's, loads only when it comes into view).
      else
        for (const tag of tags)
          expect(['theme-toggle', 'site-search', 'copy-buttons', 'link-panel', 'embed-preview', 'crosswalk-converter', 'yourdata-tool'], path).toContain(tag);
    }
    expect(withDemo).toBeGreaterThanOrEqual(6);
  });

  it('keeps redirect stubs free of scripts', () => {
    for (const path of pages.filter(isRedirectStub)) expect(page(path).querySelectorAll('script')).toHaveLength(0);
  });
});
