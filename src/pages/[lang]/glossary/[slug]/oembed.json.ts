import { pageOembedRoute } from '../../../../utils/oembed-route';

/** `/<lang>/glossary/<slug>/oembed.json`: a term page as an oEmbed `link` (utils/oembed.ts). */
export const { getStaticPaths, GET } = pageOembedRoute('glossary');
