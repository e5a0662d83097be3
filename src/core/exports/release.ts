// One release in, its export files out: the pure step that the CLI batch, the editor's Export
// Workspace and the browser share. The caller reads files, hashes and writes.
import { analyze, AnalyzeOptions, Annotation } from '../index';
import { Correction, Sidecar, applyCorrections } from '../corrections';
import { formatAnnotation, ExportFormat } from './format';
import { exportPathsFor } from './names';

export interface ReleaseExportOptions {
  /** The release path as the user gave it; written into `source.path` and used for output names. */
  path: string;
  format: ExportFormat;
  sha256?: string | null;
  sidecar?: Sidecar | null;
  analyze?: Omit<AnalyzeOptions, 'path' | 'sha256'>;
}

export interface ExportFile {
  /** The release path with the export's extension: `dir/x.statements.json`. */
  path: string;
  content: string;
}

export interface ReleaseExport {
  annotation: Annotation;
  unanchored: Correction[];
  files: ExportFile[];
}

export interface AnnotateOptions extends Pick<ReleaseExportOptions, 'sha256' | 'sidecar' | 'analyze'> {
  path: string | null;
}

/** Analyses a release and applies its corrections. */
export function annotateRelease(text: string, options: AnnotateOptions): { annotation: Annotation; unanchored: Correction[] } {
  const analysis = analyze(text, { ...options.analyze, path: options.path, sha256: options.sha256 ?? null });
  return options.sidecar ? applyCorrections(text, analysis, options.sidecar) : { annotation: analysis, unanchored: [] };
}

/** Analyses a release, applies its corrections, and formats it as the files to write. */
export function exportRelease(text: string, options: ReleaseExportOptions): ReleaseExport {
  const { annotation, unanchored } = annotateRelease(text, options);
  const [main, ...copies] = exportPathsFor(options.path, options.format);
  const files: ExportFile[] = [{ path: main, content: formatAnnotation(annotation, text, options.format) }];
  for (const path of copies) files.push({ path, content: text });
  return { annotation, unanchored, files };
}
