// The committed WebAssembly (src/lib/kernels/simd.wasm.ts) is exactly what the committed source
// (simd.wat) compiles to with the pinned wabt: nobody can change one without the other.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileKernels, moduleSource, OUT, WAT } from '../../../scripts/build-kernels.mjs';

describe('src/lib/kernels/simd.wasm.ts is built from simd.wat', () => {
  test('rebuilding from the source gives the committed file, byte for byte', async () => {
    const bytes = await compileKernels();
    expect(bytes.length).toBeGreaterThan(1000);
    expect(readFileSync(OUT, 'utf8')).toBe(moduleSource(bytes));
  });

  test('the module stays under 4 KB, so a browser main thread may compile it synchronously', async () => {
    expect((await compileKernels()).length).toBeLessThan(4096);
  });

  test('a change to the source changes the bytes (the comparison can fail)', async () => {
    const source = readFileSync(WAT, 'utf8');
    const changed = source.replace('(i32.const 32)', '(i32.const 48)');
    expect(changed).not.toBe(source);
    expect(moduleSource(await compileKernels(changed))).not.toBe(moduleSource(await compileKernels(source)));
  });
});
