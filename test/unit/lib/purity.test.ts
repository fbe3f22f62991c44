// src/lib is pure TypeScript: no Astro and no DOM (SPEC "Computation module API", src/lib/README).
// This reads every .ts file under src/lib and fails if one imports from Astro or an .astro
// file, or names a DOM global outside comments.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Overridable so the test can be pointed at a copy of the module (to show it can fail). */
const LIB = process.env.PURITY_LIB_DIR ?? join(ROOT, 'src/lib');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.isFile() && e.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The code with comments and string/template contents blanked (line breaks kept, so line
 * numbers still match). String contents go too, so that a message mentioning "window" is no
 * hit; the specifiers of imports are read separately, from the original text.
 */
function stripCommentsAndStrings(src: string): string {
  let out = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < src.length) {
    const c = src[i];
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      const end = src.indexOf('\n', i);
      const j = end === -1 ? src.length : end;
      out += blank(src.slice(i, j));
      i = j;
    } else if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      const j = end === -1 ? src.length : end + 2;
      out += blank(src.slice(i, j));
      i = j;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out += c + blank(src.slice(i + 1, j)) + c;
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Module specifiers of import/export-from statements, dynamic import() and require(). */
function importSpecifiers(src: string): string[] {
  const code = stripComments(src);
  const re =
    /\b(?:import|export)\s[^;]*?\bfrom\s*(['"])([^'"]+)\1|\bimport\s*(['"])([^'"]+)\3|\bimport\s*\(\s*(['"`])([^'"`]+)\5|\brequire\s*\(\s*(['"`])([^'"`]+)\7/g;
  return [...code.matchAll(re)].map((m) => m[2] ?? m[4] ?? m[6] ?? m[8]);
}

/** Comments blanked, strings kept (the specifiers are strings). */
function stripComments(src: string): string {
  const code = stripCommentsAndStrings(src);
  // Put the string contents back: same length, so copy the original wherever code has a quote run.
  let out = '';
  let inString: string | null = null;
  for (let i = 0; i < src.length; i++) {
    const c = code[i];
    if (inString) {
      if (c === inString) inString = null;
      out += src[i];
    } else {
      if (c === '"' || c === "'" || c === '`') inString = c;
      out += c;
    }
  }
  return out;
}

const FORBIDDEN_MODULE = (spec: string): boolean =>
  spec === 'astro' || spec.startsWith('astro:') || spec.startsWith('astro/') || spec.startsWith('@astrojs/') || /\.astro(\?.*)?$/.test(spec);

const DOM_GLOBALS = ['document', 'window', 'HTMLElement', 'navigator', 'localStorage', 'requestAnimationFrame'];
// A use of the name, or of globalThis./self. followed by it; not a property of anything else
// (`obj.document`) and not part of a longer name (`documents`).
const DOM_RE = new RegExp(`(?:(?<![\\w$.])|(?<=\\b(?:globalThis|self)\\s*\\.\\s*))(?:${DOM_GLOBALS.join('|')})(?![\\w$])`, 'g');

const files = tsFiles(LIB).sort();

describe('src/lib is pure TypeScript (no Astro, no DOM)', () => {
  test('finds the module’s files', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.endsWith('index.ts'))).toBe(true);
  });

  test.each(files.map((f) => [relative(LIB, f), f]))('%s', (_name, file) => {
    const src = readFileSync(file, 'utf8');
    const astroImports = importSpecifiers(src).filter(FORBIDDEN_MODULE);
    const domGlobals = stripCommentsAndStrings(src)
      .split('\n')
      .flatMap((line, k) => [...line.matchAll(DOM_RE)].map((m) => `line ${k + 1}: ${m[0]}`));
    expect({ astroImports, domGlobals }).toEqual({
      astroImports: [],
      domGlobals: [],
    });
  });
});

describe('the purity checks themselves', () => {
  test('catch Astro imports in every form, and ignore comments', () => {
    const src = [
      "import { x } from 'astro:content';",
      'import type { Props } from "astro";',
      "export { y } from '@astrojs/mdx';",
      "import Card from '../components/Card.astro';",
      "import 'astro/client';",
      "const m = await import('astro:assets');",
      "// import { z } from 'astro:content';",
      "/* import { z } from '@astrojs/react'; */",
      "import { fine } from './prng';",
    ].join('\n');
    expect(importSpecifiers(src).filter(FORBIDDEN_MODULE)).toEqual([
      'astro:content',
      'astro',
      '@astrojs/mdx',
      '../components/Card.astro',
      'astro/client',
      'astro:assets',
    ]);
  });

  test('catch DOM globals in code but not in comments, strings or property names', () => {
    const code = stripCommentsAndStrings(
      [
        'const w = window.innerWidth; // document here is a comment',
        '/* navigator, localStorage */ const s = "requestAnimationFrame";',
        'const el: HTMLElement | null = null; o.document = 1; const documents = 2;',
        'localStorage.setItem(`k`, "v"); requestAnimationFrame(() => {});',
        'const d = globalThis.document; const n = self . navigator;',
      ].join('\n'),
    );
    expect([...code.matchAll(DOM_RE)].map((m) => m[0])).toEqual(['window', 'HTMLElement', 'localStorage', 'requestAnimationFrame', 'document', 'navigator']);
  });
});
