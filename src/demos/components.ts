/**
 * The components that MDX content uses by name, without an import: every demo folder's
 * `<Name>Demo.astro`, found by file name, and `<ComparisonTable kind="…" />`. Each demo's script
 * and Chart.js load only on pages that render it.
 */
import ComparisonTable from './tables/ComparisonTable.astro';
import { DEMO_NAMES, componentName } from './registry';

const found = import.meta.glob<{ default: unknown }>('./*/*Demo.astro', { eager: true });
const byComponent = Object.fromEntries(Object.entries(found).map(([path, module]) => [path.split('/').at(-1)!.replace('.astro', ''), module.default]));

for (const name of DEMO_NAMES) {
  if (!byComponent[componentName(name)]) throw new Error(`src/demos/${name}/${componentName(name)}.astro is missing (registered in src/demos/registry.ts)`);
}

export const demoComponents: Record<string, unknown> = {
  ...Object.fromEntries(DEMO_NAMES.map((name) => [componentName(name), byComponent[componentName(name)]])),
  ComparisonTable,
};
