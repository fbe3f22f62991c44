/** Number formats and grids shared by every demo. Pure. */

/** U+2212 for negative numbers, as typeset text has it. */
export const minus = (text: string): string => text.replace(/^-|(?<=[eE])-/g, '−');

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string => (n < 0 ? '⁻' : '') + [...String(Math.abs(n))].map((d) => SUPERSCRIPT[Number(d)]).join('');

/** Plain decimals are written from 1e−5 up to (not including) 1e7; beyond, a power of ten. */
export const PLAIN_RANGE = [1e-5, 1e7] as const;

/** Commas between thousands from 10,000 up (1234 stays short, 12,345 is grouped). */
function group(text: string): string {
  const [int = '', frac] = text.split('.');
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/**
 * A number with at most `digits` significant digits (1 to 4), trailing zeros dropped: plain
 * decimals in PLAIN_RANGE (0.0045, 420,000), "1.2×10⁻⁶" beyond; typeset minus. Never an "e".
 */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(Math.min(4, Math.max(1, digits))));
  if (rounded === 0) return '0';
  const magnitude = Math.abs(rounded);
  const sign = rounded < 0 ? '−' : '';
  const exponent = Math.floor(Math.log10(magnitude) + 1e-12);
  if (magnitude >= PLAIN_RANGE[0] && magnitude < PLAIN_RANGE[1]) {
    const decimals = Math.max(0, digits - 1 - exponent);
    const text = magnitude.toFixed(decimals);
    return sign + group(decimals > 0 ? text.replace(/\.?0+$/, '') : text);
  }
  const mantissa = Number((magnitude / 10 ** exponent).toPrecision(digits));
  return `${sign}${mantissa === 1 ? '' : `${mantissa}×`}10${superscript(exponent)}`;
}

/** A fixed number of decimals (an axis tick, a percentage), with a typeset minus and thousands grouped. */
export const formatFixed = (value: number, decimals: number): string => {
  const text = value.toFixed(decimals);
  return minus(text.startsWith('-') ? `-${group(text.slice(1))}` : group(text)).replace(/^−(0(\.0+)?)$/, '$1');
};

/** About `count` round tick values (steps of 1, 2 or 5 × 10ⁿ) inside [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  const raw = (hi - lo) / count;
  const step = 10 ** Math.floor(Math.log10(raw));
  const unit = [1, 2, 5, 10].map((m) => m * step).find((u) => u >= raw) ?? 10 * step;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / unit) * unit; v <= hi; v += unit) ticks.push(Number(v.toPrecision(6)));
  return ticks;
}
