// Character classes over UTF-16 code units. The engine inspects characters by code, never by
// allocating one-character strings, so that scanning stays linear and cheap.

export const enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Quote = 34, // "
  Hash = 35, // #
  Ampersand = 38, // &
  Apos = 39, // '
  LParen = 40,
  RParen = 41,
  Asterisk = 42, // *
  Comma = 44,
  Hyphen = 45,
  Dot = 46,
  Colon = 58,
  Semicolon = 59,
  Greater = 62, // >
  Question = 63,
  Bang = 33,
  LBracket = 91,
  RBracket = 93,
  NBSP = 0xa0,
  LGuillemet = 0xab, // «
  RGuillemet = 0xbb, // »
  EnDash = 0x2013,
  EmDash = 0x2014,
  LSingle = 0x2018, // ‘
  RSingle = 0x2019, // ’
  LowSingle = 0x201a, // ‚
  LDouble = 0x201c, // “
  RDouble = 0x201d, // ”
  LowDouble = 0x201e, // „
  LSingleGuillemet = 0x2039, // ‹
  RSingleGuillemet = 0x203a, // ›
  Ellipsis = 0x2026,
  BOM = 0xfeff,
}

/** The case of the first letter within a few characters of `start`: 1 capital, -1 small, 0 none. */
export function firstLetterCase(text: string, start: number, end: number): number {
  for (let i = start; i < end && i < start + 8; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) return isUpper(c) ? 1 : -1;
  }
  return 0;
}

let analysed = '';
/** The text under analysis, for token-level checks that must read a character or two. */
export function setAnalysedText(text: string): void {
  analysed = text;
}

export function analysedText(): string {
  return analysed;
}

// Character classes of every UTF-16 code unit, in one table: the tokenizer asks these questions
// for every character, and a table lookup costs less than the comparisons it replaces.
/** Capital letters: Latin, Latin-1, Greek and Cyrillic. */
const UPPER_RANGES: readonly (readonly [number, number])[] = [[65, 90], [0xc0, 0xd6], [0xd8, 0xde], [0x391, 0x3a9], [0x410, 0x42f]];

const SPACE = 1;
const LETTER = 2;
const DIGIT = 4;
const UPPER = 8;
const CLASSES = new Uint8Array(0x10000);
/** Each code unit as words are stored: lower-cased, the curly apostrophe made straight. */
const STORED = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  CLASSES[c] = (spaceChar(c) ? SPACE : 0) | (letterChar(c) ? LETTER : 0) | (c >= 48 && c <= 57 ? DIGIT : 0) | (upperChar(c) ? UPPER : 0);
  STORED[c] = c === Ch.RSingle ? Ch.Apos : String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

function spaceChar(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab || c === Ch.LF || c === Ch.CR || c === Ch.NBSP || c === Ch.BOM ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x0b || c === 0x0c;
}

function upperChar(c: number): boolean {
  for (const [from, to] of UPPER_RANGES) if (c >= from && c <= to) return true;
  return false;
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/** The same capitals as a regular-expression class (for `NextMatch`): a native scan finds the next one far faster than a loop over `isUpper`. */
export const CAPITAL_CLASS = `[${UPPER_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`;

/** Letters, approximately: ASCII letters plus every non-ASCII code unit outside punctuation blocks. */
function letterChar(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji and friends)
  if (c >= 0xfe00 && c <= 0xfe6f) return false;
  return c !== Ch.BOM;
}

// `charCodeAt` past either end gives NaN, which indexes nothing and so belongs to no class.
export function isSpace(c: number): boolean {
  return (CLASSES[c] & SPACE) !== 0;
}

export function isLineBreak(c: number): boolean {
  return c === Ch.LF || c === Ch.CR;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpper(c: number): boolean {
  return (CLASSES[c] & UPPER) !== 0;
}

/** Is the word [from, to) of two letters or more written in capitals only (`SEC`, `GMT`, not `Sec`)? */
export function allCapitals(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let i = from; i < to; i++) if (!isUpper(text.charCodeAt(i))) return false;
  return true;
}

export function isLetter(c: number): boolean {
  return (CLASSES[c] & LETTER) !== 0;
}

/** A straight or curly apostrophe (`'`, `’`). */
export function isApostrophe(c: number): boolean {
  return c === Ch.Apos || c === Ch.RSingle;
}

export function isWordChar(c: number): boolean {
  return (CLASSES[c] & (LETTER | DIGIT)) !== 0;
}

/** A character as words are stored: lower-cased, the curly apostrophe made straight. */
export function storedCode(c: number): number {
  return STORED[c];
}

export function isDash(c: number): boolean {
  return c === Ch.EnDash || c === Ch.EmDash || c === Ch.Hyphen || c === 0x2012 || c === 0x2015;
}


/** Sentence-final punctuation. */
export function isTerminal(c: number): boolean {
  return c === Ch.Dot || c === Ch.Question || c === Ch.Bang || c === Ch.Ellipsis;
}

/**
 * Finds the next occurrence of a character class at or after a position. It remembers its last
 * answer, so searches from increasing positions scan the text once in all, never once per call.
 */
export class NextMatch {
  #from = -1;
  #found = -1;
  constructor(private readonly re: RegExp, private readonly text: string) {}

  at(from: number): number {
    if (from >= this.#from && (this.#found >= from || this.#found === Infinity)) return this.#found;
    this.re.lastIndex = from;
    this.#from = from;
    this.#found = this.re.test(this.text) ? this.re.lastIndex - 1 : Infinity;
    return this.#found;
  }
}

/** Is the word at [start, end) a compound whose part after its first hyphen opens in lower case (`Co-founders`, `Dutch-born`)? */
export function lowerCaseCompound(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i + 1 < end; i++) {
    if (text.charCodeAt(i) !== Ch.Hyphen) continue;
    const c = text.charCodeAt(i + 1);
    return c >= 97 && c <= 122;
  }
  return false;
}
