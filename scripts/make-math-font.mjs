#!/usr/bin/env node
// `npm run fonts:math` (after `npm run build -- --local`): writes the maths font, a subset of STIX Two
// Math that keeps its MATH table (stretchy delimiters, radicals, big operators), to
// src/styles/fonts/stix-two-math-subset.woff2. It holds exactly the characters that the formulas of
// the built site draw (each letter in the form the browser draws it: w as 𝑤). test/site/math-font.test.ts
// fails when a formula needs a character the subset lacks: run this script, then build again.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { fontCodePoints, mathCharacters, woff2Tables } from './math-font/glyphs.ts';

const SOURCE = createRequire(import.meta.url).resolve('@fontsource/stix-two-math/files/stix-two-math-latin-400-normal.woff2');
const TARGET = 'src/styles/fonts/stix-two-math-subset.woff2';
/** Name records kept: family and version (0–6), and the licence (13, 14), which the OFL asks every copy to carry. */
const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14];

const pages = readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('.html'));
if (pages.length === 0) {
  console.error('dist/ has no pages: run `npm run build -- --local` first.');
  process.exit(1);
}
const found = new Map();
for (const file of pages) mathCharacters(readFileSync(join('dist', String(file)), 'utf8'), found);

// A character that STIX Two Math lacks is fine in \text{} (the text font draws it: Japanese), never elsewhere.
const source = readFileSync(SOURCE);
const available = fontCodePoints(source);
// The space too: a browser takes a font's metrics and MATH constants (fraction rules, script shifts) from
// the first font of the family list that holds U+0020, so a subset without it would defer to another font.
const needed = [' ', ...[...found.keys()].filter((ch) => available.has(ch.codePointAt(0)))];
const unavailable = [...found].filter(([ch]) => !available.has(ch.codePointAt(0)));
const show = ([ch, { tex }]) => `  ${ch} (U+${ch.codePointAt(0).toString(16).toUpperCase()}) in ${tex}`;
if (unavailable.some(([, at]) => !at.onlyInText)) {
  console.error(
    `STIX Two Math has no glyph for these characters outside \\text{}:\n${unavailable
      .filter(([, at]) => !at.onlyInText)
      .map(show)
      .join('\n')}`,
  );
  process.exit(1);
}
if (unavailable.length > 0) console.log(`Drawn by the text font, in \\text{}:\n${unavailable.map(show).join('\n')}`);
const subset = await subsetFont(source, needed.join(''), { targetFormat: 'woff2', preserveNameIds: NAME_IDS });
if (!woff2Tables(subset).has('MATH')) throw new Error('the subset lost its MATH table');
writeFileSync(TARGET, subset);
console.log(
  `${TARGET}: ${(subset.length / 1024).toFixed(1)} KB, ${fontCodePoints(subset).size} characters, the ones that the formulas of ${pages.length} pages draw.`,
);
