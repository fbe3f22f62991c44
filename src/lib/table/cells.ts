// Reading one cell: missing, a number, or text. Numbers are written with a decimal point
// (1.5, -2, 3e-4, .5); a comma in a number is never guessed at (see commaNumber).

/** Cells read as missing (after trimming): pandas' default na_values. */
export const MISSING_TOKENS: readonly string[] = Object.freeze([
  '', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN',
  '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null',
]); // prettier-ignore

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_ASCII = /[^\x00-\x7f]/;

const MISSING: ReadonlySet<string> = new Set(MISSING_TOKENS);

export const isMissing = (cell: string): boolean => MISSING.has(cell.trim());

/** Full-width digits and signs (１２．５, －３) as ASCII, and U+2212 (−) as a minus sign. */
function ascii(cell: string): string {
  return NON_ASCII.test(cell) ? cell.normalize('NFKC').replace(/\u2212/g, '-') : cell;
}

/** 10^k for k ≤ 22, each exact in a double (read from its decimal literal). */
const POW10: readonly number[] = Object.freeze(Array.from({ length: 23 }, (_, k) => Number(`1e${k}`)));

/**
 * The value of a cell written as NUMBER in plain ASCII (no spaces), or NaN when it is not. One scan
 * of the character codes: up to 15 digits and 22 decimals the value is the integer of its digits
 * over 10^decimals, both exact, so the one rounding of the division gives Number()'s result
 * (Clinger's fast path); longer numbers and exponents go to Number(). Most cells of a large
 * file take the fast path, which is several times faster than trimming, the regexes and Number().
 */
export function plainNumber(s: string): number {
  let i = 0;
  let c = s.charCodeAt(0);
  const negative = c === 45;
  if (c === 43 || c === 45) c = s.charCodeAt(++i); // + -
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  while (c >= 48 && c <= 57) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    c = s.charCodeAt(++i);
  }
  if (c === 46) {
    c = s.charCodeAt(++i); // .
    while (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      decimals++;
      c = s.charCodeAt(++i);
    }
  }
  if (digits === 0) return Number.NaN;
  let exponent = false;
  if (c === 101 || c === 69) {
    c = s.charCodeAt(++i); // e E
    if (c === 43 || c === 45) c = s.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) return Number.NaN;
    while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
    exponent = true;
  }
  if (i !== s.length) return Number.NaN;
  if (exponent || digits > 15 || decimals > 22) return Number(s);
  const v = mantissa / POW10[decimals];
  return negative ? -v : v;
}

/** The number a cell holds, or null when it is not a number (missing cells are not numbers). */
export function parseNumber(cell: string): number | null {
  const v = plainNumber(cell);
  if (!Number.isNaN(v)) return v;
  const s = ascii(cell.trim());
  return NUMBER.test(s) ? Number(s) : null;
}

/** Whether a number cell is written with a decimal point (so the file uses points, not commas). */
export const hasDecimalPoint = (cell: string): boolean => ascii(cell).includes('.');

/**
 * Whether a cell that is not a number would be one if its commas were decimal commas (1,5) or
 * thousands separators (1,234 or 1,234.5). Which of the two is meant cannot be told from the
 * cell, so such a cell is refused rather than read.
 */
export function commaNumber(cell: string): boolean {
  const s = ascii(cell.trim());
  if (!s.includes(',')) return false;
  return NUMBER.test(s.replace(/,/g, '')) || (/^[^,]*,[^,]*$/.test(s) && NUMBER.test(s.replace(',', '.')));
}
