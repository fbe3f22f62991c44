import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { relative } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { type ContentIndex, anchorsOf, contentIndex } from './term-index.ts';
import { mentionFinder } from './term-matcher.ts';

/** content/<kind>/<lang>/<slug>.mdx: the only files whose links this step checks and adds. */
const CONTENT_FILE = /^(.*[\\/]content)[\\/](glossary|articles)[\\/](ja|en)[\\/]([^\\/]+)\.mdx?$/;
const TERM_SCHEME = /^term:([^#]*)(#.*)?$/;
const SITE_LINK = /^\/(ja|en)\/(glossary|articles)\/([^/#?]+)\/?(?:\?[^#]*)?(?:#(.*))?$/;

/** Nodes whose text is never auto-linked: headings, links, code, maths, and components. */
const NO_AUTOLINK = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'inlineMath',
  'math',
  'html',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'definition',
  'yaml',
]);

/** One compiled finder per index (a build compiles it once per language, not once per file). */
const finders = new WeakMap<ContentIndex, ReturnType<typeof mentionFinder>>();
function finderOf(index: ContentIndex) {
  let find = finders.get(index);
  if (!find) finders.set(index, (find = mentionFinder([...index.terms.values()])));
  return find;
}

/**
 * Links glossary terms in content:
 * - `[text](term:slug)` becomes a link to the term in the page's language;
 * - links to `/ja/glossary/…` and `/ja/articles/…` are checked, and links to a redirect go to its term;
 * - the first mention of each term's title or alias is linked, once per page, unless the page
 *   already links that term or is the term's own page.
 * An unknown slug fails the build, naming the file, line and column. The linked slugs are
 * passed on as `remarkPluginFrontmatter.linkedTerms` (used for "used in these articles").
 */
export function remarkTermLinks() {
  return (tree: Root, file: VFile) => {
    const match = file.path ? CONTENT_FILE.exec(file.path) : null;
    if (!match) return;
    const [, contentRoot, kind, lang, ownSlug] = match as unknown as [string, string, string, string, string];
    const index = contentIndex(contentRoot, lang);
    const where = (node: { position?: { start: { line: number; column: number } } }) =>
      `${relative(process.cwd(), file.path)}${node.position ? `:${node.position.start.line}:${node.position.start.column}` : ''}`;
    const problems: string[] = [];
    const linked = new Set<string>();
    if (kind === 'glossary') linked.add(ownSlug);

    const ownAnchors = anchorsOf(String(file.value), kind as 'glossary' | 'articles');
    const checkAnchor = (link: Link, anchor: string | undefined, ids: Set<string> | undefined, page: string) => {
      if (!anchor || !ids || ids.has(decodeURIComponent(anchor))) return;
      problems.push(`${where(link)}: link to a missing anchor "#${anchor}" on ${page} (it has: ${[...ids].sort().join(', ')})`);
    };

    visit(tree, 'link', (link: Link) => {
      if (link.url.startsWith('#')) return checkAnchor(link, link.url.slice(1), ownAnchors, 'this page');
      const term = TERM_SCHEME.exec(link.url);
      if (term) {
        const slug = term[1]!;
        if (!index.terms.has(slug))
          problems.push(`${where(link)}: unknown glossary term "${slug}" in link "${link.url}" (no content/glossary/${lang}/${slug}.mdx)`);
        else checkAnchor(link, term[2]?.slice(1), index.anchors.get(`glossary/${slug}`), `/${lang}/glossary/${slug}/`);
        link.url = `/${lang}/glossary/${slug}/${term[2] ?? ''}`;
        linked.add(slug);
        return;
      }
      const site = SITE_LINK.exec(link.url);
      if (!site) return;
      const [, linkLang, linkKind, slug, anchor] = site as unknown as [string, string, string, string, string | undefined];
      const target = contentIndex(contentRoot, linkLang);
      const known = linkKind === 'glossary' ? target.termUrls : target.articles;
      if (!known.has(slug)) {
        problems.push(`${where(link)}: link to a missing page "${link.url}" (no ${linkKind} entry "${slug}" in ${linkLang})`);
        return;
      }
      // A link to a redirect goes straight to the term.
      const canonical = linkKind === 'glossary' ? target.redirects.get(slug) : undefined;
      if (canonical) link.url = link.url.replace(`/glossary/${slug}/`, `/glossary/${canonical}/`);
      checkAnchor(link, anchor, target.anchors.get(`${linkKind}/${canonical ?? slug}`), `/${linkLang}/${linkKind}/${canonical ?? slug}/`);
      if (linkKind === 'glossary' && linkLang === lang) linked.add(canonical ?? slug);
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));

    const find = finderOf(index);
    visit(tree, (node, i, parent) => {
      if (NO_AUTOLINK.has(node.type)) return SKIP;
      if (node.type !== 'text' || parent === undefined || i === undefined) return;
      const text = (node as Text).value;
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const m of find(text)) {
        if (linked.has(m.slug)) continue;
        linked.add(m.slug);
        if (m.start > cursor) pieces.push({ type: 'text', value: text.slice(cursor, m.start) });
        pieces.push({
          type: 'link',
          url: `/${lang}/glossary/${m.slug}/`,
          data: { hProperties: { className: ['term-link'] } },
          children: [{ type: 'text', value: text.slice(m.start, m.end) }],
        });
        cursor = m.end;
      }
      if (pieces.length === 0) return;
      if (cursor < text.length) pieces.push({ type: 'text', value: text.slice(cursor) });
      (parent as Parent).children.splice(i, 1, ...pieces);
      return [SKIP, i + pieces.length];
    });

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.linkedTerms = [...linked].filter((s) => s !== ownSlug || kind !== 'glossary');
  };
}
