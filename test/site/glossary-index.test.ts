import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAGS } from '../../src/data/tags';
import { demosUsedIn } from '../../src/demos/registry';
import { page } from '../helpers/dist';

const ROOT = join(import.meta.dirname, '../..');
const BADGE = { ja: 'デモあり', en: 'Demo' } as const;

/** slug → { title, tags, demo } from the content files of one language. */
function content(lang: 'ja' | 'en') {
  const dir = join(ROOT, 'content/glossary', lang);
  return new Map(
    readdirSync(dir).map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const tags = /^tags: \[(.*)\]$/m
        .exec(text)![1]!
        .split(',')
        .map((t) => t.trim());
      return [file.replace(/\.mdx$/, ''), { tags, demo: demosUsedIn(text).length > 0 }] as const;
    }),
  );
}

describe.each(['ja', 'en'] as const)('glossary index (%s): two views without JavaScript', (lang) => {
  const root = page(`/${lang}/glossary/`);
  const terms = content(lang);
  const slugOf = (href: string) => /\/glossary\/([^/]+)\/$/.exec(href)?.[1];
  const entries = (view: string, item: string) =>
    root.querySelectorAll(`section:has(> #${view}) ${item}`).map((li) => {
      const link = li.querySelector('a[href*="/glossary/"]')!;
      return { slug: slugOf(link.getAttribute('href')!)!, badge: li.querySelector('.demo-badge')?.textContent.trim() };
    });

  it('links to both views from the top of the page, topics first', () => {
    const nav = root.querySelectorAll('main nav a').map((a) => a.getAttribute('href'));
    expect(nav.slice(0, 2)).toEqual(['#by-topic', '#by-index']);
    const ids = root.querySelectorAll('h2').map((h) => h.id);
    expect(ids.indexOf('by-topic')).toBeLessThan(ids.indexOf('by-index'));
  });

  it('lists every term once in the full index, with the badge exactly on terms that have a demo', () => {
    const index = entries('by-index', '.term-list > li');
    expect(index.map((e) => e.slug).sort()).toEqual([...terms.keys()].sort());
    for (const { slug, badge } of index) expect(badge, slug).toBe(terms.get(slug)!.demo ? BADGE[lang] : undefined);
    expect(index.filter((e) => e.badge).length).toBeGreaterThanOrEqual(7);
  });

  it('lists every term under each of its topics, the topics in the vocabulary’s learner order', () => {
    const sections = root.querySelectorAll('section:has(> #by-topic) section');
    const names = sections.map((s) => s.querySelector('h3')!.textContent.trim());
    const order = TAGS.map((t) => t[lang]).filter((name) => names.includes(name));
    expect(names).toEqual(order);
    expect(names[0]).toBe(TAGS[0][lang]);
    for (const section of sections) {
      const tag = section.querySelector('h3')!.textContent.trim();
      const listed = section
        .querySelectorAll('li')
        .map((li) => ({ slug: slugOf(li.querySelector('a')!.getAttribute('href')!)!, badge: li.querySelector('.demo-badge')?.textContent.trim() }));
      const expected = [...terms].filter(([, t]) => t.tags.includes(tag)).map(([slug]) => slug);
      expect(listed.map((e) => e.slug).sort(), tag).toEqual(expected.sort());
      for (const { slug, badge } of listed) expect(badge, `${tag}: ${slug}`).toBe(terms.get(slug)!.demo ? BADGE[lang] : undefined);
    }
  });

  it('puts L1 before L2', () => {
    const order = entries('by-index', '.term-list > li').map((e) => e.slug);
    expect(order.indexOf('l1-regularization')).toBeLessThan(order.indexOf('l2-regularization'));
  });
});
