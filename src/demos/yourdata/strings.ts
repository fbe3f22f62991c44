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
    'demo.yourdata.ui.paste': '表を貼り付ける（CSV か TSV、1 行目は列の名前）',
    'demo.yourdata.ui.read': '貼り付けた表を読む',
    'demo.yourdata.ui.file': 'ファイルを選ぶ（CSV か TSV）',
    'demo.yourdata.ui.drop': 'ここにファイルをドロップしてもかまいません',
    'demo.yourdata.ui.sample': '例の表を使う',
    'demo.yourdata.ui.previewCaption': '読み込んだ表の最初の {shown} 行（全部で {rows} 行、{columns} 列、文字コード {encoding}）',
    'demo.yourdata.ui.previewCaptionWide':
      '読み込んだ表の最初の {shown} 行の、最初の {shownColumns} 列（全部で {rows} 行、{columns} 列、文字コード {encoding}）',
    'demo.yourdata.ui.notes': '読み込みで行ったこと',
    'demo.yourdata.ui.target': '目的変数（予測したい列）',
    'demo.yourdata.ui.features': '特徴量に使う列',
    'demo.yourdata.ui.standardize': '特徴量を標準化する（平均 0、標準偏差 1 にそろえる）',
    'demo.yourdata.ui.model': 'モデル',
    'demo.yourdata.ui.lasso': 'ラッソ（L1）',
    'demo.yourdata.ui.ridge': 'リッジ（L2）',
    'demo.yourdata.ui.enet': 'エラスティックネット',
    'demo.yourdata.ui.rho': 'L1 の割合 ρ',
    'demo.yourdata.ui.fit': '当てはめる',
    'demo.yourdata.ui.cancel': 'やめる',
    'demo.yourdata.ui.progress1': '表を計算用の行列に直しています……',
    'demo.yourdata.ui.progress2': '100 個の λ で係数の経路を計算しています……',
    'demo.yourdata.ui.progress3': '10 分割の交差検証をしています……',
    'demo.yourdata.ui.cancelled': '計算をやめました。前の結果はそのまま残っています。',
    'demo.yourdata.ui.done': '{n} 行、特徴量 {p} 個で当てはめました。',
    'demo.yourdata.ui.failed': '計算の途中で問題が起きました：{message}',
    'demo.yourdata.ui.binary':
      '目的変数の値が 2 種類なので、ロジスティック回帰を当てはめています。ラッソは L1、リッジは L2 の罰則をかけ、エラスティックネットは両方を ρ の割合で混ぜます。交差検証の誤差は、glmnet の既定と同じく二項逸脱度（予測した確率の対数損失の平均の 2 倍）で測ります。係数は、その特徴量が 1 増えたときに、1 とした値の対数オッズが増える量です。',
    'demo.yourdata.ui.pathTitle': '係数の経路（λ を小さくすると係数が 0 から離れていきます）',
    'demo.yourdata.ui.pathAxisStd': '係数（標準化した尺度）',
    'demo.yourdata.ui.pathAxis': '係数',
    'demo.yourdata.ui.lambdaAxis': 'log₁₀ λ',
    'demo.yourdata.ui.cvTitle': '交差検証の誤差（平均 ± 標準誤差）',
    'demo.yourdata.ui.cvAxis': '平均2乗誤差',
    'demo.yourdata.ui.lambda': 'λ（正則化の強さ）',
    'demo.yourdata.ui.lambdaText': 'λ = {lambda}（{k} 番目 / {count}）',
    'demo.yourdata.ui.lambdaMin': 'λ_min にする',
    'demo.yourdata.ui.lambda1se': 'λ_1se にする',
    'demo.yourdata.ui.cvSummary': '交差検証の誤差が最小になる λ_min は {min}、そこから標準誤差 1 つ分の範囲で最も強い λ_1se は {se} です。',
    'demo.yourdata.ui.coefCaption': 'λ = {lambda} での係数（元の列の単位）',
    'demo.yourdata.ui.feature': '特徴量',
    'demo.yourdata.ui.coef': '係数',
    'demo.yourdata.ui.intercept': '切片',
    'demo.yourdata.ui.download': '係数を CSV で保存',
    'demo.yourdata.ui.python': 'Python（scikit-learn）で同じ係数を出すコード',
    'demo.yourdata.ui.r': 'R（glmnet）で同じ係数を出すコード',
    'demo.yourdata.ui.conversion':
      'このページの λ は scikit-learn の alpha と同じ数で、ρ は l1_ratio です。glmnet は L2 の罰則を目的変数の標準偏差 s = {sd} で測るので、lambda = λρ + s·λ(1 − ρ)、alpha = λρ / lambda に換算しています。',
    'demo.yourdata.ui.copy': 'コードをコピー',
    'demo.yourdata.ui.copied': 'コピーしました。',
    'demo.yourdata.ui.copyFailed': 'コピーできませんでした。コードを選んでコピーしてください。',
    // Stage 4: the Lasso's stability over bootstrap resamples.
    'demo.yourdata.ui.progress4': 'ラッソの選んだ特徴量がどれだけ安定かを調べています（{total} 個のうち {done} 個のブートストラップ標本が済みました）……',
    'demo.yourdata.ui.stabilityHeading': 'ラッソの選び方は安定しているか',
    'demo.yourdata.ui.stabilityLead':
      '行を重複を許して選び直し、元と同じ行数のデータ（ブートストラップ標本）を 50 個作りました。それぞれに λ_1se のラッソを当てはめ直し、各特徴量の係数が 0 でなかった割合を表にしています。100% に近い特徴量は、手元にたまたまあった行が入れ替わっても選ばれるので、その選択はデータの偶然に左右されにくいと言えます。割合が低い特徴量は、データが少し違うだけで入ったり外れたりします。',
    'demo.yourdata.ui.stabilityCaption': 'λ_1se = {lambda} のラッソで、係数が 0 でなかった割合（ブートストラップ標本 {count} 個）',
    'demo.yourdata.ui.share': '選ばれた割合',
    'demo.yourdata.ui.stabilityMore': '安定性選択：データの半分を何度も選び直して特徴量を選ぶ方法',
    // A two-valued target: logistic regression.
    'demo.yourdata.ui.lambdaTextLogistic': 'λ = {lambda}、scikit-learn の C = {C}（{k} 番目 / {count}）',
    'demo.yourdata.ui.coefCaptionLogistic': 'λ = {lambda}（C = {C}）での係数（対数オッズへの寄与、元の列の単位）',
    'demo.yourdata.ui.conversionLogistic':
      'このページの λ と ρ は、scikit-learn の LogisticRegression では C = 1/(nλ)（n = {n}）と l1_ratio に、glmnet（family = "binomial"）では lambda = λ と alpha = ρ に当たります。どれも対数損失の平均に同じ罰則を足した式を最小にします。',
    'demo.yourdata.ui.cvAxisDeviance': '二項逸脱度',
    // Saving the figures (SVG, PNG).
    'demo.yourdata.ui.savePath': '係数の経路の図を保存する',
    'demo.yourdata.ui.saveCv': '交差検証の誤差の図を保存する',
    'demo.yourdata.ui.saveSvg': 'SVG で保存',
    'demo.yourdata.ui.savePng': 'PNG で保存',
    'demo.yourdata.ui.saveFailed': '図を保存できませんでした：{message}',
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
    'demo.yourdata.ui.paste': 'Paste a table (CSV or TSV, with column names in the first row)',
    'demo.yourdata.ui.read': 'Read the pasted table',
    'demo.yourdata.ui.file': 'Choose a file (CSV or TSV)',
    'demo.yourdata.ui.drop': 'You can also drop a file here',
    'demo.yourdata.ui.sample': 'Use the example table',
    'demo.yourdata.ui.previewCaption': 'The first {shown} rows of your table ({rows} rows, {columns} columns, encoding {encoding})',
    'demo.yourdata.ui.previewCaptionWide':
      'The first {shownColumns} columns of the first {shown} rows of your table ({rows} rows, {columns} columns, encoding {encoding})',
    'demo.yourdata.ui.notes': 'What reading the table changed',
    'demo.yourdata.ui.target': 'Target (the column to predict)',
    'demo.yourdata.ui.features': 'Columns to use as features',
    'demo.yourdata.ui.standardize': 'Standardize the features (mean 0, standard deviation 1)',
    'demo.yourdata.ui.model': 'Model',
    'demo.yourdata.ui.lasso': 'Lasso (L1)',
    'demo.yourdata.ui.ridge': 'Ridge (L2)',
    'demo.yourdata.ui.enet': 'Elastic Net',
    'demo.yourdata.ui.rho': 'L1 share ρ',
    'demo.yourdata.ui.fit': 'Fit',
    'demo.yourdata.ui.cancel': 'Cancel',
    'demo.yourdata.ui.progress1': 'Turning the table into a matrix…',
    'demo.yourdata.ui.progress2': 'Computing the coefficient path over 100 values of λ…',
    'demo.yourdata.ui.progress3': 'Running 10-fold cross-validation…',
    'demo.yourdata.ui.cancelled': 'Stopped. The previous result is still shown.',
    'demo.yourdata.ui.done': 'Fitted on {n} rows and {p} features.',
    'demo.yourdata.ui.failed': 'Something went wrong during the computation: {message}',
    'demo.yourdata.ui.binary':
      'The target has two values, so this is logistic regression: the Lasso puts an L1 penalty on it, Ridge an L2 penalty, and the Elastic Net mixes the two in the share ρ. Cross-validation measures the error by the binomial deviance (twice the mean log loss of the predicted probabilities), as glmnet does by default. Each coefficient is how much the log-odds of the value coded 1 rise when its feature goes up by 1.',
    'demo.yourdata.ui.pathTitle': 'Coefficient paths (as λ gets smaller, the coefficients move away from 0)',
    'demo.yourdata.ui.pathAxisStd': 'Coefficient (standardized scale)',
    'demo.yourdata.ui.pathAxis': 'Coefficient',
    'demo.yourdata.ui.lambdaAxis': 'log₁₀ λ',
    'demo.yourdata.ui.cvTitle': 'Cross-validation error (mean ± standard error)',
    'demo.yourdata.ui.cvAxis': 'Mean squared error',
    'demo.yourdata.ui.lambda': 'λ (regularization strength)',
    'demo.yourdata.ui.lambdaText': 'λ = {lambda} ({k} of {count})',
    'demo.yourdata.ui.lambdaMin': 'Use λ_min',
    'demo.yourdata.ui.lambda1se': 'Use λ_1se',
    'demo.yourdata.ui.cvSummary':
      'λ_min, where the cross-validation error is smallest, is {min}; λ_1se, the strongest λ within one standard error of it, is {se}.',
    'demo.yourdata.ui.coefCaption': 'Coefficients at λ = {lambda} (in the units of your columns)',
    'demo.yourdata.ui.feature': 'Feature',
    'demo.yourdata.ui.coef': 'Coefficient',
    'demo.yourdata.ui.intercept': 'Intercept',
    'demo.yourdata.ui.download': 'Save the coefficients as CSV',
    'demo.yourdata.ui.python': 'Python (scikit-learn) code that gives the same coefficients',
    'demo.yourdata.ui.r': 'R (glmnet) code that gives the same coefficients',
    'demo.yourdata.ui.conversion':
      'This page’s λ is the same number as scikit-learn’s alpha, and ρ is l1_ratio. glmnet measures the L2 penalty in units of the target’s standard deviation s = {sd}, so its lambda is λρ + s·λ(1 − ρ) and its alpha is λρ / lambda.',
    'demo.yourdata.ui.copy': 'Copy the code',
    'demo.yourdata.ui.copied': 'Copied.',
    'demo.yourdata.ui.copyFailed': 'Could not copy. Please select the code and copy it.',
    // Stage 4: the Lasso's stability over bootstrap resamples.
    'demo.yourdata.ui.progress4': 'Checking how stable the Lasso’s choice of features is ({done} of {total} bootstrap samples done)…',
    'demo.yourdata.ui.stabilityHeading': 'How stable is the Lasso’s choice?',
    'demo.yourdata.ui.stabilityLead':
      'We drew 50 new data sets of the same size from your rows, with replacement (bootstrap samples), refitted the Lasso at λ_1se on each, and counted how often each coefficient was not 0. A feature near 100% is chosen whichever rows you happened to collect, so that choice does not hinge on chance. A feature with a low share comes and goes with small changes in the data.',
    'demo.yourdata.ui.stabilityCaption': 'Share of fits in which the coefficient is not 0, Lasso at λ_1se = {lambda} ({count} bootstrap samples)',
    'demo.yourdata.ui.share': 'Share selected',
    'demo.yourdata.ui.stabilityMore': 'Stability selection: choosing features over many random halves of the data',
    // A two-valued target: logistic regression.
    'demo.yourdata.ui.lambdaTextLogistic': 'λ = {lambda}, scikit-learn’s C = {C} ({k} of {count})',
    'demo.yourdata.ui.coefCaptionLogistic': 'Coefficients at λ = {lambda} (C = {C}) on the log-odds scale, in the units of your columns',
    'demo.yourdata.ui.conversionLogistic':
      'This page’s λ and ρ are C = 1/(nλ) (n = {n}) and l1_ratio in scikit-learn’s LogisticRegression, and lambda = λ and alpha = ρ in glmnet with family = "binomial": all of them minimize the mean log loss plus the same penalty.',
    'demo.yourdata.ui.cvAxisDeviance': 'Binomial deviance',
    // Saving the figures (SVG, PNG).
    'demo.yourdata.ui.savePath': 'Save the coefficient path figure',
    'demo.yourdata.ui.saveCv': 'Save the cross-validation error figure',
    'demo.yourdata.ui.saveSvg': 'Save as SVG',
    'demo.yourdata.ui.savePng': 'Save as PNG',
    'demo.yourdata.ui.saveFailed': 'The figure could not be saved: {message}',
  },
} as const;
