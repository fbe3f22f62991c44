// Timing of one MLP epoch: 500 two-moons points, layers [2, 16, 16, 1], batch 32.
//   node bench/nn.bench.mjs          (Node 24; bundles src/lib/nn with esbuild first)
// Prints the median and minimum per-epoch time for each configuration; an epoch includes the
// inference pass that computes the training loss and accuracy.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'nnbench-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  [
    `export { createTrainer } from ${JSON.stringify(join(root, 'src/lib/nn/trainer.ts'))};`,
    `export { makeMoons } from ${JSON.stringify(join(root, 'src/lib/data/classification2d.ts'))};`,
  ].join('\n'),
);
const out = join(dir, 'nn.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const lib = await import(pathToFileURL(out).href);

const data = lib.makeMoons({ nSamples: 500, noise: 0.2, seed: 1 });
const configs = [
  { name: 'adam', opts: {} },
  { name: 'sgd', opts: { optimizer: 'sgd' } },
  { name: 'adam + l2', opts: { l2: 1e-3 } },
  { name: 'adamw', opts: { weightDecay: 1e-3 } },
  { name: 'adam + dropout 0.2', opts: { dropout: 0.2 } },
  { name: 'adam + dropconnect 0.2', opts: { dropConnect: 0.2 } },
];
const epochs = Number(process.env.EPOCHS ?? 200);
console.log(`node ${process.version}; ${epochs} epochs each, 500 points, [2, 16, 16, 1], batch 32`);
for (const c of configs) {
  const t = lib.createTrainer(data, { layerSizes: [2, 16, 16, 1], seed: 7, ...c.opts });
  for (let e = 0; e < 20; e++) t.trainEpoch(); // warm-up (JIT)
  const times = [];
  for (let e = 0; e < epochs; e++) {
    const t0 = performance.now();
    t.trainEpoch();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const acc = t.history[t.history.length - 1].trainAccuracy;
  console.log(`${c.name.padEnd(24)} median ${times[times.length >> 1].toFixed(3)} ms  min ${times[0].toFixed(3)} ms  (train acc ${acc.toFixed(3)})`);
}
