// English pages use American spelling, as the code does. Scans the en content and every en UI
// string for British forms and names the file and line of each. Exempt: frontmatter `aliases`
// (British spellings a reader may search for) and `references` (titles stay as published).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** British form → American, by pattern. Stems are listed, not "-ise": noise, promise, raise stay. */
const BRITISH: [RegExp, string][] = [
  [
    /\b(regular|normal|optim|penal|minim|maxim|general|standard|memor|summar|character|recogn|organ|initial|parametr|parameter|visual|real|util|special|categor|random|vector|token|central|stabil|emphas|prioriti|custom|prior|capital|local|amort|speciali|symbol|theor|hypothes|synthes|polar|discret|linear|marginal|factor|material|neutral|tokeni|sanit|digit|summar|apolog|critic|familiar|jeopard|legal|mobil|modern|public|sympath)is(e|es|ed|ing|ation|ations|er|ers)\b/i,
    '-ize / -ization',
  ],
  [
    /\b(behavi|col|fav|neighb|hon|lab|flav|harb|rum|hum|vap|endeav|sav|arm|rig|vig|clam|od|tum|splend|parl)our(s|ed|ing|ite|ites|able|hood|hoods|ful|less|ly)?\b/i,
    '-or',
  ],
  [/\b(cent|met|kilomet|centimet|millimet|lit|fib|theat|spect|calib|lust|meag)re(s|d)?\b/i, '-er'],
  [/\b(anal|paral|catal)ys(e|ed|ing)\b/i, '-yze'],
  [/\b(model|label|travel|signal|level|fuel|total|channel|tunnel|counsel|marvel|jewel|dial|equal)l(ed|ing|er|ers)\b/i, 'single l'],
  [
    /\b(learnt|spelt|dreamt|leapt|whilst|programme|programmes|judgement|judgements|artefacts?|defence|offence|licence|licences|sceptic\w*|ageing|fulfil|fulfilment|enrolment|focuss(ed|ing)|grey|greys|greyed|catalogue|analogue|aluminium|practis(e|ed|es|ing)|towards)\b/i,
    'American word',
  ],
];

/** Problems on one text: `line: word (rule)`. Frontmatter `aliases` and `references` are skipped. */
export function britishSpellings(text: string): string[] {
  const problems: string[] = [];
  let frontmatter = false;
  let key = '';
  text.split('\n').forEach((line, i) => {
    if (i === 0 && line === '---') return void (frontmatter = true);
    if (frontmatter && line === '---') return void (frontmatter = false);
    if (frontmatter) {
      key = /^(\w+):/.exec(line)?.[1] ?? key;
      if (key === 'aliases' || key === 'references') return;
    }
    for (const [pattern, rule] of BRITISH) {
      for (const m of line.matchAll(new RegExp(pattern.source, 'gi'))) problems.push(`${i + 1}: ${m[0]} (${rule})`);
    }
  });
  return problems;
}

const files = (dir: string, test: (name: string) => boolean) =>
  readdirSync(join(ROOT, dir))
    .filter(test)
    .map((name) => join(dir, name));
const demoStrings = readdirSync(join(ROOT, 'src/demos'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `src/demos/${d.name}/strings.ts`)
  .filter((path) => {
    try {
      readFileSync(join(ROOT, path));
      return true;
    } catch {
      return false;
    }
  });
const EN_FILES = [
  ...files('content/glossary/en', (n) => n.endsWith('.mdx')),
  ...files('content/articles/en', (n) => n.endsWith('.mdx')),
  'src/i18n/en.ts',
  ...files('src/i18n/ui', (n) => n.endsWith('.ts')),
  ...demoStrings,
  ...files('src/data', (n) => n.endsWith('.ts')),
  'content/corrections.yaml',
];

describe('the British-spelling scan', () => {
  it('finds British forms with their line numbers', () => {
    const text = 'One line.\nWe regularise and normalised it, and the behaviour\nof the centre was analysed; modelling, labelled, grey, learnt.';
    expect(britishSpellings(text)).toEqual([
      '2: regularise (-ize / -ization)',
      '2: normalised (-ize / -ization)',
      '2: behaviour (-or)',
      '3: centre (-er)',
      '3: analysed (-yze)',
      '3: modelling (single l)',
      '3: labelled (single l)',
      '3: grey (American word)',
      '3: learnt (American word)',
    ]);
    expect(britishSpellings('regularisation, generalisation, optimiser, penalising, standardise, minimises, colours, metres')).toHaveLength(8);
  });

  it('leaves alone American forms and words that end in -ise in both spellings', () => {
    const text =
      'Regularization and normalization. Noise, promise, raise, otherwise, pairwise, likewise, premise, exercise, advise, surprise, precise, expertise. ' +
      'The practice of analysis; two analyses. Four hours, your contour, our source, the center and meter. A modeling choice, labeled data, gray, learned, toward.';
    expect(britishSpellings(text)).toEqual([]);
  });

  it('skips frontmatter aliases and references, but not the title or summary', () => {
    const text = [
      '---',
      'title: Regularisation',
      'aliases: [regularisation, batch normalisation]',
      'references:',
      '  - { authors: "Bishop, C. M.", title: "Regularisation and Complexity Control", year: 1995 }',
      'summary: Colour.',
      '---',
      'Body.',
    ].join('\n');
    expect(britishSpellings(text)).toEqual(['2: Regularisation (-ize / -ization)', '6: Colour (-or)']);
  });
});

describe('English content and strings use American spelling', () => {
  it('scans every en content file and every file of en strings', () => {
    expect(EN_FILES.filter((f) => f.endsWith('.mdx')).length).toBeGreaterThan(30);
    expect(demoStrings.length).toBeGreaterThanOrEqual(8);
  });

  it.each(EN_FILES)('%s', (file) => {
    const problems = britishSpellings(readFileSync(join(ROOT, file), 'utf8')).map((p) => `${file}:${p}`);
    expect(problems).toEqual([]);
  });
});
