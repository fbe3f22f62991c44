/** Strings of the page /ja/your-data/ (the tool's own strings are in src/demos/yourdata/strings.ts); `en` has the same keys. */
export const ja = {
  'yourdata.title': '自分のデータで正則化を試す',
  'yourdata.description': '手元の CSV や TSV の表で、ラッソ・リッジ・エラスティックネットの係数の経路と交差検証を計算します。データはどこにも送られません。',
  'yourdata.intro':
    '手元の表（CSV か TSV）を読み込むと、ラッソ、リッジ、エラスティックネットで λ を変えたときの係数の経路と、10 分割の交差検証の誤差を描きます。交差検証で選んだ λ での係数を表にし、同じ係数を scikit-learn や glmnet で出すコードも示します。',
  'yourdata.privacy': '計算はすべてこのブラウザの中で行います。表のデータはどこにも送られず、ページの URL にはモデルの種類などの設定だけが入ります。',
  'yourdata.limits': '読める大きさは、{rows} 行、{columns} 列、{bytes} までです。文字コードは UTF-8 と Shift_JIS を読めます。',
  'yourdata.steps.heading': '使い方',
  'yourdata.step1': '1 行目に列の名前を書いた表を、貼り付けるか、ファイルで選ぶか、ドロップします。',
  'yourdata.step2': '予測したい列（目的変数）と、特徴量に使う列を選びます。文字の列は 0 と 1 の列に分け、値が欠けた行は除きます。',
  'yourdata.step3': 'モデルを選んで「当てはめる」を押すと、係数の経路と交差検証の結果が出ます。',
  'yourdata.nojs': 'この道具は JavaScript で動きます。JavaScript が使えない環境では、上の説明だけが表示されます。',
  'yourdata.tool.heading': '表を読み込む',
  'yourdata.related.heading': '関連するページ',
  'yourdata.homeLink': '手元の CSV で、ラッソやリッジの係数の経路を描いてみる',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'yourdata.title': 'Try regularization on your own data',
  'yourdata.description':
    'Compute Lasso, Ridge and Elastic Net coefficient paths and cross-validation on your own CSV or TSV table. Your data is sent nowhere.',
  'yourdata.intro':
    'Load a table of your own (CSV or TSV) to see how the coefficients of the Lasso, Ridge and the Elastic Net change with λ, and the 10-fold cross-validation error. The page lists the coefficients at the λ that cross-validation picks, and gives code that reproduces them in scikit-learn and glmnet.',
  'yourdata.privacy': 'Everything is computed in this browser. Your table is sent nowhere, and the page URL holds only settings such as the model.',
  'yourdata.limits': 'Tables can have up to {rows} rows, {columns} columns and {bytes}. The text can be UTF-8 or Shift_JIS.',
  'yourdata.steps.heading': 'How to use it',
  'yourdata.step1': 'Paste, choose or drop a table whose first row holds the column names.',
  'yourdata.step2':
    'Choose the column to predict (the target) and the columns to use as features. Text columns become 0/1 columns, and rows with missing values are dropped.',
  'yourdata.step3': 'Choose a model and press “Fit” to see the coefficient paths and the cross-validation results.',
  'yourdata.nojs': 'This tool runs on JavaScript. Without JavaScript, only the explanation above is shown.',
  'yourdata.tool.heading': 'Load a table',
  'yourdata.related.heading': 'Related pages',
  'yourdata.homeLink': 'Draw Lasso and Ridge coefficient paths for a CSV of your own',
};
