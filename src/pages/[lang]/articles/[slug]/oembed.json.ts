import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang, localizedPath, t } from '../../../../i18n';
import { getArticles, slugOf } from '../../../../utils/content';
import { oembed, oembedResponse } from '../../../../utils/oembed';

/** `/<lang>/articles/<slug>/oembed.json`: an article as an oEmbed `link` (utils/oembed.ts). */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) for (const e of await getArticles(lang)) paths.push({ params: { lang, slug: slugOf(e) }, props: { title: e.data.title } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const lang = params.lang as Lang;
  return oembedResponse(
    oembed({
      site: site!,
      title: (props as { title: string }).title,
      providerName: t(lang, 'site.name'),
      providerPath: localizedPath(lang),
      thumbnail: `/og/${lang}/articles/${params.slug}.png`,
    }),
  );
};
