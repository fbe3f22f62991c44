/** The grouping demo's strings; `en` has exactly the keys of `ja` (a unit test checks every demo). */
export const strings = {
  ja: {
    'demo.grouping.title': 'エラスティックネットのグループ化効果',
    'demo.grouping.lead':
      'x1〜x3、x4〜x6、x7〜x9 は、それぞれ互いに強く相関する特徴量の組（A、B、C）です。目的変数は A と B の組に関係し、C には関係しません。ラッソは組の一部だけを残しがちで、エラスティックネットは組全体に重みを分けます。',
    'demo.grouping.lasso': 'ラッソ（ρ = 1）',
    'demo.grouping.enet': 'エラスティックネット（ρ = {rho}）',
    'demo.grouping.corr': '組の中の相関',
    'demo.grouping.resample': '新しいサンプルを引く',
    'demo.grouping.kept': '0でない係数：A {a}/3、B {b}/3、C {c}/3',
    'demo.grouping.feature': '特徴量',
    'demo.grouping.group': '組',
    'demo.grouping.lassoShort': 'ラッソ',
    'demo.grouping.enetShort': 'エラスティックネット',
    'demo.grouping.caption': '係数（λ = {lambda}、相関 {corr}、サンプル {seed}）',
  },
  en: {
    'demo.grouping.title': 'Elastic Net’s grouping effect',
    'demo.grouping.lead':
      'x1–x3, x4–x6 and x7–x9 are three groups (A, B, C) of strongly correlated features. The target depends on groups A and B, not on C. The lasso tends to keep only part of a group; the Elastic Net shares the weight across the whole group.',
    'demo.grouping.lasso': 'Lasso (ρ = 1)',
    'demo.grouping.enet': 'Elastic Net (ρ = {rho})',
    'demo.grouping.corr': 'Correlation within a group',
    'demo.grouping.resample': 'Draw a new sample',
    'demo.grouping.kept': 'Non-zero coefficients: A {a}/3, B {b}/3, C {c}/3',
    'demo.grouping.feature': 'Feature',
    'demo.grouping.group': 'Group',
    'demo.grouping.lassoShort': 'Lasso',
    'demo.grouping.enetShort': 'Elastic Net',
    'demo.grouping.caption': 'Coefficients (λ = {lambda}, correlation {corr}, sample {seed})',
  },
} as const;
