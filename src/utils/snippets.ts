/**
 * What a blogger pastes, per platform: the bare URL (Qiita, note turn it into a card), Zenn's
 * `@[card](URL)`, Hatena's `[URL:embed:cite]`, a Markdown link, an HTML link, and for demos an
 * iframe with a few lines that follow the height the embedded page reports. Pure: built into the
 * page and rebuilt in the browser when a demo's state changes.
 */
export type SnippetKey = 'url' | 'zenn' | 'hatena' | 'markdown' | 'html' | 'iframe';
export const SNIPPET_KEYS: readonly SnippetKey[] = ['url', 'zenn', 'hatena', 'markdown', 'html', 'iframe'];

/** The message an embed page posts to its parent. */
export const HEIGHT_MESSAGE = 'seisokuka:height';
/** A parent whose listener started late asks the embed page to report its height again. */
export const HEIGHT_REQUEST = 'seisokuka:height?';

export interface SnippetInput {
  url: string;
  title: string;
  /** A demo's embed page and its starting height; without it there is no iframe snippet. */
  embed?: { src: string; height: number } | undefined;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeMarkdown = (s: string) => s.replace(/([[\]\\])/g, '\\$1');

/** The listener that resizes our iframes on the blog's page: only messages from our origin, only the frame that sent it. */
export function heightListener(origin: string): string {
  return (
    `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!=="${HEIGHT_MESSAGE}")return;` +
    `document.querySelectorAll("iframe[data-seisokuka-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(e.data.height)+"px"})});</script>`
  );
}

export function iframeHtml(src: string, title: string, height: number): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy" data-seisokuka-embed></iframe>`;
}

/** What a blog pastes for a live demo: the iframe and the listener that follows its height. */
export function iframeSnippet(src: string, title: string, height: number): string {
  return `${iframeHtml(src, title, height)}\n${heightListener(new URL(src).origin)}`;
}

export function snippets({ url, title, embed }: SnippetInput): { key: SnippetKey; text: string }[] {
  const list: { key: SnippetKey; text: string }[] = [
    { key: 'url', text: url },
    { key: 'zenn', text: `@[card](${url})` },
    { key: 'hatena', text: `[${url}:embed:cite]` },
    { key: 'markdown', text: `[${escapeMarkdown(title)}](${url})` },
    { key: 'html', text: `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>` },
  ];
  if (embed) list.push({ key: 'iframe', text: iframeSnippet(embed.src, title, embed.height) });
  return list;
}
