// Whatever a reader drops on the page, src/lib/table answers with a result or typed problems: it
// never throws and always finishes. fast-check feeds random bytes, and random near-CSV text (cells
// that are numbers, missing words, quotes, commas, line breaks, BOMs) through decode → read →
// prepare, and fits the cross-validated lasso on every table that comes out prepared.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cvElasticNet } from '../../../src/lib';
import { NOTE_FIELDS, PROBLEM_FIELDS, decodeTable, prepareTable, readTable } from '../../../src/lib/table';
import type { Outcome, TableNote } from '../../../src/lib/table';

/** One seed for every fc.assert in this file (change it to explore other draws). */
const SEED = 0x7ab1e;

function checkOutcome<T>(o: Outcome<T>): void {
  expect(typeof o.ok).toBe('boolean');
  if (!o.ok) {
    expect(o.problems.length).toBeGreaterThan(0);
    for (const p of o.problems) expect(Object.keys(p).sort()).toEqual(['code', ...PROBLEM_FIELDS[p.code]].sort());
  }
}

/** Each note carries exactly the fields its message names (NOTE_FIELDS). */
function checkNote(note: TableNote): void {
  expect(Object.keys(note).sort()).toEqual(['code', ...NOTE_FIELDS[note.code]].sort());
}

/** decode → read → prepare with each of the first three columns as the target; never throws. */
function pipeline(bytes: Uint8Array, standardize: boolean): number {
  const decoded = decodeTable(bytes);
  checkOutcome(decoded);
  if (!decoded.ok) return 0;
  const table = readTable(decoded.text);
  checkOutcome(table);
  if (!table.ok) return 0;
  expect(table.rows.every((r) => r.length === table.headers.length)).toBe(true);
  expect(table.columns.some((c) => c.kind === 'numeric')).toBe(true);
  let prepared = 0;
  for (const target of table.headers.slice(0, 3)) {
    const prep = prepareTable(table, { target, standardize });
    checkOutcome(prep);
    if (!prep.ok) continue;
    prepared++;
    const n = prep.X.length;
    const p = prep.featureNames.length;
    expect(n).toBeGreaterThanOrEqual(10);
    expect(prep.y).toHaveLength(n);
    expect(prep.X.every((row) => row.length === p && row.every(Number.isFinite))).toBe(true);
    expect(prep.y.every(Number.isFinite)).toBe(true);
    prep.notes.forEach(checkNote);
    // The model set-up the page runs next must accept what prepareTable returns.
    if (prep.task === 'regression') expect(cvElasticNet(prep.X, prep.y, { l1Ratio: 1, nAlphas: 3, nFolds: 10 }).alphas).toHaveLength(3);
  }
  return prepared;
}

const word = fc.constantFrom(
  '',
  ' ',
  'NA',
  'null',
  '#N/A',
  '1,5',
  '12,800',
  '2.5',
  '-3',
  '１２',
  '−4',
  '1e151',
  '1e999',
  'あ',
  '晴れ',
  'x',
  'yes',
  'no',
  '"',
  '""',
  '"a,b"',
  '"1\n2"',
  'a"b',
  '\n',
  '\r\n',
  '\uFEFF',
  ';',
  '\t',
  ',',
);
const tame = fc.constantFrom('', 'NA', '2.5', '-3', '１２', 'あ', '晴れ', 'yes', 'no');
const number = fc.oneof(fc.integer({ min: -20, max: 20 }).map(String), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(String));
const wildCell = fc.oneof(
  { arbitrary: number, weight: 6 },
  { arbitrary: word, weight: 3 },
  { arbitrary: fc.string({ maxLength: 4, unit: 'binary' }), weight: 1 },
);
const name = fc.constantFrom('a', 'b', 'c', 'd', '価格', '面積', '');
const tameCell = fc.oneof({ arbitrary: number, weight: 20 }, { arbitrary: tame, weight: 1 });

/**
 * A header, then rows joined by one delimiter and line break: wild (any cell, a ragged row in
 * five) or tame (numbers and a few words, a ragged row in fifty), so that draws of both kinds
 * reach every stage.
 */
const nearCsv = fc.boolean().chain((wild) =>
  fc
    .record({
      bom: fc.boolean(),
      delimiter: fc.constantFrom(',', '\t', ';'),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
      header: fc.array(wild ? fc.oneof(name, fc.string({ maxLength: 3 })) : name, { minLength: 1, maxLength: 5 }),
      nRows: fc.integer({ min: 0, max: 30 }),
      cells: fc.array(wild ? wildCell : tameCell, { minLength: 160, maxLength: 160 }),
      ragged: fc.array(fc.noBias(fc.integer({ min: 0, max: wild ? 9 : 99 })), { minLength: 30, maxLength: 30 }),
      quoteAll: fc.boolean(),
    })
    .map(({ bom, delimiter, newline, header, nRows, cells, ragged, quoteAll }) => {
      const q = (s: string) => (quoteAll ? `"${s.replace(/"/g, '""')}"` : s);
      const rows = Array.from({ length: nRows }, (_, i) => {
        const width = Math.max(1, header.length + (ragged[i] === 0 ? 1 : ragged[i] === 1 ? -1 : 0));
        return Array.from({ length: width }, (_, j) => q(cells[(i * 5 + j) % cells.length])).join(delimiter);
      });
      return (bom ? '\uFEFF' : '') + [header.map(q).join(delimiter), ...rows].join(newline);
    }),
);

const encode = (text: string) => new TextEncoder().encode(text);

describe('decode → read → prepare never throws and always finishes (fast-check)', () => {
  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, standardize) => void pipeline(bytes, standardize)),
      { seed: SEED, numRuns: 400 },
    );
  });

  test('random bytes in the Shift_JIS ranges (lead and trail bytes, half-width kana, ASCII delimiters)', () => {
    const sjisByte = fc.oneof(
      fc.integer({ min: 0x81, max: 0x9f }),
      fc.integer({ min: 0xa1, max: 0xdf }),
      fc.integer({ min: 0x40, max: 0xfc }),
      fc.constantFrom(0x2c, 0x09, 0x0a, 0x0d, 0x31, 0x2e, 0x22),
    );
    fc.assert(
      fc.property(fc.array(sjisByte, { maxLength: 400 }), (bytes) => void pipeline(new Uint8Array(bytes), true)),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('short texts over the characters that give a table its shape', () => {
    const shape = fc.constantFrom(',', ';', '\t', '\n', '\r', ' ', '"', '\uFEFF', '1', '.', 'a', 'N', 'A');
    fc.assert(
      fc.property(fc.array(shape, { maxLength: 40 }), fc.boolean(), (chars, standardize) => void pipeline(encode(chars.join('')), standardize)),
      { seed: SEED, numRuns: 1000 },
    );
  });

  test('random near-CSV text, as UTF-8 bytes and with some bytes flipped', () => {
    let prepared = 0;
    fc.assert(
      fc.property(nearCsv, fc.array(fc.nat(), { maxLength: 3 }), fc.boolean(), (text, flips, standardize) => {
        const bytes = encode(text);
        prepared += pipeline(bytes, standardize);
        for (const f of flips) if (bytes.length > 0) bytes[f % bytes.length] ^= 0x80;
        pipeline(bytes, standardize);
      }),
      { seed: SEED, numRuns: 500 },
    );
    // The text is near enough to CSV that some draws go all the way to a fit.
    expect(prepared).toBeGreaterThan(20);
  });
});
