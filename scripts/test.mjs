// `pnpm test`: every check and test of the monorepo, in one command, as CI runs it.
// generated types current → typecheck → lint → build the web app and widget → size budgets → Jest (unit, API against a real FerretDB, browser tests).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extraArgs = process.argv.slice(2);
const step = (label, command, args, env = {}) => {
  console.log(`\n==> ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
};

const failures = [];
if (step('embedded database', 'pnpm', ['--silent', '--filter', '@reemploi/embedded-db', 'build']) !== 0)
  process.exit(1);
// GraphQL Code Generator's output (`pnpm generate`) must be current: a client .graphql document that no longer
// matches the schema snapshot, or a schema or document change without regenerated types, fails here.
if (step('generated GraphQL types are current', 'pnpm', ['-r', '--if-present', 'generate:check']) !== 0)
  failures.push('generated types');
if (step('typecheck', 'pnpm', ['typecheck']) !== 0) failures.push('typecheck');
if (step('lint', 'pnpm', ['lint']) !== 0) failures.push('lint');
if (step('build the web app', 'pnpm', ['--filter', '@reemploi/web', 'build']) !== 0) failures.push('web build');
else if (step('web size budget', 'pnpm', ['--filter', '@reemploi/web', '--if-present', 'budget']) !== 0)
  failures.push('budget');
// The widget's build fails when embed.js is over its gzipped size budget.
if (step('build the partner widget (with its size budget)', 'pnpm', ['--filter', '@reemploi/embed', 'build']) !== 0)
  failures.push('widget build');

// Jest in two runs: every project on two workers, then the suites that time the server (jest.config.cjs,
// `api-alone`) on their own. Arguments (a path, -t) go to one run of every project instead.
const PROJECTS = createRequire(import.meta.url)('../jest.config.cjs')
  .projects.map((project) => project.displayName)
  .filter((name) => name !== 'api-alone');
const runs =
  extraArgs.length > 0
    ? [{ label: 'jest', args: ['--maxWorkers=2', ...extraArgs] }]
    : [
        { label: 'jest', args: ['--maxWorkers=2', '--selectProjects', ...PROJECTS] },
        { label: 'jest: suites that time the server, alone', args: ['--runInBand', '--selectProjects', 'api-alone'] },
      ];
let passed = 0;
let failed = 0;
let jestStatus = 0;
for (const run of runs) {
  const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'reemploi-jest-')), 'report.json');
  const status = step(
    run.label,
    path.join(root, 'node_modules/.bin/jest'),
    ['--ci', '--json', `--outputFile=${report}`, ...run.args],
    { TZ: 'Europe/Paris' },
  );
  if (status !== 0) jestStatus = status;
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
  } catch {
    failed += 1;
  }
}
if (jestStatus !== 0) failures.push('jest');
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed + (failures.length > 0 && failed === 0 ? failures.length : 0)} failed`);
process.exit(failures.length > 0 ? 1 : 0);
