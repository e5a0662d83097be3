// Bundles the integration suite for the extension host: one file per test plus the host module
// that runs them. `vscode` comes from the host; mocha is required from the repository's node_modules.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../codeServer/paths';

const SOURCE_DIR = path.join(REPO_ROOT, 'test', 'integration');
const OUT_DIR = path.join(REPO_ROOT, 'out', 'integration');

/** Builds the suite and returns the host module's path (`run()` for test-electron, `activate()` for code-server). */
export async function buildIntegrationSuite(): Promise<string> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const tests = readdirSync(SOURCE_DIR).filter((name) => name.endsWith('.test.ts'));
  await esbuild.build({
    entryPoints: ['host.ts', ...tests].map((name) => path.join(SOURCE_DIR, name)),
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(OUT_DIR, 'host.js');
}
