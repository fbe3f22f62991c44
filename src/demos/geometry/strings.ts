/** The geometry demo's strings; `en` has exactly the keys of `ja` (a unit test checks every demo). */
export const strings = {
  ja: {
    'demo.geometry.title': 'L1 のひし形と L2 の円',
    'demo.geometry.lead':
      '楕円は損失の等高線で、白い点が罰則なしの解（最小二乗解）です。色の付いた領域の中で損失がいちばん小さい点（黒い点）が、正則化した解になります。ひし形では角に当たりやすく、そのとき片方の重みがちょうど0になります。',
    'demo.geometry.l1': 'L1：‖w‖₁ ≤ t（ひし形）',
    'demo.geometry.l2': 'L2：‖w‖₂ ≤ t（円）',
    'demo.geometry.t': '予算 t（小さいほど強い正則化）',
    'demo.geometry.c1': '罰則なしの解 ŵ₁',
    'demo.geometry.c2': '罰則なしの解 ŵ₂',
    'demo.geometry.r': '2つの特徴量の相関（楕円の傾き）',
    'demo.geometry.result': '{norm} の解 w = {point}',
    'demo.geometry.zero': '。{coord} はちょうど 0 です',
    'demo.geometry.noZero': '。ちょうど 0 の重みはありません',
    'demo.geometry.hint': '白い点はドラッグでも動かせます。',
  },
  en: {
    'demo.geometry.title': 'The L1 diamond and the L2 circle',
    'demo.geometry.lead':
      'The ellipses are contours of the loss; the white dot is the unpenalized (least-squares) solution. The black dot is the point of lowest loss inside the shaded region: the regularized solution. The diamond is often met at a corner, and there one weight is exactly zero.',
    'demo.geometry.l1': 'L1: ‖w‖₁ ≤ t (diamond)',
    'demo.geometry.l2': 'L2: ‖w‖₂ ≤ t (disc)',
    'demo.geometry.t': 'Budget t (smaller means stronger regularization)',
    'demo.geometry.c1': 'Unpenalized solution ŵ₁',
    'demo.geometry.c2': 'Unpenalized solution ŵ₂',
    'demo.geometry.r': 'Correlation of the two features (tilt of the ellipses)',
    'demo.geometry.result': '{norm} solution w = {point}',
    'demo.geometry.zero': '; {coord} is exactly 0',
    'demo.geometry.noZero': '; no weight is exactly 0',
    'demo.geometry.hint': 'You can also drag the white dot.',
  },
} as const;
