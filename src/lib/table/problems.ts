// What can go wrong with a reader's table (problems: the table is refused) and what was changed
// on the way (notes: the table is used). Only codes and data: the page words them
// (src/demos/yourdata/strings.ts). Rows are counted as a person counts them, the header being
// row 1; columns from 1, left to right, as in the file.

/** Where a cell is: its row and column numbers, the column's header and the cell's text. */
interface Cell {
  row: number;
  column: number;
  name: string;
  value: string;
}

interface Column {
  column: number;
  name: string;
}

export interface ProblemData {
  /** No bytes, or nothing but white space. */
  'empty-file': Record<never, never>;
  /** The bytes are neither UTF-8 nor Shift_JIS text (or hold a NUL, as binary files and UTF-16 do). */
  'unknown-encoding': Record<never, never>;
  'too-many-bytes': { limit: number; found: number };
  'too-many-rows': { limit: number; found: number };
  'too-many-columns': { limit: number; found: number };
  /** A header row and no data row. */
  'header-only': Record<never, never>;
  /** Every name in row 1 is a number: the file most likely has no header row. */
  'no-header': { row: number };
  'duplicate-header': Column & { firstColumn: number };
  /** A quote that is not closed, or text after a closing quote. */
  'bad-quotes': { row: number };
  /** The first row whose number of cells differs from the header's. */
  'ragged-row': { row: number; expected: number; found: number };
  /** A number written with a comma (1,5 or 1,234) in a file that also writes decimals with a point. */
  'mixed-decimal-comma': Cell;
  /** A number written with a comma (1,5 or 1,234): a decimal comma or a thousands separator? */
  'decimal-comma': Cell;
  /** |value| > 1e150 (the solver's limit), or a number too large for a double. */
  'value-too-large': Cell & { limit: number };
  'no-numeric-column': Record<never, never>;
  /** A column named in the settings that the table does not have. */
  'unknown-column': { name: string };
  /** A text target with more than two values (two values make a binary task). */
  'target-not-numeric': Column & { levels: number };
  'constant-target': Column & { value: string };
  /** No feature is left (none chosen, or all of them constant). */
  'no-features': Record<never, never>;
  /** A text feature with too many distinct values to one-hot encode (often a number column with a typo). */
  'too-many-levels': Column & { levels: number; limit: number };
  'too-many-features': { limit: number; found: number };
  /** Fewer rows than 10-fold cross-validation needs, after the rows with missing values were dropped. */
  'too-few-rows': { found: number; min: number; dropped: number };
}

export interface NoteData {
  'blank-rows-skipped': { count: number; row: number };
  /** An empty header cell: the column is named column_<k>. */
  'unnamed-column': Column;
  /** A column with no value at all: dropped. */
  'empty-column': Column;
  /** Rows with a missing value in the target or a chosen feature: dropped. `row` is the first. */
  'rows-dropped': { count: number; row: number; column: number; name: string };
  'constant-feature-dropped': Column & { value: string };
  /** A text feature became levels − 1 columns of 0/1; `reference` (the most frequent value) has none. */
  'one-hot': Column & { levels: number; reference: string };
  /** The target has two values: `positive` is coded 1, `negative` 0 (the values sorted, as scikit-learn's classes_). */
  'binary-target': Column & { negative: string; positive: string };
}

export type ProblemCode = keyof ProblemData;
export type NoteCode = keyof NoteData;
export type TableProblem = { [C in ProblemCode]: { code: C } & ProblemData[C] }[ProblemCode];
export type TableNote = { [C in NoteCode]: { code: C } & NoteData[C] }[NoteCode];

/** The data fields of each code: the placeholders its message may use. */
export const PROBLEM_FIELDS = {
  'empty-file': [],
  'unknown-encoding': [],
  'too-many-bytes': ['limit', 'found'],
  'too-many-rows': ['limit', 'found'],
  'too-many-columns': ['limit', 'found'],
  'header-only': [],
  'no-header': ['row'],
  'duplicate-header': ['column', 'name', 'firstColumn'],
  'bad-quotes': ['row'],
  'ragged-row': ['row', 'expected', 'found'],
  'mixed-decimal-comma': ['row', 'column', 'name', 'value'],
  'decimal-comma': ['row', 'column', 'name', 'value'],
  'value-too-large': ['row', 'column', 'name', 'value', 'limit'],
  'no-numeric-column': [],
  'unknown-column': ['name'],
  'target-not-numeric': ['column', 'name', 'levels'],
  'constant-target': ['column', 'name', 'value'],
  'no-features': [],
  'too-many-levels': ['column', 'name', 'levels', 'limit'],
  'too-many-features': ['limit', 'found'],
  'too-few-rows': ['found', 'min', 'dropped'],
} as const satisfies { [C in ProblemCode]: readonly (keyof ProblemData[C])[] };

export const NOTE_FIELDS = {
  'blank-rows-skipped': ['count', 'row'],
  'unnamed-column': ['column', 'name'],
  'empty-column': ['column', 'name'],
  'rows-dropped': ['count', 'row', 'column', 'name'],
  'constant-feature-dropped': ['column', 'name', 'value'],
  'one-hot': ['column', 'name', 'levels', 'reference'],
  'binary-target': ['column', 'name', 'negative', 'positive'],
} as const satisfies { [C in NoteCode]: readonly (keyof NoteData[C])[] };

export const PROBLEM_CODES = Object.keys(PROBLEM_FIELDS) as ProblemCode[];
export const NOTE_CODES = Object.keys(NOTE_FIELDS) as NoteCode[];

/** A result, or the problems that stop it. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; problems: TableProblem[] };

export const refuse = (...problems: TableProblem[]): { ok: false; problems: TableProblem[] } => ({ ok: false, problems });
