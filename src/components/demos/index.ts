/**
 * Demos that MDX content can use by name, without an import: `<CoefficientPaths model="ridge" />`.
 * Each demo's script and Chart.js load only on pages that render it.
 */
import CoefficientPaths from './CoefficientPaths.astro';
import ElasticNetGrouping from './ElasticNetGrouping.astro';
import NormGeometry from './NormGeometry.astro';
import OverfittingDemo from './OverfittingDemo.astro';

export const demoComponents = { CoefficientPaths, ElasticNetGrouping, NormGeometry, OverfittingDemo } as const;
export type DemoName = keyof typeof demoComponents;
