import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, cached, importClosure } from '../../../src/demos/quote-cache';

const ROOT = new URL('../../../', import.meta.url).pathname;

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'quote-cache-'));
  write('src/demo/model.ts', "import { fit } from '../lib';\nimport type { T } from './types';\nexport const run = () => fit();\n");
  write('src/demo/types.ts', 'export type T = number;\n');
  write('src/lib/index.ts', "export { fit } from './fit';\nexport * from './more.ts';\n");
  write('src/lib/fit.ts', "import {\n  a,\n  b,\n} from './helpers';\nexport const fit = () => a + b;\nconst lazy = () => import('./lazy');\n");
  write('src/lib/helpers.ts', 'export const a = 1;\nexport const b = 2;\n');
  write('src/lib/more.ts', 'export const c = 3;\n');
  write('src/lib/lazy.ts', "import table from './table.json';\nexport const d = table.d;\n");
  write('src/lib/table.json', '{ "d": 4 }\n');
  write('src/lib/unrelated.ts', 'export const e = 5;\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('quote cache', () => {
  it('follows every relative import: named, type-only, multi-line, re-exports with or without .ts, dynamic, data', () => {
    expect(importClosure(root, 'src/demo/model.ts')).toEqual([
      'src/demo/model.ts',
      'src/demo/types.ts',
      'src/lib/fit.ts',
      'src/lib/helpers.ts',
      'src/lib/index.ts',
      'src/lib/lazy.ts',
      'src/lib/more.ts',
      'src/lib/table.json',
    ]);
  });

  it('names an import it cannot resolve', () => {
    write('src/demo/model.ts', "import { x } from './missing';\n");
    expect(() => importClosure(root, 'src/demo/model.ts')).toThrow(/src\/demo\/model\.ts: cannot resolve the import "\.\/missing"/);
  });

  it('changes the key when the code behind the value, its name or its inputs change, and only then', () => {
    const options = { name: 'sweep', entry: 'src/demo/model.ts', inputs: [1, 2], root };
    const key = cacheKey(options);
    write('src/lib/unrelated.ts', 'export const e = 6;\n');
    expect(cacheKey(options)).toBe(key);
    expect(cacheKey({ ...options, inputs: [1, 3] })).not.toBe(key);
    expect(cacheKey({ ...options, name: 'other' })).not.toBe(key);
    write('src/lib/helpers.ts', 'export const a = 1;\nexport const b = 3;\n');
    expect(cacheKey(options)).not.toBe(key);
  });

  it('computes once, then reads the stored value until a dependency changes', () => {
    const options = { name: 'sweep', entry: 'src/demo/model.ts', root, dir: 'cache' };
    let calls = 0;
    const compute = () => ({ calls: ++calls, values: [0.1, 1 / 3, -0] });
    expect(cached(options, compute)).toEqual({ calls: 1, values: [0.1, 1 / 3, -0] });
    expect(cached(options, compute)).toEqual({ calls: 1, values: [0.1, 1 / 3, 0] });
    expect(calls).toBe(1);
    write('src/lib/table.json', '{ "d": 5 }\n');
    expect(cached(options, compute).calls).toBe(2);
    // Only the current value of a name is kept; other names stay.
    cached({ ...options, name: 'other' }, () => 0);
    expect(readdirSync(join(root, 'cache')).sort()).toEqual([`other-${cacheKey({ ...options, name: 'other' })}.json`, `sweep-${cacheKey(options)}.json`]);
  });

  it('computes instead when the stored file is unreadable, the sources are missing or the folder cannot be written', () => {
    const options = { name: 'sweep', entry: 'src/demo/model.ts', root, dir: 'cache' };
    cached(options, () => 1);
    writeFileSync(join(root, 'cache', readdirSync(join(root, 'cache'))[0]!), '{ not json');
    expect(cached(options, () => 2)).toBe(2);
    expect(cached({ ...options, entry: 'src/demo/absent.ts' }, () => 3)).toBe(3);
    write('blocked', 'a file where the folder should be');
    expect(cached({ ...options, dir: 'blocked/cache' }, () => 4)).toBe(4);
  });

  it("covers the decay sweep's code: the sweep, the demo's model, its network and the data it shares with the stopping demo", () => {
    const closure = importClosure(ROOT, 'src/demos/decay/quotes-adamw.ts');
    for (const file of [
      'src/demos/decay/model.ts',
      'src/demos/decay/specs.ts',
      'src/demos/kit/params.ts',
      'src/demos/stopping/model.ts',
      'src/lib/index.ts',
      'src/lib/nn/trainer.ts',
      'src/lib/nn/optimizers.ts',
    ]) {
      expect(closure).toContain(file);
    }
  });
});
