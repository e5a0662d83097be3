// Many releases on all cores: a pool of worker threads, each running this same bundle
// (`new Worker(workerScript)`, by default the running script), fed small chunks of paths.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ExportFormat } from '../core/exports';
import { BatchSettings, FileResult, exportFile } from './batchFile';
import { commonFolder } from './inputs';

const ROLE = 'statement-lens-batch';
const MAX_CHUNK = 16;

export interface BatchOptions {
  files: readonly string[];
  outDir: string;
  format: ExportFormat;
  /** Worker threads; defaults to every core. */
  jobs?: number;
  /** A script that calls `runBatchWorkerIfAsked()` at start-up; defaults to the running script. */
  workerScript?: string;
  onProgress?: (done: number, total: number, failed: number) => void;
  signal?: AbortSignal;
}

export interface BatchSummary {
  total: number;
  /** Releases exported. */
  exported: number;
  /** Files written (brat writes two per release). */
  outputs: number;
  failures: { file: string; error: string }[];
  warnings: string[];
  workers: number;
  seconds: number;
  cancelled: boolean;
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const files = [...options.files];
  const workers = Math.max(1, Math.min(options.jobs ?? availableParallelism(), files.length || 1));
  const settings: BatchSettings = { format: options.format, outDir: options.outDir, base: commonFolder(files) };
  const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(files.length / (workers * 4))));
  const summary: BatchSummary = { total: files.length, exported: 0, outputs: 0, failures: [], warnings: [], workers, seconds: 0, cancelled: false };
  let nextFile = 0;
  let done = 0;
  let spawnsLeft = workers * 2; // replacements for crashed workers, bounded so a broken script cannot loop

  const record = (result: FileResult): void => {
    done++;
    if (result.ok) {
      summary.exported++;
      summary.outputs += result.outputs.length;
      summary.warnings.push(...result.warnings);
    } else {
      summary.failures.push({ file: result.file, error: result.error });
    }
    options.onProgress?.(done, files.length, summary.failures.length);
  };

  await new Promise<void>((finish) => {
    let running = 0;
    const pool = new Set<Worker>();
    const stopAll = (): void => {
      for (const worker of pool) void worker.terminate();
    };
    const abort = (): void => {
      summary.cancelled = true;
      stopAll();
      finish();
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    if (options.signal?.aborted) return abort();

    const spawn = (): void => {
      const worker = new Worker(options.workerScript ?? __filename, { workerData: { role: ROLE, settings } });
      let inFlight: string[] = [];
      const feed = (): void => {
        if (summary.cancelled) return;
        inFlight = files.slice(nextFile, nextFile + chunk);
        nextFile += inFlight.length;
        if (inFlight.length > 0) worker.postMessage(inFlight);
        else void worker.terminate();
      };
      worker.on('message', (results: FileResult[]) => {
        if (summary.cancelled) return; // the summary was already handed back
        results.forEach(record);
        feed();
      });
      worker.on('error', (error) => {
        for (const file of inFlight) record({ file, ok: false, error: `${file}: worker failed: ${error.message}` });
        inFlight = [];
        if (nextFile < files.length && spawnsLeft-- > 0) spawn();
      });
      worker.on('exit', () => {
        pool.delete(worker);
        if (--running === 0 && !summary.cancelled) {
          // Anything never handed out (all workers failed) is a failure, not a silent skip.
          for (const file of files.slice(nextFile)) record({ file, ok: false, error: `${file}: not processed (workers failed)` });
          nextFile = files.length;
          options.signal?.removeEventListener('abort', abort);
          finish();
        }
      });
      pool.add(worker);
      running++;
      feed();
    };
    if (files.length === 0) return finish();
    for (let i = 0; i < workers; i++) spawn();
  });
  // Workers finish in any order; report in the order the files were given.
  const order = new Map(files.map((file, i) => [file, i]));
  summary.failures.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** In a worker started by runBatch, serves chunks of files and returns true; otherwise returns false. */
export function runBatchWorkerIfAsked(): boolean {
  if (isMainThread || workerData?.role !== ROLE || !parentPort) return false;
  const settings = workerData.settings as BatchSettings;
  const createdFolders = new Set<string>();
  const port = parentPort;
  port.on('message', (files: string[]) => port.postMessage(files.map((file) => exportFile(file, settings, createdFolders))));
  return true;
}
