// One code-server session for a test run: a temp copy of examples/ as the workspace (exports and
// sidecars never dirty the repository), fresh user data and extensions folders holding our packaged
// extension, code-server on loopback, and Debian's Chromium showing the workbench (the extension
// host starts only once a browser client connects).
import { chromium, type Browser, type Page } from 'playwright-core';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { installPackagedExtension } from './extensions';
import { ensureCodeServer } from './install';
import { REPO_ROOT, RESULTS_DIR } from './paths';
import { chromiumPath, ensureChromium } from './prerequisites';
import { onExitSync } from './processes';
import { startCodeServer, type RunningCodeServer } from './server';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Quiet, predictable workbench: no welcome page, no AI side bar, no trust prompts, no updates.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
};

export interface SessionOptions {
  /** Names the temp folder and the log files in test-results/. */
  label: string;
  /** Installs further extensions into the fresh extensions folder. */
  addExtensions?: (extensionsDir: string) => void;
  /** Reaches the extension host. */
  env?: Record<string, string>;
}

export interface Session {
  /** The temp copy of examples/ that the workbench has open. */
  workspace: string;
  server: RunningCodeServer;
  browser: Browser;
  page: Page;
  dispose(): Promise<void>;
}

export async function openSession(options: SessionOptions): Promise<Session> {
  ensureChromium();
  const install = ensureCodeServer();
  const root = mkdtempSync(path.join(os.tmpdir(), `statement-lens-${options.label}-`));
  const keepTemp = !!process.env.STATEMENT_LENS_KEEP_TEMP;
  const removeTemp = () => {
    if (!keepTemp) rmSync(root, { recursive: true, force: true });
  };
  const unregisterTemp = onExitSync(removeTemp);
  const workspace = path.join(root, 'examples');
  cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });
  const userDataDir = path.join(root, 'user-data');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const extensionsDir = path.join(root, 'extensions');
  mkdirSync(extensionsDir);
  await installPackagedExtension(REPO_ROOT, extensionsDir);
  options.addExtensions?.(extensionsDir);
  mkdirSync(RESULTS_DIR, { recursive: true });

  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  const dispose = async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    removeTemp();
    unregisterTemp();
  };
  try {
    server = await startCodeServer(install, {
      folder: workspace,
      userDataDir,
      extensionsDir,
      env: options.env ?? {},
      logFile: path.join(RESULTS_DIR, `${options.label}-code-server.log`),
    });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    logBrowserErrors(page, path.join(RESULTS_DIR, `${options.label}-browser.log`));
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
    return { workspace, server, browser, page, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Workbench errors end up in test-results/ for diagnosis; a failing test still says what failed. */
function logBrowserErrors(page: Page, file: string): void {
  writeFileSync(file, '');
  const log = (line: string) => appendFileSync(file, `${new Date().toISOString()} ${line}\n`);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log(`page error: ${error.stack ?? error.message}`));
}
