// The fast path of cell reading (src/lib/table/cells.ts plainNumber): on any string it agrees with
// the rule it replaces, the NUMBER pattern then Number(), to the last bit (Object.is, so -0 too).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseNumber, plainNumber } from '../../../src/lib/table/cells';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const reference = (s: string): number => (NUMBER.test(s) ? Number(s) : Number.NaN);

/** Strings over the characters numbers are made of, and a few that they are not. */
const numberish = fc.string({ unit: fc.constantFrom(...'0123456789+-.eE ,x１'), maxLength: 24 });

describe('plainNumber', () => {
  test('agrees with NUMBER then Number() on near-number strings', () => {
    fc.assert(
      fc.property(numberish, (s) => Object.is(plainNumber(s), reference(s))),
      { numRuns: 20_000, seed: 17 },
    );
  });

  test('agrees on doubles written every way JavaScript and spreadsheets write them', () => {
    const written = fc
      .tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 20 }))
      .chain(([v, d]) => fc.constantFrom(String(v), v.toFixed(d), v.toExponential(Math.min(d, 16)), v.toPrecision(Math.max(1, d))));
    fc.assert(
      fc.property(written, (s) => Object.is(plainNumber(s), reference(s))),
      { numRuns: 20_000, seed: 18 },
    );
  });

  test('reads the edges of its fast path exactly', () => {
    for (const s of [
      '999999999999999',
      '9999999999999999',
      '0.1',
      '-0',
      '-0.0',
      '.5',
      '5.',
      '1e5',
      '1E-5',
      '+.5e+3',
      '0.0000000000000000000001',
      '1.2345678901234567',
    ])
      expect(Object.is(plainNumber(s), Number(s))).toBe(true);
    for (const s of ['', '.', '+', '-', 'e5', '1e', '1e+', '1.2.3', ' 1', '1 ', '0x10', 'Infinity', 'NaN', '1,5']) expect(plainNumber(s)).toBeNaN();
  });

  test('parseNumber still trims and reads full-width digits through the slow path', () => {
    expect(parseNumber(' 1.5 ')).toBe(1.5);
    expect(parseNumber('１２．５')).toBe(12.5);
    expect(parseNumber('−3')).toBe(-3);
    expect(parseNumber('NA')).toBeNull();
  });
});
