// Tokens and sentences. Quoted spans are single tokens (kind 'q'), so the words around a quote
// — the attribution — sit next to it whatever the quote's length. Sentence boundaries are decided
// outside quotes only.
import { ABBREVIATIONS, CLAUSE_SUBJECTS, SENTENCE_STARTERS } from './lexicon';
import { Paragraph } from './paragraphs';
import { Quote } from './quotes';
import { Ch, isDigit, isLetter, isLineBreak, isSpace, isTerminal, isUpper, isWordChar } from './text';

export interface Token {
  start: number;
  end: number;
  /** 'w' word, 'p' punctuation, 'q' a whole quotation. */
  kind: 'w' | 'p' | 'q';
  /** Lower-cased word without a trailing abbreviation period; the character for punctuation; '' for quotes. */
  lower: string;
  /** The word starts with a capital letter (or digit, for names like `Rossiya 24`). */
  cap: boolean;
  /** Index into the quote list for 'q' tokens. */
  quote: number;
  /** A line break precedes this token. */
  newline: boolean;
}

export interface Sentence {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  paragraph: number;
}

export interface TokenStream {
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
}

const DANGLING = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'for', 'in', 'on', 'with', 'by', 'that', 'as', 'at', 'from', 'his', 'her', 'their', 'its', 'our', 'was', 'were', 'is', 'are', 'be', 'called', 'dubbed']);

function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isWordChar(c)) {
      j++;
      continue;
    }
    const next = j + 1 < end ? text.charCodeAt(j + 1) : -1;
    // Inner apostrophes, hyphens, periods and ampersands keep a word whole: Russia’s, step-by-step, U.S, AT&T.
    if ((c === Ch.Apos || c === Ch.RSingle || c === Ch.Hyphen || c === 38) && isWordChar(next)) {
      j += 2;
      continue;
    }
    if ((c === Ch.Dot || c === Ch.Comma) && isDigit(next) && isDigit(text.charCodeAt(j - 1))) {
      j += 2; // 2.25, 7,000
      continue;
    }
    if (c === Ch.Dot && isLetter(next) && j + 2 <= end && !isLetter(text.charCodeAt(j + 2))) {
      j += 2; // U.S, a.m, D.C — a single letter after the period
      continue;
    }
    break;
  }
  return j;
}

/**
 * Lower-cased word strings, shared between equal words: a word is hashed in place and sliced
 * only the first time it is seen, so tokenising allocates almost no strings.
 */
class Interner {
  readonly #cache = new Map<number, string>();

  lower(text: string, start: number, end: number): string {
    let h = 2166136261;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c |= 32;
      h = Math.imul(h ^ c, 16777619);
    }
    const cached = this.#cache.get(h);
    if (cached !== undefined && sameLower(cached, text, start, end)) return cached;
    const word = text.slice(start, end).toLowerCase();
    if (cached === undefined && this.#cache.size < 65536) this.#cache.set(h, word);
    return word;
  }
}

function sameLower(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

export function tokenize(text: string, paragraphs: readonly Paragraph[], quotes: readonly Quote[]): TokenStream {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const interner = new Interner();
  let q = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: pStart, end: pEnd } = paragraphs[p];
    let sentenceFirst = tokens.length;
    let newline = false;
    const close = (last: number) => {
      if (last > sentenceFirst) {
        sentences.push({ first: sentenceFirst, last, start: tokens[sentenceFirst].start, end: tokens[last - 1].end, paragraph: p });
      }
      sentenceFirst = last;
    };
    let i = pStart;
    while (i < pEnd) {
      while (q < quotes.length && quotes[q].start < i && quoteBegin(quotes[q]) < i) q++;
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        if (isLineBreak(c)) newline = true;
        i++;
        continue;
      }
      let token: Token;
      if (q < quotes.length && quoteBegin(quotes[q]) === i) {
        const quote = quotes[q];
        const end = quote.close >= 0 ? quote.close + 1 : quote.end;
        token = { start: i, end, kind: 'q', lower: '', cap: false, quote: q, newline };
        q++;
      } else if (isWordChar(c)) {
        let end = wordEnd(text, i, pEnd);
        const lower = interner.lower(text, i, end);
        // An abbreviation or an initial keeps its period: `Sen.`, `E.`, `U.S.`.
        if (text.charCodeAt(end) === Ch.Dot && (ABBREVIATIONS.has(lower) || (end - i === 1 && isUpper(c)))) {
          end++;
        }
        token = { start: i, end, kind: 'w', lower, cap: isUpper(c), quote: -1, newline };
        if (lower.length > 2 && lower.charCodeAt(lower.length - 2) === Ch.RSingle) token.lower = lower.slice(0, -2) + "'" + lower.slice(-1);
      } else {
        token = { start: i, end: i + 1, kind: 'p', lower: text[i], cap: false, quote: -1, newline };
      }
      if (newline && tokens.length > sentenceFirst && breaksAtLine(tokens[tokens.length - 1], token)) close(tokens.length);
      newline = false;
      tokens.push(token);
      i = token.end;
      if (tokens.length - 1 > sentenceFirst && endsSentence(text, tokens, tokens.length - 2, token)) close(tokens.length - 1);
    }
    close(tokens.length);
  }
  const sentenceOf = new Int32Array(tokens.length);
  for (let s = 0; s < sentences.length; s++) sentenceOf.fill(s, sentences[s].first, sentences[s].last);
  return { tokens, sentences, sentenceOf };
}

function quoteBegin(quote: Quote): number {
  return quote.open >= 0 ? quote.open : quote.start;
}

/** Does the sentence end after token `k`, given the token that follows it? */
function endsSentence(text: string, tokens: readonly Token[], k: number, next: Token): boolean {
  const t = tokens[k];
  const startsNew = next.cap || isDigit(text.charCodeAt(next.start)) || next.kind === 'q' || next.lower === '(' || next.lower === '•';
  if (!startsNew) return false;
  if (t.kind === 'p') {
    if (!isTerminal(text.charCodeAt(t.start))) return t.lower === ')' && k > 0 && tokens[k - 1].kind === 'p' && isTerminal(text.charCodeAt(tokens[k - 1].start));
    return true;
  }
  if (t.kind === 'q') {
    // `…now.” Smith said` ends a sentence; `…now,” said Smith` does not.
    let e = t.end - 1;
    while (e > t.start && !isWordChar(text.charCodeAt(e - 1)) && !isTerminal(text.charCodeAt(e - 1))) e--;
    return e > t.start && isTerminal(text.charCodeAt(e - 1)) && next.kind !== 'q' ? true : next.kind === 'q' && e > t.start && isTerminal(text.charCodeAt(e - 1));
  }
  // `U.S.` ends a sentence only before a word that starts one.
  if (text.charCodeAt(t.end - 1) === Ch.Dot && t.end - t.start > 2 && !isTitleAbbreviation(t.lower)) {
    return next.kind === 'w' && (SENTENCE_STARTERS.has(next.lower) || CLAUSE_SUBJECTS.has(next.lower));
  }
  return false;
}

function isTitleAbbreviation(lower: string): boolean {
  return lower.length <= 4 && !lower.includes('.');
}

/** A line break ends a sentence after a heading-like line, or before a line that opens a quotation. */
function breaksAtLine(prev: Token, next: Token): boolean {
  if (prev.lower === ',' || prev.lower === '(' || prev.lower === '-') return false;
  if (prev.lower === ':') return true;
  if (next.kind === 'q') return !(prev.kind === 'w' && DANGLING.has(prev.lower));
  if (next.lower === '•' || next.lower === '*') return true;
  return prev.kind === 'w' && prev.cap && next.cap;
}
