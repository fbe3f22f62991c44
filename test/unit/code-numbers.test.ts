/**
 * Numbers printed by code (issue 15): the prose writes `<CodeNumber of="<source>.<key>" />`, read at
 * build time from the fixture that the source's committed script writes (src/data/code-numbers.ts).
 * This file checks that the page, the script and the numbers cannot disagree:
 * - the code block printed on the page is the code the script runs (line for line, comments and
 *   print lines aside), in ja and en;
 * - every code number renders, is used, and every `<CodeNumber of>` is known;
 * - our own engine (src/lib) refits the same bootstrap samples and counts the same as scikit-learn;
 * - the claims that the sentences around the numbers make ("in all 500 fits", "the plain lasso").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_NUMBER_SOURCES } from '../../src/data/code-number-sources';
import { codeNumberIds, codeNumberText } from '../../src/data/code-numbers';
import { LANGS } from '../../src/i18n';
import { fitLasso, fitRidge, loadDiabetes, standardize } from '../../src/lib';
import bootstrap from '../fixtures/bootstrap-counts.json';
import enetCv from '../fixtures/enet-cv-choice.json';
import leakage from '../fixtures/leakage-errors.json';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pages = ['glossary', 'articles'].flatMap((kind) =>
  LANGS.flatMap((lang) =>
    readdirSync(join(ROOT, 'content', kind, lang))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ path: `content/${kind}/${lang}/${f}`, text: read(`content/${kind}/${lang}/${f}`) })),
  ),
);

/** Code lines without comments, indentation, blank lines and print calls: what the code computes. */
const codeLines = (code: string): string[] =>
  code
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('print('));
/** The Python block of a page that contains `marker`. */
function pageCode(path: string, marker: string): string[] {
  const blocks = [...read(path).matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => b.includes(marker));
  expect(blocks, `${path}: one Python block with ${marker}`).toHaveLength(1);
  return codeLines(blocks[0]!);
}
/** The lines of a script between its "page code" and "end of page code" markers. */
function scriptCode(path: string): string[] {
  const m = /# -+ page code -+\n([\s\S]*?)# -+ end of page code -+/.exec(read(path));
  expect(m, `${path}: page code markers`).not.toBeNull();
  return codeLines(m![1]!);
}

describe('the code on the page is the code the script runs', () => {
  it.each(LANGS)('l1-vs-l2 (%s): the bootstrap experiment, line for line', (lang) => {
    expect(pageCode(`content/articles/${lang}/l1-vs-l2.mdx`, 'load_diabetes')).toEqual(scriptCode(CODE_NUMBER_SOURCES.bootstrap.script));
  });

  it.each(LANGS)('elastic-net-and-correlated-features (%s): the choice of ρ, line for line', (lang) => {
    const page = pageCode(`content/articles/${lang}/elastic-net-and-correlated-features.mdx`, 'ElasticNetCV(');
    expect(page).toEqual(scriptCode(CODE_NUMBER_SOURCES.enetCv.script));
  });

  it.each(LANGS)('data-leakage (%s): the right procedure is the page’s pipeline, inside a function', (lang) => {
    const page = pageCode(`content/glossary/${lang}/data-leakage.mdx`, 'SelectKBest');
    const script = scriptCode(CODE_NUMBER_SOURCES.leakage.script);
    expect(script.filter((line) => !/^(def |return )/.test(line))).toEqual(page);
  });

  it('the code compared is not empty (the markers and the blocks were found)', () => {
    expect(scriptCode(CODE_NUMBER_SOURCES.bootstrap.script).length).toBeGreaterThan(10);
    expect(scriptCode(CODE_NUMBER_SOURCES.enetCv.script).length).toBeGreaterThan(5);
    expect(scriptCode(CODE_NUMBER_SOURCES.leakage.script).length).toBeGreaterThan(5);
  });

  it('every fixture names the script that wrote it', () => {
    for (const source of Object.values(CODE_NUMBER_SOURCES)) {
      expect((JSON.parse(read(source.fixture)) as { generatedBy: string }).generatedBy).toBe(source.script);
    }
  });
});

describe('code numbers in the prose', () => {
  const used = new Map<string, string[]>();
  for (const page of pages) {
    for (const [, id] of page.text.matchAll(/<CodeNumber\s+of="([^"]*)"\s*\/>/g)) used.set(id!, [...(used.get(id!) ?? []), page.path]);
  }

  it('renders every number with a digit, and every number is used by some page', () => {
    for (const id of codeNumberIds()) expect(codeNumberText(id)).toMatch(/\d/);
    expect(codeNumberIds().filter((id) => !used.has(id))).toEqual([]);
  });

  it('quotes only known ids, and names the known ones when it does not', () => {
    const known = new Set(codeNumberIds());
    expect([...used].filter(([id]) => !known.has(id)).map(([id, where]) => `${id} in ${where.join(', ')}`)).toEqual([]);
    expect(() => codeNumberText('bootstrap.lasso.none')).toThrow(/unknown code number "bootstrap\.lasso\.none" \(known for this source: .*lasso\.both/);
    expect(() => codeNumberText('bootstrp.lasso.both')).toThrow(/sources: bootstrap, enetCv, leakage/);
  });

  it('renders the fixtures’ values', () => {
    expect(codeNumberText('bootstrap.lasso.s1Only')).toBe(String(bootstrap.lasso.s1Only));
    expect(codeNumberText('bootstrap.sklearn')).toBe(bootstrap.sklearnVersion);
    expect(codeNumberText('enetCv.rho')).toBe('1');
    expect(codeNumberText('leakage.wrong')).toBe(String(Math.round(100 * leakage.wrongError)));
  });
});

describe('what the pages say about these numbers', () => {
  it('l1-vs-l2: the four lasso outcomes add up to the fits, and ridge keeps both features in all of them', () => {
    const { s1Only, s2Only, both, neither } = bootstrap.lasso;
    expect(s1Only + s2Only + both + neither).toBe(bootstrap.fits);
    expect(bootstrap.ridge.both).toBe(bootstrap.fits);
    // "the lasso keeps s1 and zeroes s2 on the full data", yet the choice flips: each feature alone wins many times.
    expect(bootstrap.fullData.s1).not.toBe(0);
    expect(bootstrap.fullData.s2).toBe(0);
    expect(Math.min(s1Only, s2Only)).toBeGreaterThan(bootstrap.fits / 10);
    // "draw 442 rows": the size of the data set, typed (it is a fact of the data, also typed in "442 patients").
    expect(bootstrap.n).toBe(442);
  });

  it('elastic-net article: ρ = 1 is the plain lasso, chosen from the list the page prints', () => {
    expect(enetCv.l1Ratio).toBe(1);
    expect(enetCv.l1Ratios).toContain(enetCv.l1Ratio);
  });

  it('data-leakage: 50 repetitions; about 1% with the wrong procedure, about 50% (chance) with the right one', () => {
    // "Repeating the same setting 50 times": typed, since 50 is also ESL's sample size and the true error rate.
    expect(leakage.repeats).toBe(50);
    expect(leakage.wrongError).toBeLessThan(0.05);
    expect(Math.abs(leakage.rightError - 0.5)).toBeLessThan(0.05);
  });
});

describe('our engine agrees with the bootstrap counts', () => {
  const { X, y } = loadDiabetes({ scaled: false });
  /** The rows of one fit: row k repeated as often as the k-th base-36 digit of the fixture says. */
  const rowsOf = (draw: string): number[] => [...draw].flatMap((digit, k) => Array.from({ length: parseInt(digit, 36) }, () => k));
  const outcome = (w: number[]) => {
    const [s1, s2] = [w[bootstrap.columns.s1] !== 0, w[bootstrap.columns.s2] !== 0];
    return s1 ? (s2 ? 'both' : 's1Only') : s2 ? 's2Only' : 'neither';
  };

  it('uses the same data and draws n rows per fit', () => {
    expect(X).toHaveLength(bootstrap.n);
    expect(bootstrap.draws).toHaveLength(bootstrap.fits);
    for (const draw of bootstrap.draws) expect(rowsOf(draw)).toHaveLength(bootstrap.n);
  });

  it('refits the same samples with src/lib and counts exactly what scikit-learn counted', () => {
    const counts = { lasso: { s1Only: 0, s2Only: 0, both: 0, neither: 0 }, ridge: { s1Only: 0, s2Only: 0, both: 0, neither: 0 } };
    for (const draw of bootstrap.draws) {
      const rows = rowsOf(draw);
      const Z = standardize(rows.map((k) => X[k]!)).X;
      const target = rows.map((k) => y[k]!);
      counts.lasso[outcome(fitLasso(Z, target, { alpha: bootstrap.lambda }).coef)]++;
      counts.ridge[outcome(fitRidge(Z, target, { alpha: bootstrap.lambda }).coef)]++;
    }
    expect(counts).toEqual({ lasso: bootstrap.lasso, ridge: bootstrap.ridge });
  });

  it('keeps s1 and zeroes s2 on the full data, as scikit-learn does', () => {
    const w = fitLasso(standardize(X).X, y, { alpha: bootstrap.lambda }).coef;
    expect(outcome(w)).toBe('s1Only');
    // Both stop at the default tolerance (duality gap below 1e-4 of ‖y − ȳ‖²/n), so the values agree to about 1 %.
    expect(Math.abs(w[bootstrap.columns.s1]! - bootstrap.fullData.s1)).toBeLessThan(0.01 * Math.abs(bootstrap.fullData.s1));
  });
});
