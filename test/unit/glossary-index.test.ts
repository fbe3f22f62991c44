import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAGS } from '../../src/data/tags';
import { DEMOS, DEMO_NAMES, demosUsedIn } from '../../src/demos/registry';

const ROOT = join(import.meta.dirname, '../..');

describe('demosUsedIn: which demos a page shows, for the 「デモあり」 badge', () => {
  it('finds registered demo components on a line of their own, each once, in order', () => {
    const mdx =
      'Text <PathsDemo /> inline is not a demo.\n\n<GeometryDemo />\n\n<PathsDemo model="ridge" id="paths-ridge" />\n<PathsDemo />\n<ComparisonTable kind="overview" />\n<UnknownDemo />\n';
    expect(demosUsedIn(mdx)).toEqual(['geometry', 'paths']);
    expect(demosUsedIn('No demo here.\n<ComparisonTable kind="dropout" />\n')).toEqual([]);
  });

  it('finds every demo on its home term page, in both languages', () => {
    for (const name of DEMO_NAMES) {
      for (const lang of ['ja', 'en']) {
        const text = readFileSync(join(ROOT, 'content/glossary', lang, `${DEMOS[name].term}.mdx`), 'utf8');
        expect(demosUsedIn(text), `${lang}/${DEMOS[name].term}`).toContain(name);
      }
    }
  });

  it('gives a term the badge in both languages or in neither', () => {
    const dir = join(ROOT, 'content/glossary/ja');
    for (const file of readdirSync(dir)) {
      const ja = demosUsedIn(readFileSync(join(dir, file), 'utf8')).length > 0;
      const en = demosUsedIn(readFileSync(join(ROOT, 'content/glossary/en', file), 'utf8')).length > 0;
      expect(en, file).toBe(ja);
    }
  });
});

describe('the tag vocabulary in a learner’s order', () => {
  it('starts with the basics, puts the penalties before neural networks and the background last', () => {
    const at = (slug: string) => TAGS.findIndex((t) => t.slug === slug);
    expect(at('basics')).toBe(0);
    expect(at('generalization')).toBeLessThan(at('linear-models'));
    for (const penalty of ['linear-models', 'shrinkage', 'sparsity']) expect(at(penalty)).toBeLessThan(at('neural-networks'));
    expect(at('neural-networks')).toBeLessThan(at('deep-learning'));
    for (const background of ['optimization', 'mathematics', 'bayesian']) expect(at(background)).toBeGreaterThan(at('deep-learning'));
  });
});
