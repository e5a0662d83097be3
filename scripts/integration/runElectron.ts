// `npm run test:integration:electron`: the same integration suite in a desktop VS Code through
// @vscode/test-electron, for developers' machines. It never downloads VS Code: point
// STATEMENT_LENS_VSCODE_PATH at a VS Code executable (e.g. /usr/share/code/code,
// "/Applications/Visual Studio Code.app/Contents/MacOS/Electron", or Code.exe).
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../codeServer/paths';
import { buildIntegrationSuite } from './build';

const VSCODE_PATH_ENV = 'STATEMENT_LENS_VSCODE_PATH';

async function main(): Promise<number> {
  const vscodeExecutablePath = process.env[VSCODE_PATH_ENV];
  if (!vscodeExecutablePath) {
    console.error(`${VSCODE_PATH_ENV} is not set. Point it at a desktop VS Code executable (>= 1.96) to run the integration suite there;\n` +
      'headless machines (and CI) use `npm run test:integration`, which runs the same suite in code-server.');
    return 1;
  }
  if (!existsSync(vscodeExecutablePath)) {
    console.error(`${VSCODE_PATH_ENV}=${vscodeExecutablePath} does not exist.`);
    return 1;
  }
  const host = await buildIntegrationSuite();
  // Exports and sidecars land in a copy of examples/, never in the repository.
  const root = mkdtempSync(path.join(os.tmpdir(), 'statement-lens-electron-'));
  const workspace = path.join(root, 'examples');
  cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: host,
      extensionTestsEnv: { STATEMENT_LENS_REPO: REPO_ROOT },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(root, 'user-data')],
    });
  } catch (error) {
    console.error(`Integration tests failed: ${(error as Error).message ?? error}`);
    return 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
