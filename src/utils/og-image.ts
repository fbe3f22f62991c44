import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

/** Open Graph card size (the size X, LINE, Slack and Facebook expect). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  /** Small line at the top: site name and section ("正則化ずかん · 用語集"). */
  kicker: string;
  title: string;
  reading?: string | undefined;
  summary: string;
  /** Bottom line, usually the host name. */
  footer: string;
}

const require = createRequire(import.meta.url);
/** Noto Sans JP from an npm package, so the build needs no system fonts. */
const FONT_FILES = ['400Regular/NotoSansJP_400Regular.ttf', '700Bold/NotoSansJP_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/noto-sans-jp/${f}`),
);
const FAMILY = 'Noto Sans JP';

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Width of a character in em: full-width for CJK and full-width forms, about half for the rest. */
const charWidth = (c: string) => (/[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c) ? 1 : /[A-Z0-9mw]/.test(c) ? 0.62 : /[ilj.,:;'’ ]/.test(c) ? 0.3 : 0.52);
/** Characters that must not begin a line (Japanese kinsoku, simplified). */
const NO_LINE_START = /^[、。，．）」』】〉》・ー！？：；,.)\]!?:;ぁぃぅぇぉっゃゅょァィゥェォッャュョ]$/;

/**
 * Breaks text into at most `maxLines` lines of `width` px at `size` px: between any two CJK
 * characters, at spaces for Latin words, never before closing punctuation; the last line ends in …
 */
export function wrapText(text: string, size: number, width: number, maxLines: number): string[] {
  const tokens = text.match(/[A-Za-z0-9][A-Za-z0-9.,:;!?'’()\-–/]*\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    const w = [...token].reduce((sum, c) => sum + charWidth(c), 0) * size;
    if (used + w > width && line.trim() !== '' && !NO_LINE_START.test(token)) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
      if (lines.length === maxLines) break;
    }
    if (line === '' && /^\s+$/.test(token)) continue;
    line += token;
    used += w;
  }
  if (lines.length < maxLines && line.trim() !== '') lines.push(line.trimEnd());
  else if (lines.length === maxLines && tokens.join('').trim() !== lines.join('').trim()) {
    lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/.$/u, '')}…`;
  }
  return lines;
}

/** The card as SVG (text drawn by resvg with Noto Sans JP). */
export function ogSvg(card: OgCard): string {
  const left = 88;
  const width = OG_WIDTH - left - 80;
  const titleSize = [...card.title].length > 14 ? 60 : 76;
  const title = wrapText(card.title, titleSize, width, 2);
  let y = 150;
  const parts: string[] = [];
  const text = (content: string, size: number, fill: string, weight = 400) => {
    parts.push(`<text x="${left}" y="${y}" font-family="${FAMILY}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`);
  };
  for (const line of title) {
    y += titleSize * 1.2;
    text(line, titleSize, '#1c1e22', 700);
  }
  if (card.reading) {
    y += 52;
    text(card.reading, 32, '#50555f');
  }
  y += 40;
  // Room for 4 summary lines below a one-line title, 3 otherwise.
  for (const line of wrapText(card.summary, 34, width, card.reading || title.length > 1 ? 3 : 4)) {
    y += 34 * 1.55;
    text(line, 34, '#30343a');
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fdfcfa"/>
<rect width="16" height="${OG_HEIGHT}" fill="#0a58a8"/>
<g transform="translate(${left} 56)"><rect width="44" height="44" rx="10" fill="#0a58a8"/><path d="M22 8 36 22 22 36 8 22z" fill="none" stroke="#fdfcfa" stroke-width="3.3"/><circle cx="22" cy="22" r="8.5" fill="none" stroke="#fdfcfa" stroke-width="3.3"/></g>
<text x="${left + 62}" y="${90}" font-family="${FAMILY}" font-size="30" font-weight="700" fill="#0a58a8">${escapeXml(card.kicker)}</text>
${parts.join('\n')}
<text x="${left}" y="${OG_HEIGHT - 52}" font-family="${FAMILY}" font-size="26" fill="#50555f">${escapeXml(card.footer)}</text>
</svg>`;
}

/** Renders the card to a 1200×630 PNG. */
export function ogPng(card: OgCard): Buffer {
  const resvg = new Resvg(ogSvg(card), { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FAMILY } });
  return resvg.render().asPng();
}
