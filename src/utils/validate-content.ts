import type { Lang } from '../i18n';
import { findTag, tagNames } from './tags';

/**
 * Checks that span several entries (Zod checks one entry at a time). Each problem names the
 * file and the field, and all problems are reported together so a contributor fixes them in one go.
 */
export interface TermRecord {
  lang: string;
  slug: string;
  filePath: string;
  title: string;
  /** ja only: the hiragana reading (its form is checked by the schema; its presence here, where the language is known). */
  reading?: string;
  related: string[];
  aliases: string[];
  redirects: string[];
  tags: string[];
}

export interface ArticleRecord {
  lang: string;
  slug: string;
  filePath: string;
  related: string[];
  tags: string[];
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

export function findContentProblems(terms: TermRecord[], articles: ArticleRecord[] = []): string[] {
  const problems: string[] = [];
  for (const entry of [...terms, ...articles]) {
    const lang = entry.lang as Lang;
    for (const tag of entry.tags) {
      if (!findTag(lang, tag))
        problems.push(`${entry.filePath}: tags: unknown tag "${tag}" (use one of: ${tagNames(lang).join(', ')}; or add it to src/data/tags.ts)`);
    }
  }
  const slugsByLang = new Map<string, Set<string>>();
  for (const term of terms) {
    const slugs = slugsByLang.get(term.lang) ?? new Set<string>();
    if (slugs.has(term.slug)) problems.push(`${term.filePath}: slug "${term.slug}" is used twice in ${term.lang}`);
    slugs.add(term.slug);
    slugsByLang.set(term.lang, slugs);
  }
  const knownIn = (lang: string) => slugsByLang.get(lang) ?? new Set<string>();

  const checkRelated = (file: string, lang: string, related: string[]) => {
    for (const slug of related) {
      if (!knownIn(lang).has(slug)) {
        problems.push(`${file}: related: unknown slug "${slug}" (no content/glossary/${lang}/${slug}.mdx)`);
      }
    }
  };

  const allSlugs = new Set(terms.map((t) => t.slug));
  const redirectOwner = new Map<string, string>();
  const nameOwner = new Map<string, TermRecord>();
  for (const term of terms) {
    checkRelated(term.filePath, term.lang, term.related);
    if (term.lang === 'ja' && !term.reading) {
      problems.push(`${term.filePath}: reading: required for a Japanese term (its hiragana reading, the sort key of the index, e.g. "えるわんせいそくか")`);
    }
    if (term.lang !== 'ja' && term.reading) {
      problems.push(`${term.filePath}: reading: only Japanese terms take a reading; remove it from the ${term.lang} file`);
    }
    if (term.related.includes(term.slug)) problems.push(`${term.filePath}: related: lists the term itself ("${term.slug}")`);

    for (const redirect of term.redirects) {
      if (allSlugs.has(redirect)) {
        problems.push(`${term.filePath}: redirects: "${redirect}" collides with the real term content/glossary/*/${redirect}.mdx`);
      } else if (redirectOwner.has(redirect) && redirectOwner.get(redirect) !== term.slug) {
        problems.push(`${term.filePath}: redirects: "${redirect}" is already a redirect to "${redirectOwner.get(redirect)}"`);
      } else {
        redirectOwner.set(redirect, term.slug);
      }
    }
    if (term.lang !== 'ja' && term.redirects.length > 0) {
      problems.push(`${term.filePath}: redirects: declare redirects in the ja file only (they apply to both languages)`);
    }

    for (const name of [term.title, ...term.aliases]) {
      const key = `${term.lang}:${name.normalize('NFKC').toLowerCase()}`;
      const owner = nameOwner.get(key);
      if (owner && owner.slug !== term.slug) {
        const field = name === term.title ? 'title' : 'aliases';
        problems.push(`${term.filePath}: ${field}: "${name}" is already the title or an alias of ${owner.filePath}`);
      } else {
        nameOwner.set(key, term);
      }
    }
  }

  for (const article of articles) checkRelated(article.filePath, article.lang, article.related);
  return problems;
}

export function assertValidContent(terms: TermRecord[], articles: ArticleRecord[] = []): void {
  const problems = findContentProblems(terms, articles);
  if (problems.length > 0) throw new ContentError(problems);
}
