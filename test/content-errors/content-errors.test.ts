import { describe, expect, it } from 'vitest';
import { buildFixture, termFile } from '../helpers/fixture-build';

// Each case builds the real site with a contributor mistake added (one, or for the checks across
// files several, which a contributor sees in one report), and expects the build to fail, to name
// the file and the field (or line), and to publish no HTML.
const FILE = 'content/glossary/ja/fixture-term.mdx';

// Two builds at a time (the CI machine has two cores).
describe.concurrent('content errors fail the build and name the file', () => {
  it('a reading that is not hiragana', async () => {
    const result = await buildFixture({ [FILE]: termFile({ reading: 'シケン' }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('fixture-term.mdx');
    expect(result.output).toMatch(/reading: must be hiragana only/);
    expect(result.publishedHtml).toBe(false);
  });

  it('a missing summary', async () => {
    const result = await buildFixture({ [FILE]: termFile({ summary: undefined }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('fixture-term.mdx');
    expect(result.output).toMatch(/summary/);
    expect(result.publishedHtml).toBe(false);
  });

  it('mistakes that span files (related, tags, aliases, redirects) and a ja term without a reading are reported together, each with its file and field', async () => {
    const file = (name: string) => `content/glossary/ja/${name}.mdx`;
    const result = await buildFixture({
      [file('fixture-related')]: termFile({ title: '試験用語一', reading: 'しけんようごいち', related: '[dropot]' }),
      [file('fixture-tags')]: termFile({ title: '試験用語二', reading: 'しけんようごに', tags: '[線形もでる]' }),
      [file('fixture-alias')]: termFile({ title: '試験用語三', reading: 'しけんようごさん', aliases: '[ラッソ]' }),
      [file('fixture-redirect')]: termFile({ title: '試験用語四', reading: 'しけんようごよん', redirects: '[dropout]' }),
      [file('fixture-no-reading')]: termFile({ title: '試験用語五', reading: undefined }),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${file('fixture-related')}: related: unknown slug "dropot"`);
    expect(result.output).toContain(`${file('fixture-tags')}: tags: unknown tag "線形もでる"`);
    // Whichever file is read second is named first; the message names both.
    expect(result.output).toMatch(
      /(fixture-alias|l1-regularization)\.mdx: aliases: "ラッソ" is already the title or an alias of content\/glossary\/ja\/(l1-regularization|fixture-alias)\.mdx/,
    );
    expect(result.output).toContain(`${file('fixture-redirect')}: redirects: "dropout" collides with the real term`);
    expect(result.output).toContain(`${file('fixture-no-reading')}: reading: required for a Japanese term`);
    expect(result.publishedHtml).toBe(false);
  });

  it('invalid TeX, with the line of the formula', async () => {
    const body = '段落です。\n\n$$\n\\frac{1}{2n} \\lVert y - Xw \\rVert_2^2 + \\alpah \\lVert w \\rVert_1\n$$\n';
    const result = await buildFixture({ [FILE]: termFile({}, body) });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fixture-term\.mdx:11:1: invalid TeX: Unsupported function name: \\alpah/);
    expect(result.publishedHtml).toBe(false);
  });

  it('a link to a glossary term that does not exist, with its line', async () => {
    const body = '段落です。\n\n[ドロップアウト](term:dropot)を使います。\n';
    const result = await buildFixture({ [FILE]: termFile({}, body) });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fixture-term\.mdx:11:1: unknown glossary term "dropot"/);
    expect(result.publishedHtml).toBe(false);
  });

  it('a corrections entry for a page that does not exist', async () => {
    const log = '- id: 2026-11-25-typo\n  date: 2026-11-25\n  page: glossary/dropot\n  ja: 直しました。\n  en: Fixed.\n';
    const result = await buildFixture({ 'content/corrections.yaml': log });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/corrections.yaml: [0].page: "glossary/dropot" is not a page');
    expect(result.publishedHtml).toBe(false);
  });

  it('an empty required field', async () => {
    const result = await buildFixture({ [FILE]: termFile({ title: '""' }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('fixture-term.mdx');
    expect(result.output).toMatch(/title: must not be empty/);
    expect(result.publishedHtml).toBe(false);
  });

  it('a demo component that does not exist, with its line', async () => {
    const result = await buildFixture({ [FILE]: termFile({}, '段落です。\n\n<CoefficientPath model="lasso" />\n') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fixture-term\.mdx:11:1: unknown component <CoefficientPath>/);
    expect(result.publishedHtml).toBe(false);
  });

  it('an internal link to a missing page or anchor, with its line', async () => {
    const body = '[記事](/ja/articles/no-such-article/) と [節](/ja/glossary/dropout/#no-such-section)\n';
    const result = await buildFixture({ [FILE]: termFile({}, body) });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fixture-term\.mdx:9:1: link to a missing page "\/ja\/articles\/no-such-article\/"/);
    expect(result.output).toMatch(/fixture-term\.mdx:9:\d+: link to a missing anchor "#no-such-section" on \/ja\/glossary\/dropout\//);
    expect(result.publishedHtml).toBe(false);
  });

  it('an image without alt text, with its line', async () => {
    const result = await buildFixture({ [FILE]: termFile({}, '段落です。\n\n![](/favicon.svg)\n') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fixture-term\.mdx:11:1: image "\/favicon\.svg" has no alt text/);
    expect(result.publishedHtml).toBe(false);
  });
});
