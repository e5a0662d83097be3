// Starts code-server on loopback with a port the OS picks (no race for a "free" port), and stops
// it with its whole process group (extension host, pty host, file watcher).
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import * as path from 'node:path';
import type { CodeServerInstall } from './install';
import { killGroup, killGroupOnExit, waitForExit } from './processes';

const START_TIMEOUT_MS = 60_000;

export interface CodeServerOptions {
  folder: string;
  userDataDir: string;
  extensionsDir: string;
  /** Added to the environment; reaches the extension host. */
  env: Record<string, string>;
  /** code-server's stdout and stderr go here. */
  logFile: string;
}

export interface RunningCodeServer {
  /** The workbench root, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** Rejects if code-server exits before `stop`. */
  readonly crashed: Promise<never>;
  stop(): Promise<void>;
}

export async function startCodeServer(install: CodeServerInstall, options: CodeServerOptions): Promise<RunningCodeServer> {
  const args = [
    install.entry,
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // A config file of our own, so nothing is written to ~/.config/code-server.
    '--config', path.join(options.userDataDir, 'code-server.yaml'),
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
    options.folder,
  ];
  const child = spawn(install.node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const unregister = killGroupOnExit(child);
  const log = createWriteStream(options.logFile);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  let stopping = false;
  const crashed = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) => {
      if (!stopping) reject(new Error(`code-server exited early (code ${code}, signal ${signal}); see ${options.logFile}`));
    });
  });
  crashed.catch(() => {}); // Observed by whoever awaits it.

  const stop = async () => {
    stopping = true;
    if (child.pid !== undefined) {
      killGroup(child.pid, 'SIGTERM');
      await waitForExit(child, 5_000);
      // Whatever of the group outlived code-server itself (extension host, pty host) goes too.
      killGroup(child.pid, 'SIGKILL');
      await waitForExit(child, 5_000);
    }
    unregister();
    log.end();
  };

  try {
    const url = await Promise.race([listeningUrl(child), crashed]);
    return { url, crashed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Reads the address code-server prints once it listens: `HTTP server listening on http://127.0.0.1:PORT/`. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.stdout?.off('data', onData);
      reject(new Error(`code-server did not report a listening address within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+\/?)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match[1].endsWith('/') ? match[1] : `${match[1]}/`);
      }
    };
    child.stdout?.on('data', onData);
  });
}
