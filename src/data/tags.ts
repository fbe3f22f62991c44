/**
 * The tag vocabulary. Content lists tags by their name in its own language (`tags: [線形モデル]`);
 * each name maps to one ASCII slug, the tag page's URL (`/ja/tags/linear-models/`).
 * An unknown tag fails the build: add it here first, in both languages.
 * The order is a learner's path (the glossary index's topic view and the tag list follow it): the basics,
 * then choosing a model, the penalties of linear models, neural networks, and the background topics last.
 */
export const TAGS = [
  { slug: 'basics', ja: '基礎', en: 'basics' },
  { slug: 'introduction', ja: '入門', en: 'introduction' },
  { slug: 'generalization', ja: '汎化', en: 'generalization' },
  { slug: 'model-selection', ja: 'モデル選択', en: 'model selection' },
  { slug: 'linear-models', ja: '線形モデル', en: 'linear models' },
  { slug: 'shrinkage', ja: '縮小推定', en: 'shrinkage' },
  { slug: 'sparsity', ja: 'スパース', en: 'sparsity' },
  { slug: 'feature-selection', ja: '特徴選択', en: 'feature selection' },
  { slug: 'neural-networks', ja: 'ニューラルネットワーク', en: 'neural networks' },
  { slug: 'deep-learning', ja: '深層学習', en: 'deep learning' },
  { slug: 'training-procedure', ja: '学習の手続き', en: 'training procedure' },
  { slug: 'data', ja: 'データ', en: 'data' },
  { slug: 'preprocessing', ja: '前処理', en: 'preprocessing' },
  { slug: 'optimization', ja: '最適化', en: 'optimization' },
  { slug: 'mathematics', ja: '数学', en: 'mathematics' },
  { slug: 'bayesian', ja: 'ベイズ', en: 'Bayesian' },
] as const;

export type Tag = (typeof TAGS)[number];
export type TagSlug = Tag['slug'];
