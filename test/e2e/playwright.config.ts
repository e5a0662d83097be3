// End-to-end tests through the workbench UI: Playwright drives Debian's Chromium against
// code-server (see fixtures.ts). One worker: a code-server session is heavy and the tests walk one
// user session in order. One retry at most; Playwright prints "retry #1" and counts it as flaky.
import { defineConfig } from '@playwright/test';
import * as path from 'node:path';
import { RESULTS_DIR } from '../../scripts/codeServer/paths';

export default defineConfig({
  testDir: __dirname,
  testMatch: '*.spec.ts',
  outputDir: path.join(RESULTS_DIR, 'playwright'),
  workers: 1,
  retries: 1,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
});
