/**
 * The tag vocabulary. Content lists tags by their name in its own language (`tags: [線形モデル]`);
 * each name maps to one ASCII slug, the tag page's URL (`/ja/tags/linear-models/`).
 * An unknown tag fails the build: add it here first, in both languages.
 */
export const TAGS = [
  { slug: 'basics', ja: '基礎', en: 'basics' },
  { slug: 'introduction', ja: '入門', en: 'introduction' },
  { slug: 'generalization', ja: '汎化', en: 'generalization' },
  { slug: 'model-selection', ja: 'モデル選択', en: 'model selection' },
  { slug: 'linear-models', ja: '線形モデル', en: 'linear models' },
  { slug: 'sparsity', ja: 'スパース', en: 'sparsity' },
  { slug: 'feature-selection', ja: '特徴選択', en: 'feature selection' },
  { slug: 'shrinkage', ja: '縮小推定', en: 'shrinkage' },
  { slug: 'preprocessing', ja: '前処理', en: 'preprocessing' },
  { slug: 'optimization', ja: '最適化', en: 'optimization' },
  { slug: 'mathematics', ja: '数学', en: 'mathematics' },
  { slug: 'bayesian', ja: 'ベイズ', en: 'Bayesian' },
  { slug: 'neural-networks', ja: 'ニューラルネットワーク', en: 'neural networks' },
  { slug: 'deep-learning', ja: '深層学習', en: 'deep learning' },
  { slug: 'training-procedure', ja: '学習の手続き', en: 'training procedure' },
  { slug: 'data', ja: 'データ', en: 'data' },
] as const;

export type Tag = (typeof TAGS)[number];
export type TagSlug = Tag['slug'];
