// The "your own data" strings: a message for every problem and note code of src/lib/table in
// both languages, naming every field the code carries (its row, column, value …).
import { describe, expect, it } from 'vitest';
import { LIMITS, NOTE_CODES, NOTE_FIELDS, PROBLEM_CODES, PROBLEM_FIELDS, readTable } from '../../../src/lib/table';
import { describeNote, describeProblem } from '../../../src/demos/yourdata/messages';
import { strings } from '../../../src/demos/yourdata/strings';

const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].map((p) => p.slice(1, -1)).sort();
const codes = [...PROBLEM_CODES.map((c) => ['problem', c, PROBLEM_FIELDS[c]] as const), ...NOTE_CODES.map((c) => ['note', c, NOTE_FIELDS[c]] as const)];

describe('yourdata strings', () => {
  it('have the same keys in ja and en, all demo.yourdata.*, none empty', () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.ja).sort());
    for (const [key, text] of [...Object.entries(strings.ja), ...Object.entries(strings.en)]) {
      expect(key.startsWith('demo.yourdata.'), key).toBe(true);
      expect(text.trim(), key).not.toBe('');
    }
  });

  it.each(codes)('%s %s: a message in both languages that uses exactly its fields', (kind, code, fields) => {
    const key = `demo.yourdata.${kind}.${code}`;
    for (const lang of ['ja', 'en'] as const) {
      const text = (strings[lang] as Record<string, string>)[key];
      expect(text, `${lang} ${key}`).toBeTruthy();
      expect(placeholders(text!), `${lang} ${key}`).toEqual([...fields].sort());
    }
  });

  it('have no message for a code the engine does not know', () => {
    const known = new Set(codes.map(([kind, code]) => `demo.yourdata.${kind}.${code}`));
    const messages = Object.keys(strings.ja).filter((k) => /^demo\.yourdata\.(problem|note)\./.test(k));
    expect(messages.filter((k) => !known.has(k))).toEqual([]);
  });
});

describe('describeProblem and describeNote', () => {
  it('fill a real problem, counting rows in full', () => {
    const t = readTable('a,b\n1,2\n3\n');
    if (t.ok) throw new Error('expected a problem');
    expect(describeProblem(t.problems[0]!, 'ja')).toBe('3 行目のセルは 1 個で、見出しの 2 個と合いません（見出しを 1 行目と数えます）。');
    expect(describeProblem(t.problems[0]!, 'en')).toBe('The number of cells in row 3 (1) differs from the header’s (2); the header counts as row 1.');
    expect(describeProblem({ code: 'bad-quotes', row: 123456 }, 'en')).toBe(
      'Row 123,456 has a quote (") that is never closed, or text right after a closing quote.',
    );
  });

  it('write sizes in MB, the value limit as a power of ten, and cut long cells', () => {
    expect(describeProblem({ code: 'too-many-bytes', limit: LIMITS.bytes, found: 60 * 2 ** 20 }, 'en')).toBe(
      'The file is too large (60 MB). This page reads up to 50 MB.',
    );
    const cell = 'x'.repeat(200);
    const text = describeProblem({ code: 'value-too-large', row: 2, column: 1, name: 'a', value: cell, limit: 1e150 }, 'ja');
    expect(text).toContain('10¹⁵⁰');
    expect(text).not.toContain(cell);
    expect(describeNote({ code: 'one-hot', column: 2, name: '天気', levels: 3, reference: '晴れ' }, 'ja')).toContain('最も多い「晴れ」を基準');
  });
});
