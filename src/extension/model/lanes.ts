// Work over many files whose cost is mostly waiting on the file system: a few files in flight at
// once hide that latency (each `workspace.fs` call is a round trip to the workbench), while the
// analysis itself still runs one file at a time on the extension host's thread.

/** Files in flight at once: enough to hide the round trips, few enough to keep memory flat. */
export const FILE_LANES = 8;

/**
 * Runs `task` on every item, in index order, with at most `lanes` tasks in flight, and starts no
 * new task once `cancelled()` is true. Returns how many tasks were started. If a task throws, no
 * new task starts, and the first error is thrown once the tasks in flight have finished.
 */
export async function runInLanes<T>(items: readonly T[], lanes: number, cancelled: () => boolean, task: (item: T, index: number) => Promise<void>): Promise<number> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (next < items.length && !failure && !cancelled()) {
      const index = next++;
      try {
        await task(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, lane));
  if (failure) throw failure.error;
  return next;
}
