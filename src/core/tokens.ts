// Tokens and sentences. Quoted spans are single tokens (kind 'q'), so the words around a quote
// — the attribution — sit next to it whatever the quote's length. Sentence boundaries are decided
// outside quotes only.
import { CLAUSE_SUBJECTS, DANGLING, DEFAULT_LEXICON, Lexicon, VerbInfo, WordClass, wordClasses } from './lexicon';
import { Paragraph } from './paragraphs';
import { Quote } from './quotes';
import { allCapitals, analysedText, Ch, firstLetterCase, isApostrophe, isDigit, isLetter, isLineBreak, isSpace, isTerminal, isUpper, isWordChar, storedCode } from './text';

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
  /** The word as a speech verb (`said`, `telling`), if it is one. */
  verb: VerbInfo | undefined;
  /** `WordClass` bits of a word; 0 for punctuation and quotations. */
  classes: number;
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


/** A quotation token whose words end with a comma inside the closing mark (`"…,"`), as a clause's comma may. */
export function endsWithComma(t: Token): boolean {
  if (t.kind !== 'q') return false;
  const text = analysedText();
  let e = t.end - 1;
  while (e > t.start && !isWordChar(text.charCodeAt(e)) && text.charCodeAt(e) !== Ch.Comma) e--;
  return text.charCodeAt(e) === Ch.Comma;
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
    // `Farmers' Union`, `the teachers' union`: a plural possessive keeps its apostrophe, so a name runs on past it.
    if (isApostrophe(c) && isPluralPossessive(text, j, end)) {
      h = fold(h, c);
      j++;
    }
    break;
  }
  scannedHash = h;
  return j;
}

/** An apostrophe at `j` after an `s`, before a space and a word: `Farmers' Union`, not a closing quotation mark. */
function isPluralPossessive(text: string, j: number, end: number): boolean {
  const s = text.charCodeAt(j - 1);
  return (s === 115 || s === 83) && j + 2 < end && text.charCodeAt(j + 1) === Ch.Space && isLetter(text.charCodeAt(j + 2));
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
 * only the first time it is seen, so tokenising allocates almost no strings. Each distinct word's
 * speech verb and lexical classes are looked up once, here, not once per occurrence.
 */
const MIN_SLOTS = 1 << 8;
/** A text with more distinct words than half of this starts the table afresh: memory stays bounded on garbage input. */
const MAX_SLOTS = 1 << 17;
// The last Int32 of a slot: the word's `WordClass` bits, a seen mark, and its speech verb's index + 1 above them.
const CLASS_BITS = 0xff;
const SEEN = 0x100;
const VERB_UNIT = 0x200;
/** Int32 values per slot in the interner's `#meta`: hash, word id + 1 (0: empty), offset of the word's characters, classes and verb. */
const META = 4;

/** Are the characters of `text` from `start` to `end`, as stored, those at `k` in `chars`? */
function sameChars(chars: Uint16Array, k: number, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++, k++) if (storedCode(text.charCodeAt(i)) !== chars[k]) return false;
  return true;
}

export class Interner {
  // Open addressing over typed arrays only. A lookup compares the hash, then the characters in a
  // compact buffer of distinct words (the common ones first, so they stay in cache); it never
  // touches a string object, whose memory is scattered over the heap.
  #meta = new Int32Array(MIN_SLOTS * META);
  #mask = MIN_SLOTS - 1;
  /** Distinct words by id, in the order first seen. */
  #words: string[] = [];
  /** Each distinct word's length, then its characters as `storedCode` gives them. */
  #chars = new Uint16Array(1 << 12);
  #charsUsed = 0;
  /** Where in `#meta` the word returned by the last `read` is. */
  #lastAt = 0;
  /** Speech-verb readings, referred to from `#meta` by index + 1. */
  readonly #verbs: VerbInfo[] = [];
  readonly #verbIndex = new Map<VerbInfo, number>();

  constructor(private readonly lexicon: Lexicon = DEFAULT_LEXICON) {}

  /** Where the word returned by the last `read` ends. */
  end = 0;
  /** The speech-verb reading of the word returned by the last `read`. */
  verb: VerbInfo | undefined;
  /** The `WordClass` bits of the word returned by the last `read`. */
  classes = 0;

  /** The word that starts at `start`, read with `wordEnd` up to `limit`, lower-cased; sets `end`, `verb` and `classes`. */
  read(text: string, start: number, limit: number): string {
    const end = wordEnd(text, start, limit);
    const h = scannedHash;
    this.end = end;
    const meta = this.#meta;
    const chars = this.#chars;
    const length = end - start;
    for (let slot = (h ^ (h >>> 15)) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const at = slot * META;
      const id = meta[at + 1];
      if (id === 0) return this.#insert(text, start, end, h);
      if (meta[at] === h && chars[meta[at + 2]] === length && sameChars(chars, meta[at + 2] + 1, text, start, end)) {
        this.#lastAt = at;
        this.#unpack(meta[at + 3]);
        return this.#words[id - 1];
      }
    }
  }

  #unpack(packed: number): void {
    this.classes = packed & CLASS_BITS;
    this.verb = packed >= VERB_UNIT ? this.#verbs[Math.floor(packed / VERB_UNIT) - 1] : undefined;
  }

  /**
   * Marks the word returned by the last `read` as seen; true the first time. Lets a caller skip
   * work repeated per occurrence. A table that starts afresh forgets its marks, so a second `true` can come.
   */
  markSeen(): boolean {
    const at = this.#lastAt + 3;
    if ((this.#meta[at] & SEEN) !== 0) return false;
    this.#meta[at] |= SEEN;
    return true;
  }

  #insert(text: string, start: number, end: number, h: number): string {
    if ((this.#words.length + 1) * 2 * META > this.#meta.length) this.#resize();
    let word = text.slice(start, end).toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    const packed = wordClasses(word) + this.#verbRef(this.lexicon.verb(word)) * VERB_UNIT;
    const offset = this.#store(text, start, end);
    this.#words.push(word);
    this.#place(h, this.#words.length, offset, packed);
    this.#unpack(packed);
    return word;
  }

  /** Appends the word's length and characters to `#chars`; returns where they start. */
  #store(text: string, start: number, end: number): number {
    const offset = this.#charsUsed;
    const needed = offset + 1 + end - start;
    if (needed > this.#chars.length) {
      const grown = new Uint16Array(Math.max(needed, this.#chars.length * 2));
      grown.set(this.#chars);
      this.#chars = grown;
    }
    // A word longer than 0xffff characters records a length no word matches: it is never shared.
    this.#chars[offset] = Math.min(end - start, 0xffff);
    for (let i = start, k = offset + 1; i < end; i++, k++) this.#chars[k] = storedCode(text.charCodeAt(i));
    this.#charsUsed = needed;
    return offset;
  }

  #verbRef(verb: VerbInfo | undefined): number {
    if (verb === undefined) return 0;
    let ref = this.#verbIndex.get(verb);
    if (ref === undefined) {
      ref = this.#verbs.push(verb);
      this.#verbIndex.set(verb, ref);
    }
    return ref;
  }

  #place(h: number, id: number, offset: number, packed: number): void {
    const meta = this.#meta;
    let slot = (h ^ (h >>> 15)) & this.#mask;
    while (meta[slot * META + 1] !== 0) slot = (slot + 1) & this.#mask;
    const at = slot * META;
    this.#lastAt = at;
    meta[at] = h;
    meta[at + 1] = id;
    meta[at + 2] = offset;
    meta[at + 3] = packed;
  }

  /** Doubles the table, or empties it once it is as large as allowed. */
  #resize(): void {
    const old = this.#meta;
    const slots = old.length / META;
    if (slots >= MAX_SLOTS) {
      old.fill(0);
      this.#words = [];
      this.#charsUsed = 0;
      return;
    }
    this.#meta = new Int32Array(old.length * 2);
    this.#mask = slots * 2 - 1;
    for (let at = 0; at < old.length; at += META) {
      if (old[at + 1] !== 0) this.#place(old[at], old[at + 1], old[at + 2], old[at + 3]);
    }
  }
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
  // Where quotation q opens, kept in a local: the tokenizer asks at every token.
  let qBegin = beginOfQuote(quotes, q);
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
      // Markdown's emphasis (`**Jane Doe**`, `*"…,"* added X`) and, opening a line, its quote and heading marks are layout:
      // they must not stand between a quotation and its cue.
      if (c === Ch.Asterisk || ((c === Ch.Greater || c === Ch.Hash) && (i === pStart || newline))) {
        i++;
        continue;
      }
      if (qBegin < i) {
        while (q < quotes.length && quotes[q].start < i && quoteBegin(quotes[q]) < i) q++;
        qBegin = beginOfQuote(quotes, q);
      }
      const count = pool.size;
      let token: Token;
      if (qBegin === i) {
        const quote = quotes[q];
        token = pool.take(i, quote.close >= 0 ? quote.close + 1 : quote.end, 'q', '', false, q, undefined, 0);
        q++;
        qBegin = beginOfQuote(quotes, q);
      } else if (isWordChar(c)) {
        const interner = pool.interner;
        const lower = interner.read(text, i, pEnd);
        let end = interner.end;
        // An abbreviation or an initial keeps its period: `Sen.`, `E.`, `U.S.`.
        if (text.charCodeAt(end) === Ch.Dot && (((interner.classes & WordClass.Abbreviation) !== 0 && (!BEFORE_NUMBERS.has(lower) || numberFollows(text, end + 1, pEnd))) || (end - i === 1 && isUpper(c)))) end++;
        let classes = interner.classes;
        // `SEC` in capitals with no period is an acronym (the Securities and Exchange Commission), not `Sec.` the title.
        if ((classes & TITLE_ABBREVIATION) === TITLE_ABBREVIATION && end === interner.end && end - i >= 3 && allCapitals(text, i, end)) classes &= ~TITLE_ABBREVIATION;
        token = pool.take(i, end, 'w', lower, isUpper(c), -1, interner.verb, classes);
      } else {
        token = pool.take(i, i + 1, 'p', text[i], false, -1, undefined, 0);
      }
      if (newline && count > sentenceFirst && breaksAtLine(text, tokens[count - 1], token, prose)) sentenceFirst = closeSentence(sentences, tokens, sentenceFirst, count, p);
      if (newline) prose = false;
      if (!prose && (token.kind === 'q' || (token.kind === 'w' && !token.cap && !HEADING_LOWER.has(token.lower) && !isDigit(text.charCodeAt(token.start))))) prose = true;
      // `Rep. Karen Bass (D-Calif.), the Ranking Democrat on the House Foreign` wraps a sentence: a
      // comma then a small word within a line is running text, so a capital on the next line goes on.
      if (!prose && !newline && token.kind === 'w' && !token.cap && count > 0 && tokens[count - 1].lower === ',') prose = true;
      newline = false;
      i = token.end;
      if (count > sentenceFirst && endsSentence(text, tokens, count - 1, token)) sentenceFirst = closeSentence(sentences, tokens, sentenceFirst, count, p);
      else if (pool.size - sentenceFirst >= MAX_SENTENCE) sentenceFirst = closeSentence(sentences, tokens, sentenceFirst, pool.size, p); // keeps every per-sentence scan bounded
    }
    closeSentence(sentences, tokens, sentenceFirst, pool.size, p);
  }
  return { tokens, sentences };
}

/** Abbreviations only before a number (`No. 10`, `nos. 4 and 5`): `voted no.` ends its sentence. */
const BEFORE_NUMBERS = new Set(['no', 'nos']);

function numberFollows(text: string, i: number, end: number): boolean {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i < end && isDigit(text.charCodeAt(i));
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

  /** `lexicon`: the speech verbs words are read against. */
  constructor(lexicon?: Lexicon) {
    this.interner = new Interner(lexicon);
  }

  take(start: number, end: number, kind: Token['kind'], lower: string, cap: boolean, quote: number, verb: VerbInfo | undefined, classes: number): Token {
    let t = this.tokens[this.size];
    if (t === undefined) {
      t = { start, end, kind, lower, cap, quote, verb, classes };
      this.tokens.push(t);
    } else {
      t.start = start;
      t.end = end;
      t.kind = kind;
      t.lower = lower;
      t.cap = cap;
      t.quote = quote;
      t.verb = verb;
      t.classes = classes;
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

/** Where quotation q opens; Infinity past the last one. */
function beginOfQuote(quotes: readonly Quote[], q: number): number {
  return q < quotes.length ? quoteBegin(quotes[q]) : Infinity;
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
  // `…now.” Smith said` ends a sentence; `…now,” said Smith` does not.
  if (t.kind === 'q') return closesWithTerminal(text, t);
  // `U.S.` ends a sentence only before a word that starts one, or a quoted sentence (`shortly after 10 p.m. "You did this."`).
  if (t.end - t.start > 2 && !isTitleAbbreviation(t.lower)) {
    if (next.kind === 'q') return firstLetterCase(text, next.start, next.end) > 0 && closesWithTerminal(text, next);
    return next.kind === 'w' && ((next.classes & WordClass.SentenceStarter) !== 0 || CLAUSE_SUBJECTS.has(next.lower));
  }
  return false;
}

/** Does the quotation `t` end with a full stop, question or exclamation mark inside its closing mark? */
function closesWithTerminal(text: string, t: Token): boolean {
  let e = t.end - 1;
  while (e > t.start && !isWordChar(text.charCodeAt(e - 1)) && !isTerminal(text.charCodeAt(e - 1))) e--;
  return e > t.start && isTerminal(text.charCodeAt(e - 1));
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
  // A quotation that opens a line starts a sentence, unless it starts in lower case (`saying the board\n"takes its
  // decisions…"`: a hard wrap before a partial quotation) or follows a word that needs one.
  if (next.kind === 'q') return !(prev.kind === 'w' && DANGLING.has(prev.lower)) && firstLetterCase(text, next.start, next.end) >= 0;
  if (next.lower === '•' || next.lower === '*') return true;
  return !prose && prev.kind === 'w' && (prev.cap || isDigit(text.charCodeAt(prev.start))) && next.cap;
}

const TITLE_ABBREVIATION = WordClass.Title | WordClass.Abbreviation;
