import { type Lang, isoDate, localizedPath, t } from '../i18n';
import { FEED_VERSION, type GlossaryFeed } from '../schemas/glossary-feed';
import { siteConfig } from '../site.config';
import { getTerms, slugOf } from './content';

/** The glossary feed of one language, with absolute URLs on `site`. */
export async function glossaryFeed(lang: Lang, site: URL): Promise<GlossaryFeed> {
  const terms = await getTerms(lang);
  // Redirects are declared in the ja files and apply to both languages.
  const jaRedirects = new Map((await getTerms('ja')).map((e) => [slugOf(e), e.data.redirects]));
  return {
    version: FEED_VERSION,
    lang,
    license: {
      spdx: 'CC-BY-4.0',
      name: siteConfig.contentLicense.name,
      url: lang === 'ja' ? siteConfig.contentLicense.url : siteConfig.contentLicense.urlEn,
      attribution: `${t(lang, 'site.name')} (${new URL('/', site).href})`,
    },
    terms: terms.map((e) => ({
      slug: slugOf(e),
      title: e.data.title,
      ...(e.data.reading ? { reading: e.data.reading } : {}),
      summary: e.data.summary,
      url: new URL(localizedPath(lang, 'glossary', slugOf(e)), site).href,
      tags: e.data.tags,
      aliases: e.data.aliases,
      redirects: jaRedirects.get(slugOf(e)) ?? [],
      updated: isoDate(e.data.updated),
    })),
  };
}

export const jsonResponse = (body: unknown) =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
