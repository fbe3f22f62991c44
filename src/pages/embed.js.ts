import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../embed/embed.ts?raw';
import { LANGS, t } from '../i18n';

/**
 * `/embed.js`, the hover card for other sites: src/embed/embed.ts, minified at build time,
 * with its UI strings taken from src/i18n. A stable URL (no hash), so blogs can link it.
 */
export const GET: APIRoute = async () => {
  const strings = Object.fromEntries(
    LANGS.map((lang) => [lang, { more: t(lang, 'embed.more'), loading: t(lang, 'embed.loading'), close: t(lang, 'embed.close') }]),
  );
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    define: { __EMBED_STRINGS__: JSON.stringify(strings) },
  });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
