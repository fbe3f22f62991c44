import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, resolveSite } from '../../src/plugins/site-url';
import { DIST, builtPages, isRedirectStub, page } from '../helpers/dist';

// The origin the build was configured with: SITE, or the local preview origin (npm test builds with --local).
const configured = process.env.SITE ? resolveSite(process.env, 'build') : LOCAL_ORIGIN;

describe('built site: absolute URLs use the configured SITE', () => {
  it('writes that origin into canonical, og:url, og:image and hreflang of every page', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const path of builtPages()) {
      if (path === '/' || path.startsWith('/404') || isRedirectStub(path)) continue;
      const head = page(path);
      const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, path).toBe(`${configured}${path}`);
      const urls = [
        canonical,
        head.querySelector('meta[property="og:url"]')?.getAttribute('content'),
        head.querySelector('meta[property="og:image"]')?.getAttribute('content'),
        ...head.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('href')),
      ];
      for (const url of urls) {
        checked++;
        if (!url || new URL(url).origin !== configured) wrong.push(`${path}: ${url}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('uses it in the sitemap and the glossary feeds', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(50);
    expect(locs.filter((u) => !u.startsWith(`${configured}/`))).toEqual([]);
    for (const feed of ['glossary.json', 'en/glossary.json']) {
      const { terms } = JSON.parse(readFileSync(join(DIST, feed), 'utf8')) as { terms: { url: string }[] };
      expect(
        terms.filter((t) => !t.url.startsWith(`${configured}/`)),
        feed,
      ).toEqual([]);
    }
  });
});
