import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LANGS, type Lang, localizedPath, t } from '../../../i18n';
import { getArticles, slugOf } from '../../../utils/content';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** RSS of the articles of one language: `/ja/articles/rss.xml`, `/en/articles/rss.xml`. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const articles = await getArticles(lang);
  return rss({
    title: `${t(lang, 'site.name')} · ${t(lang, 'articles.title')}`,
    description: t(lang, 'articles.lead'),
    site: new URL(localizedPath(lang), site),
    items: articles
      .toSorted((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.order - b.data.order)
      .map((a) => ({
        title: a.data.title,
        description: a.data.description,
        pubDate: a.data.published,
        link: localizedPath(lang, 'articles', slugOf(a)),
        categories: a.data.tags,
      })),
    customData: `<language>${lang}</language>`,
  });
};
