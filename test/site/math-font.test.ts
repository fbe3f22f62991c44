import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCodePoints, type MathCharacter, mathCharacters, woff2Tables } from '../../scripts/math-font/glyphs';
import { builtPages, DIST, page } from '../helpers/dist';

// The maths font is a subset of STIX Two Math (scripts/make-math-font.mjs). A character that a
// formula needs and the subset lacks would be drawn by another font, or not at all.
const FULL_FONT = createRequire(import.meta.url).resolve('@fontsource/stix-two-math/files/stix-two-math-latin-400-normal.woff2');
const withMath = builtPages().filter((path) => page(path).querySelector('math') !== null);
const fontUrl = (path: string) =>
  page(path)
    .toString()
    .match(/url\((\/_astro\/stix-two-math-subset\.[\w-]+\.woff2)\)/)?.[1];

describe('the maths font', () => {
  it('is linked, as one file, by every page with maths, and keeps its MATH table', () => {
    expect(withMath.length).toBeGreaterThan(50);
    const urls = new Set(withMath.map(fontUrl));
    expect([...urls]).toHaveLength(1);
    expect([...urls][0]).toBeDefined();
    const font = readFileSync(join(DIST, [...urls][0]!));
    expect([...woff2Tables(font).keys()]).toContain('MATH');
    // Browsers take metrics and MATH constants from the first font of the list that holds the space.
    expect(fontCodePoints(font).has(0x20)).toBe(true);
  });

  it('holds every character that a formula draws (run `npm run fonts:math` after a build, then build again)', () => {
    const found = new Map<string, MathCharacter>();
    for (const path of withMath) mathCharacters(page(path), found);
    const subset = fontCodePoints(readFileSync(join(DIST, fontUrl(withMath[0]!)!)));
    const full = fontCodePoints(readFileSync(FULL_FONT));
    const describe = ([ch, at]: [string, MathCharacter]) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase()} in ${at.tex}`;
    // STIX Two Math lacks kana and kanji: those may only stand in \text{}, where the text font draws them.
    const missing = [...found].filter(([ch, at]) => !subset.has(ch.codePointAt(0)!) && (full.has(ch.codePointAt(0)!) || !at.onlyInText));
    expect(missing.map(describe)).toEqual([]);
    expect(found.size).toBeGreaterThan(100);
  });
});
