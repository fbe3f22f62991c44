/**
 * The demos that content can embed by name, and the anchor id each one takes by default
 * (`<CoefficientPaths />` is `#paths`). Read by the build's content checks, which run before
 * any component is loaded; `index.ts` is checked against this list.
 */
export const DEMO_DEFAULT_IDS = {
  AugmentationDemo: ['augment'],
  CoefficientPaths: ['paths'],
  ComparisonTable: ['overview', 'enet-cv-table', 'dropout-table'], // by `kind`, in this order
  DropoutDemo: ['dropout'],
  EarlyStoppingDemo: ['stopping'],
  ElasticNetGrouping: ['grouping'],
  NormGeometry: ['geometry'],
  OverfittingDemo: ['overfit'],
  WeightDecayDemo: ['decay'],
} as const;

export type DemoName = keyof typeof DEMO_DEFAULT_IDS;
export const DEMO_NAMES = Object.keys(DEMO_DEFAULT_IDS) as DemoName[];

/** The anchor of one embedded demo: its `id` prop, or its default (ComparisonTable's depends on `kind`). */
export function demoAnchor(name: DemoName, props: { id?: string | undefined; kind?: string | undefined }): string {
  if (props.id) return props.id;
  if (name === 'ComparisonTable')
    return { overview: 'overview', 'elastic-net': 'enet-cv-table', dropout: 'dropout-table' }[props.kind ?? 'overview'] ?? 'overview';
  return DEMO_DEFAULT_IDS[name][0];
}

/** Ids that every page of a kind has besides its headings and demos (src/components, src/pages). */
export const PAGE_ANCHORS = {
  glossary: ['main', 'related-terms', 'used-in', 'references', 'share-heading', 'cite', 'page-corrections'],
  articles: ['main', 'related-terms', 'references', 'page-corrections'],
} as const;
