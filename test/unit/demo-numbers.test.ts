/**
 * Numbers that cannot drift (issue 15). A number that the prose quotes from a demo is written
 * `<DemoNumber of="<demo>.<key>" />` and computed at build time by the demo's own code
 * (src/demos/<demo>/quotes*.ts, registry src/demos/quotes.ts); a number printed by code is written
 * `<CodeNumber of="<source>.<key>" />` and read from the fixture of the code's committed script
 * (src/data/code-numbers.ts; test/unit/code-numbers.test.ts checks the code and the fixtures). This file checks:
 *
 * - every quote renders text with a digit in ja and en, every quote is used by some page, and every
 *   `<DemoNumber of>` names a known quote;
 * - no typed-in demo number is left: in the prose of a page (frontmatter, code, maths `$…$`/`$$…$$`,
 *   link targets and JSX tags removed), no quote of a demo that the page shows or quotes may appear
 *   as typed text, matched as a whole number (lookarounds: "8" does not match in "0.8", "18", "8.5" or "s8").
 *   A demo's default setting counts as its number ("opens with a patience of 30" is
 *   `stopping.patience.default`): it changes when the demo does. Not flagged, because they are no
 *   number of the demo:
 *   - a setting the reader is asked to make: in the question of an `<Exercise>` (before its
 *     `<Answer>`), a value that the exercise's `<TryDemo href>` sets ("raise the patience to 100"
 *     with `?stopping.patience=100`); the answer, where the outputs are, stays checked;
 *   - a label: a number right after サンプル, sample, シード or seed names a sample ("sample 2"),
 *     it counts nothing ("5シード", "five seeds" count and are checked);
 *   - maths (`$\lambda = 0.25$` in a derivation), which the prose leaves out.
 *   A library's default that equals a demo's number is written as code (`weight_decay=0.01`).
 *   Limits: whole numbers 0–10 are everywhere ("2つの月", "10分割", "λ = 10"), so they are only looked
 *   for in the sentences that hold a `<DemoNumber>` of the same demo, and there not right after "="
 *   (a setting the reader sets, `λ = 10`) nor as an ordinal or a factor ("2番目", "2つ目", "2倍"; in
 *   English these are words or "2nd", which the lookarounds skip). A number spelled as a word
 *   ("four") or rounded differently ("約90%" for 90.5 %) is not found; the regression list below
 *   pins the ones this issue removed. The same holds for a page's `<CodeNumber>` sources;
 * - some claims that the sentences around these numbers make ("half the features", "the same epoch").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n';
import { codeNumberIds, codeNumberText } from '../../src/data/code-numbers';
import { quoteIds, quoteText } from '../../src/demos/quotes';
import { demosUsedIn } from '../../src/demos/registry';
import { GROUP_SIZE } from '../../src/demos/grouping/model';
import { defaults } from '../../src/demos/kit/params';
import { OVERFIT_SPECS, overfitView } from '../../src/demos/overfit/model';
import { featureNames } from '../../src/demos/paths/jobs';
import { shownCoef } from '../../src/demos/paths/quotes';

const ROOT = new URL('../../', import.meta.url).pathname;
const files = ['glossary', 'articles'].flatMap((kind) =>
  LANGS.flatMap((lang) =>
    readdirSync(join(ROOT, 'content', kind, lang))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ lang: lang as Lang, path: `content/${kind}/${lang}/${f}`, text: readFileSync(join(ROOT, 'content', kind, lang, f), 'utf8') })),
  ),
);

const DEMO_NUMBER = /<DemoNumber\s+of="([^"]*)"\s*\/>/g;
const CODE_NUMBER = /<CodeNumber\s+of="([^"]*)"\s*\/>/g;
const idsIn = (text: string): string[] => [...text.matchAll(DEMO_NUMBER)].map((m) => m[1]!);
const folderOf = (id: string): string => id.split('.')[0]!;
/** A code number's id in this file: "code:bootstrap.lasso.both", so that its source "code:bootstrap" is never a demo's name. */
const CODE = 'code:';
const codeIdsIn = (text: string): string[] => [...text.matchAll(CODE_NUMBER)].map((m) => CODE + m[1]!);
/** The ids of the numbers of one source: a demo folder or "code:<source>". */
const idsOf = (source: string): string[] =>
  source.startsWith(CODE)
    ? codeNumberIds()
        .map((id) => CODE + id)
        .filter((id) => folderOf(id) === source)
    : quoteIds().filter((k) => folderOf(k) === source);
const body = (text: string): string => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/** The prose: no frontmatter, code, maths, comments or link targets; a DemoNumber becomes ⟦its demo⟧ (no digits), other tags go. */
function proseOf(text: string): string {
  return body(text)
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(DEMO_NUMBER, (_all, id: string) => `⟦${folderOf(id)}⟧`)
    .replace(CODE_NUMBER, (_all, id: string) => `⟦${CODE}${folderOf(id)}⟧`)
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\[#[\w-]+\]/g, ' ');
}
const sentences = (prose: string): string[] => prose.split(/(?<=[。！？])|(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');

/** The sources whose numbers a page may quote: demos it shows, `tables` for a comparison table, demos and code it quotes. */
function demosOf(text: string): Set<string> {
  const demos = new Set<string>(demosUsedIn(body(text)));
  if (/<ComparisonTable\b/.test(text)) demos.add('tables');
  for (const id of [...idsIn(text), ...codeIdsIn(text)]) demos.add(folderOf(id));
  return demos;
}

const SMALL = /^(?:\d|10)$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A number right after these words names a sample: "サンプル2", "sample 2", "seed 3". */
const LABEL = '(?<!(?:サンプル|シード|[Ss]ample|[Ss]eed)\\s*)';
/**
 * The rendered text as a typed whole number: "91%" also as "91 %", "−37" also as "-37"; not as a
 * sample's label; a small number also not as a setting ("= 2") nor as an ordinal or factor ("2番目", "2倍").
 */
function typed(text: string): RegExp {
  const pattern = escape(text).replace(/%$/, '\\s?%').replace(/^−/, '[−-]');
  const [before, after] = SMALL.test(text) ? ['(?<![=＝]\\s*)', '(?!番目|つ目|倍)'] : ['', ''];
  return new RegExp(`(?<![\\dA-Za-z.,])${LABEL}${before}${pattern}(?![\\dA-Za-z]|[.,]\\d)${after}`, 'u');
}

const EXERCISE = /<Exercise\b[\s\S]*?<\/Exercise>/g;
/** The values that an exercise's <TryDemo> links set: "?stopping.patience=100#stopping" gives "100". */
function linkedValues(exercise: string): Set<string> {
  const values = new Set<string>();
  for (const [, href] of exercise.matchAll(/<TryDemo\s+href="([^"]*)"/g)) {
    const query = href!.split('#')[0]!.split('?')[1] ?? '';
    for (const value of new URLSearchParams(query).values()) values.add(value);
  }
  return values;
}
/**
 * A page's prose in parts, each with the settings that it asks the reader to make: the question of
 * each exercise (up to its <Answer>) with the values of its links; its answer and the rest of the page with none.
 */
function partsOf(text: string): { prose: string; settings: Set<string> }[] {
  const parts: { prose: string; settings: Set<string> }[] = [];
  const rest = body(text).replace(EXERCISE, (exercise) => {
    const answerAt = exercise.search(/<Answer\b/);
    const question = answerAt < 0 ? exercise : exercise.slice(0, answerAt);
    parts.push({ prose: proseOf(question), settings: linkedValues(exercise) });
    parts.push({ prose: proseOf(exercise.slice(question.length)), settings: new Set() });
    return '\n\n';
  });
  return [{ prose: proseOf(rest), settings: new Set() }, ...parts];
}

/**
 * Every quote's text in every language, computed once: the training demos take about 3 s in all, plus
 * about 5 s for the decay demo's λ sweep when src/demos/quote-cache.ts has not stored it yet.
 */
const texts = new Map<string, string>();
const textOf = (id: string, lang: Lang): string =>
  texts.get(`${lang}:${id}`) ?? (id.startsWith(CODE) ? codeNumberText(id.slice(CODE.length)) : quoteText(id, lang));
beforeAll(() => {
  for (const id of quoteIds()) for (const lang of LANGS) texts.set(`${lang}:${id}`, quoteText(id, lang));
}, 180_000);

/** Where a page typed a quote's number, once per number and sentence: "file: ids "text" typed in «sentence»". */
function typedNumbers(file: (typeof files)[number]): string[] {
  const found = new Map<string, string[]>();
  for (const { prose, settings } of partsOf(file.text)) {
    for (const demo of demosOf(file.text)) {
      for (const id of idsOf(demo)) {
        const text = textOf(id, file.lang);
        if (settings.has(text)) continue;
        const re = typed(text);
        const scope = SMALL.test(text) ? sentences(prose).filter((s) => s.includes(`⟦${demo}⟧`)) : sentences(prose);
        for (const s of scope.filter((x) => re.test(x))) {
          const where = `"${text}" typed in «${s.trim().slice(0, 120)}»`;
          found.set(where, [...(found.get(where) ?? []), id]);
        }
      }
    }
  }
  return [...found].map(([where, ids]) => `${file.path}: ${ids.join(', ')} ${where}`);
}

/** What issue 15 replaced by <DemoNumber>: none of it may come back (each string was unique in its file). */
const REMOVED: Record<string, string[]> = {
  'content/articles/ja/neural-network-regularization.mdx': [
    '$10^{-15}$ 程度',
    '約4.8',
    '約10.8',
    '初期値0.3',
    '300エポック後',
    '約0.53',
    '約0.25',
    '60点で',
    '忍耐30',
    'min_delta 0）',
    '131エポック目',
    '101エポック目',
    'テスト損失は0.380',
    '0.629',
    '忍耐を100',
    '201エポック目',
    '0.467',
    '36点',
    '4個（初期値）',
    '5シード',
    '約90%',
    '約94%',
    '約97%',
    '約79%',
    'λ = 0.01（初期値）',
    '初期値の 0.01',
    'λ = 0.01 での',
    '既定値は0.01',
  ],
  'content/articles/en/neural-network-regularization.mdx': [
    'around $10^{-15}$',
    'after 200 epochs',
    'about 4.8',
    'about 10.8',
    '(0.3 by default)',
    'after 300 epochs',
    'about 0.53',
    'about 0.25',
    'on 60 points',
    'patience 30',
    'min_delta 0)',
    'epoch 131',
    'epoch 101',
    'is 0.380',
    '0.629',
    'patience 100',
    'epoch 201',
    '0.467',
    'adds 4 copies',
    '36 points',
    'five seeds',
    'about 90%',
    'about 94%',
    'about 97%',
    'about 79%',
    'default λ = 0.01',
    'default of 0.01',
    'At λ = 0.01',
    '`weight_decay` of 0.01',
  ],
  'content/articles/ja/choosing-lambda.mdx': [
    '20個の訓練データ',
    '9次（初期値）',
    '$10^{-2}$ から $10^{-1}$',
    'で8個',
    'で4個',
    '残った4個',
    '大事な4個',
    '442人、10変数',
    '10分割交差検証を計算',
  ],
  'content/articles/en/choosing-lambda.mdx': [
    'degree-9',
    '20 training points',
    'between $10^{-2}$ and $10^{-1}$',
    'it was 8',
    'and 4 at',
    'remaining four',
    'the four important',
    '10-fold cross-validation on',
    '10 variables',
  ],
  'content/articles/ja/l1-vs-l2.mdx': [
    '解は (1.00, 0)',
    '(0.82, 0.57)',
    '1.1 より',
    '2.9 以上',
    '角 (1.00, 0)',
    '(2.00, 0.90)',
    '(0.90, 2.00)',
    '(0.73, 0.68)',
    '(0.68, 0.73)',
    '(0, 1.00)',
    '7 / 10',
    '10 / 10',
    'では4つ',
    'λ = 30',
    'の2つが残り',
    '約45',
    '4.5e−3',
    '−37',
    '+22',
    '中性脂肪の4つ',
    '押すと8個',
    '押すと4個',
    'λ = 3 の',
    '500回',
    'scikit-learn 1.2 での',
    '153回',
    '117回',
    '23回',
    '207回',
    '（λ = 3）',
    '最初は $t = 1$',
    '(2, 0.9)$、相関 0.5',
    '最初は λ = 1',
  ],
  'content/articles/en/l1-vs-l2.mdx': [
    'solution is (1.00, 0)',
    '(0.82, 0.57)',
    'Above 1.1',
    'From 2.9',
    'corner (1.00, 0)',
    '(2.00, 0.90)',
    '(0.90, 2.00)',
    '(0.73, 0.68)',
    '(0.68, 0.73)',
    '(0, 1.00)',
    '7 / 10',
    '10 / 10',
    'Four remain',
    'λ = 30',
    'about 45',
    '4.5e−3',
    '−37',
    '+22',
    'leaves 8',
    'leaves 4',
    'at λ = 3,',
    '500 times',
    'scikit-learn 1.2 the',
    'kept 153',
    '117 times',
    '23 times',
    '207 times',
    'all 500',
    'lasso at λ = 3',
    'starts with $t = 1$',
    '(2, 0.9)$ and correlation 0.5',
    'starts at λ = 1',
  ],
  'content/articles/ja/elastic-net-and-correlated-features.mdx': [
    '相関 0.98',
    'λ = 0.8',
    'ρ = 0.3',
    'サンプル 1）',
    'から2つ',
    'B から1つ',
    'の6つ',
    '0.3 前後',
    'scikit-learn 1.2.1',
    'ρ = 1、つまり',
    '60個のサンプルに9つ',
    '442人、10変数',
    'λ を10分割',
  ],
  'content/articles/en/elastic-net-and-correlated-features.mdx': [
    'group 0.98',
    'λ = 0.8',
    'ρ = 0.3',
    'sample 1)',
    'keeps two features',
    'one of B',
    'all six',
    'about 0.3',
    'scikit-learn 1.2.1',
    'ρ = 1, in other',
    '60 samples',
    'nine features',
    '10 standardized',
    'by 10-fold',
  ],
  'content/glossary/ja/adamw.mdx': [
    '$10^{-15}$ 程度',
    '200エポック後',
    '約4.8',
    '約10.8',
    'λ = 0.18 あたり',
    '約0.69',
    '0.18〜0.32',
    'λ = 0.0056',
    '既定の λ = 0.01',
    'λ = 1 まで',
    'λ = 1 にすると',
    'の既定値は 0.01',
  ],
  'content/glossary/en/adamw.mdx': [
    'around $10^{-15}$',
    'after 200 epochs',
    'about 4.8',
    'about 10.8',
    'about λ = 0.18',
    'about 0.69',
    '0.18–0.32',
    'λ = 0.0056',
    'default λ = 0.01',
    'at λ = 1 it',
    'set λ = 1',
    'is 0.01;',
  ],
  'content/glossary/ja/effective-degrees-of-freedom.mdx': ['k / 10', 'では7', 'では4 です', 'いつも10', '既定の λ = 1'],
  'content/glossary/en/effective-degrees-of-freedom.mdx': ['k / 10', 'It is 7', 'and 4 at', 'stays at 10', 'default λ = 1'],
  'content/glossary/ja/data-leakage.mdx': ['約1%', '約50%'],
  'content/glossary/en/data-leakage.mdx': ['about 1%', 'about 50%'],
  'content/glossary/ja/l1-regularization.mdx': ['λ = 1 で開きます', 'ŵ = (2, 0.9)'],
  'content/glossary/en/l1-regularization.mdx': ['opens at λ = 1', 'ŵ = (2, 0.9)'],
  'content/glossary/ja/l2-regularization.mdx': ['λ = 1 で開きます', '予算 t = 1 で開きます'],
  'content/glossary/en/l2-regularization.mdx': ['opens at λ = 1', 'budget t = 1,'],
  'content/glossary/ja/regularization.mdx': ['9次の多項式を当てはめた', '（λ = 0）'],
  'content/glossary/en/regularization.mdx': ['degree-9 polynomial fitted', '(λ = 0)'],
  'content/glossary/ja/cross-validation.mdx': ['での10分割交差検証'],
  'content/glossary/en/cross-validation.mdx': ['shows 10-fold'],
  'content/glossary/ja/data-augmentation.mdx': ['（±0.1）'],
  'content/glossary/en/data-augmentation.mdx': ['(±0.1)'],
};

describe('demo numbers', () => {
  const used = new Map<string, string[]>();
  for (const file of files) for (const id of idsIn(file.text)) used.set(id, [...(used.get(id) ?? []), file.path]);

  it('finds quotes and pages that use them', () => {
    expect(quoteIds().length).toBeGreaterThanOrEqual(50);
    expect(used.size).toBeGreaterThanOrEqual(50);
  });

  it.each(quoteIds())('%s renders text with a digit in ja and en', (id) => {
    for (const lang of LANGS) expect(textOf(id, lang)).toMatch(/\d/);
  });

  it('uses every quote in some page (no dead quotes)', () => {
    expect(quoteIds().filter((id) => !used.has(id))).toEqual([]);
  });

  it('quotes only known ids', () => {
    const known = new Set(quoteIds());
    expect([...used].filter(([id]) => !known.has(id)).map(([id, where]) => `${id} in ${where.join(', ')}`)).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s has no typed-in demo number', (_path, file) => {
    expect(typedNumbers(file)).toEqual([]);
  });

  it.each(Object.entries(REMOVED))('%s keeps the numbers issue 15 replaced out of its text', (path, removed) => {
    const text = body(files.find((f) => f.path === path)!.text);
    expect(removed.filter((old) => text.includes(old))).toEqual([]);
  });

  it('finds a typed number (the scan works)', () => {
    const page = (lang: Lang, text: string, demo = 'StoppingDemo') => ({ lang, path: 'x.mdx', text: `---\nx: 1\n---\n<${demo} />\n\n${text}\n` });
    // One finding per number and sentence, naming every quote with that value.
    const [stop] = typedNumbers(page('ja', '初期設定では131エポック目で止まります。'));
    expect(typedNumbers(page('ja', '初期設定では131エポック目で止まります。'))).toHaveLength(1);
    expect(stop).toContain('stopping.stopEpoch');
    expect(typedNumbers(page('en', 'It stops at epoch 131, at a loss of 0.629.'))).toHaveLength(2);
    // A default is the demo's number too.
    expect(typedNumbers(page('en', 'The demo opens with a patience of 30.'))).toEqual([expect.stringContaining('stopping.patience.default "30"')]);
    // Whole numbers only: 1310, 0.1310, 13.1 and x131 are other numbers.
    expect(typedNumbers(page('en', 'Epoch 1310, loss 0.1310, 13.1 s, feature x131.'))).toEqual([]);
    // Small numbers only next to a DemoNumber of the same demo, and not as a setting.
    expect(typedNumbers(page('en', 'It waits until epoch <DemoNumber of="stopping.long.stopEpoch" /> with min_delta 0.'))).toHaveLength(1);
    expect(typedNumbers(page('en', 'The two moons, min_delta = 0, <DemoNumber of="stopping.stopEpoch" />.'))).toEqual([]);
    expect(typedNumbers(page('en', 'Set min_delta to 0.'))).toEqual([]);
    expect(typedNumbers(page('ja', 'min_delta ＝ 0 で<DemoNumber of="stopping.stopEpoch" />エポック目です。'))).toEqual([]);
    // Ordinals and factors are not counts; the count next to them is.
    const grouping = (lang: Lang, text: string) => typedNumbers(page(lang, text, 'GroupingDemo'));
    expect(grouping('ja', '2番目の組、2つ目の組、2倍の相関で、B から<DemoNumber of="grouping.lasso.keptB" />つです。')).toEqual([]);
    expect(grouping('ja', 'A から2つ、B から<DemoNumber of="grouping.lasso.keptB" />つです。')).toHaveLength(1);
    // A sample's label counts nothing: "sample 2" is not the lasso's 2 features.
    expect(grouping('en', 'On sample 2 it keeps <DemoNumber of="grouping.lasso.keptB" /> of B.')).toEqual([]);
    expect(grouping('ja', 'サンプル2では B から<DemoNumber of="grouping.lasso.keptB" />つです。')).toEqual([]);
    expect(grouping('en', 'It keeps 2 of A and <DemoNumber of="grouping.lasso.keptB" /> of B.')).toHaveLength(1);
    // The setting an exercise's link makes may be named in its question; not in its answer, nor elsewhere.
    const exercise = (question: string, answer: string) =>
      `<Exercise kind="predict">\n\n${question}\n\n<TryDemo href="?stopping.patience=100#stopping" />\n\n<Answer>\n\n${answer}\n\n</Answer>\n\n</Exercise>`;
    expect(typedNumbers(page('en', exercise('Raise the patience to 100.', 'It stops later.')))).toEqual([]);
    expect(typedNumbers(page('en', exercise('Raise the patience to 100.', 'With patience 100 it stops later.')))).toEqual([
      expect.stringContaining('stopping.long.patience "100" typed in «With patience 100'),
    ]);
    expect(typedNumbers(page('en', exercise('Raise the patience to 100 and it stops at epoch 201.', 'Yes.')))).toEqual([
      expect.stringContaining('"201" typed in «Raise the patience to 100 and it stops at epoch 201.»'),
    ]);
    expect(typedNumbers(page('en', 'Raise the patience to 100.'))).toHaveLength(1);
    // A page that quotes code numbers may not type the others of the same source; other pages may.
    const code = (text: string) => typedNumbers({ lang: 'en', path: 'x.mdx', text: `---\nx: 1\n---\n${text}\n` });
    const counts = 'Both <CodeNumber of="bootstrap.lasso.both" /> times.';
    expect(code(`${counts} Only s1 153 times.`)).toEqual([expect.stringContaining('code:bootstrap.lasso.s1Only "153" typed in «Only s1 153 times.»')]);
    expect(code('Only s1 153 times.')).toEqual([]);
    // Small numbers only next to a code number of the same source: "λ = 3" is a setting, "with 3" is not.
    expect(code('Fit at λ = <CodeNumber of="bootstrap.lambda" /> and again at λ = 3.')).toEqual([]);
    expect(code('Fit at λ = <CodeNumber of="bootstrap.lambda" />, that is with 3.')).toHaveLength(1);
  });
});

describe('what the pages say about these numbers', () => {
  const n = (id: string) => Number(textOf(id, 'en').replace('−', '-').replace(/[+%]/g, ''));

  it('choosing-lambda: λ_1se keeps half the features of λ_min', () => {
    expect(2 * n('paths.lasso.nonZeroAt1se')).toBe(n('paths.lasso.nonZeroAtMin'));
  });

  it('l1-vs-l2: the features the lasso keeps and drops at the λ the article names', () => {
    const names = featureNames();
    const kept = (lambda: number) => names.filter((_, j) => Math.abs(shownCoef('lasso', lambda)[j]!) > 1e-10);
    // "age, LDL and total / HDL are already exactly zero" at the default λ.
    expect(names.filter((name) => !kept(1).includes(name))).toEqual(['age', 's2', 's4']);
    expect(kept(10)).toEqual(['bmi', 'bp', 's3', 's5']);
    expect(kept(25.1)).toEqual(['bmi', 's5']);
    // "large coefficients of opposite sign" at the left end.
    expect(n('paths.lasso.s1AtLeftEnd') * n('paths.lasso.s2AtLeftEnd')).toBeLessThan(0);
  });

  it('elastic-net article: at the λ where the lasso keeps s1 alone, the Elastic Net gives s1 and s2 negative coefficients', () => {
    const lambda = n('paths.lasso.s1OnlyFrom');
    const [s1, s2] = [featureNames().indexOf('s1'), featureNames().indexOf('s2')];
    const enet = shownCoef('enet', lambda);
    expect(enet[s1]).toBeLessThan(0);
    expect(enet[s2]).toBeLessThan(0);
  });

  it('elastic-net article: the Elastic Net keeps all of A and B, and all the diabetes features at α_min and α_1se', () => {
    expect(n('grouping.enet.keptAB')).toBe(2 * GROUP_SIZE);
    expect(n('grouping.lasso.keptA') + n('grouping.lasso.keptB')).toBeLessThan(2 * GROUP_SIZE);
    expect(n('tables.enetCv.enetNonZeroMin')).toBe(n('paths.features'));
    expect(n('tables.enetCv.enetNonZero1se')).toBe(n('paths.features'));
  });

  it('choosing-lambda: the training error only rises with λ, the test error bottoms out inside the range', () => {
    const { sweep } = overfitView({ ...defaults(OVERFIT_SPECS), x: 'lambda' });
    sweep.slice(1).forEach((p, i) => expect(p.train).toBeGreaterThanOrEqual(sweep[i]!.train - 1e-12));
    const best = sweep.reduce((a, b) => (b.test < a.test ? b : a));
    expect(best).not.toBe(sweep[0]);
    expect(best).not.toBe(sweep.at(-1));
  });

  it('neural-network article: early stopping restores the same epoch at patience 100, and its weights test better', () => {
    expect(n('stopping.long.bestEpoch')).toBe(n('stopping.bestEpoch'));
    expect(n('stopping.testLoss.restored')).toBeLessThan(n('stopping.testLoss.full'));
    expect(n('stopping.long.testLossAtStop')).toBeGreaterThan(n('stopping.testLoss.restored'));
    expect(n('dropout.valLoss.default')).toBeLessThan(n('dropout.valLoss.none'));
  });

  it('neural-network article: augmentation helps on the circles, hurts on the moons, and jitter alone is about neutral', () => {
    expect(n('augment.circles.with')).toBeGreaterThan(n('augment.circles.without'));
    expect(n('augment.moons.with')).toBeLessThan(n('augment.moons.without'));
    expect(Math.abs(n('augment.moonsJitter.with') - n('augment.moons.without'))).toBeLessThanOrEqual(1);
  });
});
