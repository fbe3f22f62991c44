/** A mention of a glossary term found in running text. */
export interface Mention {
  start: number;
  end: number;
  slug: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The term whose name ends here, and whether that name ends in a Latin letter or digit. */
  term?: { slug: string; latinEnd: boolean };
}

const ALNUM = /[A-Za-z0-9]/;
const isAlnum = (c: string | undefined) => c !== undefined && ALNUM.test(c);

/**
 * Builds a finder for mentions of the given names. At each position the longest name wins, so
 * 「L1正則化」 is one mention of l1-regularization, not 「正則化」 inside it. Names that begin or end
 * with a Latin letter or digit only match as whole words (「L1」 never matches inside 「L12」), an
 * English plural "s" or "es" is allowed, and case is ignored. A trie keeps the cost per character
 * independent of the number of terms, so big glossaries build in linear time.
 */
export function mentionFinder(terms: { slug: string; names: string[] }[]): (text: string) => Mention[] {
  const root: TrieNode = { next: new Map() };
  const latinStart = new Set<TrieNode>();
  for (const { slug, names } of terms) {
    for (const name of names) {
      let node = root;
      for (const ch of name.toLowerCase()) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        if (node === root && isAlnum(ch)) latinStart.add(child);
        node = child;
      }
      node.term ??= { slug, latinEnd: isAlnum(name.at(-1)) };
    }
  }

  return (text) => {
    const found: Mention[] = [];
    // Lower-cased character by character, so that positions in `lower` are positions in `text`.
    const lower = Array.from(text, (c) => {
      const l = c.toLowerCase();
      return l.length === c.length ? l : c;
    }).join('');
    let i = 0;
    while (i < text.length) {
      const first = root.next.get(lower[i]!);
      // A Latin name cannot start in the middle of a word.
      if (!first || (latinStart.has(first) && isAlnum(text[i - 1]))) {
        i++;
        continue;
      }
      let best: Mention | undefined;
      let node: TrieNode | undefined = first;
      for (let j = i + 1; node; node = node.next.get(lower[j++]!)) {
        if (!node.term) continue;
        const end = node.term.latinEnd ? wordEnd(lower, j) : j;
        if (end !== undefined) best = { start: i, end, slug: node.term.slug };
        if (j >= text.length) break;
      }
      if (best) {
        found.push(best);
        i = best.end;
      } else i++;
    }
    return found;
  };
}

/** Where a Latin name ending at `end` ends as a whole word, allowing a plural "s"/"es"; none if it runs on. */
function wordEnd(lower: string, end: number): number | undefined {
  for (const suffix of ['s', 'es', '']) {
    if (suffix && !lower.startsWith(suffix, end)) continue;
    if (!isAlnum(lower[end + suffix.length])) return end + suffix.length;
  }
  return undefined;
}
