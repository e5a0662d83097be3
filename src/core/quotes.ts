// Pairs quotation marks into quoted spans, paragraph by paragraph.
// Curly marks say which side they are; straight marks are classified by what surrounds them.
// An unbalanced mark is bounded at its paragraph (or at a line that reopens a quote), so it can
// never swallow the rest of the document.
import { DANGLING } from './lexicon';
import { Paragraph } from './paragraphs';
import { Problem } from './types';
import { Ch, NextMatch, isDash, isLetter, isLineBreak, isSpace, isTerminal, isUpper, isWordChar } from './text';

export interface Quote {
  /** Offset of the opening mark, or -1 when the paragraph start stands in for a missing one. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote is unclosed. */
  close: number;
  /** Content span, marks excluded. */
  start: number;
  end: number;
  paragraph: number;
  /** The quote runs on into the next paragraph, which reopens it. */
  continues: boolean;
  /** The quote reopens one left open at the end of the previous paragraph. */
  resumes: boolean;
  single: boolean;
}

const enum Role { Open, Close, Either }


function isDoubleMark(c: number): boolean {
  return c === Ch.Quote || c === Ch.LDouble || c === Ch.RDouble || c === Ch.LowDouble || c === Ch.LGuillemet || c === Ch.RGuillemet;
}

function opensAfter(c: number): boolean {
  return c < 0 || isSpace(c) || c === Ch.LParen || c === Ch.LBracket || isDash(c) || c === 0x2f || c === Ch.LSingle;
}

function closesBefore(c: number): boolean {
  return c < 0 || isSpace(c) || c === Ch.Comma || c === Ch.Dot || c === Ch.Semicolon || c === Ch.Colon || c === Ch.Bang ||
    c === Ch.Question || c === Ch.RParen || c === Ch.RBracket || isDash(c) || c === Ch.Ellipsis || c === Ch.RSingle;
}

function roleOf(text: string, i: number, insideLow: boolean): Role {
  const c = text.charCodeAt(i);
  const before = i > 0 ? text.charCodeAt(i - 1) : -1;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  const leftOpen = opensAfter(before);
  const rightOpen = closesBefore(after);
  switch (c) {
    case Ch.LowDouble:
    case Ch.LGuillemet:
      return Role.Open;
    case Ch.RGuillemet:
      return Role.Close;
    case Ch.LDouble:
      // „…“ closes with a high-left mark; so does a typo'd “ glued to the end of a word.
      return insideLow || (!leftOpen && rightOpen) ? Role.Close : Role.Open;
    case Ch.RDouble:
      return leftOpen && !rightOpen ? Role.Open : Role.Close;
    default:
      if (leftOpen && !rightOpen) return Role.Open;
      if (!leftOpen && rightOpen) return Role.Close;
      return Role.Either;
  }
}

/** True when the paragraph (or line) starting at `from` opens with a double quotation mark. */
function opensWithQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    return isDoubleMark(c) && c !== Ch.RGuillemet;
  }
  return false;
}


function lastWordBefore(text: string, end: number, floor: number): string {
  let e = end;
  while (e > floor && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > floor && s > e - 24 && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === Ch.Hyphen)) s--;
  return text.slice(s, e).toLowerCase();
}

/** Where an unclosed quote stops: before a trailing `– Name, Title` signature, else at the paragraph end. */
function unclosedEnd(text: string, start: number, end: number): number {
  const floor = Math.max(start, end - 200);
  for (let i = end - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (isTerminal(c)) break;
    if (isDash(c) && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1)) && isUpper(text.charCodeAt(i + 2))) {
      return i;
    }
  }
  return end;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

export interface QuoteScan {
  quotes: Quote[];
  problems: Problem[];
}

export function findQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteScan {
  const quotes: Quote[] = [];
  const problems: Problem[] = [];
  const marks = new NextMatch(/["“”„«»\r\n]/g, text);
  const singles: SingleScan = { openers: new NextMatch(/['‘]/g, text), closers: new NextMatch(/['’]/g, text) };
  const unbalanced = (at: number, message: string) =>
    problems.push({ code: 'unbalanced-quote', start: at, end: at + 1, message });
  let resumes = false;

  for (let p = 0; p < paragraphs.length; p++) {
    const { start: pStart, end: pEnd } = paragraphs[p];
    let open = -1;
    let openChar = 0;
    let sawMark = false;
    let lineStart = pStart;
    const push = (o: number, c: number, s: number, e: number, continues: boolean) => {
      // An empty pair (`""`) quotes nothing; keeping it would cost a quotation per two marks on junk input.
      if (e > s || continues) quotes.push({ open: o, close: c, start: s, end: e, paragraph: p, continues, resumes, single: false });
      resumes = false;
    };
    for (let i = marks.at(pStart); i < pEnd; i = marks.at(i + 1)) {
      const c = text.charCodeAt(i);
      if (isLineBreak(c)) {
        lineStart = i + 1;
        continue;
      }
      const role = roleOf(text, i, open >= 0 && openChar === Ch.LowDouble);
      if (open < 0) {
        if (role === Role.Close && !sawMark && i > pStart) {
          // A closing mark with no opening one: the paragraph start stands in for it.
          unbalanced(i, 'closing quotation mark without an opening one');
          push(-1, i, pStart, i, false);
        } else if (role === Role.Close) {
          unbalanced(i, 'closing quotation mark without an opening one');
        } else {
          open = i;
          openChar = c;
        }
      } else if (role !== Role.Open) {
        push(open, i, open + 1, i, false);
        open = -1;
      } else if (i === firstNonSpace(text, lineStart, i) && !DANGLING.has(lastWordBefore(text, lineStart, open + 1))) {
        // A line that reopens a quote continues it: the previous quote ends with its line.
        push(open, -1, open + 1, trimEnd(text, open + 1, lineStart), true);
        resumes = true;
        open = i;
        openChar = c;
      } else {
        unbalanced(open, 'quotation mark opened again before it was closed');
        push(open, -1, open + 1, trimEnd(text, open + 1, i), false);
        open = i;
        openChar = c;
      }
      sawMark = true;
    }
    if (open >= 0) {
      const next = paragraphs[p + 1];
      if (next && opensWithQuote(text, next.start, next.end)) {
        push(open, -1, open + 1, trimEnd(text, open + 1, pEnd), true);
        resumes = true;
      } else {
        unbalanced(open, 'quotation mark never closed in its paragraph');
        push(open, -1, open + 1, trimEnd(text, open + 1, unclosedEnd(text, open + 1, pEnd)), false);
      }
    } else {
      resumes = false;
    }
    findSingleQuotes(text, pStart, pEnd, quotes, p, singles);
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, problems };
}

function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/**
 * Top-level single-quoted spans (`‘…’`, `'…'`) outside double quotes. Apostrophes are ruled out by
 * position: an opener follows a space and precedes a letter; a closer follows a non-space and is not
 * followed by a letter (`Russia’s`, `’90s`, `rock ’n’ roll` never pair).
 */
interface SingleScan {
  openers: NextMatch;
  closers: NextMatch;
}

function findSingleQuotes(text: string, pStart: number, pEnd: number, quotes: Quote[], p: number, scan: SingleScan): void {
  let d = quotes.length;
  while (d > 0 && quotes[d - 1].paragraph === p) d--;
  const doublesEnd = quotes.length;
  for (let i = scan.openers.at(pStart); i < pEnd; i = scan.openers.at(i + 1)) {
    const c = text.charCodeAt(i);
    while (d < doublesEnd && quotes[d].end < i) d++;
    if (d < doublesEnd && quotes[d].start <= i) {
      i = quotes[d].end;
      continue;
    }
    const before = i > pStart ? text.charCodeAt(i - 1) : -1;
    if (!(before < 0 || isSpace(before) || before === Ch.LParen || isDash(before))) continue;
    if (!isLetter(text.charCodeAt(i + 1))) continue;
    const limit = Math.min(pEnd, d < doublesEnd ? quotes[d].start : pEnd, i + 600);
    for (let j = scan.closers.at(i + 2); j < limit; j = scan.closers.at(j + 1)) {
      const k = text.charCodeAt(j);
      if (c === Ch.Apos && k !== Ch.Apos) continue;
      const after = j + 1 < text.length ? text.charCodeAt(j + 1) : -1;
      if (isWordChar(after) || isSpace(text.charCodeAt(j - 1))) continue;
      // `rock ’n’ roll`: the second mark of a one-letter elision closes nothing.
      const elided = text.charCodeAt(j - 2);
      if (j - 3 > i && (elided === Ch.RSingle || elided === Ch.Apos) && isSpace(text.charCodeAt(j - 3))) continue;
      // `the terrorists’ ranks`: a closer right after an s followed by a lowercase word is a possessive.
      if (text.charCodeAt(j - 1) === 115 && isSpace(after) && isLetter(text.charCodeAt(j + 2)) && !isUpper(text.charCodeAt(j + 2))) continue;
      if (j - i > 3) {
        quotes.push({ open: i, close: j, start: i + 1, end: j, paragraph: p, continues: false, resumes: false, single: true });
      }
      i = j;
      break;
    }
  }
}
