// The Debian packages the headless runners need: Chromium always (the extension host starts only
// once a browser opens the workbench), the build tools only while code-server compiles its native
// modules on first use. Missing ones are installed when we are root with apt-get (CI), otherwise
// named in a clear error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PACKAGES = ['chromium'];
export const BUILD_PACKAGES = ['build-essential', 'pkg-config', 'python3', 'libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'libx11-dev'];

/** Where Playwright finds Chromium; STATEMENT_LENS_CHROMIUM points elsewhere on non-Debian machines. */
export function chromiumPath(): string {
  return process.env.STATEMENT_LENS_CHROMIUM || '/usr/bin/chromium';
}

export function ensureChromium(): void {
  if (process.env.STATEMENT_LENS_CHROMIUM) {
    if (!existsSync(chromiumPath())) throw new Error(`STATEMENT_LENS_CHROMIUM=${chromiumPath()} does not exist.`);
    return;
  }
  ensureDebianPackages(CHROMIUM_PACKAGES, 'Chromium drives the workbench for the integration and end-to-end tests');
}

export function ensureBuildTools(): void {
  ensureDebianPackages(BUILD_PACKAGES, 'code-server compiles native modules when it is installed');
}

function ensureDebianPackages(packages: string[], why: string): void {
  const missing = missingPackages(packages);
  if (missing.length === 0) return;
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (!canInstallPackages()) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')} (${why}).\nInstall them with: sudo apt-get update && sudo ${command}`);
  }
  console.log(`Installing missing Debian packages (${why}): ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-q'], ['install', '-y', '-q', '--no-install-recommends', ...missing]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed (exit ${result.status}); run: ${command}`);
  }
  const stillMissing = missingPackages(packages);
  if (stillMissing.length) throw new Error(`Debian packages still missing after apt-get: ${stillMissing.join(' ')}`);
}

function missingPackages(packages: string[]): string[] {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\n', ...packages], { encoding: 'utf8' });
  if (result.error) {
    throw new Error(`dpkg-query is not available; these runners expect Debian with: ${packages.join(' ')} (set STATEMENT_LENS_CHROMIUM for another Chromium).`);
  }
  const installed = new Set(
    result.stdout.split('\n').filter((line) => line.endsWith(' installed')).map((line) => line.split(' ')[0].split(':')[0]),
  );
  return packages.filter((name) => !installed.has(name));
}

function canInstallPackages(): boolean {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}
