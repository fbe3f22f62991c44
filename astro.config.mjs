// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { remarkTermLinks } from './src/plugins/remark-term-links.ts';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links.ts';
import { rehypeFocusableCode } from './src/plugins/rehype-focusable-code.ts';
import { KATEX_OPTIONS, rehypeMathScroll, remarkKatexCheck } from './src/plugins/math.ts';

// The origin used in canonical, Open Graph, sitemap and JSON URLs (SPEC: set by SITE).
const site = process.env.SITE ?? 'http://localhost:4321';

/** Redirect slugs declared in the ja glossary files: their stub pages stay out of the sitemap. */
function redirectSlugs() {
  const dir = new URL('./content/glossary/ja/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => parseFrontmatter(readFileSync(new URL(f, dir), 'utf8')).frontmatter.redirects ?? []);
}
const redirectPaths = new Set(redirectSlugs().flatMap((slug) => ['ja', 'en'].map((l) => `/${l}/glossary/${slug}/`)));

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
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
      rolldownOptions: {
        // Astro marks MDX modules with this directive on purpose; Rolldown's warning about it is noise.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  markdown: {
    // Code blocks keep the site's own colours: Shiki's themes fail WCAG contrast for some tokens.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkMath, remarkKatexCheck, remarkHeadingIds, remarkTermLinks],
      rehypePlugins: [[rehypeKatex, KATEX_OPTIONS], rehypeMathScroll, rehypeHeadingLinks, rehypeFocusableCode],
    }),
  },
});
