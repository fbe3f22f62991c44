/**
 * The components that MDX content uses by name, without an import: every demo folder's
 * `<Name>Demo.astro`, found by file name, and `<ComparisonTable kind="…" />`. Each demo's script
 * and Chart.js load only on pages that render it.
 */
import type { Lang } from '../i18n';
import CodeNumber from '../components/CodeNumber.astro';
import Answer from '../components/exercises/Answer.astro';
import Exercise from '../components/exercises/Exercise.astro';
import TryDemo from '../components/exercises/TryDemo.astro';
import ComparisonTable from './tables/ComparisonTable.astro';
import DemoNumber from './DemoNumber.astro';
import type { DemoStrings } from './kit/strings';
import { DEMO_NAMES, type DemoName, componentName } from './registry';

const found = import.meta.glob<{ default: unknown }>('./*/*Demo.astro', { eager: true });
const byComponent = Object.fromEntries(Object.entries(found).map(([path, module]) => [path.split('/').at(-1)!.replace('.astro', ''), module.default]));

for (const name of DEMO_NAMES) {
  if (!byComponent[componentName(name)]) throw new Error(`src/demos/${name}/${componentName(name)}.astro is missing (registered in src/demos/registry.ts)`);
}

/** Components of the prose that are not demos: numbers computed by a demo or printed by code, and exercises. */
export const PROSE_COMPONENTS = { DemoNumber, CodeNumber, Exercise, Answer, TryDemo };

export const demoComponents: Record<string, unknown> = {
  ...Object.fromEntries(DEMO_NAMES.map((name) => [componentName(name), byComponent[componentName(name)]])),
  ComparisonTable,
  ...PROSE_COMPONENTS,
};

const stringModules = import.meta.glob<{ strings: DemoStrings }>('./*/strings.ts', { eager: true });
/** A demo's own strings (its folder's strings.ts). */
export function demoStrings(name: DemoName): DemoStrings {
  const module = stringModules[`./${name}/strings.ts`];
  if (!module) throw new Error(`src/demos/${name}/strings.ts is missing`);
  return module.strings;
}

/** A demo's title in a language (`demo.<name>.title` of its strings.ts). */
export function demoTitle(name: DemoName, lang: Lang): string {
  const title = (demoStrings(name)[lang] as Record<string, string>)[`demo.${name}.title`];
  if (!title) throw new Error(`src/demos/${name}/strings.ts: no ${lang} "demo.${name}.title"`);
  return title;
}
