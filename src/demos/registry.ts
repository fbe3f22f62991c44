/**
 * Every demo, by its one name. The name is the folder (`src/demos/<name>/`), the component
 * (`<Name>Demo.astro`, used in MDX as `<NameDemo />`), the custom element (`<name-demo>`), the
 * URL prefix (`?name.param=`), the default anchor (`#name`), the string keys (`demo.<name>.*`)
 * and the embed page (`/ja/embed/<name>/`). Pure data: the build's content checks read it
 * before any component is loaded. Adding a demo = its folder + one line here.
 */
export interface DemoEntry {
  /** The glossary term whose page is the demo's home (the embed page links back to it). */
  term: string;
  /** Earlier URL prefixes and anchors of this demo; shared links that use them keep working. */
  aliases?: readonly string[];
  /** Height of the embed iframe in CSS px at 360–800 px width, before the page reports its own. */
  height: number;
}

export const DEMOS = {
  overfit: { term: 'overfitting', height: 1180 },
  geometry: { term: 'l1-regularization', height: 1020 },
  paths: { term: 'l1-regularization', height: 1500 },
  grouping: { term: 'elastic-net', height: 1000 },
  dropout: { term: 'dropout', height: 1500 },
  stopping: { term: 'early-stopping', height: 1250 },
  augment: { term: 'data-augmentation', height: 1250 },
  decay: { term: 'weight-decay', height: 1150 },
  penalties: { term: 'sparse-penalties', height: 1600 },
  logistic: { term: 'regularized-logistic-regression', height: 1500 },
  stability: { term: 'stability-selection', height: 1700 },
  descent: { term: 'double-descent', height: 1500 },
} as const satisfies Record<string, DemoEntry>;

export type DemoName = keyof typeof DEMOS;
export const DEMO_NAMES = Object.keys(DEMOS) as DemoName[];

export const isDemoName = (name: string): name is DemoName => Object.hasOwn(DEMOS, name);
/** `paths` → `PathsDemo`, `early-stopping` → `EarlyStoppingDemo`. */
export const componentName = (name: string): string => `${name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}Demo`;
/** `paths` → `paths-demo`. */
export const tagName = (name: string): string => `${name}-demo`;
export const demoEntry = (name: DemoName): DemoEntry => DEMOS[name];

/** The demos an MDX body shows (`<PathsDemo … />` on a line of its own), in order, each once. */
export function demosUsedIn(mdx: string): DemoName[] {
  const byComponent = new Map<string, DemoName>(DEMO_NAMES.map((name) => [componentName(name), name]));
  const used = [...mdx.matchAll(/^<([A-Z]\w*)\b/gm)].map((m) => byComponent.get(m[1]!)).filter((name) => name !== undefined);
  return [...new Set(used)];
}

/** The anchor of the first demo that an MDX body shows (`<GeometryDemo />` → `geometry`, or its `id`), if any. */
export function firstDemoAnchor(body: string): string | undefined {
  for (const m of body.matchAll(/^<([A-Z]\w*)\b[^>]*>/gm)) {
    const name = DEMO_NAMES.find((n) => componentName(n) === m[1]);
    if (name) return /\bid="([^"]*)"/.exec(m[0])?.[1] ?? name;
  }
  return undefined;
}

/** The tables that content can embed (`<ComparisonTable kind="overview" />`) and their anchors. */
export const TABLE_ANCHORS = { overview: 'overview', 'elastic-net': 'enet-cv-table', dropout: 'dropout-table' } as const;

/** Every component MDX may use, and the anchor it takes unless given an `id`. */
export function contentComponents(): Record<string, (props: { id?: string | undefined; kind?: string | undefined }) => string> {
  const components: Record<string, (props: { id?: string | undefined; kind?: string | undefined }) => string> = {};
  for (const name of DEMO_NAMES) components[componentName(name)] = (props) => props.id ?? name;
  components.ComparisonTable = (props) => props.id ?? TABLE_ANCHORS[(props.kind ?? 'overview') as keyof typeof TABLE_ANCHORS] ?? 'overview';
  return components;
}

/** Ids that every page of a kind has besides its headings and demos (src/components, src/pages). */
export const PAGE_ANCHORS = {
  glossary: ['main', 'related-terms', 'used-in', 'references', 'share-heading', 'cite', 'page-corrections'],
  articles: ['main', 'related-terms', 'references', 'page-corrections'],
} as const;
