#!/usr/bin/env node
// `npm run new -- term <slug>` / `npm run new -- article <slug>`: writes the ja and en drafts of a
// glossary term or an article. The drafts fail the build on purpose (empty title, TODO reading,
// summary without a full stop, no references) until a contributor fills them in.
// `--root <dir>` (or NEW_ROOT) points at another project root holding `content/` (used by the tests).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const USAGE = 'Usage: npm run new -- term <slug>  |  npm run new -- article <slug>';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KINDS = { term: 'glossary', article: 'articles' };

function fail(message) {
  console.error(`✖ ${message}\n  ${USAGE}`);
  process.exit(1);
}

// Arguments: two positionals and an optional --root <dir>.
const args = process.argv.slice(2);
let root = process.env.NEW_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const rootAt = args.indexOf('--root');
if (rootAt !== -1) {
  if (!args[rootAt + 1]) fail('--root にディレクトリーがありません (--root needs a directory).');
  root = args.splice(rootAt, 2)[1];
}
const [kind, slug, ...rest] = args;
if (!kind) fail('種類がありません (missing kind: "term" or "article").');
if (!(kind in KINDS)) fail(`種類 "${kind}" はありません (unknown kind "${kind}": use "term" or "article").`);
if (!slug) fail(`slug がありません (missing slug), e.g. npm run new -- ${kind} my-new-term`);
if (rest.length) fail(`余分な引数があります (unexpected arguments: ${rest.join(' ')}).`);
if (!SLUG.test(slug))
  fail(`slug "${slug}" は英小文字・数字・ハイフンだけで書きます (slug must be kebab-case ASCII: a-z, 0-9 and single hyphens, e.g. "my-new-term").`);

const content = join(root, 'content');
if (!existsSync(content)) fail(`content/ が見つかりません (no content/ folder in ${root}).`);
const dir = (lang) => join(content, KINDS[kind], lang);
const mdx = (d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.mdx')) : []);
const frontmatter = (file) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
const show = (p) => relative(root, p);

// Refuse a slug that exists in either language…
for (const file of ['ja', 'en'].map((lang) => join(dir(lang), `${slug}.mdx`))) {
  if (existsSync(file)) fail(`"${slug}" はもうあります (slug "${slug}" is taken: ${show(file)} exists).`);
}
// …or that a ja term already declares as a redirect (`redirects: [a, b]` or a block list).
function redirectsOf(file) {
  const m = /^redirects:[ \t]*(.*)((?:\r?\n[ \t]+-.*)*)/m.exec(frontmatter(file));
  if (!m) return [];
  const items = m[1].startsWith('[') ? m[1].replace(/\].*$/, '').slice(1).split(',') : m[2].split(/\r?\n\s*-/);
  return items.map((s) => s.replace(/#.*$/, '').replace(/['"\s]/g, '')).filter(Boolean);
}
if (kind === 'term') {
  for (const f of mdx(dir('ja'))) {
    const target = f.slice(0, -4);
    if (redirectsOf(join(dir('ja'), f)).includes(slug))
      fail(`"${slug}" は ${target} への転送 slug です (slug "${slug}" is taken: it redirects to ${target}, see redirects in ${show(join(dir('ja'), f))}).`);
  }
}

// Today's local date, and for articles the next free `order`.
const d = new Date();
const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const orders = ['ja', 'en'].flatMap((lang) => mdx(dir(lang)).map((f) => Number(/^order:\s*(\d+)/m.exec(frontmatter(join(dir(lang), f)))?.[1] ?? 0)));
const order = Math.max(0, ...orders) + 1;

const hint = (text) => `{/* TODO: ${text} */}`;
const section = (heading, id, text) => `## ${heading} [#${id}]\n\n${hint(text)}\n`;

// Frontmatter: every required field; the TODO values are ones the schema rejects.
const TERM = {
  ja: `---
# npm run new で作った下書きです。TODO をすべて埋めるまで npm run build は失敗します。
title: ""  # TODO: 見出し語（例：L1正則化）
reading: TODO  # TODO: ひらがなと「ー」だけの読み（例：えるわんせいそくか）
summary: "TODO: 定義を120字未満の一文で書き、「。」で終える"
tags: []  # src/data/tags.ts の日本語名（例：[線形モデル, スパース]）
related: []  # 関連する用語の slug（例：[l2-regularization, elastic-net]）
aliases: []  # 別名。検索と自動リンクに使われます（例：[Lasso, ラッソ]）
redirects: []  # 古い URL の slug を転送するとき（ja のファイルにだけ書く）
references: []  # TODO: 教科書の節か原論文を2件以上。例：
  # - { authors: "Hastie, T., Tibshirani, R. & Friedman, J.", title: "The Elements of Statistical Learning (2nd ed.)", year: 2009, section: "§3.4" }
updated: ${today}
---

${section('直感的な説明', 'intuition', '数式を使わずに、何をする方法で、なぜ効くのかを説明します。')}
${section('数式', 'math', 'サイト共通の目的関数の形で書き、記号（λ, ρ, w, n, p）は初めて出たところで説明します。')}
${section('更新式', 'update-rule', '勾配や更新の式を書きます。更新式のない用語では、この節ごと消します。')}
${section('いつ使うか', 'when-to-use', '向いている場面と向かない場面、強さの選び方を書きます。')}
${section('よくある誤解', 'misconceptions', 'つまずきやすい点を1〜3個、正しい説明と出典とともに書きます。')}`,
  en: `---
# A draft made by npm run new. npm run build fails until every TODO is filled in.
title: ""  # TODO: the headword (e.g. L1 regularization)
summary: "TODO: one sentence under 120 characters, ending with a full stop"
tags: []  # English tag names from src/data/tags.ts (e.g. [linear models, sparsity])
related: []  # slugs of related terms (e.g. [l2-regularization, elastic-net])
aliases: []  # other names: searched and auto-linked (e.g. [Lasso])
references: []  # TODO: at least 2 textbook sections or original papers, e.g.
  # - { authors: "Hastie, T., Tibshirani, R. & Friedman, J.", title: "The Elements of Statistical Learning (2nd ed.)", year: 2009, section: "§3.4" }
updated: ${today}
---

${section('Intuition', 'intuition', 'Explain without formulas what the method does and why it works.')}
${section('The maths', 'math', "Use the site's objective and define each symbol (λ, ρ, w, n, p) where it first appears.")}
${section('Update rule', 'update-rule', 'Give the gradient or update step; delete this section if the term has none.')}
${section('When to use it', 'when-to-use', 'Where it helps, where it does not, and how to choose its strength.')}
${section('Common misconceptions', 'misconceptions', 'One to three common mistakes, each with the correct explanation and a source.')}`,
};

const ARTICLE = {
  ja: `---
# npm run new で作った下書きです。TODO をすべて埋めるまで npm run build は失敗します。
title: ""  # TODO: 記事の題
description: ""  # TODO: 記事の要約を1〜2文、200字以内（一覧とプレビューに出ます）
tags: []  # src/data/tags.ts の日本語名
related: []  # 記事が頼る用語の slug
references: []  # TODO: 教科書の節か原論文を4件以上（書き方は CONTRIBUTING.md）
published: ${today}
updated: ${today}
order: ${order}  # 記事一覧での順番（小さいほど先）
---

${hint('導入の段落：この記事で何がわかるかを2〜3文で書きます。本文は1,500〜4,000字です。')}

${section('最初の節', 'first-section', 'デモを1つ以上、前後に空行を入れて1行で埋め込みます。例：<OverfitDemo />（一覧は src/demos/registry.ts）')}`,
  en: `---
# A draft made by npm run new. npm run build fails until every TODO is filled in.
title: ""  # TODO: the article's title
description: ""  # TODO: one or two sentences, at most 200 characters (shown in lists and previews)
tags: []  # English tag names from src/data/tags.ts
related: []  # slugs of the terms the article leans on
references: []  # TODO: at least 4 textbook sections or original papers (format in CONTRIBUTING.md)
published: ${today}
updated: ${today}
order: ${order}  # position in the article list (smaller first)
---

${hint('Lead paragraph: two or three sentences on what the reader will learn.')}

${section('First section', 'first-section', 'Embed at least one demo on a line of its own, e.g. <OverfitDemo /> (list: src/demos/registry.ts).')}`,
};

// Write both files ('wx' never overwrites), then say what was made and what comes next.
const templates = kind === 'term' ? TERM : ARTICLE;
console.log(`✔ ${kind === 'term' ? '用語' : '記事'}の下書きを作りました (created the ${kind} drafts):`);
for (const lang of ['ja', 'en']) {
  mkdirSync(dir(lang), { recursive: true });
  writeFileSync(join(dir(lang), `${slug}.mdx`), templates[lang], { flag: 'wx' });
  console.log(`  ${show(join(dir(lang), `${slug}.mdx`))}`);
}
console.log(`
次にすること (next steps):
  1. 両方のファイルの TODO を埋めます (fill in every TODO field and section in both files;
     see CONTRIBUTING.md). TODO が残っているとビルドは失敗します (the build fails until you do).
  2. npm run build -- --local   — 誤りがあればファイル名と項目名を示します (names the file and field of any error)
  3. npm test                  — 型チェック、ビルド、すべてのテスト (type check, build and every test)`);
