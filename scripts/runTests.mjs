// Runs every test: Vitest (unit and host tests), then Playwright (end to end, against the build),
// and closes with one line of totals: "N passed, N failed, N skipped".
// Exits non-zero if a test failed or either runner failed (for example could not start).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const unitJson = path.join(resultsDir, 'unit.json');
const e2eJson = path.join(resultsDir, 'e2e.json');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Vitest's JSON report (Jest's shape). Todo tests count as skipped. */
function vitestCounts(report) {
  if (!report) return null;
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Playwright's JSON report. A test that passed only on retry still counts as failed. */
function playwrightCounts(report) {
  if (!report?.stats) return null;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  return { passed: expected, failed: unexpected + flaky, skipped };
}

mkdirSync(resultsDir, { recursive: true });

console.log('— Unit and host tests (Vitest) —');
const unitExit = await run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitJson}`,
]);
// Playwright empties test-results when it starts; keep Vitest's report in memory and write it back.
const unitReport = readJson(unitJson);

console.log('\n— End-to-end tests (Playwright, Chromium) —');
const e2eExit = await run(bin('playwright'), ['test']);
if (unitReport) writeFileSync(unitJson, JSON.stringify(unitReport));
const e2eReport = existsSync(e2eJson) ? readJson(e2eJson) : null;

const unit = vitestCounts(unitReport);
const e2e = playwrightCounts(e2eReport);
const problems = [];
if (!unit) problems.push('Vitest wrote no report');
if (!e2e) problems.push('Playwright wrote no report');
const parts = [unit, e2e].filter(Boolean);
const total = (key) => parts.reduce((sum, counts) => sum + counts[key], 0);
const failed = total('failed');
if (unitExit !== 0 && (unit?.failed ?? 0) === 0) problems.push(`Vitest exited with ${unitExit}`);
if (e2eExit !== 0 && (e2e?.failed ?? 0) === 0) problems.push(`Playwright exited with ${e2eExit}`);

console.log('');
// Per-runner figures in another shape, so only the last line reads as the totals.
const figures = (c) => `passed ${c.passed}, failed ${c.failed}, skipped ${c.skipped}`;
if (unit) console.log(`Vitest (unit, host):       ${figures(unit)}`);
if (e2e) console.log(`Playwright (end to end):   ${figures(e2e)}`);
for (const problem of problems) console.log(`Problem: ${problem}`);
console.log(`${total('passed')} passed, ${failed} failed, ${total('skipped')} skipped`);

process.exit(failed > 0 || problems.length > 0 || unitExit !== 0 || e2eExit !== 0 ? 1 : 0);
