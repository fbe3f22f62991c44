// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkMath from 'remark-math';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { remarkTermLinks } from './src/plugins/remark-term-links.ts';
import { remarkContentChecks } from './src/plugins/remark-content-checks.ts';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links.ts';
import { rehypeFocusableCode } from './src/plugins/rehype-focusable-code.ts';
import { frameHeaders } from './src/plugins/frame-headers.ts';
import { LOCAL_ORIGIN, siteUrl } from './src/plugins/site-url.ts';
import { rehypeMath, remarkTexCheck } from './src/plugins/math.ts';

/** Redirect slugs declared in the ja glossary files: their stub pages stay out of the sitemap. */
function redirectSlugs() {
  const dir = new URL('./content/glossary/ja/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => parseFrontmatter(readFileSync(new URL(f, dir), 'utf8')).frontmatter.redirects ?? []);
}
const redirectPaths = new Set(redirectSlugs().flatMap((slug) => ['ja', 'en'].map((l) => `/${l}/glossary/${slug}/`)));

export default defineConfig({
  // The origin of canonical, Open Graph, sitemap and JSON URLs (SPEC: set by SITE); siteUrl() sets it
  // and fails a production build without SITE (src/plugins/site-url.ts).
  site: LOCAL_ORIGIN,
  trailingSlash: 'always',
  // Styles inline in each page: no render-blocking stylesheet request before the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    siteUrl(),
    mdx(),
    frameHeaders(),
    sitemap({
      i18n: { defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' } },
      // Redirect stubs carry noindex and stay out of the sitemap, as does the root stub.
      filter: (page) => {
        const path = new URL(page).pathname;
        return path !== '/' && !path.startsWith('/404') && !redirectPaths.has(path);
      },
    }),
  ],
  vite: {
    build: {
      // Fonts (the maths font) stay files, loaded only by pages with maths, and allowed by font-src 'self'.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks MDX modules with this directive on purpose; Rolldown's warning about it is noise.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // Content-Security-Policy as a meta tag (SPEC): Astro hashes its scripts and styles; no
  // 'unsafe-inline' for scripts. KaTeX positions glyphs with style attributes, Pagefind runs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  markdown: {
    // Code blocks keep the site's own colours: Shiki's themes fail WCAG contrast for some tokens.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkMath, remarkTexCheck, remarkHeadingIds, remarkContentChecks, remarkTermLinks],
      rehypePlugins: [rehypeMath, rehypeHeadingLinks, rehypeFocusableCode],
    }),
  },
});
