/**
 * Numbers that the prose quotes from the output of code, rendered at build time from the fixture
 * that the code's committed script writes (src/data/code-number-sources.ts):
 * `<CodeNumber of="bootstrap.lasso.s1Only" />`. Rerun the script and the page follows; the tests
 * check that the page's code block and the script run the same code (test/unit/code-numbers.test.ts).
 */
import bootstrap from '../../test/fixtures/bootstrap-counts.json';
import enetCv from '../../test/fixtures/enet-cv-choice.json';
import leakage from '../../test/fixtures/leakage-errors.json';
import { formatNumber } from '../demos/kit/format';
import type { CodeNumberSource } from './code-number-sources';

/** An error rate as a whole percentage ("1" for 0.0128). */
const percent = (rate: number): string => formatNumber(Math.round(rate * 100));

const NUMBERS: Record<CodeNumberSource, Record<string, string>> = {
  bootstrap: {
    sklearn: bootstrap.sklearnVersion,
    fits: String(bootstrap.fits),
    lambda: formatNumber(bootstrap.lambda),
    'lasso.s1Only': String(bootstrap.lasso.s1Only),
    'lasso.s2Only': String(bootstrap.lasso.s2Only),
    'lasso.both': String(bootstrap.lasso.both),
    'lasso.neither': String(bootstrap.lasso.neither),
    'ridge.both': String(bootstrap.ridge.both),
  },
  enetCv: {
    sklearn: enetCv.sklearnVersion,
    /** The ρ (scikit-learn's l1_ratio) that ElasticNetCV chose. */
    rho: formatNumber(enetCv.l1Ratio),
  },
  leakage: {
    /** Mean cross-validation error, selection on all the data (wrong) and inside each fold (right). */
    wrong: percent(leakage.wrongError),
    right: percent(leakage.rightError),
  },
};

/** Every id, "<source>.<key>", for the checks and the tests. */
export const codeNumberIds = (): string[] =>
  Object.entries(NUMBERS)
    .flatMap(([source, keys]) => Object.keys(keys).map((key) => `${source}.${key}`))
    .sort();

/** The text of a code number; an unknown id throws with the known ids of its source. */
export function codeNumberText(id: string): string {
  const dot = id.indexOf('.');
  const keys = NUMBERS[id.slice(0, dot) as CodeNumberSource] as Record<string, string> | undefined;
  const text = dot > 0 ? keys?.[id.slice(dot + 1)] : undefined;
  if (text === undefined) {
    const known = keys ? Object.keys(keys).join(', ') : Object.keys(NUMBERS).join(', ');
    throw new Error(`unknown code number "${id}" (${keys ? `known for this source: ${known}` : `sources: ${known}`})`);
  }
  return text;
}
