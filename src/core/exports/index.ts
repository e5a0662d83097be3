// Serialisers shared by the CLI and the editor's export commands, so both write the same bytes.
// PLACEHOLDER: only `json` exists yet; w3c, brat and csv arrive with issue 5.
import { Annotation } from '../types';

export type ExportFormat = 'json';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json'];

export function formatAnnotation(annotation: Annotation, _text: string, _format: ExportFormat = 'json'): string {
  return JSON.stringify(annotation, null, 2) + '\n';
}
