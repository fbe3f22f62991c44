/** The site-wide notation table (/ja/notation/): TeX for the symbol, then its meaning in each language. */
export const NOTATION = [
  { tex: 'n', ja: 'サンプル（データ点）の数', en: 'number of samples (data points)' },
  {
    tex: 'p',
    ja: '特徴量の数。ドロップアウトの記事と用語では、ユニットを落とす確率にも p を使います（そう断ってから使います）',
    en: 'number of features; in the dropout pages, p is the probability of dropping a unit (they say so)',
  },
  { tex: 'X', ja: 'n 行 p 列の入力の行列。i 行目が i 番目のサンプル $x_i$', en: 'the n × p input matrix; row i is sample $x_i$' },
  { tex: 'y', ja: '目的変数（正解）のベクトル', en: 'the vector of targets' },
  { tex: 'w', ja: '重み（係数）のベクトル。$w_j$ は j 番目の特徴量の重み', en: 'the weight (coefficient) vector; $w_j$ is the weight of feature j' },
  { tex: 'b', ja: '切片（バイアス項）。罰則はかけません', en: 'the intercept (bias term), never penalized' },
  {
    tex: '\\lambda',
    ja: '正則化の強さ。scikit-learn の alpha、glmnet の lambda にあたります',
    en: 'the regularization strength: scikit-learn’s alpha, glmnet’s lambda',
  },
  {
    tex: '\\rho',
    ja: 'L1 罰則の割合（0 以上 1 以下）。scikit-learn の l1_ratio、glmnet の alpha にあたります',
    en: 'the share of the L1 penalty, between 0 and 1: scikit-learn’s l1_ratio, glmnet’s alpha',
  },
  { tex: '\\eta', ja: '学習率', en: 'the learning rate' },
  { tex: '\\lVert w \\rVert_1 = \\textstyle\\sum_j |w_j|', ja: 'L1 ノルム（絶対値の和）', en: 'the L1 norm (sum of absolute values)' },
  { tex: '\\lVert w \\rVert_2^2 = \\textstyle\\sum_j w_j^2', ja: 'L2 ノルムの2乗（2乗の和）', en: 'the squared L2 norm (sum of squares)' },
  { tex: 'S(z, \\lambda) = \\operatorname{sign}(z)\\max(|z| - \\lambda, 0)', ja: 'ソフト閾値関数', en: 'the soft-thresholding operator' },
] as const;

/** The objective of every linear fit on the site (SPEC; scikit-learn's ElasticNet convention). */
export const OBJECTIVE_TEX =
  '\\frac{1}{2n}\\lVert y - Xw - b \\rVert_2^2 + \\lambda\\rho\\,\\lVert w \\rVert_1 + \\frac{\\lambda(1-\\rho)}{2}\\,\\lVert w \\rVert_2^2';
