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
    expect(result.output).toMatch(/fixture-term\.mdx:11:1: invalid TeX: .*Undefined control sequence: \\alpah/);
    expect(result.publishedHtml).toBe(false);
  });

  it('a link to a glossary term that does not exist, with its line', () => {
    const body = '段落です。\n\n[ドロップアウト](term:dropot)を使います。\n';
    const result = buildFixture({ [FILE]: termFile({}, body) });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fixture-term\.mdx:11:1: unknown glossary term "dropot"/);
    expect(result.publishedHtml).toBe(false);
  });

  it('a tag outside the vocabulary', () => {
    const result = buildFixture({ [FILE]: termFile({ tags: '[線形もでる]' }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${FILE}: tags: unknown tag "線形もでる"`);
    expect(result.publishedHtml).toBe(false);
  });

  it('a corrections entry for a page that does not exist', () => {
    const log = '- id: 2026-11-25-typo\n  date: 2026-11-25\n  page: glossary/dropot\n  ja: 直しました。\n  en: Fixed.\n';
    const result = buildFixture({ 'content/corrections.yaml': log });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/corrections.yaml: [0].page: "glossary/dropot" is not a page');
    expect(result.publishedHtml).toBe(false);
  });

  it('an empty required field', () => {
    const result = buildFixture({ [FILE]: termFile({ title: '""' }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('fixture-term.mdx');
    expect(result.output).toMatch(/title: must not be empty/);
    expect(result.publishedHtml).toBe(false);
  });

  it('an alias that collides with another term', () => {
    const result = buildFixture({ [FILE]: termFile({ aliases: '[ラッソ]' }) });
    expect(result.status).not.toBe(0);
    // Whichever file is read second is named first; the message names both.
    expect(result.output).toMatch(
      /(fixture-term|l1-regularization)\.mdx: aliases: "ラッソ" is already the title or an alias of content\/glossary\/ja\/(l1-regularization|fixture-term)\.mdx/,
    );
    expect(result.output).toContain('fixture-term.mdx');
    expect(result.publishedHtml).toBe(false);
  });

  it('a duplicate slug (a redirect that is already a term)', () => {
    const result = buildFixture({ [FILE]: termFile({ redirects: '[dropout]' }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${FILE}: redirects: "dropout" collides with the real term`);
    expect(result.publishedHtml).toBe(false);
  });

  it('a demo component that does not exist, with its line', () => {
    const result = buildFixture({ [FILE]: termFile({}, '段落です。\n\n<CoefficientPath model="lasso" />\n') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fixture-term\.mdx:11:1: unknown component <CoefficientPath>/);
    expect(result.publishedHtml).toBe(false);
  });

  it('an internal link to a missing page or anchor, with its line', () => {
    const body = '[記事](/ja/articles/no-such-article/) と [節](/ja/glossary/dropout/#no-such-section)\n';
    const result = buildFixture({ [FILE]: termFile({}, body) });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fixture-term\.mdx:9:1: link to a missing page "\/ja\/articles\/no-such-article\/"/);
    expect(result.output).toMatch(/fixture-term\.mdx:9:\d+: link to a missing anchor "#no-such-section" on \/ja\/glossary\/dropout\//);
    expect(result.publishedHtml).toBe(false);
  });

  it('an image without alt text, with its line', () => {
    const result = buildFixture({ [FILE]: termFile({}, '段落です。\n\n![](/favicon.svg)\n') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fixture-term\.mdx:11:1: image "\/favicon\.svg" has no alt text/);
    expect(result.publishedHtml).toBe(false);
  });
});
