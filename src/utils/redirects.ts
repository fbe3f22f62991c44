/** Redirect slug → the term it leads to, from the terms' `redirects` (SPEC: declared in the ja files). */
export function redirectMap(terms: { slug: string; redirects: string[] }[]): Map<string, string> {
  return new Map(terms.flatMap((t) => t.redirects.map((r) => [r, t.slug] as const)));
}

/**
 * The redirect pages to build: one per redirect and language where the target term exists,
 * `/<lang>/glossary/<from>/` → `/<lang>/glossary/<to>/`.
 */
export function redirectPages(map: Map<string, string>, existing: Record<string, Set<string>>): { lang: string; from: string; to: string }[] {
  return Object.entries(existing).flatMap(([lang, slugs]) => [...map].filter(([, to]) => slugs.has(to)).map(([from, to]) => ({ lang, from, to })));
}
