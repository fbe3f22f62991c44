// `npm run bench`: every benchmark in one run (speed goals live here, not in the tests).
import { spawnSync } from 'node:child_process';

for (const file of ['kernels.bench.mjs', 'linear.bench.mjs', 'cv.bench.mjs', 'nn.bench.mjs']) {
  console.log(`\n=== ${file} ===`);
  const { status } = spawnSync(process.execPath, [new URL(file, import.meta.url).pathname], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
