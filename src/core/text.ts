// Character classes over UTF-16 code units. The engine inspects characters by code, never by
// allocating one-character strings, so that scanning stays linear and cheap.

export const enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Quote = 34, // "
  Apos = 39, // '
  LParen = 40,
  RParen = 41,
  Comma = 44,
  Hyphen = 45,
  Dot = 46,
  Colon = 58,
  Semicolon = 59,
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
  Ellipsis = 0x2026,
  BOM = 0xfeff,
}

let analysed = '';
/** The text under analysis, for token-level checks that must read a character or two. */
export function setAnalysedText(text: string): void {
  analysed = text;
}

export function analysedText(): string {
  return analysed;
}

export function isSpace(c: number): boolean {
  if (c < 128) return ASCII_SPACE[c] === 1;
  return c === Ch.Space || c === Ch.Tab || c === Ch.LF || c === Ch.CR || c === Ch.NBSP || c === Ch.BOM ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x0b || c === 0x0c;
}

export function isLineBreak(c: number): boolean {
  return c === Ch.LF || c === Ch.CR;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x391 && c <= 0x3a9) || (c >= 0x410 && c <= 0x42f);
}

export function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x3b1 && c <= 0x3c9) || (c >= 0x430 && c <= 0x44f);
}

/** Letters, approximately: ASCII letters plus every non-ASCII code unit outside punctuation blocks. */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji and friends)
  if (c >= 0xfe00 && c <= 0xfe6f) return false;
  return c !== Ch.BOM;
}

// ASCII lookup tables: the tokenizer asks these questions for every character.
const ASCII_WORD = new Uint8Array(128);
const ASCII_SPACE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  ASCII_SPACE[c] = c === 32 || (c >= 9 && c <= 13) ? 1 : 0;
}

export function isWordChar(c: number): boolean {
  return c < 128 ? ASCII_WORD[c] === 1 : isLetter(c);
}

export function isDash(c: number): boolean {
  return c === Ch.EnDash || c === Ch.EmDash || c === Ch.Hyphen || c === 0x2012 || c === 0x2015;
}

export function isApostrophe(c: number): boolean {
  return c === Ch.Apos || c === Ch.RSingle;
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
