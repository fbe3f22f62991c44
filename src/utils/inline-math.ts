import { renderTex } from '../plugins/math';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain text with `$…$` formulas, as HTML: formulas rendered as MathML at build time, the rest escaped. */
export function inlineMathHtml(text: string): string {
  return text
    .split(/(\$[^$]+\$)/)
    .map((part) => (/^\$[^$]+\$$/.test(part) ? renderTex(part.slice(1, -1)) : escapeHtml(part)))
    .join('');
}
