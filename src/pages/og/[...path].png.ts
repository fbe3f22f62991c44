import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, t } from '../../i18n';
import { getArticles, getTerms, slugOf } from '../../utils/content';
import { type OgCard, ogPng } from '../../utils/og-image';

/**
 * Open Graph images, rendered at build time: `/og/ja/glossary/<slug>.png` per term,
 * `/og/ja/articles/<slug>.png` per article, and `/og/ja/site.png` for every other page.
 */
export const getStaticPaths = (async () => {
  const paths: { params: { path: string }; props: { card: Omit<OgCard, 'footer'> } }[] = [];
  for (const lang of LANGS) {
    const site = t(lang, 'site.name');
    paths.push({ params: { path: `${lang}/site` }, props: { card: { kicker: site, title: site, summary: t(lang, 'site.description') } } });
    // The scale benchmark (bench/scale.mjs) can leave out synthetic terms: OG_SKIP=<slug prefix>.
    const skip = process.env.OG_SKIP;
    for (const e of (await getTerms(lang)).filter((e) => !skip || !slugOf(e).startsWith(skip))) {
      const card = { kicker: `${site} · ${t(lang, 'nav.glossary')}`, title: e.data.title, reading: e.data.reading, summary: e.data.summary };
      paths.push({ params: { path: `${lang}/glossary/${slugOf(e)}` }, props: { card } });
    }
    for (const e of await getArticles(lang)) {
      const card = { kicker: `${site} · ${t(lang, 'nav.articles')}`, title: e.data.title, summary: e.data.description };
      paths.push({ params: { path: `${lang}/articles/${slugOf(e)}` }, props: { card } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { card } = props as { card: Omit<OgCard, 'footer'> };
  const png = ogPng({ ...card, footer: new URL('/', site).host });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
