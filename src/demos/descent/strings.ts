/** The double-descent demo's strings; `en` has exactly the keys of `ja` (a unit test checks every demo). */
export const strings = {
  ja: {
    'demo.descent.title': '特徴量の数とテスト誤差（二重降下）',
    'demo.descent.lead':
      '30 点の訓練データに、ランダムに作った特徴量 p 個の線形モデルを当てはめます。λ = 0 では、訓練データの誤差を最も小さくする重みのうち、‖w‖ が最小のもの（最小ノルム解）を使います。p が訓練データの数 n = 30 に近づくと、テスト誤差が跳ね上がります。p をさらに増やすと、また下がります。リッジの λ を上げると、この山が消えます。',
    'demo.descent.chartLabel':
      '特徴量の数 p に対するテスト誤差と訓練誤差のグラフ（{lambda}、σ = {noise}、縦軸は対数目盛、p = n = {n} に縦線）。細い破線は p ごとに最良の λ を選んだときのテスト誤差です。下の表に数値があります。',
    'demo.descent.nTick': '{n}（= n）',
    'demo.descent.xAxis': '特徴量の数 p',
    'demo.descent.yAxis': '誤差（対数目盛）',
    'demo.descent.testKey': 'テスト誤差',
    'demo.descent.trainKey': '訓練誤差',
    'demo.descent.bestKey': 'p ごとに最良の λ',
    'demo.descent.thresholdKey': 'p = n（補間の境目）',
    'demo.descent.none': '0（リッジなし）',
    'demo.descent.lambda': 'リッジの強さ λ（対数目盛）',
    'demo.descent.noise': '訓練データの雑音 σ',
    'demo.descent.status':
      '{lambda}、σ = {noise}：p = n = {n} のテスト誤差は {peak} で、p = {half} のとき（{halfValue}）の {ratio} 倍です。p = {max} では {end} です。',
    'demo.descent.computing': '計算しています……',
    'demo.descent.table': '数値で見るテスト誤差（λ ごと）',
    'demo.descent.caption': 'テスト誤差（{draws} 回の中央値）、σ = {noise}',
    'demo.descent.lambdaHead': 'λ',
    'demo.descent.pHead': '（= {k}）',
    'demo.descent.note':
      '入力 x は 8 次元の標準正規分布に従い、予測したい値は y = βᵀx + σε です（‖β‖ = 1、ε は標準正規分布）。特徴量は φⱼ(x) = max(0, wⱼᵀx)/√p で、向き wⱼ をランダムに選びます。切片は使いません。目的関数は (1/2n)‖y − Φw‖² + (λ/2)‖w‖² です。テスト誤差は新しいデータでの二乗誤差の期待値で、訓練誤差とともに、雑音 ε の出方についても平均した値を式で正確に求めています。入力と特徴量の組は 20 通り選び直し、誤差の中央値を描きます。p = n の近くでは、誤差の平均が一部の組だけで大きく変わってしまうからです。',
  },
  en: {
    'demo.descent.title': 'Test error against the number of features (double descent)',
    'demo.descent.lead':
      'A linear model on p random features is fitted to 30 training points. With λ = 0 it takes, among the weights with the smallest training error, the one with the smallest ‖w‖ (the minimum-norm solution). As p approaches the number of training points n = 30, the test error shoots up; with still more features it comes down again. Raising the ridge λ removes the peak.',
    'demo.descent.chartLabel':
      'Test and training error against the number of features p ({lambda}, σ = {noise}, log scale, a vertical line at p = n = {n}). The thin dashed line is the test error with the best λ for each p. The table below has the numbers.',
    'demo.descent.nTick': '{n} (= n)',
    'demo.descent.xAxis': 'Number of features p',
    'demo.descent.yAxis': 'Error (log scale)',
    'demo.descent.testKey': 'test error',
    'demo.descent.trainKey': 'training error',
    'demo.descent.bestKey': 'best λ for each p',
    'demo.descent.thresholdKey': 'p = n (the interpolation threshold)',
    'demo.descent.none': '0 (ridgeless)',
    'demo.descent.lambda': 'Ridge strength λ (log scale)',
    'demo.descent.noise': 'Noise in the training data σ',
    'demo.descent.status':
      '{lambda}, σ = {noise}: at p = n = {n} the test error is {peak}, {ratio} times its value at p = {half} ({halfValue}). At p = {max} it is {end}.',
    'demo.descent.computing': 'Computing…',
    'demo.descent.table': 'The test error in numbers (per λ)',
    'demo.descent.caption': 'Test error (median of {draws} draws), σ = {noise}',
    'demo.descent.lambdaHead': 'λ',
    'demo.descent.pHead': '(= {k})',
    'demo.descent.note':
      'The inputs x follow an 8-dimensional standard normal distribution, and the targets are y = βᵀx + σε (‖β‖ = 1, ε standard normal). The features are φⱼ(x) = max(0, wⱼᵀx)/√p with random directions wⱼ. There is no intercept. The objective is (1/2n)‖y − Φw‖² + (λ/2)‖w‖². The test error is the expected squared error on new data; it and the training error are also averaged over the noise ε, exactly, from formulas. Inputs and features are drawn 20 times, and the chart shows the median error, because near p = n the mean swings with a few of the draws.',
  },
} as const;
