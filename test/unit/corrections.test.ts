import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/utils/corrections';

const entry = (over: Record<string, string> = {}) => {
  const e = {
    id: '2026-11-25-ridge-formula',
    date: '2026-11-25',
    page: 'glossary/l2-regularization',
    ja: '係数を直しました。',
    en: 'Fixed a factor.',
    ...over,
  };
  return `- ${Object.entries(e)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n  ')}\n`;
};
const known = (page: string) => ['glossary/l2-regularization', 'articles/choosing-lambda'].includes(page);

describe('corrections log', () => {
  it('reads an empty log (comments only) as no corrections', () => {
    expect(parseCorrections('# nothing yet\n', known)).toEqual([]);
  });

  it('reads entries newest first', () => {
    const text = entry() + entry({ id: '2026-12-01-cv', date: '2026-12-01', page: 'articles/choosing-lambda' });
    const list = parseCorrections(text, known);
    expect(list.map((c) => c.id)).toEqual(['2026-12-01-cv', '2026-11-25-ridge-formula']);
    expect(list[0]!.date).toBeInstanceOf(Date);
  });

  it('names the entry and field of each mistake', () => {
    expect(() => parseCorrections(entry({ page: 'glossary/Ridge' }), known)).toThrow(/content\/corrections\.yaml: \[0\]\.page: must be "glossary\/<slug>"/);
    expect(() => parseCorrections(entry({ page: 'glossary/ridge' }), known)).toThrow(/\[0\]\.page: "glossary\/ridge" is not a page/);
    expect(() => parseCorrections(entry() + entry(), known)).toThrow(/\[1\]\.id: "2026-11-25-ridge-formula" is used twice/);
    expect(() => parseCorrections(entry({ en: '""' }), known)).toThrow(/\[0\]\.en: must say in English/);
    expect(() => parseCorrections('- id: [unclosed\n', known)).toThrow(/not valid YAML/);
  });
});
