/**
 * oEmbed 1.0 (https://oembed.com/), as static JSON beside each page: `/ja/glossary/<slug>/oembed.json`,
 * `/ja/articles/<slug>/oembed.json`, `/ja/embed/<demo>/oembed.json`. A page announces its file with
 * `<link rel="alternate" type="application/json+oembed">` (components/Head.astro). Terms and articles
 * are `link`s (the consumer draws its own card); a demo's embed page is `rich`: the iframe of
 * utils/snippets.ts. Pure: the endpoints and the tests build the same objects.
 */
import { iframeHtml } from './snippets';

/** The file name beside every page that has one. */
export const OEMBED_FILE = 'oembed.json';
/** How long a consumer may cache an answer, in seconds (oEmbed `cache_age`): one day. */
export const OEMBED_CACHE_AGE = 86_400;
/** The width a rich embed asks for (the iframe itself is `width="100%"`); the registry's heights are measured up to it. */
export const OEMBED_WIDTH = 800;
/** Open Graph images are 1200×630 (utils/og-image.ts). */
export const THUMBNAIL = { width: 1200, height: 630 } as const;

/** The oEmbed file of a page, by the page's site path (`/ja/glossary/dropout/` → `/ja/glossary/dropout/oembed.json`). */
export function oembedPath(pagePath: string): string {
  if (!pagePath.startsWith('/') || !pagePath.endsWith('/')) throw new Error(`oembedPath: "${pagePath}" is not a page path (/…/)`);
  return `${pagePath}${OEMBED_FILE}`;
}

interface Common {
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}
export type LinkOEmbed = Common & { type: 'link' };
export type RichOEmbed = Common & { type: 'rich'; html: string; width: number; height: number };
export type OEmbed = LinkOEmbed | RichOEmbed;

export interface OEmbedInput {
  /** The site's origin (Astro.site); every URL in the answer is absolute on it. */
  site: URL | string;
  title: string;
  /** The site's name in the page's language. */
  providerName: string;
  /** The site's home in the page's language (site path, `/ja/`). */
  providerPath: string;
  /** The page's Open Graph image (site path). */
  thumbnail: string;
  /** A demo's embed page (site path) and its starting height: the answer is `rich`. */
  embed?: { path: string; height: number } | undefined;
}

export function oembed({ site, title, providerName, providerPath, thumbnail, embed }: OEmbedInput): OEmbed {
  const common: Omit<Common, 'version'> = {
    title,
    provider_name: providerName,
    provider_url: new URL(providerPath, site).href,
    thumbnail_url: new URL(thumbnail, site).href,
    thumbnail_width: THUMBNAIL.width,
    thumbnail_height: THUMBNAIL.height,
    cache_age: OEMBED_CACHE_AGE,
  };
  // `version` and `type` first, as the spec lists them.
  if (!embed) return { version: '1.0', type: 'link', ...common };
  const html = iframeHtml(new URL(embed.path, site).href, title, embed.height);
  return { version: '1.0', type: 'rich', ...common, html, width: OEMBED_WIDTH, height: embed.height };
}

/** The endpoint's answer: the JSON, as a static file. */
export const oembedResponse = (body: OEmbed) =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
