// A worker-scoped code-server session (workbench open on a temp copy of examples/), shared by the
// serial steps of a user's session. A retry gets a new worker, hence a fresh session.
import { test as base, type Page, type TestInfo } from '@playwright/test';
import * as path from 'node:path';
import { RESULTS_DIR } from '../../scripts/codeServer/paths';
import { openSession, type Session } from '../../scripts/codeServer/session';

export const test = base.extend<{ workbench: Session }, { session: Session }>({
  session: [
    async ({}, use) => {
      const session = await openSession({ label: 'e2e' });
      try {
        await use(session);
      } finally {
        await session.dispose();
      }
    },
    { scope: 'worker', timeout: 600_000 },
  ],
  workbench: async ({ session }, use, testInfo) => {
    await use(session);
    if (testInfo.status !== testInfo.expectedStatus) await screenshot(session.page, testInfo, 'failure');
  },
});

export { expect } from '@playwright/test';

/** Saves test-results/e2e-<name>.png and attaches it to the report. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join(RESULTS_DIR, `e2e-${name}${testInfo.retry ? `-retry${testInfo.retry}` : ''}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
