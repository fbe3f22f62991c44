import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAIN_RANGE, formatFixed, formatNumber } from '../../../src/demos/kit/format';

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Reads a number back as formatNumber writes it: 0.0045, −420,000, 1.5×10⁸, 10⁻¹⁰. */
const parse = (text: string): number => {
  const sign = text.startsWith('−') ? -1 : 1;
  const body = text.replace('−', '').replaceAll(',', '');
  const power = /^(?:([\d.]+)×)?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(body);
  if (!power) return sign * Number(body);
  const exponent = Number([...power[2]!].map((c) => (c === '⁻' ? '-' : SUP.indexOf(c))).join(''));
  return sign * Number(power[1] ?? 1) * 10 ** exponent;
};

describe('formatNumber', () => {
  it('writes small and large values in plain decimals, up to four significant figures', () => {
    expect(formatNumber(0.0045)).toBe('0.0045');
    expect(formatNumber(0.004523, 4)).toBe('0.004523');
    expect(formatNumber(1e-5)).toBe('0.00001');
    expect(formatNumber(4.2e5)).toBe('420,000');
    expect(formatNumber(1e6)).toBe('1,000,000');
    expect(formatNumber(1234, 4)).toBe('1234');
    expect(formatNumber(12345.6, 4)).toBe('12,350');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(9.996)).toBe('10');
  });

  it('uses a typeset minus and a power of ten (never an "e") beyond the plain range', () => {
    expect(formatNumber(-10.63)).toBe('−10.6');
    expect(formatNumber(-0.0123, 2)).toBe('−0.012');
    expect(formatNumber(2e-7)).toBe('2×10⁻⁷');
    expect(formatNumber(1.5e8)).toBe('1.5×10⁸');
    expect(formatNumber(1e-10)).toBe('10⁻¹⁰');
    expect(formatNumber(0)).toBe('0');
  });

  it('keeps the value to its significant figures, with no exponent in the plain range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-12),
        fc.integer({ min: 1, max: 4 }),
        (v, digits) => {
          const text = formatNumber(v, digits);
          expect(text).not.toMatch(/e/i);
          const magnitude = Math.abs(Number(v.toPrecision(digits)));
          if (magnitude >= PLAIN_RANGE[0] && magnitude < PLAIN_RANGE[1]) expect(text).not.toContain('×');
          const rounded = Number(v.toPrecision(digits));
          expect(Math.abs(parse(text) - rounded)).toBeLessThanOrEqual(Math.abs(rounded) * 1e-12);
        },
      ),
    );
  });
});

describe('formatFixed', () => {
  it('rounds to the decimals asked for, groups thousands and never writes −0', () => {
    expect(formatFixed(-12345.678, 1)).toBe('−12,345.7');
    expect(formatFixed(-0.0001, 2)).toBe('0.00');
    expect(formatFixed(1500, 0)).toBe('1500');
  });
});
