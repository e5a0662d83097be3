// `annotate --out DIR FILES-OR-GLOBS…`: progress on a terminal only, a summary at the end, and a
// non-zero exit if any release failed (after all the others were done).
import { ExportFormat } from '../../core/exports';
import { runBatch } from '../batch';
import { UserError } from '../errors';
import { expandInputs } from '../inputs';
import { Output } from '../output';

const PROGRESS_INTERVAL_MS = 100;

export async function annotateBatch(inputs: string[], outDir: string, format: ExportFormat, jobs: number | undefined, out: Output): Promise<number> {
  if (inputs.length === 0) throw new UserError('annotate --out: give the release files, folders or globs to annotate');
  if (inputs.includes('-')) throw new UserError('annotate --out reads release files, not standard input');
  const { files, unmatched } = expandInputs(inputs);
  const tty = process.stderr.isTTY === true;
  let last = 0;
  const summary = await runBatch({
    files, outDir, format, jobs,
    onProgress: tty ? (done, total, failed) => {
      const now = performance.now();
      if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
      last = now;
      process.stderr.write(`\r\x1b[Kannotating ${done}/${total}${failed ? ` (${failed} failed)` : ''}`);
    } : undefined,
  });
  if (tty && files.length > 0) process.stderr.write('\r\x1b[K');
  const rate = summary.seconds > 0 ? Math.round(summary.exported / summary.seconds) : 0;
  const failed = summary.failures.length + unmatched.length;
  out.note(`annotated ${summary.exported} of ${files.length} release${files.length === 1 ? '' : 's'} into ${outDir} (${format}, ` +
    `${summary.outputs} file${summary.outputs === 1 ? '' : 's'}) in ${summary.seconds.toFixed(2)} s, ${rate}/s on ${summary.workers} worker${summary.workers === 1 ? '' : 's'}` +
    (failed ? `; ${failed} failed:` : ''));
  for (const input of unmatched) out.note(`  ${input}: matched no files`);
  for (const { error } of summary.failures) out.note(`  ${error}`);
  for (const warning of summary.warnings) out.note(`warning: ${warning}`);
  return failed > 0 ? 1 : 0;
}
