import { pageOembedRoute } from '../../../../utils/oembed-route';

/** `/<lang>/articles/<slug>/oembed.json`: an article as an oEmbed `link` (utils/oembed.ts). */
export const { getStaticPaths, GET } = pageOembedRoute('articles');
