// CSV for spreadsheets (RFC 4180): CRLF rows, every field with a quote, comma or line break quoted.
import { Annotation } from '../types';
import { CodePointIndex } from './codePoints';
import { speakerLookup } from './speaker';

/** Column names say the offset unit, since a spreadsheet has nowhere else to say it. */
export const CSV_COLUMNS = [
  'id', 'speaker', 'title', 'kind', 'cue', 'text', 'line', 'confidence', 'origin', 'speaker_id',
  'start_utf16', 'end_utf16', 'start_code_point', 'end_code_point',
] as const;

export function toCsv(annotation: Annotation, text: string): string {
  const codePoints = new CodePointIndex(text);
  const speakerOf = speakerLookup(annotation);
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const statement of annotation.statements) {
    const { speaker, label } = speakerOf(statement);
    rows.push([
      statement.id, label, speaker?.title ?? '', statement.kind, statement.cue?.text ?? '', statement.text,
      statement.range.start.line + 1, statement.confidence, statement.origin, statement.speakerId ?? '',
      statement.start, statement.end, codePoints.codePoint(statement.start), codePoints.codePoint(statement.end),
    ]);
  }
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
