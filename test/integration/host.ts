// Runs the mocha suite inside the extension host. Two entry points over one `runSuite`:
// `run()` for @vscode/test-electron (extensionTestsPath), and `activate()` for the small runner
// extension that the code-server runner installs, which reports through a result file because
// nothing in code-server's extension host reaches the launching terminal.
import Mocha from 'mocha';
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { failures, formatReport, type SuiteResult, type TestOutcome } from './report';

export const RESULT_FILE_ENV = 'STATEMENT_LENS_TEST_RESULT';

export function runSuite(): Promise<SuiteResult> {
  const started = Date.now();
  const outcomes: TestOutcome[] = [];
  const finish = (error?: unknown): SuiteResult => ({
    vscodeVersion: vscode.version,
    outcomes,
    durationMs: Date.now() - started,
    ...(error === undefined ? {} : { error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  });
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: Mocha.reporters.Base });
  if (process.env.STATEMENT_LENS_GREP) mocha.grep(process.env.STATEMENT_LENS_GREP);
  for (const name of readdirSync(__dirname).filter((file) => file.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, name));
  return new Promise((resolve) => {
    try {
      const runner = mocha.run(() => resolve(finish()));
      runner.on('pass', (test) => outcomes.push({ title: test.titlePath(), state: 'passed', durationMs: test.duration }));
      runner.on('pending', (test) => outcomes.push({ title: test.titlePath(), state: 'pending' }));
      runner.on('fail', (test, error: Error) => outcomes.push({ title: test.titlePath(), state: 'failed', error: error.stack ?? String(error) }));
    } catch (error) {
      resolve(finish(error));
    }
  });
}

/** @vscode/test-electron entry point. */
export async function run(): Promise<void> {
  const result = await runSuite();
  console.log(formatReport(result));
  if (failures(result) > 0) throw new Error(`${failures(result)} integration test(s) failed`);
}

/** Entry point of the code-server runner extension: runs the suite once, writes the result file. */
export function activate(): void {
  const resultFile = process.env[RESULT_FILE_ENV];
  if (!resultFile) return;
  writeAtomically(`${resultFile}.started`, JSON.stringify({ vscodeVersion: vscode.version }));
  void runSuite().then((result) => writeAtomically(resultFile, JSON.stringify(result, null, 2)));
}

/** The runner polls for the file, so it must never see half of it. */
function writeAtomically(file: string, content: string): void {
  writeFileSync(`${file}.partial`, content);
  renameSync(`${file}.partial`, file);
}
