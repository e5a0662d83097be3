import { Ch, isLineBreak, isSpace } from './text';

/** A paragraph: a maximal run of non-blank lines. `end` excludes the line break that closes it. */
export interface Paragraph {
  start: number;
  end: number;
}

/** Splits text into paragraphs at blank lines (LF, CRLF or CR), in one pass. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const n = text.length;
  let lineStart = 0;
  let paraStart = -1;
  let paraEnd = -1;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    let blank = true;
    while (lineEnd < n && !isLineBreak(text.charCodeAt(lineEnd))) {
      if (blank && !isSpace(text.charCodeAt(lineEnd))) blank = false;
      lineEnd++;
    }
    if (blank) {
      if (paraStart >= 0) paragraphs.push({ start: paraStart, end: paraEnd });
      paraStart = -1;
    } else {
      if (paraStart < 0) paraStart = lineStart;
      paraEnd = lineEnd;
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === Ch.CR && text.charCodeAt(lineEnd + 1) === Ch.LF ? 2 : 1);
  }
  if (paraStart >= 0) paragraphs.push({ start: paraStart, end: paraEnd });
  return paragraphs;
}
