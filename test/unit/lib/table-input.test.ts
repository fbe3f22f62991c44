// src/lib/table on bad input: each case of issue 17 gives its problem code and the row or column
// it concerns (rows counted with the header as row 1, columns from 1), and never throws.
import { describe, expect, test } from 'vitest';
import {
  type Limits,
  LIMITS,
  MAX_LEVELS,
  MIN_ROWS,
  type PrepareOptions,
  type TableProblem,
  decodeTable,
  prepareTable,
  readTable,
} from '../../../src/lib/table';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Reads and prepares `text` with the last column as the target; returns the outcome of the stage that stopped. */
function run(text: string, opts: Partial<PrepareOptions> = {}, limits: Partial<Limits> = {}) {
  const table = readTable(text, limits);
  if (!table.ok) return table;
  return prepareTable(table, { target: table.headers[table.headers.length - 1], limits, ...opts });
}

function problemOf(outcome: { ok: true } | { ok: false; problems: TableProblem[] }): TableProblem {
  if (outcome.ok) throw new Error('expected a problem, got a result');
  expect(outcome.problems).toHaveLength(1);
  return outcome.problems[0];
}

/** n rows of "i, 2i + noise, label, y" with a header. */
function csv(n: number, row: (i: number) => string[] = (i) => [`${i}`, `${(i * 7) % 5}`, `${i * 1.5 + ((i * 3) % 4)}`], header = 'a,b,y'): string {
  return [header, ...Array.from({ length: n }, (_, i) => row(i).join(','))].join('\n') + '\n';
}

describe('decoding', () => {
  test('UTF-8, with or without a BOM', () => {
    const plain = decodeTable(utf8('a,b\n1,2\n'));
    const bom = decodeTable(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('面積,b\n1,2\n')]));
    expect(plain).toEqual({ ok: true, text: 'a,b\n1,2\n', encoding: 'utf-8' });
    expect(bom).toEqual({ ok: true, text: '面積,b\n1,2\n', encoding: 'utf-8' });
  });

  test('Shift_JIS when the bytes are not UTF-8', () => {
    // 面積,価格 CR LF 1,2 in Shift_JIS
    const sjis = new Uint8Array([0x96, 0xca, 0x90, 0xcf, 0x2c, 0x89, 0xbf, 0x8a, 0x69, 0x0d, 0x0a, 0x31, 0x2c, 0x32]);
    expect(decodeTable(sjis)).toEqual({ ok: true, text: '面積,価格\r\n1,2', encoding: 'shift_jis' });
  });

  test('an empty file (no bytes, a BOM alone, white space)', () => {
    for (const bytes of [new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf]), utf8(' \r\n\t\n')]) {
      expect(problemOf(decodeTable(bytes)).code).toBe('empty-file');
    }
    expect(problemOf(readTable('')).code).toBe('empty-file');
    expect(problemOf(readTable('\uFEFF\n\n')).code).toBe('empty-file');
  });

  test('neither UTF-8 nor Shift_JIS: invalid in both, UTF-16 with a BOM, NUL bytes', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]);
    const invalid = new Uint8Array([0x61, 0x2c, 0xa0, 0x0a]); // a lone 0xA0 is invalid in both
    const binary = new Uint8Array([0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]);
    for (const bytes of [utf16, invalid, binary]) expect(problemOf(decodeTable(bytes)).code).toBe('unknown-encoding');
  });

  test('more bytes than the limit', () => {
    expect(LIMITS).toEqual({ rows: 200_000, columns: 1_000, bytes: 50 * 1024 * 1024 });
    expect(problemOf(decodeTable(utf8('a,b\n1,2\n'), { bytes: 7 }))).toEqual({ code: 'too-many-bytes', limit: 7, found: 8 });
    expect(problemOf(readTable('a,b\n1,2\n', { bytes: 7 }))).toEqual({ code: 'too-many-bytes', limit: 7, found: 8 });
  });
});

describe('reading', () => {
  test('the delimiter: tab, else the more frequent of comma and semicolon in the header', () => {
    expect(readTable('a\tb,c\n1\t2\n')).toMatchObject({ ok: true, delimiter: '\t', headers: ['a', 'b,c'] });
    expect(readTable('a;b;"c,d"\n1;2;3\n')).toMatchObject({ ok: true, delimiter: ';', headers: ['a', 'b', 'c,d'] });
    expect(readTable('a,b\n1,2\n')).toMatchObject({ ok: true, delimiter: ',' });
  });

  test('CRLF, CR and mixed line breaks; quoted line breaks stay in their cell', () => {
    const t = readTable('a,b\r\n1,"x\r\ny"\r2,z\n3,w');
    expect(t).toMatchObject({
      ok: true,
      rows: [
        ['1', 'x\ny'],
        ['2', 'z'],
        ['3', 'w'],
      ],
      rowNumbers: [2, 3, 4],
    });
  });

  test('a header only', () => {
    expect(problemOf(readTable('a,b,y\n')).code).toBe('header-only');
    expect(problemOf(readTable('a,b,y\r\n\r\n,,\r\n')).code).toBe('header-only');
  });

  test('no header row: every name in row 1 is a number', () => {
    expect(problemOf(readTable('1,2,3\n4,5,6\n'))).toEqual({ code: 'no-header', row: 1 });
  });

  test('duplicate headers name both columns', () => {
    expect(problemOf(readTable('x,y, x ,z\n1,2,3,4\n'))).toEqual({ code: 'duplicate-header', column: 3, name: 'x', firstColumn: 1 });
  });

  test('ragged rows: the first bad row, counted as a person does (header = row 1, blank lines counted)', () => {
    expect(problemOf(readTable('a,b,c\n1,2,3\n\n4,5\n6,7,8,9\n'))).toEqual({ code: 'ragged-row', row: 4, expected: 3, found: 2 });
    expect(problemOf(readTable('a,b\n1,"two\nlines"\n3,4,5\n'))).toEqual({ code: 'ragged-row', row: 3, expected: 2, found: 3 });
  });

  test('an unclosed or broken quote names its row', () => {
    expect(problemOf(readTable('a,b\n1,2\n3,"x\n4,5\n'))).toEqual({ code: 'bad-quotes', row: 3 });
    expect(problemOf(readTable('a,b\n"x"y,2\n'))).toEqual({ code: 'bad-quotes', row: 2 });
  });

  test('mixed decimal commas: 1,5 beside 1.5 is refused with its row and column', () => {
    const tsv = 'a\tb\ty\n1.5\t2\t3\n2.5\t1,5\t4\n';
    expect(problemOf(readTable(tsv))).toEqual({ code: 'mixed-decimal-comma', row: 3, column: 2, name: 'b', value: '1,5' });
    const semi = 'a;y\n1;2,5\n2.0;3\n';
    expect(problemOf(readTable(semi))).toEqual({ code: 'mixed-decimal-comma', row: 2, column: 2, name: 'y', value: '2,5' });
  });

  test('a comma in every number is refused too: decimal comma or thousands separator cannot be told apart', () => {
    expect(problemOf(readTable('a;y\n1;2,5\n2;3,25\n'))).toEqual({ code: 'decimal-comma', row: 2, column: 2, name: 'y', value: '2,5' });
    expect(problemOf(readTable('price,y\n"12,800",1\n"9,500",2\n'))).toEqual({ code: 'decimal-comma', row: 2, column: 1, name: 'price', value: '12,800' });
    // In a text column a comma is just text.
    expect(readTable('code,y\n"1,2",1\nA,2\n')).toMatchObject({ ok: true, columns: [{ kind: 'categorical' }, { kind: 'numeric' }] });
  });

  test('numbers beyond the solver’s range (|x| > 1e150, or beyond a double) name their cell', () => {
    expect(problemOf(readTable('a,y\n1,2\n1e151,3\n'))).toEqual({ code: 'value-too-large', row: 3, column: 1, name: 'a', value: '1e151', limit: 1e150 });
    expect(problemOf(readTable('a,y\n1,-1e999\n'))).toMatchObject({ code: 'value-too-large', row: 2, column: 2 });
  });

  test('no numeric column', () => {
    expect(problemOf(readTable('name,colour\nA,red\nB,blue\n')).code).toBe('no-numeric-column');
  });

  test('more rows or columns than the limits', () => {
    expect(problemOf(readTable(csv(12), { rows: 11 }))).toEqual({ code: 'too-many-rows', limit: 11, found: 12 });
    expect(problemOf(readTable(csv(12), { columns: 2 }))).toEqual({ code: 'too-many-columns', limit: 2, found: 3 });
  });

  test('cells: trimmed, missing words, full-width digits, a typeset minus', () => {
    const t = readTable('a,b,y\n １２．５ ,NA,−3\n4,,5\n6,7,8\n');
    expect(t).toMatchObject({ ok: true, columns: [{ kind: 'numeric', missing: 0 }, { kind: 'numeric', missing: 2 }, { kind: 'numeric' }] });
  });

  test('notes: unnamed columns are named, empty columns dropped, blank rows between data skipped', () => {
    const t = readTable(',a,,y\n1,2,,3\n\n\n2,3,NA,4\n\n');
    expect(t).toMatchObject({ ok: true, headers: ['column_1', 'a', 'y'], rowNumbers: [2, 5] });
    if (!t.ok) return;
    expect(t.rows).toEqual([
      ['1', '2', '3'],
      ['2', '3', '4'],
    ]);
    expect(t.notes).toEqual([
      { code: 'blank-rows-skipped', count: 2, row: 3 },
      { code: 'unnamed-column', column: 1, name: 'column_1' },
      { code: 'empty-column', column: 3, name: 'column_3' },
    ]);
  });
});

describe('preparing', () => {
  test('a non-numeric target with more than two values names its column', () => {
    const text = csv(12, (i) => [`${i}`, `${i % 3}`, ['red', 'green', 'blue'][i % 3]], 'a,b,colour');
    expect(problemOf(run(text))).toEqual({ code: 'target-not-numeric', column: 3, name: 'colour', levels: 3 });
  });

  test('a target with two values makes a binary task (sorted by code point: 1 = the later)', () => {
    const text = csv(12, (i) => [`${i}`, `${(i * 7) % 5}`, i % 3 ? 'yes' : 'no'], 'a,b,label');
    const p = run(text);
    expect(p).toMatchObject({ ok: true, task: 'binary', classes: ['no', 'yes'] });
    if (!p.ok) return;
    expect(p.y).toEqual(Array.from({ length: 12 }, (_, i) => (i % 3 ? 1 : 0)));
    expect(p.notes).toContainEqual({ code: 'binary-target', column: 3, name: 'label', negative: 'no', positive: 'yes' });
    expect(run(csv(12, (i) => [`${i}`, `${i % 4}`, `${i % 2}`]))).toMatchObject({ ok: true, task: 'binary', classes: ['0', '1'] });
  });

  test('a constant target is refused with its column', () => {
    expect(problemOf(run(csv(12, (i) => [`${i}`, `${i % 4}`, '7'])))).toEqual({ code: 'constant-target', column: 3, name: 'y', value: '7' });
  });

  test('a constant feature is dropped, with a note naming it', () => {
    const p = run(csv(12, (i) => [`${i}`, '3', `${(i * 5) % 7}`]));
    expect(p).toMatchObject({ ok: true, featureNames: ['a'] });
    if (p.ok) expect(p.notes).toContainEqual({ code: 'constant-feature-dropped', column: 2, name: 'b', value: '3' });
    const text = csv(12, (i) => [`${i}`, 'same', `${(i * 5) % 7}`]);
    expect(run(text)).toMatchObject({ ok: true, featureNames: ['a'], notes: [{ code: 'constant-feature-dropped', column: 2, name: 'b', value: 'same' }] });
  });

  test('no feature left', () => {
    expect(problemOf(run(csv(12, (i) => ['1', '2', `${i}`]))).code).toBe('no-features');
    expect(problemOf(run(csv(12), { features: [] })).code).toBe('no-features');
  });

  test('fewer than 10 rows, before or after dropping rows with missing values', () => {
    expect(MIN_ROWS).toBe(10);
    expect(problemOf(run(csv(9)))).toEqual({ code: 'too-few-rows', found: 9, min: 10, dropped: 0 });
    const holes = csv(12, (i) => [i % 4 === 1 ? 'NA' : `${i}`, `${i % 3}`, `${i * 2}`]);
    expect(problemOf(run(holes))).toEqual({ code: 'too-few-rows', found: 9, min: 10, dropped: 3 });
  });

  test('rows with missing values in the chosen columns are dropped and counted; other columns do not matter', () => {
    const text = csv(14, (i) => [`${i}`, i === 3 || i === 8 ? '' : `${(i * 7) % 5}`, i === 5 ? 'null' : `${(i * 3) % 11}`, i % 2 ? '' : 'x'], 'a,b,y,note');
    const p = run(text, { target: 'y', features: ['a', 'b'] });
    expect(p).toMatchObject({ ok: true, featureNames: ['a', 'b'], notes: [{ code: 'rows-dropped', count: 3, row: 5, column: 2, name: 'b' }] });
    if (p.ok) expect(p.rowNumbers).toEqual([2, 3, 4, 6, 8, 9, 11, 12, 13, 14, 15]);
  });

  test('one-hot, drop-first: the most frequent value is the reference (ties: the first seen), the rest in order of appearance', () => {
    const colour = ['red', 'blue', 'blue', 'green', 'red', 'blue'];
    const text = csv(12, (i) => [`${i}`, colour[i % 6], `${(i * 5) % 7}`], 'a,colour,y');
    const p = run(text, { standardize: false });
    expect(p).toMatchObject({ ok: true, featureNames: ['a', 'colour=red', 'colour=green'] });
    if (!p.ok) return;
    expect(p.notes).toContainEqual({ code: 'one-hot', column: 2, name: 'colour', levels: 3, reference: 'blue' });
    expect(p.X.map((r) => r.slice(1))).toEqual(colour.concat(colour).map((c) => [c === 'red' ? 1 : 0, c === 'green' ? 1 : 0]));
    expect(p.features[1]).toEqual({ name: 'colour=red', column: 2, source: 'colour', level: 'red' });
    const tie = run(csv(12, (i) => [`${i}`, i % 2 ? 'b' : 'a', `${(i * 5) % 7}`], 'a,g,y'));
    expect(tie).toMatchObject({ ok: true, featureNames: ['a', 'g=b'] });
  });

  test('a text feature with too many values (often a number column with a typo) names its column', () => {
    const text = csv(MAX_LEVELS + 1, (i) => [i === 4 ? '12..5' : `${i}.5`, `${i % 3}`, `${i}`], 'size,b,y');
    expect(problemOf(run(text))).toEqual({ code: 'too-many-levels', column: 1, name: 'size', levels: MAX_LEVELS + 1, limit: MAX_LEVELS });
  });

  test('more features than the column limit after one-hot encoding', () => {
    const text = csv(12, (i) => [`${i}`, `g${i % 6}`, `${(i * 5) % 7}`], 'a,g,y');
    expect(problemOf(run(text, {}, { columns: 5 }))).toEqual({ code: 'too-many-features', limit: 5, found: 6 });
  });

  test('a column the settings name but the table lacks', () => {
    expect(problemOf(run(csv(12), { target: 'price' }))).toEqual({ code: 'unknown-column', name: 'price' });
    expect(problemOf(run(csv(12), { features: ['a', 'zz'] }))).toEqual({ code: 'unknown-column', name: 'zz' });
  });

  test('standardized by default (StandardScaler), raw with standardize: false, and the scaling returned either way', () => {
    const text = csv(12);
    const on = run(text);
    const off = run(text, { standardize: false });
    if (!on.ok || !off.ok) throw new Error('expected results');
    expect(off.X.map((r) => r[0])).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(off.scaling).toEqual({ means: [0, 0], scales: [1, 1] });
    expect(on.scaling.means[0]).toBeCloseTo(5.5, 12);
    expect(on.scaling.scales[0]).toBeCloseTo(Math.sqrt(143 / 12), 12);
    expect(on.X[0][0]).toBeCloseTo(-5.5 / Math.sqrt(143 / 12), 12);
    expect(on.y).toEqual(off.y);
  });
});
