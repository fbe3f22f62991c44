import { type CollectionEntry, getCollection } from 'astro:content';
import type { Lang } from '../i18n';
import { type IndexGroup, groupByGojuon, groupByLetter } from './gojuon';
import { assertValidContent } from './validate-content';

export type TermEntry = CollectionEntry<'glossary'>;
export type ArticleEntry = CollectionEntry<'articles'>;

/** `ja/l1-regularization` → `{ lang: 'ja', slug: 'l1-regularization' }`. */
export function splitId(id: string): { lang: Lang; slug: string } {
  const [lang, slug] = id.split('/') as [Lang, string];
  return { lang, slug };
}

export const slugOf = (entry: TermEntry | ArticleEntry) => splitId(entry.id).slug;
export const langOf = (entry: TermEntry | ArticleEntry) => splitId(entry.id).lang;

let checked: Promise<{ terms: TermEntry[]; articles: ArticleEntry[] }> | undefined;

/** All published entries, checked across files once per build (unknown slugs, collisions…). */
function loadChecked() {
  checked ??= (async () => {
    const terms = await getCollection('glossary', (e) => !e.data.draft);
    const articles = await getCollection('articles', (e) => !e.data.draft);
    const file = (e: TermEntry | ArticleEntry) => e.filePath ?? e.id;
    assertValidContent(
      terms.map((e) => ({ ...splitId(e.id), filePath: file(e), title: e.data.title, related: e.data.related, aliases: e.data.aliases, redirects: e.data.redirects })),
      articles.map((e) => ({ ...splitId(e.id), filePath: file(e), related: e.data.related })),
    );
    return { terms, articles };
  })();
  return checked;
}

/** The index groups of a language: gojūon rows by reading (ja) or letters (en). */
export function indexGroups(lang: Lang, terms: TermEntry[]): IndexGroup<TermEntry>[] {
  return lang === 'ja'
    ? groupByGojuon(terms, (e) => e.data.reading ?? e.data.title, (e) => e.data.title)
    : groupByLetter(terms, (e) => e.data.title);
}

/** Terms of one language in index order (the order of prev/next). */
export async function getTerms(lang: Lang): Promise<TermEntry[]> {
  const { terms } = await loadChecked();
  return indexGroups(lang, terms.filter((e) => langOf(e) === lang)).flatMap((g) => g.items);
}

export async function getArticles(lang: Lang): Promise<ArticleEntry[]> {
  const { articles } = await loadChecked();
  return articles
    .filter((e) => langOf(e) === lang)
    .sort((a, b) => a.data.order - b.data.order || b.data.published.getTime() - a.data.published.getTime());
}

/** Slugs that exist in a language, for links that must not dangle. */
export async function termTitles(lang: Lang): Promise<Map<string, string>> {
  return new Map((await getTerms(lang)).map((e) => [slugOf(e), e.data.title]));
}

/** Redirect slug → canonical slug, from the ja files (SPEC: they apply to both languages). */
export async function getRedirects(): Promise<Map<string, string>> {
  const { terms } = await loadChecked();
  return new Map(terms.flatMap((e) => e.data.redirects.map((r) => [r, slugOf(e)] as const)));
}
