// Reads the speaker phrase next to a speech verb: a name with its title, a pronoun, or a
// description. Works on tokens within one sentence, with bounded look-back and look-ahead.
import { DESCRIPTION_HEADS, DETERMINERS, INDEFINITE, ORG_HEADS, PRONOUNS, SENTENCE_STARTERS, SUBJECT_ADVERBS, TITLE_WORDS } from './lexicon';
import { Token } from './tokens';

export type MentionKind = 'name' | 'pronoun' | 'description';

export interface SpeakerPhrase {
  kind: MentionKind;
  /** Token range [first, last) of the whole phrase (title included). */
  first: number;
  last: number;
  /** Token range of the name proper, for names. */
  nameFirst: number;
  nameLast: number;
  organization: boolean;
  indefinite: boolean;
  /** The head noun of a description (`the senator` → `senator`). */
  head: string;
}

const MAX_PHRASE = 12;

function bare(lower: string): string {
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

export function isTitleWord(t: Token): boolean {
  return t.kind === 'w' && TITLE_WORDS.has(bare(t.lower));
}

function isNameWord(t: Token): boolean {
  return t.kind === 'w' && t.cap;
}

function isPossessive(t: Token): boolean {
  return t.lower.endsWith("'s") || t.lower.endsWith('’s');
}

/** Skips a parenthesis like `(R-S.C.)` or `(FOMC)` ending at `j`; returns the index before it. */
function skipParenthesisBack(tokens: readonly Token[], j: number, floor: number): number {
  if (j < floor || tokens[j].lower !== ')') return j;
  for (let k = j - 1; k >= floor && k > j - 10; k--) if (tokens[k].lower === '(') return k - 1;
  return j;
}

/** The speaker phrase that ends right before token `end` (exclusive), within [floor, end). */
export function phraseBefore(tokens: readonly Token[], end: number, floor: number): SpeakerPhrase | null {
  let j = skipParenthesisBack(tokens, end - 1, floor);
  if (j < floor) return null;
  const t = tokens[j];
  if (t.kind !== 'w') return null;
  if (PRONOUNS[t.lower] && !t.cap || PRONOUNS[t.lower] && j === floor) {
    return { kind: 'pronoun', first: j, last: j + 1, nameFirst: j, nameLast: j + 1, organization: false, indefinite: false, head: t.lower };
  }
  // Capitalised run, with titles (also lower-case ones: `spokeswoman`) and `of`/`for` inside titles.
  let k = j;
  let capitals = 0;
  while (k >= floor && j - k < MAX_PHRASE) {
    const w = tokens[k];
    if (w.kind !== 'w') break;
    if (isNameWord(w) || isTitleWord(w)) {
      if (w.cap) capitals++;
      k--;
      continue;
    }
    if ((w.lower === 'of' || w.lower === 'for' || w.lower === 'and' || w.lower === 'the') && k > floor && k < j && tokens[k - 1].kind === 'w' && (tokens[k - 1].cap || isTitleWord(tokens[k - 1]))) {
      k--;
      continue;
    }
    break;
  }
  let first = k + 1;
  // Drop words capitalised only because they start the sentence, and a possessor (`the Fed’s`).
  while (first <= j && first === floor && tokens[first].cap && SENTENCE_STARTERS.has(tokens[first].lower)) first++;
  while (first <= j && (tokens[first].lower === 'and' || tokens[first].lower === 'of' || tokens[first].lower === 'for' || tokens[first].lower === 'the')) first++;
  for (let m = j - 1; m >= first; m--) if (isPossessive(tokens[m]) && tokens[m].cap) { first = m + 1; break; }
  if (first <= j && capitals > 0 && tokens[j].cap) {
    const before = first - 1 >= floor ? tokens[first - 1] : null;
    const determiner = before && before.kind === 'w' && DETERMINERS.has(before.lower) ? before : null;
    return nameOrDescription(tokens, first, j + 1, determiner ? first - 1 : first);
  }
  // A lower-case description: `the photographer`, `a senior official`, `The recently released GAO report`.
  if (!t.cap || DESCRIPTION_HEADS.has(t.lower)) {
    if (!DESCRIPTION_HEADS.has(t.lower)) return null;
    for (let m = j - 1; m >= floor && m >= j - 5; m--) {
      const w = tokens[m];
      if (w.kind !== 'w') return null;
      if (DETERMINERS.has(w.lower)) {
        return { kind: 'description', first: m, last: j + 1, nameFirst: m + 1, nameLast: j + 1, organization: ORG_HEADS.has(t.lower), indefinite: INDEFINITE.has(w.lower), head: t.lower };
      }
    }
  }
  return null;
}

/** A name run [first, last): splits off the title and decides person or organisation. */
function nameOrDescription(tokens: readonly Token[], first: number, last: number, phraseFirst: number): SpeakerPhrase | null {
  let lastTitle = -1;
  for (let m = first; m < last; m++) if (isTitleWord(tokens[m])) lastTitle = m;
  let nameFirst = lastTitle + 1 > first ? lastTitle + 1 : first;
  let nameLast = last;
  // Names do not run through `of`: `Rep. John Culberson of Texas`.
  for (let m = nameFirst; m < nameLast; m++) if (!tokens[m].cap) { nameLast = m; break; }
  const head = tokens[last - 1].lower;
  const determiner = phraseFirst < first ? tokens[phraseFirst].lower : '';
  if (nameFirst >= nameLast) {
    // Only titles: `the Senator`, `Chairman`.
    return { kind: 'description', first: phraseFirst, last, nameFirst: first, nameLast: last, organization: false, indefinite: INDEFINITE.has(determiner), head: bare(head) };
  }
  const organization = lastTitle < 0 && (ORG_HEADS.has(bare(tokens[nameLast - 1].lower)) || isAcronym(tokens, nameFirst, nameLast) || determiner === 'the');
  if (INDEFINITE.has(determiner)) {
    return { kind: 'description', first: phraseFirst, last, nameFirst, nameLast, organization, indefinite: true, head: bare(head) };
  }
  return { kind: 'name', first: phraseFirst, last, nameFirst, nameLast, organization, indefinite: false, head: bare(head) };
}

function isAcronym(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first !== 1) return false;
  const t = tokens[first];
  const raw = t.lower;
  return raw.length >= 2 && raw.length <= 6 && t.end - t.start === raw.length && /^[a-z]+$/.test(raw) && t.cap && t.end - t.start > 1 && tokens[first].lower === raw && isAllCaps(tokens[first]);
}

let source = '';
/** The text being analysed; set once per analysis so that token-level checks can read characters. */
export function setSource(text: string): void {
  source = text;
}

function isAllCaps(t: Token): boolean {
  for (let i = t.start; i < t.end; i++) {
    const c = source.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** The speaker phrase that starts at token `start`, within [start, ceiling): `said Senator Tim Scott`. */
export function phraseAfter(tokens: readonly Token[], start: number, ceiling: number): SpeakerPhrase | null {
  if (start >= ceiling) return null;
  const t = tokens[start];
  if (t.kind !== 'w') return null;
  if (PRONOUNS[t.lower] && t.lower !== 'it' && t.lower !== 'who') {
    return { kind: 'pronoun', first: start, last: start + 1, nameFirst: start, nameLast: start + 1, organization: false, indefinite: false, head: t.lower };
  }
  let first = start;
  let determiner = '';
  if (DETERMINERS.has(t.lower) && !t.cap || t.lower === 'the' || t.lower === 'a' || t.lower === 'an') {
    determiner = t.lower;
    first = start + 1;
  }
  let k = first;
  let capitals = 0;
  let lastCap = -1;
  while (k < ceiling && k - first < MAX_PHRASE) {
    const w = tokens[k];
    if (w.kind !== 'w') break;
    if (isNameWord(w) || isTitleWord(w)) {
      if (w.cap) { capitals++; lastCap = k; }
      k++;
      continue;
    }
    if ((w.lower === 'of' || w.lower === 'for') && k + 1 < ceiling && tokens[k + 1].cap) {
      k++;
      continue;
    }
    break;
  }
  if (capitals > 0 && lastCap >= first) {
    return nameOrDescription(tokens, first, lastCap + 1, determiner ? start : first);
  }
  if (determiner) {
    for (let m = first; m < ceiling && m < first + 5; m++) {
      const w = tokens[m];
      if (w.kind !== 'w') break;
      if (DESCRIPTION_HEADS.has(w.lower) && !(m + 1 < ceiling && tokens[m + 1].kind === 'w' && DESCRIPTION_HEADS.has(tokens[m + 1].lower))) {
        return { kind: 'description', first: start, last: m + 1, nameFirst: first, nameLast: m + 1, organization: ORG_HEADS.has(w.lower), indefinite: INDEFINITE.has(determiner), head: w.lower };
      }
    }
  }
  return null;
}

/** Skips adverbs and time phrases leftwards from `j`: `Schumer today announced`. Returns the new index. */
export function skipAdverbsBack(tokens: readonly Token[], j: number, floor: number): number {
  let k = j;
  while (k >= floor && j - k < 4 && tokens[k].kind === 'w' && !tokens[k].cap && SUBJECT_ADVERBS.has(tokens[k].lower)) k--;
  return k;
}
