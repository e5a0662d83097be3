// Semantic token spans: resolved speaker mentions (pronouns too) and cue verbs. Token types
// and modifiers match `contributes.semanticTokenTypes/Modifiers` in package.json.
import type { Annotation } from '../../core/types';

export const TOKEN_TYPES = ['speaker', 'speechVerb'] as const;
export const TOKEN_MODIFIERS = ['pronoun'] as const;

export interface TokenSpan {
  start: number;
  end: number;
  type: (typeof TOKEN_TYPES)[number];
  pronoun: boolean;
}

/** Sorted, without overlaps or duplicates (statements sharing one cue give one token). */
export function tokenSpans(annotation: Annotation): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const speaker of annotation.speakers) {
    for (const m of speaker.mentions) spans.push({ start: m.start, end: m.end, type: 'speaker', pronoun: m.pronoun === true });
  }
  for (const { cue } of annotation.statements) {
    if (cue) spans.push({ start: cue.start, end: cue.end, type: 'speechVerb', pronoun: false });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: TokenSpan[] = [];
  for (const span of spans) {
    const last = result[result.length - 1];
    if (span.end > span.start && (!last || span.start >= last.end)) result.push(span);
  }
  return result;
}
