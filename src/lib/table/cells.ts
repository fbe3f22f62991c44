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

/** The number a cell holds, or null when it is not a number (missing cells are not numbers). */
export function parseNumber(cell: string): number | null {
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
