// Tokens and sentences. Quoted spans are single tokens (kind 'q'), so the words around a quote
// — the attribution — sit next to it whatever the quote's length. Sentence boundaries are decided
// outside quotes only.
import { ABBREVIATIONS, CLAUSE_SUBJECTS, DANGLING, SENTENCE_STARTERS } from './lexicon';
import { Paragraph } from './paragraphs';
import { Quote } from './quotes';
import { Ch, isDigit, isLetter, isLineBreak, isSpace, isTerminal, isUpper, isWordChar } from './text';

export interface Token {
  start: number;
  end: number;
  /** 'w' word, 'p' punctuation, 'q' a whole quotation. */
  kind: 'w' | 'p' | 'q';
  /** Lower-cased word (curly apostrophes made straight) without an abbreviation period; the character for punctuation; '' for quotes. */
  lower: string;
  /** The word starts with a capital letter (or digit, for names like `Rossiya 24`). */
  cap: boolean;
  /** Index into the quote list for 'q' tokens. */
  quote: number;
}

export interface Sentence {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  paragraph: number;
}

/** Sentences longer than this (in tokens, a quotation counting as one) are cut: no real one is. */
const MAX_SENTENCE = 300;

export interface TokenStream {
  tokens: Token[];
  sentences: Sentence[];
}


/**
 * Where the word that starts at `i` ends. Inner apostrophes, hyphens, periods and ampersands keep
 * a word whole: Russia’s, step-by-step, U.S, AT&T, 2.25. The same scan hashes the word's
 * lower-cased form into `scannedHash`, so interning it needs no second pass.
 */
export function wordEnd(text: string, i: number, end: number): number {
  let h = fold(FNV_OFFSET, text.charCodeAt(i));
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isWordChar(c)) {
      h = fold(h, c);
      j++;
      continue;
    }
    const next = j + 1 < end ? text.charCodeAt(j + 1) : -1;
    if (((c === Ch.Apos || c === Ch.RSingle || c === Ch.Hyphen || c === 38) && isWordChar(next)) ||
      ((c === Ch.Dot || c === Ch.Comma) && isDigit(next) && isDigit(text.charCodeAt(j - 1))) || // 2.25, 7,000
      (c === Ch.Dot && isLetter(next) && j + 2 <= end && !isLetter(text.charCodeAt(j + 2)))) { // U.S, a.m, D.C
      h = fold(fold(h, c), next);
      j += 2;
      continue;
    }
    break;
  }
  scannedHash = h;
  return j;
}

/** Hash of the lower-cased word found by the last `wordEnd`. */
let scannedHash = 0;
const FNV_OFFSET = 2166136261;

/** One FNV-1a step over a character as words are stored. */
function fold(h: number, c: number): number {
  return Math.imul(h ^ storedCode(c), 16777619);
}

/**
 * Lower-cased word strings, shared between equal words: a word is hashed in place and sliced
 * only the first time it is seen, so tokenising allocates almost no strings.
 */
const MAX_SLOTS = 1 << 16;
const MIN_SLOTS = 1 << 8;

export class Interner {
  // A direct-mapped table: a colliding word simply replaces the previous one.
  // Large enough that a text's vocabulary rarely collides; misses cost a slice and toLowerCase.
  readonly #slots: (string | undefined)[];
  readonly #mask: number;

  /**
   * `textLength` sizes the table: a text has fewer distinct words than an eighth of its length, and
   * filling 64K slots would cost a short release more than analysing it.
   */
  constructor(textLength = Infinity) {
    let slots = MIN_SLOTS;
    while (slots < MAX_SLOTS && slots < textLength / 8) slots *= 2;
    this.#slots = new Array<string | undefined>(slots).fill(undefined);
    this.#mask = slots - 1;
  }

  /** The word that starts at `start`, read with `wordEnd` up to `limit`, lower-cased; `end` is set to where it ends. */
  read(text: string, start: number, limit: number): string {
    this.end = wordEnd(text, start, limit);
    return this.#lookup(text, start, this.end, scannedHash);
  }

  /** Where the word returned by the last `read` ends. */
  end = 0;

  #lookup(text: string, start: number, end: number, h: number): string {
    const slot = (h ^ (h >>> 16)) & this.#mask;
    const cached = this.#slots[slot];
    if (cached !== undefined && sameLower(cached, text, start, end)) return cached;
    let word = text.slice(start, end).toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    this.#slots[slot] = word;
    return word;
  }
}

function sameLower(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    if (storedCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** A character as words are stored: lower-cased, the curly apostrophe made straight. ASCII first: nearly every character is. */
function storedCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  return c === Ch.RSingle ? Ch.Apos : String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * Tokens and sentences of paragraphs [from, to). Callers tokenise a few dozen paragraphs at a
 * time, so tokens die young and a 10 MB release never holds millions of live token objects.
 */
export function tokenize(text: string, paragraphs: readonly Paragraph[], quotes: readonly Quote[], from: number, to: number, pool: TokenPool): TokenStream {
  pool.size = 0;
  const tokens = pool.tokens;
  const sentences: Sentence[] = [];
  let q = firstQuoteFrom(quotes, from < paragraphs.length ? paragraphs[from].start : Infinity);
  for (let p = from; p < to; p++) {
    const { start: pStart, end: pEnd } = paragraphs[p];
    let sentenceFirst = pool.size;
    let newline = false;
    // A line with running text (a lower-case word or a quotation) is no heading: hard-wrapped prose continues.
    let prose = false;
    let i = pStart;
    while (i < pEnd) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        if (isLineBreak(c)) newline = true;
        i++;
        continue;
      }
      while (q < quotes.length && quotes[q].start < i && quoteBegin(quotes[q]) < i) q++;
      const count = pool.size;
      let token: Token;
      if (q < quotes.length && quoteBegin(quotes[q]) === i) {
        const quote = quotes[q];
        token = pool.take(i, quote.close >= 0 ? quote.close + 1 : quote.end, 'q', '', false, q);
        q++;
      } else if (isWordChar(c)) {
        const lower = pool.interner.read(text, i, pEnd);
        let end = pool.interner.end;
        // An abbreviation or an initial keeps its period: `Sen.`, `E.`, `U.S.`.
        if (text.charCodeAt(end) === Ch.Dot && (ABBREVIATIONS.has(lower) || (end - i === 1 && isUpper(c)))) end++;
        token = pool.take(i, end, 'w', lower, isUpper(c), -1);
      } else {
        token = pool.take(i, i + 1, 'p', text[i], false, -1);
      }
      if (newline && count > sentenceFirst && breaksAtLine(text, tokens[count - 1], token, prose)) sentenceFirst = closeSentence(sentences, tokens, sentenceFirst, count, p);
      if (newline) prose = false;
      if (!prose && (token.kind === 'q' || (token.kind === 'w' && !token.cap && !HEADING_LOWER.has(token.lower) && !isDigit(text.charCodeAt(token.start))))) prose = true;
      newline = false;
      i = token.end;
      if (count > sentenceFirst && endsSentence(text, tokens, count - 1, token)) sentenceFirst = closeSentence(sentences, tokens, sentenceFirst, count, p);
      else if (pool.size - sentenceFirst >= MAX_SENTENCE) sentenceFirst = closeSentence(sentences, tokens, sentenceFirst, pool.size, p); // keeps every per-sentence scan bounded
    }
    closeSentence(sentences, tokens, sentenceFirst, pool.size, p);
  }
  return { tokens, sentences };
}

/** Ends the sentence that began at token `first` before token `last`; returns where the next one begins. */
function closeSentence(sentences: Sentence[], tokens: readonly Token[], first: number, last: number, paragraph: number): number {
  if (last > first) sentences.push({ first, last, start: tokens[first].start, end: tokens[last - 1].end, paragraph });
  return last;
}

/**
 * Token objects reused from one block of paragraphs to the next: tokenising a 10 MB release then
 * allocates almost nothing, and the garbage collector stays idle. Only indices below `size` are valid.
 */
export class TokenPool {
  readonly tokens: Token[] = [];
  readonly interner: Interner;
  size = 0;

  /** `textLength`: the length of the text to tokenise, to size the word table. */
  constructor(textLength?: number) {
    this.interner = new Interner(textLength);
  }

  take(start: number, end: number, kind: Token['kind'], lower: string, cap: boolean, quote: number): Token {
    let t = this.tokens[this.size];
    if (t === undefined) {
      t = { start, end, kind, lower, cap, quote };
      this.tokens.push(t);
    } else {
      t.start = start;
      t.end = end;
      t.kind = kind;
      t.lower = lower;
      t.cap = cap;
      t.quote = quote;
    }
    this.size++;
    return t;
  }
}

/** Index of the first quotation that begins at or after `offset` (binary search). */
function firstQuoteFrom(quotes: readonly Quote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoteBegin(quotes[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function quoteBegin(quote: Quote): number {
  return quote.open >= 0 ? quote.open : quote.start;
}

/** Does the sentence end after token `k`, given the token that follows it? */
function endsSentence(text: string, tokens: readonly Token[], k: number, next: Token): boolean {
  const t = tokens[k];
  // Most tokens are words without a final period: decide those before looking at what follows.
  if (t.kind === 'w' && text.charCodeAt(t.end - 1) !== Ch.Dot) return false;
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
    return e > t.start && isTerminal(text.charCodeAt(e - 1));
  }
  // `U.S.` ends a sentence only before a word that starts one.
  if (t.end - t.start > 2 && !isTitleAbbreviation(t.lower)) {
    return next.kind === 'w' && (SENTENCE_STARTERS.has(next.lower) || CLAUSE_SUBJECTS.has(next.lower));
  }
  return false;
}

function isTitleAbbreviation(lower: string): boolean {
  return lower.length <= 4 && !lower.includes('.');
}

/** A line break ends a sentence after a heading-like line, or before a line that opens a quotation. */
/** Words a title-case heading leaves in lower case. */
const HEADING_LOWER = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'vs', 'into', 'over']);

function breaksAtLine(text: string, prev: Token, next: Token, prose: boolean): boolean {
  if (prev.lower === ',' || prev.lower === '(' || prev.lower === '-') return false;
  if (prev.lower === ':') return true;
  if (next.kind === 'q') return !(prev.kind === 'w' && DANGLING.has(prev.lower));
  if (next.lower === '•' || next.lower === '*') return true;
  return !prose && prev.kind === 'w' && (prev.cap || isDigit(text.charCodeAt(prev.start))) && next.cap;
}
