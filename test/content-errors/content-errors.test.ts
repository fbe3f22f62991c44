import { describe, expect, it } from 'vitest';
import { buildFixture, termFile } from '../helpers/fixture-build';

// Each case builds the real site with one contributor mistake added, and expects the build to
// fail, to name the file and the field (or line), and to publish no HTML.
const FILE = 'content/glossary/ja/fixture-term.mdx';

describe('content errors fail the build and name the file', () => {
  it('a reading that is not hiragana', () => {
    const result = buildFixture({ [FILE]: termFile({ reading: 'シケン' }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('fixture-term.mdx');
    expect(result.output).toMatch(/reading: must be hiragana only/);
    expect(result.publishedHtml).toBe(false);
  });

  it('a missing summary', () => {
    const result = buildFixture({ [FILE]: termFile({ summary: undefined }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('fixture-term.mdx');
    expect(result.output).toMatch(/summary/);
    expect(result.publishedHtml).toBe(false);
  });

  it('an unknown related slug', () => {
    const result = buildFixture({ [FILE]: termFile({ related: '[dropot]' }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${FILE}: related: unknown slug "dropot"`);
    expect(result.publishedHtml).toBe(false);
  });

  it('invalid TeX, with the line of the formula', () => {
    const body = '段落です。\n\n$$\n\\frac{1}{2n} \\lVert y - Xw \\rVert_2^2 + \\alpah \\lVert w \\rVert_1\n$$\n';
    const result = buildFixture({ [FILE]: termFile({}, body) });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fixture-term\.mdx:10:1: invalid TeX: .*Undefined control sequence: \\alpah/);
    expect(result.publishedHtml).toBe(false);
  });
});
