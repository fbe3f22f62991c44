import { readFileSync } from 'node:fs';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { fontCodePoints, italicForm, mathCharacters, woff2Tables } from '../../scripts/math-font/glyphs';
import { rehypeMath, remarkTexCheck, renderTex } from '../../src/plugins/math';

/** The MathML of a formula without its TeX annotation. */
const mathml = (tex: string, display = false) => renderTex(tex, display).replace(/<annotation[\s\S]*<\/annotation>/, '');

describe('renderTex (Temml, MathML Core)', () => {
  it('writes MathML only, keeping the TeX as an annotation; display formulas are blocks', () => {
    const html = renderTex('x^2', true);
    expect(html).toMatch(/^<math display="block"[^>]*><semantics><msup><mi>x<\/mi><mn[^>]*>2<\/mn><\/msup>/);
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
    expect(html).not.toMatch(/katex|aria-hidden/);
  });

  it('writes bold and double-struck letters as Unicode mathematical letters, which Chromium draws (it ignores mathvariant="bold")', () => {
    expect(mathml('\\mathbf{1} + \\mathbb{E}')).toContain('<mn>𝟏</mn>');
    expect(mathml('\\mathbb{E}')).toContain('<mi>𝔼</mi>');
    expect(mathml('\\mathbf{1}')).not.toContain('mathvariant');
  });

  it('throws on invalid TeX with the first line of Temml’s message, and refuses Japanese outside \\text{}', () => {
    expect(() => renderTex('\\alpah')).toThrow(/^Unsupported function name: \\alpah at position 1$/);
    expect(() => renderTex('\\frac{1}')).toThrow(/Unexpected end of input/);
    expect(() => renderTex('重み')).toThrow(/Unicode text character "重" used in math mode/);
    expect(renderTex('\\text{重み}')).toContain('<mtext>重み</mtext>');
  });
});

describe('corrections to Temml’s MathML', () => {
  it('gives \\bigl( and \\bigr| no space of their own, and makes a sign after \\bigl( unary', () => {
    const html = mathml('\\bigl(-\\log p\\bigr)');
    expect(html.match(/<mo [^>]*minsize[^>]*>/g)?.every((mo) => /lspace="0em" rspace="0em"/.test(mo))).toBe(true);
    expect(html).toContain('<mo form="prefix">−</mo>');
    // After a closing bar the sign stays binary; after the opening one it is unary.
    expect(mathml('\\bigl\\lvert -a \\bigr\\rvert - b')).toMatch(/\|<\/mo><mo form="prefix">−<\/mo><mi>a<\/mi><mo[^>]*>\|<\/mo><mo>−<\/mo>/);
  });

  it('puts a thin space between a closing delimiter and an operator name, as TeX does', () => {
    expect(mathml('\\operatorname{sign}(z)\\max(a, 0)')).toContain('</mrow><mspace width="0.1667em"></mspace><mrow><mi>max</mi>');
    expect(mathml('\\lvert z\\rvert\\operatorname{sign}(z)')).toContain('</mrow><mspace width="0.1667em"></mspace><mi>sign</mi>');
    // Not after an ordinary letter, which Temml already spaces, and not before \mathrm{CV}, an ordinary.
    expect(mathml('a\\max(b)')).not.toContain('</mi><mspace width="0.1667em"></mspace><mspace');
    expect(mathml('(a)\\mathrm{CV}')).not.toContain('mspace');
  });

  it('drops the \\! before \\left(, which would make S and ( collide', () => {
    expect(mathml('S\\!\\left(w\\right)')).toBe(mathml('S\\left(w\\right)'));
    expect(mathml('a\\!b')).toContain('margin-left:-0.1667em');
  });

  it('writes a prime after its base instead of as a tiny superscript', () => {
    expect(mathml("g(x')")).toContain('<mrow><mi>x</mi><mo lspace="0em" rspace="0em">′</mo></mrow>');
    expect(mathml("x''")).toContain('<mi>x</mi><mo lspace="0em" rspace="0em">′</mo><mo lspace="0em" rspace="0em">′</mo>');
    expect(mathml("P'_\\lambda")).toContain('<msub><mrow><mi>P</mi><mo lspace="0em" rspace="0em">′</mo></mrow><mi>λ</mi></msub>');
    expect(mathml('x^2')).toContain('<msup>');
  });

  it('draws \\dots as a letter, so that 1, …, K is spaced by its commas only', () => {
    expect(mathml('1, \\dots, K')).toContain('<mi>…</mi>');
  });
});

describe('the Markdown plugins', () => {
  const process = (markdown: string, path = 'content/glossary/ja/x.mdx') => {
    const processor = unified().use(remarkParse).use(remarkMath).use(remarkTexCheck);
    const file = new VFile({ path: `${globalThis.process.cwd()}/${path}`, value: markdown });
    return processor.runSync(processor.parse(file), file);
  };

  it('remarkTexCheck names the file, line and column of every bad formula', () => {
    expect(() => process('段落です。\n\n$$\n\\alpah\n$$\n\n$\\frac{1}$ と $x$')).toThrow(
      /^content\/glossary\/ja\/x\.mdx:3:1: invalid TeX: Unsupported function name: \\alpah at position 1\ncontent\/glossary\/ja\/x\.mdx:7:1: invalid TeX: Unexpected end of input/,
    );
    expect(() => process('$x^2$ and $$y$$')).not.toThrow();
  });

  it('rehypeMath replaces remark-math’s placeholders, putting display formulas in a focusable scroll box', () => {
    const code = (display: boolean) => ({
      type: 'element' as const,
      tagName: 'code',
      properties: { className: ['language-math', display ? 'math-display' : 'math-inline'] },
      children: [{ type: 'text' as const, value: 'w_j' }],
    });
    const tree: HastRoot = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'a ' }, code(false)] },
        { type: 'element', tagName: 'pre', properties: {}, children: [code(true)] },
      ],
    };
    rehypeMath()(tree);
    const html = toHtml(tree);
    expect(html).toMatch(/^<p>a <math><semantics><msub><mi>w<\/mi><mi>j<\/mi><\/msub>/);
    expect(html).toMatch(/<div class="math-display" tabindex="0"><math display="block"/);
    expect(html).not.toMatch(/<code|<pre/);
  });
});

describe('the maths font’s glyph set (scripts/math-font/glyphs.ts)', () => {
  it('maps letters to the italic forms that browsers draw in a one-letter <mi>', () => {
    expect([...'azhAZαωΑΩ∂∇ϕϵ'].map(italicForm).join('')).toBe('𝑎𝑧ℎ𝐴𝑍𝛼𝜔𝛢𝛺𝜕𝛻𝜙𝜖');
    expect([...'1+‖λ'].map(italicForm).join('')).toBe('1+‖𝜆');
  });

  it('collects what formulas draw: text, italic letters, the radical of a root, not the annotation', () => {
    const found = mathCharacters(renderTex('\\sqrt{w} + \\operatorname{sign}(x) + \\text{重み}'));
    expect([...found.keys()].sort().join('')).toBe([...'√+()𝑤𝑥sign\u2061重み'].sort().join(''));
    expect(found.get('重')).toEqual({ tex: '\\sqrt{w} + \\operatorname{sign}(x) + \\text{重み}', onlyInText: true });
    expect(found.get('√')?.onlyInText).toBe(false);
  });

  it('reads a WOFF2 font: the committed subset keeps its MATH table and maps the characters of a typical formula', () => {
    const font = readFileSync('src/styles/fonts/stix-two-math-subset.woff2');
    expect([...woff2Tables(font).keys()]).toEqual(expect.arrayContaining(['cmap', 'MATH', 'glyf']));
    const points = fontCodePoints(font);
    for (const ch of mathCharacters(renderTex('\\min_{w}\\; \\frac{1}{2n}\\lVert y - Xw \\rVert_2^2 + \\lambda\\lVert w \\rVert_1')).keys()) {
      expect(points.has(ch.codePointAt(0)!), ch).toBe(true);
    }
    expect(points.has('重'.codePointAt(0)!)).toBe(false);
    expect(() => woff2Tables(Buffer.from('not a font'))).toThrow(RangeError);
  });
});
