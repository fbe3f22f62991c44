import type { Reporter, TestModule } from 'vitest/node';

/** Prints the slowest test files and one closing line, `Tests: N passed, N failed`, that CI and humans can read at a glance. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) counts.failed++;
    }
    // The slowest files, so that a run's time can be traced to its cause.
    const slowest = [...modules]
      .map((m) => ({ file: m.moduleId.replace(`${process.cwd()}/`, ''), ms: m.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8);
    process.stdout.write(`\nSlowest test files:\n${slowest.map((s) => `  ${(s.ms / 1000).toFixed(1).padStart(7)} s  ${s.file}`).join('\n')}\n`);
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
