// A first pass over the text that remembers full names (`Chuck Grassley`), acronym definitions
// (`Government Accountability Office (GAO)`) and which words are capitalised inside sentences,
// so that a later `Senator Grassley` or `GAO` resolves to the fullest form. It jumps from capital
// letter to capital letter and reads only capitalised runs, so it costs a fraction of tokenising.
import { COMPANY_SUFFIXES, DESCRIPTION_HEADS, WordClass, wordClasses } from './lexicon';
import { possessiveInName } from './mentions';
import { genderOfFirstName, Registry, withoutPossessive } from './speakers';
import { allCapitals, CAPITAL_CLASS, Ch, isApostrophe, isDigit, isLetter, isLineBreak, isSpace, isTerminal, isUpper, isWordChar, lowerCaseCompound, NextMatch } from './text';
import { Interner, wordEnd } from './tokens';

const MAX_NAME = 4;
/** Every quotation mark of every house style (`"`, `“ ”`, `„ “`, `« »`, `‹ ›`, `‘ ’`, `'`). */
const QUOTE_MARKS = new Set([Ch.Quote, Ch.Apos, Ch.LDouble, Ch.RDouble, Ch.LSingle, Ch.RSingle, Ch.LowDouble, Ch.LowSingle,
  Ch.LGuillemet, Ch.RGuillemet, Ch.LSingleGuillemet, Ch.RSingleGuillemet]);
// A capital after `.»` or `.“` (German) opens a sentence as after `.”`.
const QUOTE_OR_BRACKET = new Set([...QUOTE_MARKS, Ch.LParen, Ch.RParen, Ch.LBracket, Ch.RBracket]);
const MAX_RUN = 12;

// The current capitalised run, in scratch arrays reused from run to run: no object per word.
const runStart = new Int32Array(MAX_RUN);
const runEnd = new Int32Array(MAX_RUN);
const runLower: string[] = new Array<string>(MAX_RUN).fill('');
const runClasses = new Int32Array(MAX_RUN);
/** 1 where a word of the run is capitalised inside a sentence for the first time. */
const runFirstSeen = new Uint8Array(MAX_RUN);

function isTitle(w: number): boolean {
  return (runClasses[w] & WordClass.Title) !== 0;
}

function isOrgHead(w: number): boolean {
  return (runClasses[w] & WordClass.OrgHead) !== 0;
}

export function collectNames(text: string, registry: Registry, interner: Interner): void {
  const n = text.length;
  const capitals = new NextMatch(new RegExp(CAPITAL_CLASS, 'g'), text);
  for (let i = Math.min(capitals.at(0), n); i < n; i = Math.min(capitals.at(i + 1), n)) {
    if (i > 0 && (isWordChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === Ch.Dot || text.charCodeAt(i - 1) === Ch.Hyphen)) continue;
    const initial = opensSentence(text, i);
    if (initial) {
      // A lone capitalised word opening a sentence tells nothing: skip it without reading it.
      const end = wordEnd(text, i, n);
      if (!continuesRun(text, end)) {
        i = end - 1;
        continue;
      }
    }
    const length = readRun(text, i, initial, interner);
    i = runEnd[length - 1] - 1;
    for (let w = 0; w < length; w++) if (runFirstSeen[w] === 1) registry.noteCapitalized(runLower[w]);
    // A single word is neither a full name nor an organisation, unless a noun says what body it names (`the GMB union`).
    if (length < 2) {
      if (!initial) noteBodyKind(text, 0, 1, registry);
      continue;
    }
    noteRun(text, length, initial, registry);
  }
}

/**
 * Reads the run of capitalised words (joined by single spaces or ` of `) that starts at `i`; returns
 * its length. `initial`: the run opens a sentence.
 */
function readRun(text: string, i: number, initial: boolean, interner: Interner): number {
  const n = text.length;
  let length = 0;
  for (let k = i; length < MAX_RUN;) {
    const lower = interner.read(text, k, n);
    let end = interner.end;
    if (text.charCodeAt(end) === Ch.Dot && ((interner.classes & WordClass.Abbreviation) !== 0 || end - k === 1)) end++;
    runStart[length] = k;
    runEnd[length] = end;
    runClasses[length] = interner.classes;
    // A sentence's first word tells nothing (it is capitalised anyway): only the others are noted.
    runFirstSeen[length] = (length > 0 || !initial) && interner.markSeen() ? 1 : 0;
    runLower[length++] = lower;
    let next = end;
    while (next < n && text.charCodeAt(next) === Ch.Space) next++;
    // A hard wrap inside a name met mid-sentence (`the sitting MP, Richard\nHollins`): one line break joins.
    // Not after a word in capitals, no first name (`17:02 GMT` over an entry's headline on the next line).
    if (next === end && !initial && length === 1 && isLineBreak(text.charCodeAt(next)) && !allCapitals(text, k, end)) {
      next += text.charCodeAt(next) === Ch.CR && text.charCodeAt(next + 1) === Ch.LF ? 2 : 1;
      if (isSpace(text.charCodeAt(next))) break;
    }
    if (next === end || next >= n) break;
    if (text.startsWith('of ', next) && isUpper(text.charCodeAt(next + 3))) next += 3;
    // `Hollin & Daughters`, `Marks & Spencer`: an ampersand joins the words of a firm's name.
    else if (text.charCodeAt(next) === Ch.Ampersand && text.charCodeAt(next + 1) === Ch.Space && isUpper(text.charCodeAt(next + 2))) next += 2;
    // `Court of Appeals for the Ninth Circuit`, `Office for the 5th District`: a body's name goes on through `for the`.
    else if (text.charCodeAt(next) === 102 && text.startsWith('for the ', next) && hasOrgHead(length) && (isUpper(text.charCodeAt(next + 8)) || ordinalBeforeCapital(text, next + 8))) next += 8;
    if (!isUpper(text.charCodeAt(next)) && !(joinedByForThe(text, next, end) && isDigit(text.charCodeAt(next)))) break;
    k = next;
  }
  return length;
}

/**
 * Is the run's word `w` a possessor of what follows: `Acme's`, or a plural (`the Conservatives' Mark Tilney`) before a person's
 * name that opens with a known first name (not `Veterans' Affairs`, `the Farmers' Union`)? The run's words have straight apostrophes.
 */
function isPossessor(w: number, length: number): boolean {
  const lower = runLower[w];
  // Most words end in neither: one character decides.
  const last = lower.charCodeAt(lower.length - 1);
  if (last === 115) return lower.endsWith("'s");
  return last === 39 && lower.length > 2 && lower.endsWith("s'") && length - w - 1 >= 2 && genderOfFirstName(runLower[w + 1]) !== null && personLike(w + 1, length);
}

/** The run's word `w` as written; the last one without a possessive (`Callum Fenwick’s header` names Callum Fenwick). */
function runWord(text: string, w: number, length: number): string {
  const word = text.slice(runStart[w], runEnd[w]);
  return w === length - 1 ? withoutPossessive(word) : word;
}

/** Lower-case nouns for a kind of body after its name: `the GMB union`, `the Reform party`, `the Wagner group`. */
const BODY_KINDS = new Set(['union', 'party', 'group', 'charity', 'alliance', 'coalition', 'federation']);
const MAX_BODY_KIND = 10;

/**
 * `Members of the GMB union voted …`: a body named between `the` and the noun for its kind (words [first, length) of the run),
 * which a later `the union said` means. Returns whether the run was such a name.
 */
function noteBodyKind(text: string, first: number, length: number, registry: Registry): boolean {
  const start = runStart[first];
  const end = runEnd[length - 1];
  if (start < 4 || text.charCodeAt(end) !== Ch.Space || !(text.startsWith('the ', start - 4) || text.startsWith('The ', start - 4))) return false;
  const from = end + 1;
  let i = from;
  while (i < text.length && i - from <= MAX_BODY_KIND && isLetter(text.charCodeAt(i)) && !isUpper(text.charCodeAt(i))) i++;
  if (i === from || i - from > MAX_BODY_KIND || isWordChar(text.charCodeAt(i))) return false;
  const kind = text.slice(from, i);
  if (!BODY_KINDS.has(kind)) return false;
  const body: string[] = [];
  for (let w = first; w < length; w++) body.push(runWord(text, w, length));
  registry.noteOrganizationHead(kind, body, start);
  return true;
}

/** Registers the run of `length` words as a full name, an organisation or an acronym's expansion. */
function noteRun(text: string, length: number, initial: boolean, registry: Registry): void {
  let first = 0;
  while (first < length && (isTitle(first) || (first === 0 && initial && (runClasses[first] & WordClass.SentenceStarter) !== 0))) first++;
  // `Co-founders Priya Desai and …`, `London-based Acme Ltd`: a compound with a lower-case part opening the sentence modifies
  // the name after it (`Hye-jin Seo` alone is a name).
  if (first === 0 && initial && length >= 3 && lowerCaseCompound(text, runStart[0], runEnd[0])) first++;
  if (first >= length) return;
  const acronym = length - first >= 2 ? acronymAfter(text, runEnd[length - 1]) : null;
  // A possessor is not part of the name: `Smithsonian’s National Zoo`, `the Conservatives' Mark Tilney`.
  for (let w = length - 2; w >= first; w--) {
    if (isPossessor(w, length) && !possessiveInName(runLower[w], w > 0 ? runLower[w - 1] : undefined, isOrgHead(length - 1), w === length - 2)) { first = w + 1; break; }
  }
  // `Rania Haddad of Maple Capital`: before the `of` of a body whose head comes after it stands a person's name; the body is the rest.
  let ofAt = first + 1;
  while (ofAt < length && !joinedByOf(text, ofAt)) ofAt++;
  if (ofAt < length - 1 && ofAt - first >= 2 && ofAt - first <= MAX_NAME && isOrgHead(length - 1) && !orgHeadBeforeOf(text, first, length) && personLike(first, ofAt)) {
    const person: string[] = [];
    for (let w = first; w < ofAt; w++) person.push(text.slice(runStart[w], runEnd[w]));
    registry.noteFullName(person);
    first = ofAt;
  }
  const words = length - first;
  // `Veridane Therapeutics, Inc.`, `Corvant Systems plc`: a legal suffix after the name makes it a company's.
  const definition = words >= 2 ? definitionStart(text, runEnd[length - 1]) : -1;
  const suffixed = definition > runEnd[length - 1] + 1;
  // A name joined by an ampersand is a firm's (`Procter & Gamble`); people joined are written with `and`.
  const organization = words >= 2 && (suffixed || isOrgHead(length - 1) || orgHeadBeforeOf(text, first, length) || joinedByAmpersand(text, length - 1));
  // `Shares of Nimbus`, `John Culberson of Texas`: a person's name ends before an `of`.
  let nameEnd = first + 1;
  while (nameEnd < length && (organization || !joinedByOf(text, nameEnd))) nameEnd++;
  const person = !organization && nameEnd - first >= 2 && nameEnd - first <= MAX_NAME && personLike(first, nameEnd);
  // `Halvern Foods ASA ("Halvern" or "the Company")`: defined terms after any name of two words or more.
  const defined = words >= 2 ? afterTicker(text, definition) : definition;
  const defines = !acronym && words >= 2 && opensDefinition(text, defined);
  if (!organization && noteBodyKind(text, first, length, registry)) return;
  if (!acronym && !organization && !person && !defines) {
    // `Health Minister Clara Dunne`, `Bank of England Governor Andrew Bailey`: the person after the run's last title.
    let title = length - 1;
    while (title >= first && !isTitle(title)) title--;
    if (title >= first && length - title - 1 >= 2 && length - title - 1 <= MAX_NAME && personLike(title + 1, length)) {
      const parts: string[] = [];
      for (let w = title + 1; w < length; w++) parts.push(runWord(text, w, length));
      registry.noteFullName(parts);
    }
    return;
  }
  const parts: string[] = [];
  for (let w = first; w < (person ? nameEnd : length); w++) {
    if (organization && w > first && joinedByOf(text, w)) parts.push('of');
    else if (organization && w > first && joinedByAmpersand(text, w)) parts.push('&');
    else if (organization && w > first && joinedByForThe(text, runStart[w], runEnd[w - 1])) parts.push('for', 'the');
    parts.push(runWord(text, w, length));
  }
  if (acronym && isAcronymFor(acronym, parts)) registry.noteAcronym(acronym, parts);
  if (defines) noteDefinedTerms(text, defined, parts, registry, runStart[first]);
  if (suffixed) registry.noteCompany(parts);
  if (organization) {
    registry.noteOrganization(parts, runStart[first]);
    // `the Fair Hours Alliance, a coalition of the country's three largest unions`: a later `the unions said` means it.
    const members = membersAfter(text, runEnd[length - 1]);
    if (members) registry.noteOrganizationHead(members, parts, runStart[first]);
  } else if (person) {
    registry.noteFullName(parts);
    const title = titleBefore(text, runStart[0], first, length);
    if (title) registry.noteTitledName(parts, title, runStart[first]);
  }
}

const MAX_TITLE_BEFORE = 3;

/**
 * The title of a full name in running text: capitalised title words that open its run (`Councillor`), or
 * lower-case ones right before it with the capitalised word they follow (`by Rovers manager Stuart Pennock`),
 * lower-cased and joined by spaces; null when there is none.
 */
function titleBefore(text: string, start: number, first: number, length: number): string | null {
  const words: string[] = [];
  for (let w = 0; w < first && w < length; w++) words.push(runLower[w]);
  if (first === 0) {
    let end = start;
    for (let n = 0; n < MAX_TITLE_BEFORE; n++) {
      let wordEndAt = end;
      while (wordEndAt > 0 && text.charCodeAt(wordEndAt - 1) === Ch.Space) wordEndAt--;
      if (wordEndAt === end || wordEndAt === 0) break;
      let wordStart = wordEndAt;
      while (wordStart > 0 && (isWordChar(text.charCodeAt(wordStart - 1)) || text.charCodeAt(wordStart - 1) === Ch.Hyphen)) wordStart--;
      if (wordStart === wordEndAt || wordEndAt - wordStart > 20) break;
      const word = text.slice(wordStart, wordEndAt);
      const capital = isUpper(word.charCodeAt(0));
      const lower = word.toLowerCase();
      if (capital) {
        // The team or body the lower-case title belongs to: `Rovers manager`.
        if (words.length > 0 && (wordClasses(lower) & WordClass.SentenceStarter) === 0) words.unshift(lower);
        break;
      }
      if ((wordClasses(lower) & WordClass.Title) === 0) break;
      words.unshift(lower);
      end = wordStart;
    }
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** Is run word `w` joined to the one before it by ` of ` (`Ministry of Education`)? */
function joinedByOf(text: string, w: number): boolean {
  return runStart[w] - runEnd[w - 1] === 4 && text.startsWith(' of ', runEnd[w - 1]);
}

/** Does ` for the ` join the word that ends at `end` to the one that starts at `start`? */
function joinedByForThe(text: string, start: number, end: number): boolean {
  return start - end === 9 && text.startsWith(' for the ', end);
}

/** Is there an organisation's head among the first `length` words of the run? */
function hasOrgHead(length: number): boolean {
  for (let w = 0; w < length; w++) if (isOrgHead(w)) return true;
  return false;
}

const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];

/** `7th Circuit`, `2nd District`: an ordinal in digits, then a capitalised word, at `i`. */
function ordinalBeforeCapital(text: string, i: number): boolean {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  if (j === i || j - i > 3) return false;
  if (!ORDINAL_SUFFIXES.includes(text.substr(j, 2))) return false;
  return text.charCodeAt(j + 2) === Ch.Space && isUpper(text.charCodeAt(j + 3));
}

/** `Ministry of Education`, `Bank of Ashford`: an organisation's head comes before `of`. */
function orgHeadBeforeOf(text: string, first: number, length: number): boolean {
  for (let w = first + 1; w < length; w++) if (joinedByOf(text, w) && isOrgHead(w - 1)) return true;
  return false;
}

function personLike(first: number, length: number): boolean {
  for (let w = first; w < length; w++) if (isOrgHead(w) || isTitle(w)) return false;
  return true;
}

/** After a word ending at `end`: is the next word capitalised (or is this an abbreviation)? */
function continuesRun(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === Ch.Dot) return true;
  if (c !== Ch.Space) return false;
  let next = end + 1;
  while (next < text.length && text.charCodeAt(next) === Ch.Space) next++;
  return isUpper(text.charCodeAt(next)) || text.startsWith('of ', next) || text.startsWith('& ', next);
}

/** Does ` & ` join the run's word `w` to the one before (`Hollin & Daughters`)? */
function joinedByAmpersand(text: string, w: number): boolean {
  return runStart[w] - runEnd[w - 1] === 3 && text.charCodeAt(runEnd[w - 1] + 1) === Ch.Ampersand;
}

/** Does a word at `i` open a sentence (after a period, a line break, or at the start)? */
function opensSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j > i - 8) {
    const c = text.charCodeAt(j);
    if (isLineBreak(c)) return true;
    // A spaced hyphen is a typed dash: `LONDON (Reuters) - Shares in …`, `-- Shares in …`.
    if (!isSpace(c) && !QUOTE_OR_BRACKET.has(c)) return isTerminal(c) || c === Ch.Colon || c === Ch.EmDash || c === Ch.EnDash || (c === Ch.Hyphen && j > 0 && (isSpace(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === Ch.Hyphen));
    j--;
  }
  return j < 0;
}

/** `(GAO)` right after a name: the acronym, or null. */
function acronymAfter(text: string, end: number): string | null {
  let i = end;
  if (text.charCodeAt(i) === Ch.Space) i++;
  if (text.charCodeAt(i) !== Ch.LParen) return null;
  let j = i + 1;
  while (j < text.length && j < i + 10 && (isUpper(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
  return text.charCodeAt(j) === Ch.RParen && j - i > 2 ? text.slice(i + 1, j) : null;
}

const MAX_DEFINITION = 60;

/** A quotation mark of any house style at `k`, an apostrophe between letters not. */
function isQuoteMark(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (!QUOTE_MARKS.has(c)) return false;
  return (c !== Ch.RSingle && c !== Ch.Apos) || !(isLetter(text.charCodeAt(k - 1)) && isLetter(text.charCodeAt(k + 1)));
}

/** `the` and a space or a line break (a hard wrap) at `k`. */
function theAt(text: string, k: number): boolean {
  return text.startsWith('the', k) && isSpace(text.charCodeAt(k + 3));
}


/** The longest company suffix (`limited`). */
const MAX_SUFFIX = 7;

/** Where the definition of a name ending at `end` would open: after a space and a lower-case company suffix (`Corvant Systems plc ("Corvant")`). */
function definitionStart(text: string, end: number): number {
  // `Alderpoint Software, Inc. ("Alderpoint")`: a comma may set the suffix off.
  const comma = text.charCodeAt(end) === Ch.Comma && isSpace(text.charCodeAt(end + 1)) ? end + 1 : end;
  const i = isSpace(text.charCodeAt(comma)) ? comma + 1 : comma;
  // Most names are followed by an ordinary word: compare only the suffixes of its length.
  let e = i;
  while (e < text.length && e - i <= MAX_SUFFIX && (isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === Ch.Dot)) e++;
  for (const suffix of COMPANY_SUFFIXES) {
    if (suffix.length !== e - i) continue;
    if (text.startsWith(suffix, i) && isSpace(text.charCodeAt(i + suffix.length))) return i + suffix.length + 1;
    // Suffixes are capitalised after a comma: `, Inc. (`, `, LLC (`.
    if (comma > end && startsWithCapitalised(text, i, suffix) && isSpace(text.charCodeAt(i + suffix.length))) return i + suffix.length + 1;
  }
  return isSpace(text.charCodeAt(end)) ? end + 1 : end;
}

/** Does `text` hold the lower-case `word` at `i` with its first letter, or all of its letters, capitalised (`Inc.`, `LLC`)? */
function startsWithCapitalised(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(i + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(isUpper(c) && c + 32 === w)) return false;
  }
  return true;
}

/** The longest stock listing in brackets: `(NYSE American: ABCD.U)`. */
const MAX_TICKER = 32;

/**
 * After a stock listing in brackets at `i` (`Ridgeline Bancorp, Inc. (NASDAQ: RDGB) ("Ridgeline" or the "Company")`): where
 * what follows it starts; `i` when there is none. A listing is an exchange, a colon and a ticker in capitals.
 */
function afterTicker(text: string, i: number): number {
  if (text.charCodeAt(i) !== Ch.LParen) return i;
  let colon = -1;
  for (let k = i + 1; k < text.length && k <= i + MAX_TICKER; k++) {
    const c = text.charCodeAt(k);
    if (c === Ch.Colon) colon = k;
    else if (c === Ch.RParen) return colon > i + 1 && k > colon + 1 && isSpace(text.charCodeAt(k + 1)) ? k + 2 : i;
    else if (colon > 0 && !(isUpper(c) || isDigit(c) || c === Ch.Dot || c === Ch.Space || c === Ch.Hyphen)) return i;
    else if (colon < 0 && !(isLetter(c) || c === Ch.Space || c === Ch.Hyphen)) return i;
  }
  return i;
}

/** Does `("` or `(the ` open at `i`, the `definitionStart` after a name? */
function opensDefinition(text: string, i: number): boolean {
  return text.charCodeAt(i) === Ch.LParen && (isQuoteMark(text, i + 1) || theAt(text, i + 1));
}

/** Nouns for a body made of other bodies, set off after its name: `X, a coalition of … unions`. */
const COALITION_WORDS = new Set(['coalition', 'alliance', 'federation', 'confederation', 'umbrella', 'network', 'consortium', 'grouping']);
/** Words read after `of` for the members' plural noun (`the country's three largest unions`). */
const MAX_MEMBER_WORDS = 6;

/**
 * `Fair Hours Alliance, a coalition of the country's three largest unions`: the plural noun for the members of a
 * coalition set off after its name (lower-cased), or null. Reads a few words after `end` only.
 */
function membersAfter(text: string, end: number): string | null {
  if (text.charCodeAt(end) !== Ch.Comma || text.charCodeAt(end + 1) !== Ch.Space) return null;
  let i = end + 2;
  const next = (): string => {
    const start = i;
    while (i < text.length && (isLetter(text.charCodeAt(i)) || isApostrophe(text.charCodeAt(i)) || text.charCodeAt(i) === Ch.Hyphen)) i++;
    const word = text.slice(start, i).toLowerCase();
    if (text.charCodeAt(i) === Ch.Space) i++;
    return word;
  };
  const article = next();
  if (article !== 'a' && article !== 'an') return null;
  let word = next();
  if (!COALITION_WORDS.has(word)) word = next(); // `a loose coalition of`
  if (!COALITION_WORDS.has(word)) return null;
  if (word === 'umbrella') next(); // `an umbrella group of`
  if (next() !== 'of') return null;
  for (let w = 0; w < MAX_MEMBER_WORDS; w++) {
    word = next();
    if (word.length === 0) return null;
    const stop = text.charCodeAt(i - 1) !== Ch.Space;
    if (word.endsWith('s') && DESCRIPTION_HEADS.has(word)) return stop || !isLetter(text.charCodeAt(i)) ? word : null;
    if (stop) return null;
  }
  return null;
}

/**
 * `Halvern Foods ASA ("Halvern" or "the Company")`, `Acme Inc. (the "Company")`: a contract's defined terms
 * after a name. A capitalised short form stands for the name as an acronym does; `the Company` makes a later
 * `the company said` mean this one. `i`: the `definitionStart` after the name.
 */
function noteDefinedTerms(text: string, i: number, parts: string[], registry: Registry, at: number): void {
  let close = i + 1;
  while (close < text.length && close - i <= MAX_DEFINITION && text.charCodeAt(close) !== Ch.RParen) close++;
  if (close >= text.length || text.charCodeAt(close) !== Ch.RParen) return;
  registry.noteDefinedName(parts);
  let the = false;
  for (let k = i + 1; k < close; k++) {
    if (theAt(text, k) || (text.startsWith('the', k) && isQuoteMark(text, k + 3))) the = true;
    if (!isQuoteMark(text, k)) continue;
    let e = k + 1;
    while (e < close && !isQuoteMark(text, e)) e++;
    let term = text.slice(k + 1, e);
    if (theAt(term, 0)) {
      the = true;
      term = term.slice(4);
    }
    if (term.length > 0 && !term.includes(' ') && isUpper(term.charCodeAt(0))) {
      if (the) registry.noteDefinedHead(term.toLowerCase(), parts, at);
      else if (term !== parts[0] || parts.length > 1) registry.noteAcronym(term, parts);
    }
    the = false;
    k = e;
  }
}

function isAcronymFor(acronym: string, parts: readonly string[]): boolean {
  if (parts.length < 2) return false;
  const initials = parts.filter((p) => p !== 'of' && p !== 'and' && p !== 'for' && p !== 'the').map((p) => p[0]).join('').toUpperCase();
  return initials.startsWith(acronym[0]) && initials.includes(acronym.slice(0, 2));
}
