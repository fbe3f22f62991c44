/** Strings of the page for bloggers (/ja/embed/); `en` must have exactly the same keys. */
export const ja = {
  'embed.title': 'ブログで使うには',
  'embed.lead':
    'ご自分のサイトやブログで、このサイトの用語にリンクするための道具をまとめました。どれも無料で、登録はいりません。文章は CC BY 4.0 なので、出典を書けば要約を引用してもかまいません。',
  'embed.links.heading': '用語にリンクする',
  'embed.links.body':
    '用語のページの URL は /ja/glossary/<slug>/ の形で、変わりません。名前を変えるときも古い URL は新しいページへ転送します（たとえば /ja/glossary/lasso/ は L1正則化へ）。見出しにはすべて英字のアンカーがあり、見出しの横のリンクの記号からコピーできます。各用語のページの下にある「リンクと引用」では、URL、HTML のリンク、Markdown のリンク、引用文をボタン一つでコピーできます。デモには「この設定へのリンクをコピー」ボタンがあり、スライダーなどの状態を含んだ URL をコピーできます。',
  'embed.preview.heading': 'シェアしたときのプレビュー',
  'embed.preview.body':
    '用語と記事のページには、見出し、読み、一文の定義を描いた 1200×630 の画像（Open Graph 画像）があります。X や LINE、Slack でリンクを貼ると、この画像がカードとして表示されます。',
  'embed.card.heading': 'ホバーカード（embed.js）',
  'embed.card.body':
    '次の1行をブログの HTML に加えると、このサイトの用語へのリンクにマウスを重ねたとき、キーボードで選んだとき、スマートフォンでタップしたときに、用語の見出し、読み、定義と「続きを読む」のリンクをカードで表示します。スマートフォンでは、1回目のタップでカードを開き、もう一度タップするとページへ移動します。カードの外をタップするか Esc キーで閉じます。',
  'embed.card.snippet': 'ブログに加える1行',
  'embed.card.optOut': 'カードを出したくないリンクには data-glossary="off" を付けます。親要素に付けると、その中のリンクすべてが対象外になります。',
  'embed.card.optOutSnippet': 'カードを出さないリンク',
  'embed.card.style':
    '見た目は CSS の変数で変えられます。--glossary-card-bg（背景）、--glossary-card-fg（文字）、--glossary-card-muted（読み）、--glossary-card-accent（リンク）、--glossary-card-border（枠）、--glossary-card-font（書体）です。.glossary-card のセレクタで、ほかのプロパティも上書きできます。',
  'embed.card.styleSnippet': '色を変える例',
  'embed.card.privacy':
    'スクリプトは依存のない1ファイルで、最初にカードを開くときに一度だけ glossary.json を読み込みます。Cookie は送らず、アクセス解析もしません。取得した文字列を HTML として挿入することもありません。',
  'embed.card.csp': 'ブログに Content-Security-Policy がある場合は、script-src と connect-src にこのサイトのオリジン（{origin}）を加えてください。',
  'embed.json.heading': '用語データ（JSON）',
  'embed.json.body':
    'すべての用語の見出し、読み、定義、URL、タグ、別名、転送元の slug、更新日を JSON で公開しています。日本語は /glossary.json、英語は /en/glossary.json です。形式は JSON Schema（/glossary.schema.json）で定めています。version はフィールドを削除・改名するときだけ上げるので、フィールドが増えても既存のプログラムは壊れません。license に利用条件（CC BY 4.0）と出典の書き方があります。',
  'embed.rss.heading': '記事の更新情報（RSS）',
  'embed.rss.body': '新しい記事は RSS で受け取れます。',
  'embed.cors.heading': 'このサイトを自分で配信する場合',
  'embed.cors.body':
    'embed.js は別のオリジンから glossary.json を読むので、配信するサーバーはこのファイルに Access-Control-Allow-Origin: * を付ける必要があります。GitHub Pages は最初からこのヘッダーを付けます。Netlify や Cloudflare Pages では、リポジトリの public/_headers がこのヘッダーを設定します。',
  'embed.page.description': '「{term}」のデモ「{title}」。ブログなどに iframe で埋め込めます。',
  'embed.demo.heading': '試してみる',
  'embed.demo.body': 'このページにも embed.js を読み込んであります。次のリンクにマウスを重ねるか、Tab キーで選ぶか、タップしてみてください。',
  'embed.demo.redirect': 'ラッソ（転送用の URL へのリンク）',
  'embed.demo.optedOut': 'このリンクには data-glossary="off" を付けてあるので、カードは出ません：',
  'embed.copySnippet': 'コピー',
  'embed.more': '続きを読む',
  'embed.loading': '読み込み中…',
  'embed.close': '閉じる',
  'nav.embed': 'ブログで使う',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'embed.title': 'For bloggers',
  'embed.lead':
    'Tools for linking this site’s terms from your own site or blog. All free, no sign-up. The text is licensed CC BY 4.0: you may quote a summary as long as you credit the source.',
  'embed.links.heading': 'Link to a term',
  'embed.links.body':
    'Term pages live at /en/glossary/<slug>/ and those URLs never change. When a term is renamed, the old URL redirects to the new page (/en/glossary/lasso/ leads to L1 regularization, for example). Every heading has an ASCII anchor that you can copy from the link icon next to it. Under each term, “Link and cite” copies the URL, an HTML link, a Markdown link or a citation with one button. Each demo has a “Copy a link to this setting” button that copies a URL with the demo’s state.',
  'embed.preview.heading': 'Previews when shared',
  'embed.preview.body':
    'Every term and article has a 1200×630 Open Graph image with its headword, reading and one-sentence definition. Paste a link into X, LINE or Slack and it shows as a card.',
  'embed.card.heading': 'Hover card (embed.js)',
  'embed.card.body':
    'Add the line below to your blog’s HTML. Links to this site’s terms then show a card with the headword, reading, definition and a “Read more” link when a reader hovers, focuses or taps them. On phones, the first tap opens the card and a second tap follows the link. A tap outside the card or the Escape key closes it.',
  'embed.card.snippet': 'The line to add to your blog',
  'embed.card.optOut': 'Add data-glossary="off" to a link that should show no card. On a parent element, it covers every link inside.',
  'embed.card.optOutSnippet': 'A link without a card',
  'embed.card.style':
    'Change the look with CSS variables: --glossary-card-bg (background), --glossary-card-fg (text), --glossary-card-muted (reading), --glossary-card-accent (link), --glossary-card-border (border) and --glossary-card-font (typeface). Any other property can be overridden on the .glossary-card selector.',
  'embed.card.styleSnippet': 'Changing the colours',
  'embed.card.privacy':
    'The script is one file with no dependencies. It loads glossary.json once, when the first card opens. It sends no cookies, does no tracking, and never inserts fetched text as HTML.',
  'embed.card.csp': 'If your blog sends a Content-Security-Policy, add this site’s origin ({origin}) to script-src and connect-src.',
  'embed.json.heading': 'Term data (JSON)',
  'embed.json.body':
    'The headword, reading, definition, URL, tags, aliases, redirecting slugs and last update of every term are published as JSON: /glossary.json in Japanese and /en/glossary.json in English. A JSON Schema (/glossary.schema.json) defines the format. The version only goes up when a field is removed or renamed, so new fields never break existing programs. The license field gives the terms of use (CC BY 4.0) and how to credit.',
  'embed.rss.heading': 'New articles (RSS)',
  'embed.rss.body': 'New articles are announced in RSS.',
  'embed.cors.heading': 'Serving this site yourself',
  'embed.cors.body':
    'embed.js reads glossary.json from another origin, so the server must send Access-Control-Allow-Origin: * with that file. GitHub Pages sends it by default. On Netlify or Cloudflare Pages, the repository’s public/_headers sets it.',
  'embed.page.description': 'The “{title}” demo of “{term}”, ready to embed in a blog with an iframe.',
  'embed.demo.heading': 'Try it',
  'embed.demo.body': 'This page loads embed.js too. Hover over the links below, Tab to them, or tap them.',
  'embed.demo.redirect': 'Lasso (a link to a redirecting URL)',
  'embed.demo.optedOut': 'This link has data-glossary="off", so it shows no card:',
  'embed.copySnippet': 'Copy',
  'embed.more': 'Read more',
  'embed.loading': 'Loading…',
  'embed.close': 'Close',
  'nav.embed': 'For bloggers',
};
