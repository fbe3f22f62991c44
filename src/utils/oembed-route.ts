/** The oEmbed endpoint beside every term or article page (`/<lang>/<kind>/<slug>/oembed.json`): a `link` answer. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang, localizedPath, t } from '../i18n';
import { getArticles, getTerms, slugOf } from './content';
import { oembed, oembedResponse } from './oembed';

export function pageOembedRoute(kind: 'glossary' | 'articles'): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const entries = kind === 'glossary' ? getTerms : getArticles;
  return {
    getStaticPaths: async () => {
      const paths = [];
      for (const lang of LANGS) for (const e of await entries(lang)) paths.push({ params: { lang, slug: slugOf(e) }, props: { title: e.data.title } });
      return paths;
    },
    GET: ({ params, props, site }) => {
      const lang = params.lang as Lang;
      return oembedResponse(
        oembed({
          site: site!,
          title: (props as { title: string }).title,
          providerName: t(lang, 'site.name'),
          providerPath: localizedPath(lang),
          thumbnail: `/og/${lang}/${kind}/${params.slug}.png`,
        }),
      );
    },
  };
}
