/** Number formats and grids shared by every demo. Pure. */

/** U+2212 for negative numbers, as typeset text has it. */
export const minus = (text: string): string => text.replace(/^-|(?<=[eE])-/g, '−');

/**
 * A number with `digits` significant digits, written out in plain decimals from 1e−4 to 1e5 and
 * with an exponent beyond; trailing zeros dropped.
 */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const text =
    magnitude >= 1e-4 && magnitude < 1e5
      ? String(Number(value.toPrecision(digits)))
      : value
          .toExponential(digits - 1)
          .replace(/\.?0+e/, 'e')
          .replace('e+', 'e');
  return minus(text);
}

/** A fixed number of decimals (an axis tick, a percentage), with a typeset minus. */
export const formatFixed = (value: number, decimals: number): string => minus(value.toFixed(decimals));

/** `n` values from `lo` to `hi`, evenly spaced in log10 (both ends included). */
export function logspace(lo: number, hi: number, n: number): number[] {
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  if (n === 1) return [lo];
  return Array.from({ length: n }, (_, k) => 10 ** (a + ((b - a) * k) / (n - 1)));
}

/** `n` values from `lo` to `hi`, evenly spaced (both ends included). */
export function linspace(lo: number, hi: number, n: number): number[] {
  if (n === 1) return [lo];
  return Array.from({ length: n }, (_, k) => lo + ((hi - lo) * k) / (n - 1));
}
