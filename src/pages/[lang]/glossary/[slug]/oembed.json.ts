import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang, localizedPath, t } from '../../../../i18n';
import { getTerms, slugOf } from '../../../../utils/content';
import { oembed, oembedResponse } from '../../../../utils/oembed';

/** `/<lang>/glossary/<slug>/oembed.json`: a term page as an oEmbed `link` (utils/oembed.ts). */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) for (const e of await getTerms(lang)) paths.push({ params: { lang, slug: slugOf(e) }, props: { title: e.data.title } });
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
      thumbnail: `/og/${lang}/glossary/${params.slug}.png`,
    }),
  );
};
