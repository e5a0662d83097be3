// Child process groups that must not outlive the runner: on normal exit, on Ctrl-C and on SIGTERM
// (CI cancelling a job), each registered group is killed by its id. Playwright closes the
// browsers it launched on the same signals itself.
import type { ChildProcess } from 'node:child_process';

const groups = new Set<number>();
let handlersInstalled = false;

/** Registers a child spawned with `detached: true` (its own process group); returns the unregister. */
export function killGroupOnExit(child: ChildProcess): () => void {
  const pid = child.pid;
  if (pid === undefined) return () => {};
  installHandlers();
  groups.add(pid);
  return () => groups.delete(pid);
}

export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const killAll = () => {
    for (const pid of groups) killGroup(pid, 'SIGKILL');
    groups.clear();
  };
  process.on('exit', killAll);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      console.error(`\nReceived ${signal}: stopping code-server.`);
      killAll();
      process.exit(code);
    });
  }
}

/** Resolves when the child exits, or after `timeoutMs` with false. */
export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
