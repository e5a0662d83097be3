// `npm run test:integration`: the integration suite inside code-server's extension host (headless,
// what CI runs). A small runner extension starts the suite on activation and writes the result to
// a file that this process waits for. One retry, announced, and only when the infrastructure
// failed (no extension host, crash, timeout); failing assertions are reported as they are.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { installTestRunnerExtension } from '../codeServer/extensions';
import { ensureCodeServer } from '../codeServer/install';
import { REPO_ROOT, RESULTS_DIR } from '../codeServer/paths';
import { ensureChromium } from '../codeServer/prerequisites';
import { openSession } from '../codeServer/session';
import { failures, formatReport, type SuiteResult } from '../../test/integration/report';
import { buildIntegrationSuite } from './build';

const HOST_START_TIMEOUT_MS = 120_000;
const SUITE_TIMEOUT_MS = 10 * 60_000;
const RESULT_FILE = path.join(RESULTS_DIR, 'integration-result.json');

class InfrastructureError extends Error {}

async function runOnce(host: string): Promise<SuiteResult> {
  for (const file of [RESULT_FILE, `${RESULT_FILE}.started`]) rmSync(file, { force: true });
  const phases = new Phases();
  const session = await openSession({
    label: 'integration',
    env: { STATEMENT_LENS_TEST_RESULT: RESULT_FILE, STATEMENT_LENS_REPO: REPO_ROOT },
    addExtensions: (dir) => installTestRunnerExtension(dir, host),
  }).catch((error: Error) => {
    throw new InfrastructureError(error.message);
  });
  phases.end('code-server and browser up');
  let passed = false;
  try {
    await waitForFile(`${RESULT_FILE}.started`, HOST_START_TIMEOUT_MS, session.server.crashed, 'the extension host to start the suite');
    phases.end('workbench and extension host');
    const result = JSON.parse(await waitForFile(RESULT_FILE, SUITE_TIMEOUT_MS, session.server.crashed, 'the suite to finish')) as SuiteResult;
    phases.end('suite');
    passed = failures(result) === 0;
    return result;
  } finally {
    if (!passed) await session.page.screenshot({ path: path.join(RESULTS_DIR, 'integration-failure.png') }).catch(() => {});
    await session.dispose();
    phases.end('shutdown');
    console.log(`  timing: ${phases}`);
  }
}

class Phases {
  #last = Date.now();
  readonly #done: string[] = [];

  end(name: string): void {
    const now = Date.now();
    this.#done.push(`${name} ${((now - this.#last) / 1000).toFixed(1)} s`);
    this.#last = now;
  }

  toString(): string {
    return this.#done.join(', ');
  }
}

/** Polls for `file` (written atomically by the extension host) until it exists, code-server dies, or time runs out. */
async function waitForFile(file: string, timeoutMs: number, crashed: Promise<never>, what: string): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let died: Error | undefined;
  crashed.catch((error: Error) => (died = error));
  while (!existsSync(file)) {
    if (died) throw new InfrastructureError(died.message);
    if (Date.now() > deadline) throw new InfrastructureError(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return readFileSync(file, 'utf8');
}

async function main(): Promise<number> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const host = await buildIntegrationSuite();
  // Prerequisites first (a first run installs code-server), so the timing below is the suite's.
  ensureChromium();
  ensureCodeServer();
  const started = Date.now();
  let result: SuiteResult;
  try {
    result = await runOnce(host);
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    console.warn(`RETRY: the integration run failed before reporting (${error.message}); retrying once.`);
    result = await runOnce(host);
  }
  console.log(formatReport(result));
  console.log(`  code-server session: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  return failures(result) === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Integration tests could not run: ${error.message}`);
    process.exit(1);
  },
);
