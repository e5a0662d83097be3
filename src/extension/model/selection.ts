// What "Mark Selection as Statement" records: the selected words without the quotation marks
// and spaces around them, since a statement's span excludes its quotation marks.
import type { StatementKind } from '../../core/types';

const EDGE = /[\s"'“”‘’«»„‚]/;

export function contentSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && EDGE.test(text[s])) s++;
  while (e > s && EDGE.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** A sensible default kind: quoted words are a direct quote, anything else reported speech. */
export function guessKind(text: string, start: number, end: number): StatementKind {
  const span = contentSpan(text, start, end);
  return /["“‘«„]/.test(text.slice(Math.max(0, span.start - 1), span.start)) ? 'direct' : 'indirect';
}

export function isStatementKind(value: unknown): value is StatementKind {
  return value === 'direct' || value === 'partial' || value === 'indirect';
}
