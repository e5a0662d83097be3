// Serialisers shared by the CLI and the editor's export commands, so both write the same bytes.
export { EXPORT_FORMATS, isExportFormat, formatAnnotation } from './format';
export type { ExportFormat } from './format';
export { CodePointIndex } from './codePoints';
export { exportPathFor, exportPathsFor, exportStem } from './names';
export { annotateRelease, exportRelease } from './release';
export type { AnnotateOptions, ReleaseExportOptions, ExportFile, ReleaseExport } from './release';
