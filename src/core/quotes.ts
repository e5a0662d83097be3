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
      return Role.Open;
    // Guillemets point outwards in French and Swiss use («…»), inwards in German and Danish (»…«):
    // a mark glued to the word after it and spaced from the one before opens, and the reverse closes.
    // Glued or spaced on both sides (`Thune.»I’m`, French `« oui »`), the pairing decides.
    case Ch.LGuillemet:
    case Ch.RGuillemet:
      if (leftOpen === rightOpen) return Role.Either;
      return leftOpen ? Role.Open : Role.Close;
    case Ch.LDouble:
      // „…“ closes with a high-left mark; so does a typo'd “ glued to the end of a word, or one after
      // the German closing single mark (`‚…‘“ said`) before a space or punctuation.
      return insideLow || ((!leftOpen || before === Ch.LSingle) && rightOpen) ? Role.Close : Role.Open;
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
    return isDoubleMark(c) && (c !== Ch.RGuillemet || !isSpace(text.charCodeAt(i + 1)));
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

/**
 * Where an unclosed quote stops: before a trailing `– Name, Title` signature, else at the paragraph
 * end. The dash is spaced (` – `, ` -- `), or closed up after the sentence it signs (`.—Name`, `.--Name`).
 */
function unclosedEnd(text: string, start: number, end: number): number {
  const floor = Math.max(start, end - 200);
  for (let i = end - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (isTerminal(c)) break;
    if (!isDash(c)) continue;
    const s = c === Ch.Hyphen && text.charCodeAt(i - 1) === Ch.Hyphen ? i - 1 : i;
    const before = text.charCodeAt(s - 1);
    let after = i + 1;
    while (after < i + 4 && isSpace(text.charCodeAt(after))) after++; // a space, or a wrap (CRLF too)
    const spaced = after > i + 1;
    if (!isUpper(text.charCodeAt(after))) continue;
    if ((isSpace(before) && spaced) || (isTerminal(before) && (s < i || c !== Ch.Hyphen))) return s;
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
  const primarySingles = new NextMatch(/['‘’\r\n]/g, text);
  const singles: SingleScan = { openers: new NextMatch(/['‘]/g, text), closers: new NextMatch(/['’]/g, text) };
  const state: ScanState = {
    text, paragraphs, quotes, resumes: false,
    unbalanced: (at: number, message: string) => problems.push({ code: 'unbalanced-quote', start: at, end: at + 1, message }),
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const { start: pStart, end: pEnd } = paragraphs[p];
    if (opensWithSingle(text, pStart, pEnd, marks, singles.openers)) {
      // UK house style: single marks are the quotation marks, double ones are nested inside them.
      const first = quotes.length;
      const continues = scanParagraph(state, p, primarySingles, true, first, first);
      state.resumes = false;
      const last = quotes.length;
      const doubleContinues = scanParagraph(state, p, marks, false, first, last);
      state.resumes = continues || doubleContinues;
      if (quotes.length > last) dropNestedSingles(quotes, first, last);
    } else {
      scanParagraph(state, p, marks, false, 0, 0);
      findSingleQuotes(text, pStart, pEnd, quotes, p, singles);
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, problems };
}

/**
 * A double quotation outside every single one (`in ‘Salute to Veterans,’ a series. “He said ‘go’,”`)
 * nests its own single marks: the single-quoted spans `quotes[first..last)` inside it are dropped.
 */
function dropNestedSingles(quotes: Quote[], first: number, last: number): void {
  let kept = first;
  let d = last;
  for (let k = first; k < last; k++) {
    const q = quotes[k];
    while (d < quotes.length && quotes[d].end < q.start) d++;
    if (d < quotes.length && quotes[d].start <= q.open && q.end <= quotes[d].end) continue;
    quotes[kept++] = q;
  }
  if (kept < last) quotes.splice(kept, last - kept);
}

interface ScanState {
  text: string;
  paragraphs: readonly Paragraph[];
  quotes: Quote[];
  /** The next quotation pushed reopens one left open in the previous paragraph. */
  resumes: boolean;
  unbalanced(at: number, message: string): void;
}

/**
 * True when the paragraph's first quotation mark is a single one that opens a quotation (`‘Yes,’
 * she said`): the British house style, where single marks quote and double ones nest. The search
 * stops at the first double mark, so it reads no more than the paragraph's opening.
 */
function opensWithSingle(text: string, pStart: number, pEnd: number, marks: NextMatch, openers: NextMatch): boolean {
  let firstDouble = marks.at(pStart);
  while (firstDouble < pEnd && isLineBreak(text.charCodeAt(firstDouble))) firstDouble = marks.at(firstDouble + 1);
  const limit = Math.min(pEnd, firstDouble);
  for (let i = openers.at(pStart); i < limit; i = openers.at(i + 1)) {
    if (opensSingle(text, i, pStart)) return true;
  }
  return false;
}

/** A single mark that can open a quotation: after a space, bracket, dash or double mark, before a letter. */
function opensSingle(text: string, i: number, floor: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== Ch.LSingle && c !== Ch.Apos) return false;
  const before = i > floor ? text.charCodeAt(i - 1) : -1;
  const after = text.charCodeAt(i + 1);
  if (!(before < 0 || isSpace(before) || before === Ch.LParen || before === Ch.LBracket || isDash(before) || isDoubleMark(before))) {
    // A left mark glued to the end of the previous sentence (`said Thune.‘I’m proud`) still opens.
    if (!(c === Ch.LSingle && (isTerminal(before) || before === Ch.Comma) && isUpper(after))) return false;
  }
  return isLetter(after) || after === Ch.LBracket || after === Ch.LParen || after === Ch.Ellipsis || (isDoubleMark(after) && after !== Ch.RGuillemet);
}

/** Words after which a mark that follows an `s` closes a quotation rather than makes a possessive (`‘… the workers’ and`). */
const AFTER_CLOSE = new Set(['and', 'or', 'but', 'to', 'in', 'on', 'at', 'as', 'for', 'from', 'with', 'by', 'is', 'was', 'were', 'are', 'that', 'which', 'when', 'after', 'before', 'because', 'if', 'than', 'while']);

function nextWord(text: string, from: number): string {
  let e = from;
  while (e < text.length && e < from + 12 && isLetter(text.charCodeAt(e))) e++;
  return text.slice(from, e);
}

/** How far after a single mark `possessiveAhead` looks for the closer that makes it a possessive: the cost per mark stays bounded. */
const POSSESSIVE_REACH = 600;

/** True when a single mark at `i` (after an `s`, before a word) is a plural possessive: another closer follows before any opener. */
function possessiveAhead(text: string, i: number, pEnd: number, continued: boolean): boolean {
  if (i + POSSESSIVE_REACH < pEnd) continued = false;
  const limit = Math.min(pEnd, i + POSSESSIVE_REACH);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c !== Ch.Apos && c !== Ch.LSingle && c !== Ch.RSingle) continue;
    if (c !== Ch.RSingle && opensSingle(text, j, 0)) return false;
    if (c !== Ch.LSingle && !isSpace(text.charCodeAt(j - 1)) && !isWordChar(text.charCodeAt(j + 1))) return true;
  }
  // No closer in the paragraph: still a possessive when the quotation runs on into the next one.
  return continued;
}

/**
 * The role of a single mark where single marks are the quotation marks, or null for an apostrophe
 * (`don’t`, `’90s`, `rock ’n’ roll`, `the workers’ union`).
 */
function singleRole(text: string, i: number, pStart: number, pEnd: number, open: boolean, continued: boolean): Role | null {
  const c = text.charCodeAt(i);
  const before = i > pStart ? text.charCodeAt(i - 1) : -1;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  // Quotations nest the other family of marks, so inside one a straight opener is an elision (`cut 'em off`).
  if (c !== Ch.RSingle && opensSingle(text, i, pStart)) return open && c === Ch.Apos && !isLineBreak(before) ? null : Role.Open;
  // `said Thune.'I'm proud`: glued to the previous sentence, a straight mark with no quotation open opens one.
  if (c === Ch.Apos && !open && (isTerminal(before) || before === Ch.Comma) && isUpper(after)) return Role.Open;
  if (c === Ch.LSingle || before < 0 || isSpace(before) || isWordChar(after)) return null;
  // `rock ’n’ roll`: the second mark of a one-letter elision.
  const elided = text.charCodeAt(i - 2);
  if ((elided === Ch.RSingle || elided === Ch.Apos) && isSpace(text.charCodeAt(i - 3))) return null;
  // `the workers’ union`, `Veterans’ Affairs`: a possessive when a closer still follows.
  // A lower-case noun after it makes a possessive unless it is a word that follows a closed quotation.
  if (before === 115 && isSpace(after) && isLetter(text.charCodeAt(i + 2))) {
    if (!open || (!AFTER_CLOSE.has(nextWord(text, i + 2)) && possessiveAhead(text, i, pEnd, continued))) return null;
  }
  return Role.Close;
}

/**
 * Pairs one family of marks in paragraph `p`: double marks, or single marks in a paragraph that
 * quotes with them. Quotations `quotes[skipFrom..skipTo)` (the paragraph's single-quoted ones) hide
 * the double marks nested in them. Returns true when a quotation runs on into the next paragraph.
 */
function scanParagraph(state: ScanState, p: number, marks: NextMatch, single: boolean, skipFrom: number, skipTo: number): boolean {
  const { text, paragraphs, quotes } = state;
  const { start: pStart, end: pEnd } = paragraphs[p];
  let open = -1;
  let openChar = 0;
  let sawMark = false;
  let lineStart = pStart;
  let skip = skipFrom;
  const next = paragraphs[p + 1];
  const continued = single && next !== undefined && opensSingle(text, firstNonSpace(text, next.start, next.end), next.start);
  const pFirst = firstNonSpace(text, pStart, pEnd);
  const push = (o: number, c: number, s: number, e: number, continues: boolean) => {
    // French spacing (`« Nous suivons … »`): the spaces inside the marks are no part of the words.
    s = firstNonSpace(text, s, e);
    e = trimEnd(text, s, e);
    // An empty pair (`""`) quotes nothing; keeping it would cost a quotation per two marks on junk input.
    if (e > s || continues) quotes.push({ open: o, close: c, start: s, end: e, paragraph: p, continues, resumes: state.resumes, single: false });
    state.resumes = false;
  };
  for (let i = marks.at(pStart); i < pEnd; i = marks.at(i + 1)) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      lineStart = i + 1;
      continue;
    }
    while (skip < skipTo && quotes[skip].end < i) skip++;
    if (skip < skipTo && quotes[skip].start <= i) continue;
    let role: Role;
    if (single) {
      // Only a quotation that fills its paragraph from the start runs on into the next one.
      const r = singleRole(text, i, pStart, pEnd, open >= 0, continued && open === pFirst);
      if (r === null || (r === Role.Close && open < 0)) continue;
      role = r;
    } else {
      role = roleOf(text, i, open >= 0 && openChar === Ch.LowDouble);
    }
    if (open < 0) {
      if (role === Role.Close && !sawMark && i > pStart) {
        // A closing mark with no opening one: the paragraph start stands in for it.
        state.unbalanced(i, 'closing quotation mark without an opening one');
        push(-1, i, pStart, i, false);
      } else if (role === Role.Close) {
        state.unbalanced(i, 'closing quotation mark without an opening one');
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
      state.resumes = true;
      open = i;
      openChar = c;
    } else {
      state.unbalanced(open, 'quotation mark opened again before it was closed');
      push(open, -1, open + 1, trimEnd(text, open + 1, i), false);
      open = i;
      openChar = c;
    }
    sawMark = true;
  }
  if (open >= 0) {
    if (next && (single ? continued : opensWithQuote(text, next.start, next.end))) {
      push(open, -1, open + 1, trimEnd(text, open + 1, pEnd), true);
      state.resumes = true;
      return true;
    }
    state.unbalanced(open, 'quotation mark never closed in its paragraph');
    push(open, -1, open + 1, trimEnd(text, open + 1, unclosedEnd(text, open + 1, pEnd)), false);
  } else {
    state.resumes = false;
  }
  return false;
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
