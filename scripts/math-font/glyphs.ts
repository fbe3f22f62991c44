// What the maths font must hold: the characters that the site's formulas draw, and the characters
// that a WOFF2 font maps. Used by scripts/make-math-font.mjs and test/site/math-font.test.ts.
import { brotliDecompressSync } from 'node:zlib';
import { type HTMLElement, parse } from 'node-html-parser';

/**
 * The italic letter a browser draws for a single-letter `<mi>` (MathML Core's italic mapping,
 * `text-transform: math-auto`): a → 𝑎, h → ℎ, λ → 𝜆, ∂ → 𝜕. Other characters stay as they are.
 */
export function italicForm(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const to = (base: number, first: number) => String.fromCodePoint(base + cp - first);
  if (ch === 'h') return 'ℎ';
  if (cp >= 0x41 && cp <= 0x5a) return to(0x1d434, 0x41);
  if (cp >= 0x61 && cp <= 0x7a) return to(0x1d44e, 0x61);
  if (ch === 'ı') return '𝚤';
  if (ch === 'ȷ') return '𝚥';
  // Capitals Α–Ω (ϴ fills the gap at U+03A2), small α–ω, then ∇ and the variant letters.
  if (cp >= 0x391 && cp <= 0x3a9 && cp !== 0x3a2) return to(0x1d6e2, 0x391);
  if (ch === 'ϴ') return '𝛳';
  if (ch === '∇') return '𝛻';
  if (cp >= 0x3b1 && cp <= 0x3c9) return to(0x1d6fc, 0x3b1);
  const variants = '∂ϵϑϰϕϱϖ';
  return variants.includes(ch) ? String.fromCodePoint(0x1d715 + [...variants].indexOf(ch)) : ch;
}

/** Where a formula character was found: the TeX of one formula that draws it, and whether it only occurs in `\text{}`. */
export interface MathCharacter {
  tex: string;
  onlyInText: boolean;
}

/**
 * The characters that the formulas (`<math>`) in a page draw: their text without the TeX
 * annotation, the italic form of each one-letter `<mi>` that is not `mathvariant="normal"`, and √, which
 * `<msqrt>` and `<mroot>` draw from the font without having it in their text.
 */
export function mathCharacters(html: string | HTMLElement, found = new Map<string, MathCharacter>()): Map<string, MathCharacter> {
  for (const math of (typeof html === 'string' ? parse(html) : html).querySelectorAll('math')) {
    const tex = math.querySelector('annotation')?.text ?? math.text;
    const add = (ch: string, inText: boolean) => {
      if (/\s/u.test(ch)) return;
      found.set(ch, { tex: found.get(ch)?.tex ?? tex, onlyInText: inText && (found.get(ch)?.onlyInText ?? true) });
    };
    for (const node of math.querySelectorAll('*')) {
      if (node.closest('annotation')) continue;
      const inText = node.closest('mtext') !== null;
      const letters = [...node.text.trim()];
      // A one-letter <mi> is drawn in italic (w as 𝑤) unless its mathvariant is "normal"; the letter itself is not drawn.
      if (node.tagName === 'MI' && letters.length === 1 && node.getAttribute('mathvariant') !== 'normal') add(italicForm(letters[0]!), false);
      else for (const child of node.childNodes) if (child.nodeType === 3) for (const ch of child.text) add(ch, inText);
    }
    if (math.querySelector('msqrt, mroot')) add('√', false);
  }
  return found;
}

// WOFF2 (https://www.w3.org/TR/WOFF2/): a table directory, then every table in one Brotli stream.
const KNOWN_TAGS =
  'cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill'
    .match(/.{4} ?/g)!
    .map((t) => t.slice(0, 4));

/** The tables of a WOFF2 font, uncompressed (glyf, loca and a transformed hmtx stay transformed). */
export function woff2Tables(font: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(font);
  if (buf.toString('latin1', 0, 4) !== 'wOF2') throw new RangeError('not a WOFF2 font');
  let at = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = buf[at++]!;
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new RangeError('bad UIntBase128 in the WOFF2 table directory');
  };
  const entries: { tag: string; length: number }[] = [];
  for (let i = buf.readUInt16BE(12); i > 0; i--) {
    const flags = buf[at++]!;
    const tag = (flags & 0x3f) === 0x3f ? buf.toString('latin1', at, (at += 4)) : KNOWN_TAGS[flags & 0x3f]!;
    const version = flags >> 6;
    const origLength = base128();
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
    entries.push({ tag, length: transformed ? base128() : origLength });
  }
  const data = brotliDecompressSync(buf.subarray(at, at + buf.readUInt32BE(20)));
  const tables = new Map<string, Buffer>();
  let offset = 0;
  for (const { tag, length } of entries) tables.set(tag, data.subarray(offset, (offset += length)));
  return tables;
}

/** The code points that a WOFF2 font's cmap lists (formats 4 and 12). */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const cmap = woff2Tables(font).get('cmap');
  if (!cmap) throw new RangeError('the font has no cmap table');
  const points = new Set<number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const sub = cmap.readUInt32BE(8 + 8 * i);
    const format = cmap.readUInt16BE(sub);
    if (format === 12) {
      for (let g = 0; g < cmap.readUInt32BE(sub + 12); g++) {
        const start = cmap.readUInt32BE(sub + 16 + 12 * g);
        for (let c = start; c <= cmap.readUInt32BE(sub + 20 + 12 * g); c++) points.add(c);
      }
    } else if (format === 4) {
      const segments = cmap.readUInt16BE(sub + 6) / 2;
      for (let k = 0; k < segments; k++) {
        const end = cmap.readUInt16BE(sub + 14 + 2 * k);
        const start = cmap.readUInt16BE(sub + 16 + 2 * segments + 2 * k);
        for (let c = start; c <= end && c !== 0xffff; c++) points.add(c);
      }
    }
  }
  return points;
}
