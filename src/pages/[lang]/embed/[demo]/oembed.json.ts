import type { APIRoute, GetStaticPaths } from 'astro';
import { demoTitle } from '../../../../demos/components';
import { DEMO_NAMES, type DemoName, demoEntry } from '../../../../demos/registry';
import { LANGS, type Lang, localizedPath, t } from '../../../../i18n';
import { oembed, oembedResponse } from '../../../../utils/oembed';

/**
 * `/<lang>/embed/<demo>/oembed.json`: a demo's embed page as an oEmbed `rich` answer, the iframe
 * at the registry's height; its thumbnail is the Open Graph image of the demo's home term.
 */
export const getStaticPaths = (() => LANGS.flatMap((lang) => DEMO_NAMES.map((demo) => ({ params: { lang, demo } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const lang = params.lang as Lang;
  const name = params.demo as DemoName;
  const { term, height } = demoEntry(name);
  return oembedResponse(
    oembed({
      site: site!,
      title: demoTitle(name, lang),
      providerName: t(lang, 'site.name'),
      providerPath: localizedPath(lang),
      thumbnail: `/og/${lang}/glossary/${term}.png`,
      embed: { path: localizedPath(lang, 'embed', name), height },
    }),
  );
};
