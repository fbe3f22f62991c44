import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prose } from '../helpers/prose';

// Japanese typography rules that a contributor can break without noticing (the build cannot see them).
const ROOT = new URL('../../content/', import.meta.url).pathname;
const files = ['glossary', 'articles'].flatMap((kind) =>
  ['ja', 'en'].flatMap((lang) =>
    readdirSync(join(ROOT, kind, lang))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ lang, path: `content/${kind}/${lang}/${f}` })),
  ),
);

const JA = '[\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc\\u4e00-\\u9fff]';
const lineNumbersOf = (text: string, re: RegExp) => text.split('\n').flatMap((line, i) => (re.test(line) ? [`${i + 1}: ${line.trim().slice(0, 60)}`] : []));

describe('content typography', () => {
  it('finds content files', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
  });

  it.each(files)('$path has no full-width ASCII letters or digits', ({ path }) => {
    const text = readFileSync(join(ROOT, '..', path), 'utf8');
    expect(lineNumbersOf(text, /[Ａ-Ｚａ-ｚ０-９]/)).toEqual([]);
  });

  it.each(files.filter((f) => f.lang === 'ja'))('$path uses full-width punctuation after Japanese text', ({ path }) => {
    const text = prose(readFileSync(join(ROOT, '..', path), 'utf8'));
    // 「です.」「例えば,」 and Japanese words in half-width brackets: 「(過学習)」.
    expect(lineNumbersOf(text, new RegExp(`${JA}[,.!?;:](?!\\d)`))).toEqual([]);
    expect(lineNumbersOf(text, new RegExp(`\\([^()]*${JA}[^()]*\\)`))).toEqual([]);
  });

  it('strips maths, code and link targets before checking prose', () => {
    expect(prose('例 $a,b$ と `x.y` と [語](/ja/glossary/x/) です。')).toBe('例   と   と [語] です。');
    expect(prose('---\ntitle: 題\ntags: [a, b]\n---\n本文')).toBe(' 題\n\n本文');
  });
});
