import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_ANCHORS, contentComponents } from '../demos/registry.ts';

const COMPONENTS = contentComponents();

/** The names by which a term can be mentioned in one language: its title and aliases. */
export interface TermNames {
  slug: string;
  names: string[];
}

export interface ContentIndex {
  terms: Map<string, TermNames>;
  /** Every slug whose URL exists: terms and their redirects. */
  termUrls: Set<string>;
  /** Redirect slug → the term it leads to. */
  redirects: Map<string, string>;
  articles: Set<string>;
  /** Anchors of each page: `glossary/<slug>` or `articles/<slug>` → ids. */
  anchors: Map<string, Set<string>>;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The ids a content file's page has: its `[#id]` headings, its demos, and the page's own sections. */
export function anchorsOf(text: string, kind: 'glossary' | 'articles'): Set<string> {
  const ids = new Set<string>(PAGE_ANCHORS[kind]);
  for (const m of text.matchAll(/\[#([a-z][a-z0-9-]*)\]\s*$/gm)) ids.add(m[1]!);
  for (const m of text.matchAll(/^<([A-Z]\w*)\b[^>]*>/gm)) {
    const anchor = COMPONENTS[m[1]!];
    if (anchor) ids.add(anchor({ id: attr(m[0], 'id'), kind: attr(m[0], 'kind') }));
  }
  return ids;
}

const cache = new Map<string, { stamp: string; checkedAt: number; index: ContentIndex }>();
/** Files are stat'ed at most this often (ms): a build reads thousands of files, dev edits them. */
const RECHECK_MS = 1000;

const mdxFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)) : []);

/**
 * Reads the glossary and article slugs of one language straight from the content folder
 * (remark steps run outside Astro's collections). Cached until a file changes.
 */
export function contentIndex(contentRoot: string, lang: string): ContentIndex {
  const key = `${contentRoot}|${lang}`;
  const recent = cache.get(key);
  if (recent && Date.now() - recent.checkedAt < RECHECK_MS) return recent.index;
  const glossaryDir = join(contentRoot, 'glossary', lang);
  const redirectDir = join(contentRoot, 'glossary', 'ja');
  const articleDir = join(contentRoot, 'articles', lang);
  const files = [glossaryDir, redirectDir, articleDir].flatMap((d) => mdxFiles(d).map((f) => join(d, f)));
  const stamp = files.map((f) => `${f}:${statSync(f).mtimeMs}`).join('|');
  const hit = cache.get(key);
  if (hit?.stamp === stamp) {
    hit.checkedAt = Date.now();
    return hit.index;
  }

  const frontmatterOf = (path: string) => parseFrontmatter(readFileSync(path, 'utf8')).frontmatter as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const terms = new Map<string, TermNames>();
  for (const file of mdxFiles(glossaryDir)) {
    const slug = file.replace(/\.mdx?$/, '');
    const fm = frontmatterOf(join(glossaryDir, file));
    const names = [typeof fm.title === 'string' ? fm.title : '', ...strings(fm.aliases)].map((n) => n.trim()).filter(Boolean);
    terms.set(slug, { slug, names });
  }
  const termUrls = new Set(terms.keys());
  const redirects = new Map<string, string>();
  for (const file of mdxFiles(redirectDir)) {
    for (const r of strings(frontmatterOf(join(redirectDir, file)).redirects)) {
      termUrls.add(r);
      redirects.set(r, file.replace(/\.mdx?$/, ''));
    }
  }
  const articles = new Set(mdxFiles(articleDir).map((f) => f.replace(/\.mdx?$/, '')));
  const anchors = new Map<string, Set<string>>();
  for (const [kind, dir] of [
    ['glossary', glossaryDir],
    ['articles', articleDir],
  ] as const) {
    for (const file of mdxFiles(dir)) anchors.set(`${kind}/${file.replace(/\.mdx?$/, '')}`, anchorsOf(readFileSync(join(dir, file), 'utf8'), kind));
  }
  const index = { terms, termUrls, redirects, articles, anchors };
  cache.set(key, { stamp, checkedAt: Date.now(), index });
  return index;
}
