/**
 * Demos that MDX content can use by name, without an import: `<CoefficientPaths model="ridge" />`.
 * Each demo's script and Chart.js load only on pages that render it.
 */
import AugmentationDemo from './AugmentationDemo.astro';
import CoefficientPaths from './CoefficientPaths.astro';
import ComparisonTable from './ComparisonTable.astro';
import DropoutDemo from './DropoutDemo.astro';
import EarlyStoppingDemo from './EarlyStoppingDemo.astro';
import ElasticNetGrouping from './ElasticNetGrouping.astro';
import NormGeometry from './NormGeometry.astro';
import OverfittingDemo from './OverfittingDemo.astro';
import WeightDecayDemo from './WeightDecayDemo.astro';

import type { DemoName } from './names';

export const demoComponents = {
  AugmentationDemo,
  ComparisonTable,
  CoefficientPaths,
  DropoutDemo,
  EarlyStoppingDemo,
  ElasticNetGrouping,
  NormGeometry,
  OverfittingDemo,
  WeightDecayDemo,
} as const satisfies Record<DemoName, unknown>;
export type { DemoName };
