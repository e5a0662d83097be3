import { LineIndex } from '../../core/lineIndex';
import { ExportFormat, annotateRelease, formatAnnotation } from '../../core/exports';
import { formatDiagnostic } from '../diagnostics';
import { loadSidecar, readRelease } from '../releaseFile';
import { Output } from '../output';

/** Prints one release's annotation, its sidecar applied; sidecar trouble is a warning on stderr. */
export function annotateOne(file: string, format: ExportFormat, out: Output): number {
  const release = readRelease(file);
  const sidecar = release.path === null ? null : loadSidecar(release.path);
  if (sidecar?.error) out.error(`warning: ${sidecar.path} ${sidecar.error}; applying the ${sidecar.sidecar.corrections.length} corrections that could be read`);
  const { annotation } = annotateRelease(release.text, { path: release.path, sha256: release.sha256, sidecar: sidecar?.sidecar });
  const lines = new LineIndex(release.text);
  for (const problem of annotation.problems) {
    if (problem.code === 'unanchored-correction') out.error(`warning: ${formatDiagnostic(release.path ?? '<stdin>', lines, problem)}`);
  }
  out.write(formatAnnotation(annotation, release.text, format));
  return 0;
}
