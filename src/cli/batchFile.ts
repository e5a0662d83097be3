// One release of a batch, on a worker thread: read it and its sidecar, export, write the outputs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ExportFormat, exportRelease } from '../core/exports';
import { UserError } from './errors';
import { relocate } from './inputs';
import { loadSidecar, readRelease } from './releaseFile';

export interface BatchSettings {
  format: ExportFormat;
  outDir: string;
  /** Inputs' common folder: outputs keep their layout relative to it. */
  base: string;
}

export type FileResult =
  | { file: string; ok: true; outputs: string[]; warnings: string[] }
  | { file: string; ok: false; error: string };

export function exportFile(file: string, settings: BatchSettings, createdFolders: Set<string>): FileResult {
  try {
    const release = readRelease(file);
    const path = release.path as string;
    const warnings: string[] = [];
    const sidecar = loadSidecar(path);
    if (sidecar.error) warnings.push(`${sidecar.path} ${sidecar.error}`);
    const result = exportRelease(release.text, { path, format: settings.format, sha256: release.sha256, sidecar: sidecar.sidecar });
    if (result.unanchored.length > 0) {
      warnings.push(`${path}: ${result.unanchored.length} correction${result.unanchored.length === 1 ? '' : 's'} no longer anchor (see statement-lens check)`);
    }
    const outputs: string[] = [];
    for (const output of result.files) {
      const target = relocate(output.path, settings.base, settings.outDir);
      if (resolve(target) === resolve(path)) continue; // brat's text copy would be the release itself
      const folder = dirname(target);
      if (!createdFolders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        createdFolders.add(folder);
      }
      writeFileSync(target, output.content);
      outputs.push(target);
    }
    return { file, ok: true, outputs, warnings };
  } catch (error) {
    const message = error instanceof UserError ? error.message
      : `${file}: ${(error as NodeJS.ErrnoException).code ? (error as Error).message : `internal error: ${(error as Error)?.message ?? error}`}`;
    return { file, ok: false, error: message };
  }
}
