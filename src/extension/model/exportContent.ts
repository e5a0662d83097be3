import type { AnalyzeOptions } from '../../core';
import type { Sidecar } from '../../core/corrections';
import { annotateRelease, formatAnnotation, type ExportFormat } from '../../core/exports';
import { sha256Hex } from './exportGuard';

/**
 * The exported text of a release: byte for byte what `statement-lens annotate` prints for the same
 * bytes, path, corrections and options. `bytes` are the file's bytes (the hash is over them).
 */
export async function exportContent(
  text: string, bytes: Uint8Array, path: string, options: AnalyzeOptions, sidecar: Sidecar | null, format: ExportFormat,
): Promise<string> {
  const { annotation } = annotateRelease(text, { path, sha256: await sha256Hex(bytes), sidecar, analyze: options });
  return formatAnnotation(annotation, text, format);
}
