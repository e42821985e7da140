// Prints one "N passed, N failed" line over the vitest JSON reports written by `npm test` under CI.
// A missing report counts as a failure: that suite did not run.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const suite of ['unit', 'e2e']) {
  const file = `test-results/${suite}.json`;
  if (!existsSync(file)) {
    console.log(`${suite}: no report at ${file}`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
