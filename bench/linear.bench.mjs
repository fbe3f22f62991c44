// Lasso paths, ours vs scikit-learn's enet_path, at the same tol (default 1e-4), and glmnet's.
//   node bench/linear.bench.mjs            (needs Node 24 and Debian's python3-sklearn;
//                                            glmnet when R and r-cran-glmnet are installed)
// Bundles src/lib with esbuild into a temp file, times our path in Node, then runs
// bench/sklearn_paths.py and bench/glmnet_paths.R on the very same matrices and α grids and
// prints them side by side (glmnet's thresh is calibrated to the same duality-gap test: see the R file).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'linbench-'));
const out = join(dir, 'lib.mjs');
await build({
  entryPoints: [join(root, 'src/lib/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const lib = await import(pathToFileURL(out).href);

const repeats = Number(process.env.REPEATS ?? 15);
const problems = [
  { name: 'diabetes 442x10', ...lib.loadDiabetes({ scaled: true }) },
  {
    name: 'synthetic 1000x100',
    ...lib.makeCorrelatedRegression({
      nSamples: 1000,
      nFeatures: 100,
      nInformative: 10,
      correlation: 0.5,
      seed: 1,
    }),
  },
  {
    name: 'synthetic 100x1000 (p>n)',
    ...lib.makeCorrelatedRegression({
      nSamples: 100,
      nFeatures: 1000,
      nInformative: 10,
      correlation: 0.5,
      seed: 2,
    }),
  },
];
const settings = [
  { l1Ratio: 1, tol: 1e-4 },
  { l1Ratio: 0.5, tol: 1e-4 },
  { l1Ratio: 1, tol: 1e-8 },
];

// Minimum over runs: the machine is shared, so the fastest run is the least disturbed one.
const best = (xs) => Math.min(...xs);
// One kernels object for the whole run, as a worker makes one (XᵀX in WebAssembly SIMD where the runtime has it).
const kernels = lib.createKernels();
console.log(`kernels: ${kernels.simd ? 'WebAssembly SIMD' : 'JavaScript (no SIMD here)'}`);

const ours = [];
for (const pb of problems) {
  for (const st of settings) {
    const times = [];
    let res;
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      res = lib.elasticNetPath(pb.X, pb.y, { ...st, maxIter: 100000, kernels });
      times.push(performance.now() - t0);
    }
    ours.push({
      alphas: res.alphas,
      ms: best(times),
      converged: res.converged.every(Boolean),
      sweeps: res.nIters.reduce((a, b) => a + b, 0),
    });
  }
}
const dataFile = join(dir, 'problems.json');
writeFileSync(
  dataFile,
  JSON.stringify({
    problems: problems.map(({ name, X, y }) => ({ name, X, y })),
    settings,
    repeats,
  }),
);
const py = execFileSync('/usr/bin/python3', [join(root, 'bench/sklearn_paths.py'), dataFile], {
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
const theirs = JSON.parse(py);
const glmnet = runGlmnet();

/** glmnet's rows (default thresh: ms, gap; calibrated: calMs, thresh, calGap), or null without R or glmnet. */
function runGlmnet() {
  const probe = spawnSync('Rscript', ['-e', 'library(glmnet)'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) return null;
  // Plain numbers for base R's scan(): see the header of bench/glmnet_paths.R.
  const lines = [`${repeats} ${problems.length} ${settings.length}`, ...settings.map((st) => `${st.l1Ratio} ${st.tol}`)];
  let k = 0;
  for (const pb of problems) {
    lines.push(`${pb.X.length} ${pb.X[0].length}`, ...pb.X.map((row) => row.join(' ')), pb.y.join(' '));
    for (let s = 0; s < settings.length; s++) lines.push(`${ours[k].alphas.length} ${ours[k++].alphas.join(' ')}`);
  }
  const file = join(dir, 'problems.txt');
  writeFileSync(file, lines.join('\n') + '\n');
  const r = execFileSync('Rscript', [join(root, 'bench/glmnet_paths.R'), file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return r
    .trim()
    .split('\n')
    .map((line) => {
      const [ms, gap, calMs, thresh, calGap] = line.trim().split(/\s+/).map(Number);
      return { ms, gap, calMs, thresh, calGap };
    });
}

console.log('100-alpha path (eps 1e-3), best of', repeats, 'runs; ours includes input checks and copying, sklearn includes centring');
console.log('ratio = their time / ours (> 1: ours is faster). glmnet: at its default thresh 1e-7 (with the largest relative');
console.log("duality gap on the path, against our tol), then at the largest thresh whose gap passes our test ('!': none up to 1e-13)");
if (!glmnet) console.log('glmnet: not installed (apt-get install r-base-core r-cran-glmnet)');
console.log(
  'problem'.padEnd(26),
  'l1Ratio',
  'tol'.padEnd(6),
  'ours ms'.padStart(9),
  'sklearn ms'.padStart(11),
  'ratio'.padStart(7),
  'glmnet ms'.padStart(10),
  'ratio'.padStart(7),
  'its gap'.padStart(8),
  'same-gap ms'.padStart(12),
  'ratio'.padStart(7),
  'thresh'.padStart(7),
  ' ours sweeps / sklearn iters',
);
let i = 0;
for (const pb of problems) {
  for (const st of settings) {
    const o = ours[i];
    const t = theirs[i];
    const g = glmnet?.[i++];
    console.log(
      pb.name.padEnd(26),
      String(st.l1Ratio).padEnd(7),
      String(st.tol).padEnd(6),
      o.ms.toFixed(2).padStart(9),
      t.ms.toFixed(2).padStart(11),
      (t.ms / o.ms).toFixed(1).padStart(6) + 'x',
      (g ? g.ms.toFixed(2) : '-').padStart(10),
      (g ? (g.ms / o.ms).toFixed(1) + 'x' : '-').padStart(7),
      (g ? g.gap.toExponential(0) : '-').padStart(8),
      (g ? g.calMs.toFixed(2) : '-').padStart(12),
      (g ? (g.calMs / o.ms).toFixed(1) + 'x' : '-').padStart(7),
      (g ? g.thresh.toExponential(0) + (g.calGap < st.tol ? '' : '!') : '-').padStart(7),
      ` ${o.sweeps}${o.converged ? '' : ' (not all converged)'} / ${t.iters}`,
    );
  }
}

// One slider tick, as the paths demo does it: prepare the data once, compute the path (80 α down
// to 1e-4·αmax, tol 1e-4), then answer each new λ with handle.fit (tol 1e-8), warm-started from
// the path's solutions around it. Here: diabetes (scaled), lasso, 100 λ log-spaced over the
// path's range visited in order, as a slider moves; the median and the slowest tick over
// `repeats` fresh handles.
{
  const { X, y } = lib.loadDiabetes({ scaled: true });
  const ticks = [];
  let sweeps = 0;
  for (let r = 0; r < repeats; r++) {
    const handle = lib.prepareLinear(X, y);
    const path = handle.path({ l1Ratio: 1, nAlphas: 80, eps: 1e-4 });
    const hi = Math.log10(path.alphas[0]);
    const lo = Math.log10(path.alphas.at(-1));
    for (let k = 0; k < 100; k++) {
      const alpha = 10 ** (lo + ((hi - lo) * k) / 99);
      const t0 = performance.now();
      sweeps += handle.fit(alpha, 1, { tol: 1e-8 }).nIter;
      ticks.push(performance.now() - t0);
    }
  }
  ticks.sort((a, b) => a - b);
  const median = ticks[ticks.length >> 1];
  console.log(
    `\nslider tick (diabetes 442x10, lasso, fit tol 1e-8 after a tol-1e-4 path, prepared handle): median ${median.toFixed(3)} ms,`,
    `slowest ${ticks.at(-1).toFixed(3)} ms over ${ticks.length} ticks, ${(sweeps / ticks.length).toFixed(2)} sweeps per tick (goal < 0.2 ms)`,
  );
}
