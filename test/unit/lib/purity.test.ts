// src/lib is the engine: pure TypeScript with no Astro, no DOM and no module-level mutable state
// (docs/architecture.md §5, src/lib/README.md). Every .ts file under src/lib is parsed with the
// TypeScript compiler and checked by ./purity-check; the checker itself is tested on planted
// examples below, so that this file cannot pass by finding nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkPurity } from './purity-check';

const LIB = fileURLToPath(new URL('../../../src/lib/', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.isFile() && e.name.endsWith('.ts') ? [path] : [];
  });
}

const files = tsFiles(LIB).sort();
const breaches = (src: string) => checkPurity(src).map((b) => `line ${b.line}: ${b.message}`);

describe('src/lib is pure (no Astro, no DOM, no module-level mutable state)', () => {
  test('finds the module’s files, the solver’s folder included', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((f) => f.endsWith('index.ts'))).toBe(true);
    expect(files.some((f) => relative(LIB, f).startsWith('cd/'))).toBe(true);
  });

  test.each(files.map((f) => [relative(LIB, f), f]))('%s', (name, file) => {
    const found = checkPurity(readFileSync(file, 'utf8'), name).map((b) => `${name}:${b.line}: ${b.message}`);
    expect(found).toEqual([]);
  });
});

describe('the checker', () => {
  test('finds Astro imports in every form, and ignores comments and other modules', () => {
    const src = [
      "import { x } from 'astro:content';",
      'import type { Props } from "astro";',
      "export { y } from '@astrojs/mdx';",
      "import Card from '../components/Card.astro';",
      "import 'astro/client';",
      "const m = await import('astro:assets');",
      "const r = require('astro');",
      "type T = import('astro').AstroGlobal;",
      "// import { z } from 'astro:content';",
      "/* import { z } from '@astrojs/react'; */",
      "import { fine } from './prng';",
      "const s = 'astro:content';",
    ].join('\n');
    expect(breaches(src)).toEqual([
      'line 1: import of the Astro module "astro:content"',
      'line 2: import of the Astro module "astro"',
      'line 3: import of the Astro module "@astrojs/mdx"',
      'line 4: import of the Astro module "../components/Card.astro"',
      'line 5: import of the Astro module "astro/client"',
      'line 6: import of the Astro module "astro:assets"',
      'line 7: import of the Astro module "astro"',
      'line 8: import of the Astro module "astro"',
    ]);
  });

  test('finds DOM globals in code and types, but not in comments, strings, keys or property names', () => {
    const src = [
      'function f(): void {',
      '  const w = window.innerWidth; // document here is a comment',
      '  /* navigator, localStorage */ const s = "requestAnimationFrame";',
      '  const el: HTMLElement | null = null; o.document = 1; const documents = 2;',
      '  localStorage.setItem(`k`, "v");',
      '  const d = globalThis.document; const k = { navigator: 1 };',
      '}',
      '/// <reference lib="dom" />',
    ].join('\n');
    expect(breaches(src)).toEqual([
      'line 2: use of the DOM global window',
      'line 4: use of the DOM global HTMLElement',
      'line 5: use of the DOM global localStorage',
      'line 6: use of the DOM global document',
    ]);
    expect(breaches('/// <reference lib="dom" />\nexport const a = 1;')).toEqual(['line 1: reference to the DOM library "dom"']);
  });

  test('finds top-level let and var, but not those inside functions', () => {
    const src = ['let shared = new Float64Array(0);', 'export var count = 0;', 'function f() {', '  let inner = 0;', '  return inner;', '}'].join('\n');
    expect(breaches(src)).toEqual(['line 1: top-level let shared: module-level mutable state', 'line 2: top-level var count: module-level mutable state']);
  });

  test('finds top-level consts that hold mutable storage', () => {
    const src = [
      'const scratch = { D: new Float64Array(0) };',
      'export const BUF = new Float64Array(8);',
      'const cache = new Map<string, number>();',
      'const seen = new Set();',
      'const list: number[] = [];',
      'const grid = Array.from({ length: 3 }, (_, i) => i);',
      'const doubled = [1, 2].map((v) => 2 * v);',
      'const w = Float64Array.of(1, 2);',
      'const table: Record<string, number> = { a: 1 };',
      'const pick = flag ? [1] : [2];',
      'const fromPairs = Object.fromEntries([["a", 1]]);',
    ].join('\n');
    expect(breaches(src).map((b) => b.replace(/ holds (.*?):.*/, ' holds $1'))).toEqual([
      'line 1: top-level const scratch holds an object literal',
      'line 2: top-level const BUF holds a new Float64Array',
      'line 3: top-level const cache holds a new Map',
      'line 4: top-level const seen holds a new Set',
      'line 5: top-level const list holds an array literal',
      'line 6: top-level const grid holds an Array.from(…)',
      'line 7: top-level const doubled holds the fresh array of .map(…)',
      'line 8: top-level const w holds an Float64Array.of(…)',
      'line 9: top-level const table holds an object literal',
      'line 10: top-level const pick holds an array literal',
      'line 11: top-level const fromPairs holds an object from Object.fromEntries(…)',
    ]);
  });

  test('accepts frozen, `as const` and readonly-typed constants, values, functions and local state', () => {
    const src = [
      "const NAMES = ['a', 'b'] as const;",
      'const SPEC = { k: 1 } as const satisfies Record<string, number>;',
      'const FROZEN = Object.freeze([1, 2, 3]);',
      'const LIST: readonly number[] = [1, 2];',
      'const ARR: ReadonlyArray<number> = Array.from({ length: 2 }, () => 0);',
      'const MAP: ReadonlyMap<string, number> = new Map([["a", 1]]);',
      'const REC: Readonly<Record<string, number>> = { a: 1 };',
      'const TASK: { readonly [k in "a" | "b"]?: number } = { a: 1 };',
      'const LIT: { readonly a: number; readonly b: number } = { a: 1, b: 2 };',
      'const LIMIT = 1e8;',
      'const sq = (v: number): number => v * v;',
      'export function f(): number[] { const local: number[] = []; local.push(1); return local; }',
      'export class Solver { private readonly buf = new Float64Array(4); }',
    ].join('\n');
    expect(breaches(src)).toEqual([]);
  });
});
