/** The sentence for each problem and note of src/lib/table, in the page's language. Pure. */
import type { TableNote, TableProblem } from '../../lib/table';
import type { Lang } from '../../i18n';
import { formatFixed, formatNumber } from '../kit/format';
import { fill, shorten } from '../kit/text';
import { strings } from './strings';

type Table = Readonly<Record<string, string>>;

/** Counts and row numbers in full (12,345), other numbers short (10¹⁵⁰), sizes of a file in MB; cells and names cut to ECHO_MAX. */
function show(code: string, value: unknown): string {
  if (typeof value === 'number') {
    if (code === 'too-many-bytes') return `${formatNumber(value / 2 ** 20)} MB`;
    return Number.isInteger(value) && Math.abs(value) < 1e15 ? formatFixed(value, 0) : formatNumber(value);
  }
  return shorten(String(value));
}

function describe(kind: 'problem' | 'note', item: TableProblem | TableNote, lang: Lang): string {
  const table: Table = strings[lang];
  const vars = Object.fromEntries(Object.entries(item).map(([k, v]) => [k, show(item.code, v)]));
  return fill(table[`demo.yourdata.${kind}.${item.code}`]!, vars);
}

export const describeProblem = (problem: TableProblem, lang: Lang): string => describe('problem', problem, lang);
export const describeNote = (note: TableNote, lang: Lang): string => describe('note', note, lang);
