import { Ch, isSpace, NextMatch } from './text';

/** A paragraph: a maximal run of non-blank lines. `end` excludes the line break that closes it. */
export interface Paragraph {
  start: number;
  end: number;
}

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
