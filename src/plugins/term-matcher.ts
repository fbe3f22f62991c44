/** A mention of a glossary term found in running text. */
export interface Mention {
  start: number;
  end: number;
  slug: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALNUM = /[A-Za-z0-9]/;

/**
 * Builds a finder for mentions of the given names. At each position the longest name wins, so
 * 「L1正則化」 is one mention of l1-regularization, not 「正則化」 inside it. Names that begin or end
 * with a Latin letter or digit only match as whole words (「L1」 never matches inside 「L12」), an
 * English plural "s" is allowed, and case is ignored.
 */
export function mentionFinder(terms: { slug: string; names: string[] }[]): (text: string) => Mention[] {
  const entries = terms.flatMap(({ slug, names }) => names.map((name) => ({ slug, name }))).sort((a, b) => b.name.length - a.name.length);
  if (entries.length === 0) return () => [];
  const source = entries
    .map(({ name }) => {
      const before = ALNUM.test(name[0]!) ? '(?<![A-Za-z0-9])' : '';
      const after = ALNUM.test(name.at(-1)!) ? '(?:s|es)?(?![A-Za-z0-9])' : '';
      return `(${before}${escape(name)}${after})`;
    })
    .join('|');
  const pattern = new RegExp(source, 'giu');
  return (text) => {
    const found: Mention[] = [];
    for (const match of text.matchAll(pattern)) {
      const group = match.findIndex((g, i) => i > 0 && g !== undefined);
      found.push({ start: match.index, end: match.index + match[0].length, slug: entries[group - 1]!.slug });
    }
    return found;
  };
}
