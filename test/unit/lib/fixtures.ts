// Loads the scikit-learn reference fixtures written by scripts/fixtures/make_linear_fixtures.py.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface FitRef {
  alpha: number;
  l1Ratio: number;
  fitIntercept: boolean;
  coef: number[];
  intercept: number;
  objective: number;
  sklearnNIter: number;
  sklearnDualGap: number;
}

export interface PathRef {
  l1Ratio: number;
  nAlphas: number;
  eps: number;
  tol: number;
  alphas: number[];
  coefs: number[][];
  intercepts: number[];
  objectives: number[];
}

export interface LinearFixture {
  tol: number;
  sklearnVersion: string;
  dataset: {
    name: string;
    X?: number[][];
    y?: number[];
    coef?: number[];
    spec?: Record<string, number | boolean>;
  };
  fits: FitRef[];
  paths: PathRef[];
  defaultTolPaths?: PathRef[];
}

export function loadJson<T>(name: string): T {
  const url = new URL(`../../fixtures/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

export const loadFixture = (name: string): LinearFixture => loadJson<LinearFixture>(name);

export const maxAbs = (v: readonly number[]): number => v.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

export function maxDiff(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} vs ${b.length}`);
  let d = 0;
  for (let j = 0; j < b.length; j++) d = Math.max(d, Math.abs(a[j] - b[j]));
  return d;
}

/** max_j |a_j − b_j| / max(max_j |b_j|, floor). */
export const relDev = (a: readonly number[], b: readonly number[], floor = 1e-12): number => maxDiff(a, b) / Math.max(maxAbs(b), floor);
