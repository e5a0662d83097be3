// The export formats, described in docs/exports.md.
import { Annotation } from '../types';
import { toBrat } from './brat';
import { toCsv } from './csv';
import { toW3c } from './w3c';

export type ExportFormat = 'json' | 'w3c' | 'brat' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'w3c', 'brat', 'csv'];

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

export function formatAnnotation(annotation: Annotation, text: string, format: ExportFormat = 'json'): string {
  switch (format) {
    case 'json': return JSON.stringify(annotation, null, 2) + '\n';
    case 'w3c': return JSON.stringify(toW3c(annotation, text), null, 2) + '\n';
    case 'brat': return toBrat(annotation, text);
    case 'csv': return toCsv(annotation, text);
  }
}
