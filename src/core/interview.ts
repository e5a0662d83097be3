// Interview and Q&A layouts: a line that opens with `Lindahl:` or `A:` is an answer, a direct
// statement by the person answering even without quotation marks; `Q:` lines are questions.
import { endsTerminal, isTitleCase, wordCount } from './attribution';
import { HONORIFICS, NON_SPEAKER_LABELS } from './lexicon';
import { isCompoundModifier, phraseBefore, SpeakerPhrase } from './mentions';
import { Ch, isLetter, isLineBreak, isSpace, isUpper } from './text';
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

const QUESTION = new Set(['q', 'question', 'interviewer', 'moderator', 'host']);
const ANSWER = new Set(['a', 'answer']);
const MAX_LABEL = 4;

/** The interview turn a sentence opens, if it starts a line with `Label:`. */
export function interviewTurn(text: string, tokens: readonly Token[], sentence: Sentence, paragraphEnd: number): Turn | null {
  const lineStart = sentence.start === 0 || isLineBreak(text.charCodeAt(sentence.start - 1));
  if (!lineStart) return null;
  const dotted = dottedLabel(text, tokens, sentence);
  if (dotted) {
    const end = sentence.first + 1 < sentence.last ? turnEnd(text, sentence, tokens[sentence.first + 1].start, paragraphEnd) : -1;
    return end < 0 ? null : { kind: dotted, phrase: null, colon: sentence.first, start: tokens[sentence.first + 1].start, end };
  }
  let colon = sentence.first;
  while (colon < sentence.last && colon < sentence.first + MAX_LABEL && tokens[colon].kind === 'w' && tokens[colon].cap) colon++;
  if (colon === sentence.first || colon >= sentence.last || tokens[colon].lower !== ':' || colon + 1 >= sentence.last) return null;
  const start = tokens[colon + 1].start;
  const end = turnEnd(text, sentence, start, paragraphEnd);
  if (end < 0) return null;
  const label = colon - sentence.first === 1 ? tokens[sentence.first].lower : '';
  if (QUESTION.has(label)) return { kind: 'question', phrase: null, colon, start, end };
  if (ANSWER.has(label)) return { kind: 'answer', phrase: null, colon, start, end };
  if (NON_SPEAKER_LABELS.has(tokens[sentence.first].lower) || NON_SPEAKER_LABELS.has(tokens[colon - 1].lower)) return null;
  // `Post-match: Hale reacts …`, `Follow-up: …`: a compound with a lower-case part is a section's label, no one's name.
  if (colon - sentence.first === 1 && isCompoundModifier(tokens[sentence.first])) return null;
  // `MS:`, `DR:`: an interviewee's initials that happen to spell an honorific are still a label.
  if (colon - sentence.first === 1 && isInitialsLabel(text, tokens[sentence.first]) && TITLE_LIKE_INITIALS.has(label)) {
    const first = sentence.first;
    return { kind: 'answer', phrase: { kind: 'name', first, last: colon, nameFirst: first, nameLast: colon, organization: false, indefinite: false, head: label }, colon, start, end };
  }
  const phrase = phraseBefore(tokens, colon, sentence.first);
  // Official transcripts put a courtesy title before the surname in capitals (`MS. VASQUEZ-HOLM:`, `MR. PATEL:`).
  const surname = colon - sentence.first === 2 && HONORIFICS.has(tokens[sentence.first].lower) ? sentence.first + 1 : sentence.first;
  if (!phrase || phrase.kind !== 'name' || (phrase.first !== sentence.first && phrase.first !== surname)) return null;
  // Transcripts write the speaker's surname in capitals (`PATEL:`): a person, not an acronym.
  if (phrase.organization) return colon - surname === 1 && isAllCaps(text, tokens[surname]) ? { kind: 'answer', phrase: { ...phrase, organization: false }, colon, start, end } : null;
  return { kind: 'answer', phrase, colon, start, end };
}


/** Does the line at `i` open with a question label (`Q:`, `Q.`, `Question:`, `Interviewer:`), however short the question after it? */
export function opensWithQuestion(text: string, i: number, limit: number): boolean {
  let e = i;
  while (e < limit && e < i + 12 && isLetter(text.charCodeAt(e))) e++;
  if (e === i || e >= limit) return false;
  const c = text.charCodeAt(e);
  const word = text.slice(i, e).toLowerCase();
  return (c === Ch.Colon && QUESTION.has(word)) || (c === Ch.Dot && word === 'q');
}

/** Where a turn whose content starts at `start` ends, or -1 if the line is a heading or too short for an answer. */
function turnEnd(text: string, sentence: Sentence, start: number, paragraphEnd: number): number {
  const firstLine = lineEnd(text, start, paragraphEnd);
  if (isTitleCase(text, start, firstLine)) return -1;
  // `Northline: power back "by tomorrow evening" for most`: a line that opens in lower case and stops with no full stop is a
  // live blog's or a feature's heading, not an answer.
  const c = text.charCodeAt(start);
  if (isLetter(c) && !isUpper(c) && !endsTerminal(text, start, firstLine) && !endsWithQuote(text, firstLine)) return -1;
  const end = wrappedEnd(text, sentence.start, firstLine, paragraphEnd);
  return wordCount(text, start, end, 3) < 3 ? -1 : end;
}

/** How far back `A.` looks for the `Q.` it answers. */
const QUESTION_REACH = 1500;

/**
 * `Q. What happens next?` / `A. We start in May.`: labels with a period. `A.` is an answer only
 * when the nearest labelled line above is a `Q.`, since `A. Jones said …` opens with an initial.
 */
function dottedLabel(text: string, tokens: readonly Token[], sentence: Sentence): 'question' | 'answer' | null {
  const t = tokens[sentence.first];
  if (t.end - t.start !== 2 || text.charCodeAt(t.start + 1) !== Ch.Dot) return null;
  const letter = text.charCodeAt(t.start);
  if (letter === 81) return 'question'; // Q
  if (letter !== 65) return null; // A
  // The nearest labelled line above must be the question.
  for (let i = t.start - 1; i >= 0 && i > t.start - QUESTION_REACH; i--) {
    if (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) continue;
    if (text.charCodeAt(i + 1) !== Ch.Dot) continue;
    if (text.charCodeAt(i) === 81) return 'answer';
    if (text.charCodeAt(i) === 65) return null;
  }
  return null;
}

/** End of the line at `i`, trailing spaces excluded. */
function lineEnd(text: string, i: number, limit: number): number {
  while (i < limit && !isLineBreak(text.charCodeAt(i))) i++;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Lines shorter than this are headings or list items, longer ones whole paragraphs: neither is hard-wrapped. */
const MIN_WRAPPED = 30;
const MAX_WRAPPED = 100;

/**
 * A turn is its line, unless the answer is hard-wrapped: a line of typical wrap width that stops
 * mid-sentence runs on into the next line, until a line opens with a label (`Q:`, `Lindahl:`).
 */
function wrappedEnd(text: string, lineStart: number, end: number, paragraphEnd: number): number {
  for (;;) {
    const length = end - lineStart;
    if (length < MIN_WRAPPED || length > MAX_WRAPPED || endsTerminal(text, lineStart, end) || endsWithQuote(text, end)) return end;
    let next = end;
    while (next < paragraphEnd && isSpace(text.charCodeAt(next))) next++;
    if (next >= paragraphEnd || opensWithLabel(text, next, paragraphEnd)) return end;
    lineStart = next;
    end = lineEnd(text, next, paragraphEnd);
  }
}

function endsWithQuote(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c === Ch.Quote || c === Ch.RDouble || c === Ch.Colon;
}

/** Does the line at `i` open with up to MAX_LABEL capitalised words and a colon, or with `Q.`? */
function opensWithLabel(text: string, i: number, limit: number): boolean {
  if (text.charCodeAt(i) === 81 && text.charCodeAt(i + 1) === Ch.Dot) return true;
  for (let words = 0; words < MAX_LABEL && i < limit && isUpper(text.charCodeAt(i)); words++) {
    while (i < limit && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === Ch.Dot || text.charCodeAt(i) === Ch.Hyphen || text.charCodeAt(i) === Ch.Apos)) i++;
    if (text.charCodeAt(i) === Ch.Colon) return true;
    if (text.charCodeAt(i) !== Ch.Space) return false;
    i++;
  }
  return false;
}

/** Initials that are also honorifics or titles, which the name reader would take for a title alone. */
const TITLE_LIKE_INITIALS = new Set(['ms', 'mr', 'dr', 'st', 'mp', 'pm']);

/** Two or three capital letters: `IV`, `MS`. */
function isInitialsLabel(text: string, t: Token): boolean {
  const length = t.end - t.start;
  return length >= 2 && length <= 3 && isAllCaps(text, t);
}

function isAllCaps(text: string, t: Token): boolean {
  for (let i = t.start; i < t.end; i++) if (!isUpper(text.charCodeAt(i))) return false;
  return true;
}
