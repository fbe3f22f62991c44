/** Strings of the glossary index's two views and its demo badge; `en` must have exactly the same keys. */
export const ja = {
  'glossary.views': '並べ方',
  'glossary.byTopic': 'テーマ別',
  'glossary.byTopicLead': '基礎から順に、学ぶ順番に近い並びです。1つの用語がいくつかのテーマに出てきます。',
  'glossary.byIndex': '五十音順',
  'glossary.demoBadge': 'デモあり',
  'glossary.demoLegend': '「デモあり」の用語には、さわって試せるデモがあります。',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'glossary.views': 'Views',
  'glossary.byTopic': 'By topic',
  'glossary.byTopicLead': 'Topics in the order a learner meets them, starting with the basics. A term can appear under several topics.',
  'glossary.byIndex': 'A–Z',
  'glossary.demoBadge': 'Demo',
  'glossary.demoLegend': 'Terms marked “Demo” have an interactive demo to try.',
};
