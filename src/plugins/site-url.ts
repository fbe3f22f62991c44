/**
 * The origin written into canonical, og:url, hreflang, og:image, the sitemap, oEmbed and JSON URLs.
 * A production build must be told it (`SITE`); only a local preview build may fall back to
 * LOCAL_ORIGIN, and it has to say so (`LOCAL_PREVIEW=1`, which `npm run build -- --local`,
 * `npm start` and `npm test` set).
 */
import type { AstroIntegration } from 'astro';

export const LOCAL_ORIGIN = 'http://localhost:4321';

export interface SiteEnv {
  SITE?: string | undefined;
  LOCAL_PREVIEW?: string | undefined;
}

type Command = 'dev' | 'build' | 'preview' | 'sync';

const HOW =
  'Set SITE to the public origin, e.g.  SITE=https://example.org npm run build\n' +
  'For a local preview build only, run  npm run build -- --local  (or set LOCAL_PREVIEW=1).';

/** The site's origin for one Astro command; throws with what to set when a build has none. */
export function resolveSite(env: SiteEnv, command: Command): string {
  const raw = env.SITE?.trim();
  if (!raw) {
    if (command !== 'build' || env.LOCAL_PREVIEW === '1') return LOCAL_ORIGIN;
    throw new Error(`SITE is not set: a production build would write ${LOCAL_ORIGIN} into canonical, og:url, hreflang and og:image.\n${HOW}`);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE="${raw}" is not a URL. ${HOW}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE="${raw}" must be an http(s) origin without a path (the site is served from the root), e.g. https://example.org`);
  }
  return url.origin;
}

/** Sets `site` from the environment before any other integration reads it. */
export function siteUrl(env: SiteEnv = process.env): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ site: resolveSite(env, command) });
      },
    },
  };
}
