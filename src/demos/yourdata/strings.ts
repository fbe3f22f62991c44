/**
 * The strings of the "your own data" page (issue 17): one message per problem and note code of
 * src/lib/table, `{field}` filled from the problem's data (messages.ts). `en` has exactly the
 * keys of `ja`; test/unit/demos/yourdata.test.ts checks every code and placeholder.
 */
export const strings = {
  ja: {
    'demo.yourdata.title': '自分のデータで試す',
    'demo.yourdata.problem.empty-file': 'ファイルに表がありません（空か、空白と区切り文字だけです）。',
    'demo.yourdata.problem.unknown-encoding':
      '文字コードを読み取れません。UTF-8 か Shift_JIS のテキストにしてください（Excel なら「CSV UTF-8」で保存できます）。',
    'demo.yourdata.problem.too-many-bytes': 'ファイルが大きすぎます（{found}）。このページで読めるのは {limit} までです。',
    'demo.yourdata.problem.too-many-rows': 'データの行が多すぎます（{found} 行）。このページで読めるのは {limit} 行までです。',
    'demo.yourdata.problem.too-many-columns': '列が多すぎます（{found} 列）。このページで読めるのは {limit} 列までです。',
    'demo.yourdata.problem.header-only': '見出しの行しかありません。2 行目から下にデータを入れてください。',
    'demo.yourdata.problem.no-header': '{row} 行目がすべて数です。1 行目には列の名前（見出し）を書いてください。',
    'demo.yourdata.problem.duplicate-header': '見出し「{name}」が {firstColumn} 列目と {column} 列目にあります。列の名前は重ならないようにしてください。',
    'demo.yourdata.problem.bad-quotes': '{row} 行目の引用符（"）が閉じていないか、閉じたあとに文字が続いています。',
    'demo.yourdata.problem.ragged-row': '{row} 行目のセルは {found} 個で、見出しの {expected} 個と合いません（見出しを 1 行目と数えます）。',
    'demo.yourdata.problem.mixed-decimal-comma':
      '{row} 行目、{column} 列目「{name}」の「{value}」はコンマを含む数です。ほかの数は小数点に「.」を使っているので、このコンマが小数点か桁区切りかを決められません。書き方をそろえてください。',
    'demo.yourdata.problem.decimal-comma':
      '{row} 行目、{column} 列目「{name}」の「{value}」はコンマを含む数です。コンマが小数点か桁区切りかを決められないので、小数点は「.」で書き、桁区切りのコンマは外してください。',
    'demo.yourdata.problem.value-too-large':
      '{row} 行目、{column} 列目「{name}」の「{value}」は大きすぎて計算できません。絶対値が {limit} までの数にしてください。',
    'demo.yourdata.problem.no-numeric-column': '数だけの列が 1 つもありません。単位つきの数（「12kg」など）や、コンマを含む数は文字として読まれます。',
    'demo.yourdata.problem.unknown-column': '「{name}」という列はありません。',
    'demo.yourdata.problem.target-not-numeric':
      '目的変数の {column} 列目「{name}」は数ではなく、値が {levels} 種類あります。数の列か、値が 2 種類の列（2 クラスの分類になります）を選んでください。',
    'demo.yourdata.problem.constant-target': '目的変数の {column} 列目「{name}」は、どの行も同じ値（{value}）です。これでは予測するものがありません。',
    'demo.yourdata.problem.no-features': '特徴量が残っていません。どの行も同じ値の列は外れるので、値が変わる列を 1 つ以上選んでください。',
    'demo.yourdata.problem.too-many-levels':
      '{column} 列目「{name}」は文字の列で、値が {levels} 種類あります。0 と 1 の列に分けられるのは {limit} 種類までです。数の列のつもりなら、数でないセルが混じっていないか確かめてください。',
    'demo.yourdata.problem.too-many-features': '文字の列を 0 と 1 の列に分けると、特徴量が {found} 個になります。このページで扱えるのは {limit} 個までです。',
    'demo.yourdata.problem.too-few-rows':
      '使える行が {found} 行しかありません（値が欠けた {dropped} 行を除いたあと）。10 分割の交差検証には {min} 行以上が必要です。',
    'demo.yourdata.note.blank-rows-skipped': '空の行を {count} 行飛ばしました（最初は {row} 行目）。',
    'demo.yourdata.note.unnamed-column': '{column} 列目には見出しがないので、「{name}」と名付けました。',
    'demo.yourdata.note.empty-column': '{column} 列目「{name}」には値が 1 つもないので、使いません。',
    'demo.yourdata.note.rows-dropped': '値が欠けた {count} 行を除きました（最初は {row} 行目の {column} 列目「{name}」）。',
    'demo.yourdata.note.constant-feature-dropped': '{column} 列目「{name}」はどの行も同じ値（{value}）なので、特徴量から外しました。',
    'demo.yourdata.note.one-hot':
      '{column} 列目「{name}」は文字の列なので、0 と 1 の列（ワンホット表現）に分けました。{levels} 種類の値のうち、最も多い「{reference}」を基準にして、ほかの値ごとに 1 列を作っています。係数は「{reference}」と比べた差です。',
    'demo.yourdata.note.binary-target':
      '目的変数の {column} 列目「{name}」は値が 2 種類なので、2 クラスの分類として扱います。「{positive}」を 1、「{negative}」を 0 とします。',
  },
  en: {
    'demo.yourdata.title': 'Try it on your own data',
    'demo.yourdata.problem.empty-file': 'The file holds no table (it is empty, or only spaces and delimiters).',
    'demo.yourdata.problem.unknown-encoding': 'The text encoding cannot be read. Please save the file as UTF-8 or Shift_JIS text (in Excel, “CSV UTF-8”).',
    'demo.yourdata.problem.too-many-bytes': 'The file is too large ({found}). This page reads up to {limit}.',
    'demo.yourdata.problem.too-many-rows': 'The file has too many data rows ({found}). This page reads up to {limit} rows.',
    'demo.yourdata.problem.too-many-columns': 'The file has too many columns ({found}). This page reads up to {limit} columns.',
    'demo.yourdata.problem.header-only': 'The file has a header row and nothing else. Please put the data in the rows below it.',
    'demo.yourdata.problem.no-header': 'Every cell in row {row} is a number. Please put the column names (a header) in the first row.',
    'demo.yourdata.problem.duplicate-header':
      'The header “{name}” appears in column {firstColumn} and in column {column}. Please give each column its own name.',
    'demo.yourdata.problem.bad-quotes': 'Row {row} has a quote (") that is never closed, or text right after a closing quote.',
    'demo.yourdata.problem.ragged-row': 'The number of cells in row {row} ({found}) differs from the header’s ({expected}); the header counts as row 1.',
    'demo.yourdata.problem.mixed-decimal-comma':
      'Row {row}, column {column} (“{name}”): “{value}” is a number written with a comma. Other numbers in the file use a decimal point, so this comma could be a decimal mark or a thousands separator. Please write all numbers the same way.',
    'demo.yourdata.problem.decimal-comma':
      'Row {row}, column {column} (“{name}”): “{value}” is a number written with a comma, which could be a decimal mark or a thousands separator. Please use “.” as the decimal mark and remove thousands separators.',
    'demo.yourdata.problem.value-too-large':
      'Row {row}, column {column} (“{name}”): “{value}” is too large to compute with. Please keep absolute values up to {limit}.',
    'demo.yourdata.problem.no-numeric-column': 'No column holds only numbers. Numbers with units (such as “12kg”) or with commas are read as text.',
    'demo.yourdata.problem.unknown-column': 'There is no column named “{name}”.',
    'demo.yourdata.problem.target-not-numeric':
      'The target, column {column} (“{name}”), is not numeric and has {levels} different values. Please choose a numeric column, or one with exactly two values (for classification).',
    'demo.yourdata.problem.constant-target':
      'The target, column {column} (“{name}”), has the same value ({value}) in every row, so there is nothing to predict.',
    'demo.yourdata.problem.no-features':
      'No feature is left. Columns with the same value in every row are set aside, so please choose at least one column whose values vary.',
    'demo.yourdata.problem.too-many-levels':
      'Column {column} (“{name}”) is a text column with {levels} different values; at most {limit} can be turned into 0/1 columns. If it is meant to be numeric, look for a cell that is not a number.',
    'demo.yourdata.problem.too-many-features': 'Turning the text columns into 0/1 columns gives {found} features; this page handles up to {limit}.',
    'demo.yourdata.problem.too-few-rows':
      'Too few rows are left: {found}, after dropping {dropped} with missing values. Ten-fold cross-validation needs at least {min}.',
    'demo.yourdata.note.blank-rows-skipped': 'Blank rows skipped: {count} (the first is row {row}).',
    'demo.yourdata.note.unnamed-column': 'Column {column} has no header, so it is called “{name}”.',
    'demo.yourdata.note.empty-column': 'Column {column} (“{name}”) has no values, so it is not used.',
    'demo.yourdata.note.rows-dropped': 'Rows dropped for missing values: {count} (the first is row {row}, column {column}, “{name}”).',
    'demo.yourdata.note.constant-feature-dropped': 'Column {column} (“{name}”) has the same value ({value}) in every row, so it is not used as a feature.',
    'demo.yourdata.note.one-hot':
      'Column {column} (“{name}”) holds text, so it was turned into 0/1 columns (one-hot encoding). Of its {levels} values, the most common, “{reference}”, is the baseline, and every other value gets a column; each coefficient is the difference from “{reference}”.',
    'demo.yourdata.note.binary-target':
      'The target, column {column} (“{name}”), has two values, so this is a classification task: “{positive}” counts as 1 and “{negative}” as 0.',
  },
} as const;
