import { type CollectionEntry, getCollection, render } from 'astro:content';
import type { Lang } from '../i18n';
import { type IndexGroup, groupByGojuon, groupByLetter } from './gojuon';
import type { Correction } from '../schemas/corrections';
import { loadCorrections } from './corrections';
import { redirectMap } from './redirects';
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

let checked: Promise<{ terms: TermEntry[]; articles: ArticleEntry[]; corrections: Correction[] }> | undefined;

/** All published entries, checked across files once per build (unknown slugs, collisions…). */
function loadChecked() {
  checked ??= (async () => {
    const terms = await getCollection('glossary', (e) => !e.data.draft);
    const articles = await getCollection('articles', (e) => !e.data.draft);
    const file = (e: TermEntry | ArticleEntry) => e.filePath ?? e.id;
    assertValidContent(
      terms.map((e) => ({
        ...splitId(e.id),
        filePath: file(e),
        title: e.data.title,
        reading: e.data.reading,
        related: e.data.related,
        aliases: e.data.aliases,
        redirects: e.data.redirects,
        tags: e.data.tags,
      })),
      articles.map((e) => ({ ...splitId(e.id), filePath: file(e), related: e.data.related, tags: e.data.tags })),
    );
    const pages = new Set([...terms.map((e) => `glossary/${slugOf(e)}`), ...articles.map((e) => `articles/${slugOf(e)}`)]);
    const corrections = loadCorrections((page) => pages.has(page));
    return { terms, articles, corrections };
  })();
  return checked;
}

/** The index groups of a language: gojūon rows by reading (ja) or letters (en). */
export function indexGroups(lang: Lang, terms: TermEntry[]): IndexGroup<TermEntry>[] {
  return lang === 'ja'
    ? groupByGojuon(
        terms,
        (e) => e.data.reading ?? e.data.title,
        (e) => e.data.title,
      )
    : groupByLetter(terms, (e) => e.data.title);
}

/** Terms of one language in index order (the order of prev/next). */
// Every page asks for these; sorting thousands of terms with Intl.Collator on each call made
// big builds quadratic. Content does not change during a build, so each is computed once.
const sortedTerms = new Map<Lang, Promise<TermEntry[]>>();
const titlesByLang = new Map<Lang, Promise<Map<string, string>>>();

export async function getTerms(lang: Lang): Promise<TermEntry[]> {
  let sorted = sortedTerms.get(lang);
  if (!sorted) {
    sorted = loadChecked().then(({ terms }) =>
      indexGroups(
        lang,
        terms.filter((e) => langOf(e) === lang),
      ).flatMap((g) => g.items),
    );
    sortedTerms.set(lang, sorted);
  }
  return [...(await sorted)];
}

export async function getArticles(lang: Lang): Promise<ArticleEntry[]> {
  const { articles } = await loadChecked();
  return articles.filter((e) => langOf(e) === lang).sort((a, b) => a.data.order - b.data.order || b.data.published.getTime() - a.data.published.getTime());
}

/** Slugs that exist in a language, for links that must not dangle. */
export async function termTitles(lang: Lang): Promise<Map<string, string>> {
  let titles = titlesByLang.get(lang);
  if (!titles) {
    titles = getTerms(lang).then((terms) => new Map(terms.map((e) => [slugOf(e), e.data.title])));
    titlesByLang.set(lang, titles);
  }
  return titles;
}

/** Redirect slug → canonical slug, from the ja files (SPEC: they apply to both languages). */
export async function getRedirects(): Promise<Map<string, string>> {
  const { terms } = await loadChecked();
  return redirectMap(terms.map((e) => ({ slug: slugOf(e), redirects: e.data.redirects })));
}

/** The corrections log, newest first; with `page` ("glossary/<slug>"), that page's entries only. */
export async function getCorrections(page?: string): Promise<Correction[]> {
  const { corrections } = await loadChecked();
  return page ? corrections.filter((c) => c.page === page) : corrections;
}

/**
 * The glossary slugs an article uses, in order: those its body links (the remark step records
 * them, first mentions included) and then its `related` list.
 */
export async function termsOfArticle(entry: ArticleEntry): Promise<string[]> {
  const { remarkPluginFrontmatter } = await render(entry);
  const linked = (remarkPluginFrontmatter.linkedTerms as string[] | undefined) ?? [];
  return [...new Set([...linked, ...entry.data.related])];
}

/** The articles of a language that use a term (link it in the body or list it as related). */
export async function articlesUsing(lang: Lang, slug: string): Promise<ArticleEntry[]> {
  const articles = await getArticles(lang);
  const uses = await Promise.all(articles.map(async (a) => (await termsOfArticle(a)).includes(slug)));
  return articles.filter((_, i) => uses[i]);
}

/** Terms and articles of a language that carry a tag (by its name in that language). */
export async function taggedWith(lang: Lang, name: string): Promise<{ terms: TermEntry[]; articles: ArticleEntry[] }> {
  const [terms, articles] = [await getTerms(lang), await getArticles(lang)];
  return { terms: terms.filter((e) => e.data.tags.includes(name)), articles: articles.filter((e) => e.data.tags.includes(name)) };
}
