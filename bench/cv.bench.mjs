// 10-fold cross-validation over a 100-α Lasso path on the diabetes data, ours vs scikit-learn's
// LassoCV (same grid size, eps and tol; its folds are contiguous, ours seeded-shuffled).
//   node bench/cv.bench.mjs        (Node 24 and Debian's python3-sklearn)
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(mkdtempSync(join(tmpdir(), 'cvbench-')), 'lib.mjs');
await build({ entryPoints: [join(root, 'src/lib/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const lib = await import(pathToFileURL(out).href);

const { X, y } = lib.loadDiabetes({ scaled: true });
const repeats = Number(process.env.REPEATS ?? 15);
const times = [];
let result;
for (let r = 0; r < repeats; r++) {
  const t0 = performance.now();
  result = lib.cvElasticNet(X, y, { l1Ratio: 1, nAlphas: 100, eps: 1e-3, tol: 1e-4, nFolds: 10, seed: 0 });
  times.push(performance.now() - t0);
}
const ours = Math.min(...times);

const py = String.raw`
import time, numpy as np, warnings
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LassoCV
warnings.filterwarnings("ignore")
X, y = load_diabetes(return_X_y=True)
best = 1e9
for _ in range(${repeats}):
    t = time.perf_counter(); LassoCV(n_alphas=100, eps=1e-3, tol=1e-4, cv=10).fit(X, y); best = min(best, time.perf_counter() - t)
print(best * 1000)
`;
let sk = NaN;
try {
  sk = Number(execFileSync('/usr/bin/python3', ['-c', py], { encoding: 'utf8' }).trim());
} catch {
  console.warn('scikit-learn not available (apt-get install python3-sklearn): printing our time only');
}
console.log('10-fold CV over a 100-alpha Lasso path on diabetes, best of', repeats);
console.log(
  `ours ${ours.toFixed(2)} ms   sklearn LassoCV ${sk.toFixed(2)} ms   ratio ${(sk / ours).toFixed(1)}x   alpha_min ${result.alphaMin.toPrecision(4)}  alpha_1se ${result.alpha1se.toPrecision(4)}`,
);
