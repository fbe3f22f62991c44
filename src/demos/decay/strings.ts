/** The decay demo's strings; `en` has exactly the keys of `ja` (a unit test checks every demo). */
export const strings = {
  ja: {
    'demo.decay.title': '重み減衰と L2 正則化：SGD では同じ、Adam では別物',
    'demo.decay.lead':
      '同じネットワーク（隠れ層16ユニット×2）、同じデータ（ノイズ入りの2つの三日月、訓練60点）、同じ乱数の種で、同じ λ を使って4通りに200エポック学習させます。L2 は罰則 (λ/2)‖W‖² を損失に足し、重み減衰は勾配の更新とは別に毎ステップ w ← w − ηλw と縮めます。SGD では2本の曲線がぴったり重なり、Adam では離れます。減衰を勾配から切り離した Adam が AdamW です（Loshchilov & Hutter, 2019, “Decoupled Weight Decay Regularization”, ICLR）。',
    'demo.decay.normLabel': '4通りの学習での重みのノルム ‖W‖₂ のエポックごとの推移。下の表に最終値があります。',
    'demo.decay.diffLabel': 'L2 と重み減衰のパラメータの差の最大値（対数目盛）のエポックごとの推移。SGD では丸め誤差の大きさ、Adam では大きな値です。',
    'demo.decay.normTitle': '重みのノルム ‖W‖₂',
    'demo.decay.diffTitle': 'L2 と重み減衰の差 max|θ_L2 − θ_WD|',
    'demo.decay.epoch': 'エポック',
    'demo.decay.norm': '‖W‖₂',
    'demo.decay.diff': '差の最大値（対数目盛）',
    'demo.decay.sgdL2': 'SGD + L2（損失に罰則）',
    'demo.decay.sgdWd': 'SGD + 重み減衰',
    'demo.decay.adamL2': 'Adam + L2（損失に罰則）',
    'demo.decay.adamWd': 'AdamW（Adam + 重み減衰）',
    'demo.decay.sgdDiff': 'SGD での差',
    'demo.decay.adamDiff': 'Adam での差',
    'demo.decay.lambda': '正則化の強さ λ（対数目盛）',
    'demo.decay.status':
      'λ = {lambda}：SGD では L2 と重み減衰のパラメータの差は最大 {sgd}（浮動小数点の丸め誤差だけ）です。Adam では{epoch}エポック後に {adam} 離れ、‖W‖₂ は L2 が {adamL2}、AdamW が {adamWd} です。',
    'demo.decay.tableCaption': '{epoch}エポック後の値',
    'demo.decay.method': '学習のしかた',
    'demo.decay.finalNorm': '‖W‖₂',
    'demo.decay.trainLoss': '訓練損失',
    'demo.decay.valLoss': '検証損失',
    'demo.decay.note':
      '学習率は SGD が 0.1、Adam が 0.01、ミニバッチは20点です。重み減衰の1ステップの縮み幅は η·λ で、Loshchilov と Hutter の論文の式（1）の λ にあたります（このサイトの λ は、論文で L2 の係数として書かれる λ′ = λ/η のほうです）。どちらが良い検証損失になるかは λ によって変わります。大事なのは、Adam では「L2 を足すこと」と「重みを縮めること」が別の正則化になる、という点です。',
  },
  en: {
    'demo.decay.title': 'Weight decay and L2: the same under SGD, different under Adam',
    'demo.decay.lead':
      'One network (two hidden layers of 16 units), one data set (two noisy moons, 60 training points) and one random seed, trained for 200 epochs in four ways with the same λ. L2 adds the penalty (λ/2)‖W‖² to the loss; weight decay shrinks the weights apart from the gradient step, w ← w − ηλw, at every step. Under SGD the two curves lie exactly on top of each other; under Adam they part. Adam with the decay decoupled from the gradient is AdamW (Loshchilov & Hutter, 2019, “Decoupled Weight Decay Regularization”, ICLR).',
    'demo.decay.normLabel': 'The weight norm ‖W‖₂ per epoch in the four runs. The table below has the final values.',
    'demo.decay.diffLabel':
      'Largest difference between the L2 and weight-decay parameters per epoch (log scale): rounding-error size under SGD, large under Adam.',
    'demo.decay.normTitle': 'Weight norm ‖W‖₂',
    'demo.decay.diffTitle': 'L2 against weight decay: max|θ_L2 − θ_WD|',
    'demo.decay.epoch': 'Epoch',
    'demo.decay.norm': '‖W‖₂',
    'demo.decay.diff': 'Largest difference (log scale)',
    'demo.decay.sgdL2': 'SGD + L2 (penalty in the loss)',
    'demo.decay.sgdWd': 'SGD + weight decay',
    'demo.decay.adamL2': 'Adam + L2 (penalty in the loss)',
    'demo.decay.adamWd': 'AdamW (Adam + weight decay)',
    'demo.decay.sgdDiff': 'Difference under SGD',
    'demo.decay.adamDiff': 'Difference under Adam',
    'demo.decay.lambda': 'Regularization strength λ (log scale)',
    'demo.decay.status':
      'λ = {lambda}: under SGD the L2 and weight-decay parameters differ by at most {sgd} (floating-point rounding only). Under Adam they are {adam} apart after {epoch} epochs, and ‖W‖₂ is {adamL2} with L2 against {adamWd} with AdamW.',
    'demo.decay.tableCaption': 'After {epoch} epochs',
    'demo.decay.method': 'Training',
    'demo.decay.finalNorm': '‖W‖₂',
    'demo.decay.trainLoss': 'Training loss',
    'demo.decay.valLoss': 'Validation loss',
    'demo.decay.note':
      'The learning rate is 0.1 for SGD and 0.01 for Adam, with minibatches of 20 points. One step of weight decay shrinks by η·λ, which is the λ of Loshchilov and Hutter’s Eq. (1); this site’s λ is the paper’s L2 coefficient λ′ = λ/η. Which run reaches the better validation loss depends on λ; the point is that under Adam, adding L2 and shrinking the weights are two different regularizers.',
  },
} as const;
