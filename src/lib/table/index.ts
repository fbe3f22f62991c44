// Reading a reader's own table: bytes → text → checked table → design matrix (issue 17).
export { decodeTable } from './decode';
export type { Decoded, TextEncodingName } from './decode';
export { detectDelimiter, readTable } from './read';
export type { ColumnKind, Delimiter, ReadTable, Table, TableColumn } from './read';
export { prepareTable } from './prepare';
export type { Feature, PrepareOptions, PreparedTable, PrepareResult } from './prepare';
export { commaNumber, isMissing, MISSING_TOKENS, parseNumber } from './cells';
export { LIMITS, MAX_LEVELS, MIN_ROWS } from './limits';
export type { Limits } from './limits';
export { NOTE_CODES, NOTE_FIELDS, PROBLEM_CODES, PROBLEM_FIELDS } from './problems';
export type { NoteCode, NoteData, Outcome, ProblemCode, ProblemData, TableNote, TableProblem } from './problems';
