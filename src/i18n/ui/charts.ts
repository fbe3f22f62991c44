/** Strings that the demo kit's charts write themselves; `en` must have exactly the same keys. */
export const ja = {
  'chart.clippedAbove': '↑ 上は切れています',
  'chart.clippedBelow': '↓ 下は切れています',
  'chart.clippedNote': '（線の一部は図の範囲の外にあり、矢印の所で切れています）',
  'chart.tableLabel': '{name}（横にスクロールできます）',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'chart.clippedAbove': '↑ cut off above',
  'chart.clippedBelow': '↓ cut off below',
  'chart.clippedNote': '(Part of a line lies outside the plotted range and is cut off at the arrow.)',
  'chart.tableLabel': '{name} (scrolls sideways)',
};
