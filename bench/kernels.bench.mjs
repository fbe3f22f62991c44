// XᵀX, Xᵀv and one column's dot product: scalar JavaScript (src/lib/linalg.ts) against the
// WebAssembly SIMD kernels (src/lib/kernels), on column-major Float64Array data.
//   node bench/kernels.bench.mjs        (Node 24; MS=… sets the time per measurement)
// Each figure is the best mean over batches of calls (a batch lasts ≥ 5 ms), in µs per call.
// "cold": the first call in a fresh Node process (JavaScript in V8's interpreter, WebAssembly in
// its baseline compiler), median of 5 processes: what the first slider move of a fresh worker pays.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const cold = process.argv[2] === '--cold';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = cold ? process.argv[3] : join(mkdtempSync(join(tmpdir(), 'kernbench-')), 'kernels.mjs');
if (!cold)
  await build({
    stdin: {
      contents: "export * from './src/lib/kernels/kernels.ts'; export * from './src/lib/linalg.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  });
const { createKernels, gram, xtvInto, dot } = await import(pathToFileURL(out).href);

// A fixed pseudo-random fill, so every run multiplies the same numbers.
let seed = 1;
const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 2 - 1;

if (cold) {
  // Child process: one first call of `what` on an n×p matrix, in µs, on stdout.
  const [n, p] = [Number(process.argv[4]), Number(process.argv[5])];
  const m = createKernels({ simd: process.argv[6] === 'simd' }).matrix(n, p, { gram: true });
  for (let i = 0; i < n * p; i++) m.X[i] = rand();
  const t0 = performance.now();
  m.gram();
  console.log((performance.now() - t0) * 1000);
  process.exit(0);
}

/** Median over 5 fresh processes of the first gram() call (µs). */
function coldGram(n, p, kind) {
  const runs = Array.from({ length: 5 }, () =>
    Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold', out, n, p, kind], { encoding: 'utf8' })),
  );
  return runs.sort((a, b) => a - b)[2];
}

const ms = Number(process.env.MS ?? 300);
const shapes = [
  [1000, 100],
  [442, 10],
  [100, 1000],
];

/** Best mean µs per call of f over batches of at least 5 ms, for about `ms` milliseconds. */
function time(f) {
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) f();
    if (performance.now() - t0 >= 5) break;
    reps *= 2;
  }
  let best = Infinity;
  const start = performance.now();
  while (performance.now() - start < ms) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) f();
    best = Math.min(best, (performance.now() - t0) / reps);
  }
  return best * 1000;
}

const rows = [];
for (const [n, p] of shapes) {
  const simd = createKernels({ simd: true });
  const m = simd.matrix(n, p, { gram: true });
  for (let i = 0; i < n * p; i++) m.X[i] = rand();
  for (let i = 0; i < n; i++) m.v[i] = rand();
  const X = Float64Array.from(m.X);
  const v = Float64Array.from(m.v);
  const outJs = new Float64Array(p);
  const outWasm = new Float64Array(p);
  let j = 0;
  rows.push({
    shape: `${n}x${p}`,
    gramJs: time(() => gram(X, n, p)),
    gramSimd: time(() => m.gram()),
    coldJs: coldGram(n, p, 'js'),
    coldSimd: coldGram(n, p, 'simd'),
    gramCopy: time(() => simd.gram(X, n, p)),
    xtvJs: time(() => xtvInto(X, n, p, v, outJs)),
    xtvSimd: time(() => m.xtv(outWasm)),
    dotJs: time(() => dot(X, (j = (j + 1) % p) * n, v, 0, n)),
    dotSimd: time(() => m.colDot((j = (j + 1) % p))),
  });
}

const f = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1)).padStart(9);
const r = (a, b) => `${(a / b).toFixed(1)}x`.padStart(6);
console.log(`µs per call, best batch mean (${ms} ms each); speed-up = scalar / SIMD; +copy = SIMD gram of an outside array`);
console.log(
  'shape'.padEnd(9),
  'gram js'.padStart(9),
  'simd'.padStart(9),
  'speedup',
  '+copy'.padStart(9),
  'cold js'.padStart(9),
  'simd'.padStart(9),
  '| xtv js'.padStart(9),
  'simd'.padStart(9),
  'speedup',
  '| dot js'.padStart(9),
  'simd'.padStart(9),
  'speedup',
);
for (const x of rows) {
  console.log(
    x.shape.padEnd(9),
    f(x.gramJs),
    f(x.gramSimd),
    r(x.gramJs, x.gramSimd).padStart(7),
    f(x.gramCopy),
    f(x.coldJs),
    f(x.coldSimd),
    '|' + f(x.xtvJs).slice(1),
    f(x.xtvSimd),
    r(x.xtvJs, x.xtvSimd).padStart(7),
    '|' + f(x.dotJs).slice(1),
    f(x.dotSimd),
    r(x.dotJs, x.dotSimd).padStart(7),
  );
}
