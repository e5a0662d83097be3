import { LineIndex } from '../../core/lineIndex';
import { annotateRelease } from '../../core/exports';
import { formatDiagnostic, releaseProblems } from '../diagnostics';
import { UserError } from '../errors';
import { loadSidecar, readRelease } from '../releaseFile';
import { Output } from '../output';

/** Exit 0 when every file is clean, 1 when any has a problem, 2 when a file cannot be read. */
export function check(files: string[], out: Output): number {
  if (files.length === 0) throw new UserError('check: give at least one FILE');
  let problems = 0;
  let unreadable = 0;
  const dirty = new Set<string>();
  for (const file of files) {
    let release;
    try {
      release = readRelease(file);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      out.error(error.message);
      unreadable++;
      continue;
    }
    const label = release.path ?? '<stdin>';
    const sidecar = release.path === null ? null : loadSidecar(release.path);
    if (sidecar?.error) {
      out.line(`${sidecar.path}:1:1: ${sidecar.error}`);
      problems++;
      dirty.add(label);
    }
    const { annotation } = annotateRelease(release.text, { path: label, sha256: release.sha256, sidecar: sidecar?.sidecar });
    const lines = new LineIndex(release.text);
    for (const problem of releaseProblems(annotation)) {
      out.line(formatDiagnostic(label, lines, problem));
      problems++;
      dirty.add(label);
    }
  }
  if (problems > 0) out.note(`${problems} problem${problems === 1 ? '' : 's'} in ${dirty.size} of ${files.length} file${files.length === 1 ? '' : 's'}`);
  return unreadable > 0 ? 2 : problems > 0 ? 1 : 0;
}
