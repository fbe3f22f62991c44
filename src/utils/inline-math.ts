import katex from 'katex';
import { KATEX_OPTIONS } from '../plugins/math';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain text with `$…$` formulas, as HTML: formulas rendered by KaTeX at build time, the rest escaped. */
export function inlineMathHtml(text: string): string {
  return text
    .split(/(\$[^$]+\$)/)
    .map((part) => (/^\$[^$]+\$$/.test(part) ? katex.renderToString(part.slice(1, -1), KATEX_OPTIONS) : escapeHtml(part)))
    .join('');
}
