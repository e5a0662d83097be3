// Interview and Q&A layouts: a line that opens with `Lindahl:` or `A:` is an answer, a direct
// statement by the person answering even without quotation marks; `Q:` lines are questions.
import { isTitleCase, wordCount } from './attribution';
import { NON_SPEAKER_LABELS } from './lexicon';
import { phraseBefore, SpeakerPhrase } from './mentions';
import { Ch, isSpace } from './text';
import { Sentence, Token } from './tokens';

export interface Turn {
  kind: 'question' | 'answer';
  /** The answering person's label (`Lindahl:`), or null for a bare `A:`. */
  phrase: SpeakerPhrase | null;
  colon: number;
  /** Content span: after the label to the end of its line. */
  start: number;
  end: number;
}

const QUESTION = new Set(['q', 'question']);
const ANSWER = new Set(['a', 'answer']);
const MAX_LABEL = 4;

/** The interview turn a sentence opens, if it starts a line with `Label:`. */
export function interviewTurn(text: string, tokens: readonly Token[], sentence: Sentence, paragraphEnd: number): Turn | null {
  const lineStart = sentence.start === 0 || text.charCodeAt(sentence.start - 1) === Ch.LF || text.charCodeAt(sentence.start - 1) === Ch.CR;
  if (!lineStart) return null;
  let colon = sentence.first;
  while (colon < sentence.last && colon < sentence.first + MAX_LABEL && tokens[colon].kind === 'w' && tokens[colon].cap) colon++;
  if (colon === sentence.first || colon >= sentence.last || tokens[colon].lower !== ':' || colon + 1 >= sentence.last) return null;
  const start = tokens[colon + 1].start;
  // A turn is its line: releases put one paragraph on a line, and the next label starts a new line.
  let end = start;
  while (end < paragraphEnd && text.charCodeAt(end) !== Ch.LF && text.charCodeAt(end) !== Ch.CR) end++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (wordCount(text, start, end, 3) < 3 || isTitleCase(text, start, end)) return null;
  const label = colon - sentence.first === 1 ? tokens[sentence.first].lower : '';
  if (QUESTION.has(label)) return { kind: 'question', phrase: null, colon, start, end };
  if (ANSWER.has(label)) return { kind: 'answer', phrase: null, colon, start, end };
  if (NON_SPEAKER_LABELS.has(tokens[sentence.first].lower) || NON_SPEAKER_LABELS.has(tokens[colon - 1].lower)) return null;
  const phrase = phraseBefore(tokens, colon, sentence.first);
  if (!phrase || phrase.kind !== 'name' || phrase.organization || phrase.first !== sentence.first) return null;
  return { kind: 'answer', phrase, colon, start, end };
}
