// The sizes a phone can take (issue 17), stated on the page. Every check reads them from here.

export interface Limits {
  /** Data rows (the header not counted). */
  rows: number;
  /** Columns of the file, and columns of the design matrix after one-hot encoding. */
  columns: number;
  /** Bytes of a file; characters of pasted text. */
  bytes: number;
}

export const LIMITS: Readonly<Limits> = Object.freeze({ rows: 200_000, columns: 1_000, bytes: 50 * 1024 * 1024 });

/** Fewest rows left after dropping missing values: one per fold of 10-fold cross-validation. */
export const MIN_ROWS = 10;

/** Most distinct values of a text feature that is one-hot encoded. */
export const MAX_LEVELS = 100;
