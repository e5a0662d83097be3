// Export file names (NAMES.md): `x.release` → `x.statements.json` (json), `x.statements.jsonld`
// (w3c), `x.ann` + `x.txt` (brat), `x.statements.csv` (csv).
import type { ExportFormat } from './format';

const RELEASE_SUFFIX = /(\.release\.txt|\.release|\.txt)$/i;

const EXTENSIONS: Record<ExportFormat, string> = {
  json: '.statements.json',
  w3c: '.statements.jsonld',
  brat: '.ann',
  csv: '.statements.csv',
};

/** `dir/x.release.txt` → `dir/x`: the release path without its release extension. */
export function exportStem(releasePath: string): string {
  return releasePath.replace(RELEASE_SUFFIX, '');
}

/** Every file an export writes, main file first: brat shows its `.ann` over a `.txt` of the same name. */
export function exportPathsFor(releasePath: string, format: ExportFormat): string[] {
  const main = exportPathFor(releasePath, format);
  return format === 'brat' ? [main, `${exportStem(releasePath)}.txt`] : [main];
}

/** The export's path for a release path (relative paths stay relative, separators are kept). */
export function exportPathFor(releasePath: string, format: ExportFormat): string {
  return exportStem(releasePath) + EXTENSIONS[format];
}
