import { parseFrontmatter } from '@astrojs/markdown-remark';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/articles';
import { glossarySchema } from '../../src/schemas/glossary';

// `npm run new` (scripts/new.mjs, issue 7), run against a throw-away copy of content/.
const SCRIPT = new URL('../../scripts/new.mjs', import.meta.url).pathname;
const CONTENT = new URL('../../content/', import.meta.url).pathname;
let root = '';

const run = (...args: string[]) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [SCRIPT, '--root', root, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
};
const read = (...path: string[]) => {
  const text = readFileSync(join(root, 'content', ...path), 'utf8');
  const { frontmatter, content } = parseFrontmatter(text);
  return { text, frontmatter: frontmatter as Record<string, unknown>, body: content };
};
/** "field: message" for each schema issue, in order. */
const issues = (schema: typeof glossarySchema | typeof articleSchema, data: unknown) =>
  schema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
const files = (kind: string, lang: string) => readdirSync(join(root, 'content', kind, lang)).sort();

const refs = (n: number) => Array.from({ length: n }, (_, k) => ({ authors: 'Hastie, T.', title: `Book ${k}`, year: 2009, section: `§${k + 1}` }));
/** A YAML date (parsed as UTC midnight) within a day of now: the scaffold writes today's local date. */
const isToday = (value: unknown) => value instanceof Date && Math.abs(value.getTime() - Date.now()) < 36 * 3600_000;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scaffold-'));
  cpSync(CONTENT, join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new -- term <slug>', () => {
  it('creates the ja and en files with every field and section, and names them', () => {
    const { status, stdout } = run('term', 'example-term');
    expect(status).toBe(0);
    expect(stdout).toContain('content/glossary/ja/example-term.mdx');
    expect(stdout).toContain('content/glossary/en/example-term.mdx');
    expect(stdout).toMatch(/npm run build/);
    expect(stdout).toMatch(/npm test/);

    const ja = read('glossary', 'ja', 'example-term.mdx');
    expect(Object.keys(ja.frontmatter)).toEqual(['title', 'reading', 'summary', 'tags', 'related', 'aliases', 'redirects', 'references', 'updated']);
    const en = read('glossary', 'en', 'example-term.mdx');
    expect(Object.keys(en.frontmatter)).toEqual(['title', 'summary', 'tags', 'related', 'aliases', 'references', 'updated']);
    for (const { frontmatter, text } of [ja, en]) {
      expect(text).toMatch(/^updated: \d{4}-\d{2}-\d{2}$/m);
      expect(isToday(frontmatter.updated)).toBe(true);
    }

    const jaHeadings = [
      '## 直感的な説明 [#intuition]',
      '## 数式 [#math]',
      '## 更新式 [#update-rule]',
      '## いつ使うか [#when-to-use]',
      '## よくある誤解 [#misconceptions]',
    ];
    const enHeadings = [
      '## Intuition [#intuition]',
      '## The maths [#math]',
      '## Update rule [#update-rule]',
      '## When to use it [#when-to-use]',
      '## Common misconceptions [#misconceptions]',
    ];
    for (const [body, headings] of [
      [ja.body, jaHeadings],
      [en.body, enHeadings],
    ] as const) {
      expect(body.match(/^## .*$/gm)).toEqual(headings);
      // Each section carries a one-line MDX comment hint.
      expect(body.match(/^\{\/\* TODO: .+ \*\/\}$/gm)).toHaveLength(5);
    }
  });

  it('writes frontmatter that fails the schema at the TODO fields until they are filled in', () => {
    const ja = read('glossary', 'ja', 'example-term.mdx').frontmatter;
    const en = read('glossary', 'en', 'example-term.mdx').frontmatter;
    const jaIssues = issues(glossarySchema, ja);
    expect(jaIssues.map((i) => i.split(':')[0])).toEqual(['title', 'reading', 'summary', 'references']);
    expect(jaIssues.join('\n')).toMatch(/reading: must be hiragana only/);
    expect(jaIssues.join('\n')).toMatch(/summary: must be one sentence/);
    expect(jaIssues.join('\n')).toMatch(/references: must list at least 2 sources/);
    expect(issues(glossarySchema, en).map((i) => i.split(':')[0])).toEqual(['title', 'summary', 'references']);

    const filled = { title: '例の用語', reading: 'れいのようご', summary: '例として書いた用語の一文の定義です。', references: refs(2) };
    expect(issues(glossarySchema, { ...ja, ...filled })).toEqual([]);
    expect(issues(glossarySchema, { ...en, title: 'Example term', summary: 'A one-sentence definition of the example.', references: refs(2) })).toEqual([]);
  });

  it.each([
    ['a term', 'dropout', /"dropout" is taken: content\/glossary\/ja\/dropout\.mdx exists/],
    ['a redirect', 'lasso', /"lasso" is taken: it redirects to l1-regularization/],
    ['a term it just created', 'example-term', /"example-term" is taken/],
  ])('refuses a slug that is %s (%s)', (_label, slug, message) => {
    const before = files('glossary', 'ja');
    const { status, stdout, stderr } = run('term', slug);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(files('glossary', 'ja')).toEqual(before);
  });

  it('refuses a slug found in only one language', () => {
    rmSync(join(root, 'content/glossary/ja/example-term.mdx'));
    const { status, stderr } = run('term', 'example-term');
    expect(status).toBe(1);
    expect(stderr).toMatch(/content\/glossary\/en\/example-term\.mdx exists/);
  });
});

describe('npm run new -- article <slug>', () => {
  it("creates both files with every field, today's dates, the next free order and a demo hint", () => {
    const orders = ['ja', 'en'].flatMap((lang) => files('articles', lang).map((f) => Number(read('articles', lang, f).frontmatter.order ?? 0)));
    const { status, stdout } = run('article', 'example-article');
    expect(status).toBe(0);
    expect(stdout).toContain('content/articles/ja/example-article.mdx');
    for (const lang of ['ja', 'en']) {
      const { frontmatter, body } = read('articles', lang, 'example-article.mdx');
      expect(Object.keys(frontmatter)).toEqual(['title', 'description', 'tags', 'related', 'references', 'published', 'updated', 'order']);
      expect(isToday(frontmatter.published)).toBe(true);
      expect(frontmatter.updated).toEqual(frontmatter.published);
      expect(frontmatter.order).toBe(Math.max(...orders) + 1);
      expect(body).toMatch(/^\{\/\* TODO: .*<OverfitDemo \/>.* \*\/\}$/m);

      const found = issues(articleSchema, frontmatter);
      expect(found.map((i) => i.split(':')[0])).toEqual(['title', 'description', 'references']);
      expect(found.join('\n')).toMatch(/references: must list at least 4 sources/);
      expect(issues(articleSchema, { ...frontmatter, title: 'T', description: '一文の説明です。', references: refs(4) })).toEqual([]);
    }
  });

  it('refuses an existing article slug', () => {
    const { status, stderr } = run('article', 'choosing-lambda');
    expect(status).toBe(1);
    expect(stderr).toMatch(/"choosing-lambda" is taken: content\/articles\/ja\/choosing-lambda\.mdx exists/);
  });
});

describe('npm run new: bad arguments', () => {
  it.each([
    ['a slug that is not kebab-case ASCII', ['term', 'Bad_Slug'], /slug "Bad_Slug".*kebab-case ASCII/],
    ['a slug with a double hyphen', ['article', 'a--b'], /slug "a--b".*kebab-case ASCII/],
    ['an unknown kind', ['widget', 'foo'], /unknown kind "widget": use "term" or "article"/],
    ['a missing kind', [], /missing kind/],
    ['a missing slug', ['term'], /missing slug/],
  ])('refuses %s with exit code 1 and says why', (_label, args, message) => {
    const { status, stderr } = run(...args);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage: npm run new -- term <slug>/);
    expect(existsSync(join(root, 'content/glossary/ja/Bad_Slug.mdx'))).toBe(false);
  });
});
