// What must not outlive the runner (code-server's process group, temp folders) is undone on normal
// exit, on Ctrl-C and on SIGTERM (CI cancelling a job), newest first. Playwright closes the
// browsers it launched on the same signals itself.
import type { ChildProcess } from 'node:child_process';

const exitTasks: (() => void)[] = [];
let handlersInstalled = false;

/** Runs `task` (synchronous) if the process exits before the returned function is called. */
export function onExitSync(task: () => void): () => void {
  installHandlers();
  exitTasks.push(task);
  return () => {
    const index = exitTasks.indexOf(task);
    if (index >= 0) exitTasks.splice(index, 1);
  };
}

/** Registers a child spawned with `detached: true` (its own process group); returns the unregister. */
export function killGroupOnExit(child: ChildProcess): () => void {
  const pid = child.pid;
  return pid === undefined ? () => {} : onExitSync(() => killGroup(pid, 'SIGKILL'));
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
  const runAll = () => {
    for (const task of exitTasks.splice(0).reverse()) {
      try {
        task();
      } catch (error) {
        console.error(`cleanup failed: ${(error as Error).message}`);
      }
    }
  };
  process.on('exit', runAll);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      console.error(`\nReceived ${signal}: stopping code-server and removing its temp folder.`);
      runAll();
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
