import { Ch, isLineBreak, isSpace, isTerminal, NextMatch } from './text';

/** A paragraph: a maximal run of non-blank lines. `end` excludes the line break that closes it. */
export interface Paragraph {
  start: number;
  end: number;
}

/**
 * Paragraphs longer than this are cut into pieces: no real paragraph is, and the engine holds the
 * tokens of a whole paragraph at once, so text with no blank line (a file that is one line, a
 * stream of quotation marks) would otherwise need memory in proportion to the whole text.
 */
export const MAX_PARAGRAPH = 1 << 16;

/** Splits text into paragraphs at blank lines (LF, CRLF or CR); line ends are found by a regex jump. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const breaks = new NextMatch(/[\r\n]/g, text);
  const n = text.length;
  let paraStart = -1;
  let paraEnd = -1;
  for (let lineStart = 0; lineStart <= n;) {
    const lineEnd = Math.min(breaks.at(lineStart), n);
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    if (first === lineEnd) {
      if (paraStart >= 0) pushParagraph(text, paraStart, paraEnd, paragraphs);
      paraStart = -1;
    } else {
      if (paraStart < 0) paraStart = lineStart;
      paraEnd = lineEnd;
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === Ch.CR && text.charCodeAt(lineEnd + 1) === Ch.LF ? 2 : 1);
  }
  if (paraStart >= 0) pushParagraph(text, paraStart, paraEnd, paragraphs);
  return paragraphs;
}

function pushParagraph(text: string, start: number, end: number, paragraphs: Paragraph[]): void {
  while (end - start > MAX_PARAGRAPH) {
    const cut = cutPoint(text, start + (MAX_PARAGRAPH >> 1), start + MAX_PARAGRAPH);
    let next = cut;
    while (next < end && isSpace(text.charCodeAt(next))) next++;
    paragraphs.push({ start, end: cut });
    start = next;
  }
  if (end > start) paragraphs.push({ start, end });
}

/** Where to cut an over-long paragraph within [from, to): after a line that ends a sentence, else after a sentence, else at a space. */
function cutPoint(text: string, from: number, to: number): number {
  let sentence = -1;
  let space = -1;
  for (let i = to; i > from; i--) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) || !isTerminal(text.charCodeAt(i - 1))) {
      if (space < 0 && isSpace(c)) space = i;
      continue;
    }
    if (isLineBreak(c)) return i;
    if (sentence < 0) sentence = i;
  }
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  // No space at all: cut anywhere but inside a surrogate pair.
  return (text.charCodeAt(to) & 0xfc00) === 0xdc00 ? to - 1 : to;
}

/** Is there a blank line (a paragraph break) between offsets `from` and `to`? Reads each character once. */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  let lineBreaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.LF || (c === Ch.CR && text.charCodeAt(i + 1) !== Ch.LF)) {
      if (++lineBreaks === 2) return true;
    } else if (c !== Ch.CR && !isSpace(c)) lineBreaks = 0;
  }
  return false;
}

/** Index of the paragraph that holds `offset` (the last one starting at or before it), by binary search. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
