// Attribution sieves for one quotation, in priority order: a cue right after it (`…," Doe said`,
// `…" — Jane Doe`), a cue right before it (`Doe said: "…"`), a sentence of its own after it
// (`Shoigu told Rossiya 24 TV.`), a lead-in ending with a colon (`Administrator Doe said:`).
// Inheritance from the previous statement is decided in analyze.ts, where the order is known.
import { Cue, cueAt } from './cues';
import { DESCRIPTION_HEADS, MARKET_MEASURES, SOURCE_DOCUMENTS } from './lexicon';
import { isPossessive, isTitleWord, phraseAfter, phraseBefore, setOffDescription, SpeakerPhrase, verbAfterName } from './mentions';
import { reportedAfter } from './reported';
import { analysedText, Ch, firstLetterCase, isDash, isDigit, isLetter, isTerminal, isUpper, isWordChar } from './text';
import { Sentence, Token } from './tokens';

export interface Attribution {
  cue: Cue;
  rule: string;
  confidence: number;
}

const MAX_TRAILING = 16;
const MAX_LEADING = 10;
/** Tokens a dateline may take: `SAN JOSE, Calif., March 3, 2026 –`. */
const MAX_DATELINE = 16;
/** Capitalised or title words of a sentence's subject, at most: `Deputy Chief Medical Officer Dr. Ana Ruiz …`. */
const MAX_SUBJECT_RUN = 16;

/** A cue in the words right after the quote: `…," said Doe` / `…," Doe, a spokeswoman, said` / `…" – Doe`. */
export function trailingCue(tokens: readonly Token[], qi: number, floor: number, ceiling: number): Attribution | null {
  let k = qi + 1;
  if (k < ceiling && tokens[k].lower === ',') k++;
  if (k >= ceiling) return null;
  if (isDashToken(tokens[k])) {
    const phrase = phraseAfter(tokens, afterDashes(tokens, k, ceiling), ceiling);
    if (!phrase || phrase.kind === 'pronoun') return null;
    return { cue: { verb: k, next: phrase.last, info: null, phrase, inverted: true, viaRelative: false }, rule: 'dash attribution', confidence: 0.9 };
  }
  for (let m = k; m < ceiling && m < k + MAX_TRAILING; m++) {
    if (tokens[m].kind === 'q') return null;
    const cue = cueAt(tokens, m, floor, ceiling);
    if (!cue || !cue.phrase || cue.viaRelative || cue.info?.naming) continue;
    if (cue.info === null && m !== k) continue;
    const modified = !cue.inverted && modifiedTitle(tokens, k, cue.phrase);
    // The modifiers are the title's words: `EU competition chief`, `company president`.
    if (modified) cue.phrase.first = k;
    if (cue.inverted ? m === k : cue.phrase.first === k || describedBefore(tokens, k, cue.phrase, ceiling) || modified || ownedTitle(tokens, k, cue.phrase)) {
      return { cue, rule: cue.info === null ? 'according to' : cue.inverted ? 'trailing attribution (verb first)' : 'trailing attribution', confidence: 0.95 };
    }
    if (cue.info && !cue.inverted) return null;
  }
  return null;
}

/** Is the name set off by commas after a description at `k` (`"…," the agency's country director, Pierre Lemaire, said`)? */
function describedBefore(tokens: readonly Token[], k: number, phrase: SpeakerPhrase, ceiling: number): boolean {
  return phrase.last < ceiling && tokens[phrase.last].lower === ',' && setOffDescription(tokens, k, phrase.first);
}

/** Capitalised words of a named owner before a title: `the Sierra Club's`. */
const MAX_OWNER_WORDS = 4;

/**
 * `"…," the Manch's general secretary Bhupen Saikia said`, `"…," Acme's chief executive John Doe said`: a named owner's
 * possessive (perhaps after `the`) before the titled name; the name's phrase starts at the title, after the possessive.
 */
function ownedTitle(tokens: readonly Token[], k: number, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'name' || phrase.organization || phrase.nameFirst <= phrase.first || !isTitleWord(tokens[phrase.nameFirst - 1])) return false;
  // `the Kisan Sabha's district secretary X`: a lower-case word or two may modify the title after the possessive.
  let owner = phrase.first - 1;
  while (owner >= k && phrase.first - owner <= MAX_TITLE_MODIFIERS && isTitleModifier(tokens[owner])) owner--;
  if (owner < k || !tokens[owner].cap || !isPossessive(tokens[owner])) return false;
  const from = tokens[k].lower === 'the' ? k + 1 : k;
  if (owner - from > MAX_OWNER_WORDS) return false;
  for (let n = from; n < owner; n++) if (tokens[n].kind !== 'w' || !tokens[n].cap) return false;
  return true;
}

/** Lower-case words before a title: `"…," company president Dale Whitcomb said`, `state health director Ann Lee said`. */
const MAX_TITLE_MODIFIERS = 2;

/** Do only a noun or two that modify the title (no verb, no linking word) stand between the quotation at `k` and the named speaker? */
function modifiedTitle(tokens: readonly Token[], k: number, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'name' || phrase.first <= k) return false;
  // With no title in the phrase, the words are a role the lexicon does not know (`"…," plaintiff Rosa Delgado said`): a full name only.
  if (phrase.nameFirst === phrase.first && (phrase.organization || phrase.nameLast - phrase.nameFirst < 2)) return false;
  // `"…," EU competition chief Margit Holm said`: a body's acronym or name may open the modifiers of a title.
  let n = phrase.nameFirst > phrase.first && tokens[k].kind === 'w' && tokens[k].cap && !isPossessive(tokens[k]) ? k + 1 : k;
  for (let words = 0; n < phrase.first; n++, words++) {
    // `world No. 1 Elena Sorokina`: a ranking counts as one word.
    if (tokens[n].lower === 'no' && n + 1 < phrase.first && isDigit(analysedText().charCodeAt(tokens[n + 1].start))) n++;
    else if (!isTitleModifier(tokens[n])) return false;
    if (words === MAX_TITLE_MODIFIERS) return false;
  }
  return true;
}

/** A lower-case noun that may modify a title: no verb, no linking word (`company` president, `district` secretary). */
function isTitleModifier(t: Token): boolean {
  return t.kind === 'w' && !t.cap && !t.verb && !t.lower.endsWith('ed') && !t.lower.endsWith('ing') && !NOT_TITLE_MODIFIERS.has(t.lower);
}

const NOT_TITLE_MODIFIERS = new Set(['and', 'or', 'but', 'as', 'when', 'while', 'after', 'before', 'because', 'if', 'then', 'so', 'that', 'which', 'who', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'than']);

function isDashToken(t: Token): boolean {
  return t.kind === 'p' && isDash(t.lower.charCodeAt(0));
}

/** The token after the dash at `k`, which plain text often types as two hyphens (`--`). */
function afterDashes(tokens: readonly Token[], k: number, ceiling: number): number {
  do k++;
  while (k < ceiling && isDashToken(tokens[k]));
  return k;
}

/** A cue in the words right before the quote: `Doe said: "…"`, `Doe told reporters, "…"`, `According to Doe, "…"`. */
export function leadingCue(tokens: readonly Token[], qi: number, floor: number): Attribution | null {
  let j = qi - 1;
  if (j >= floor && (tokens[j].lower === ':' || tokens[j].lower === ',')) j--;
  if (j >= floor && tokens[j].lower === 'that') j--;
  for (let m = j; m >= floor && m > j - MAX_LEADING; m--) {
    const t = tokens[m];
    if (t.kind === 'q') return null;
    const cue = cueAt(tokens, m, floor, qi);
    if (!cue || !cue.phrase) continue;
    if (cue.info && cue.next <= qi && reportedAfter(tokens, cue, qi)) return null;
    // Only for quoted words inside the clause; after a colon or a comma (`Jones had told him: "…"`) they are Jones's own.
    if (cue.info && !cue.inverted && tokens[qi - 1].kind === 'w' && insideReport(tokens, cue, floor, qi)) return null;
    return { cue, rule: cue.info === null ? 'according to' : 'leading attribution', confidence: 0.9 };
  }
  return null;
}

/** Tokens searched back from a cue for the cue of a report it stands inside. */
const MAX_ENCLOSING = 30;

/**
 * `The official said Kallergis had … but had agreed to "look again" …`: a cue whose subject opens the clause an earlier cue
 * reports is part of that report; the quoted words are the reporter's, as inside `… had told Kallergis that …`.
 */
function insideReport(tokens: readonly Token[], cue: Cue, floor: number, qi: number): boolean {
  const subject = cue.phrase ? cue.phrase.first : cue.verb;
  for (let m = subject - 1; m >= floor && m > subject - MAX_ENCLOSING; m--) {
    if (tokens[m].kind === 'q') return false;
    const outer = cueAt(tokens, m, floor, qi);
    if (!outer || !outer.info || !outer.phrase || outer.inverted || outer.next > subject) continue;
    const clause = reportedAfter(tokens, outer, qi);
    return clause !== null && clause.first <= subject && subject < clause.last;
  }
  return false;
}

/**
 * A sentence that only attributes: `Shoigu told Rossiya 24 TV.` after a quote that ends its own
 * sentence. It has a cue with a subject, no quotation and no reported clause.
 */
export function attributionSentence(tokens: readonly Token[], s: Sentence): Attribution | null {
  if (s.last - s.first > 24) return null;
  if (isDashToken(tokens[s.first])) {
    // A signature line: `– Congressman Henry Cuellar`, `-- Dana Whitcombe, Vice President`.
    const phrase = phraseAfter(tokens, afterDashes(tokens, s.first, s.last), s.last);
    if (!phrase || phrase.kind !== 'name') return null;
    return { cue: { verb: s.first, next: phrase.last, info: null, phrase, inverted: true, viaRelative: false }, rule: 'signature line', confidence: 0.85 };
  }
  for (let m = s.first; m < s.last; m++) {
    if (tokens[m].kind === 'q') return null;
    const cue = cueAt(tokens, m, s.first, s.last);
    if (!cue || !cue.phrase || cue.inverted || cue.viaRelative || cue.info === null) continue;
    if (cue.phrase.first !== s.first) return null;
    if (cue.info.attitude || cue.info.naming || reportedAfter(tokens, cue, s.last)) return null;
    for (let k = cue.next; k < s.last; k++) {
      const t = tokens[k];
      if (t.kind === 'q' || t.lower === 'that' || t.lower === ',' || t.verb) return null;
    }
    return { cue, rule: 'attribution on the next line', confidence: 0.85 };
  }
  return null;
}

/** A lead-in that ends with a colon: `Administrator Doe said:` or a subhead `Jane Doe, CEO of Acme:`. */
export function colonLead(tokens: readonly Token[], s: Sentence): Attribution | null {
  if (s.last - s.first > 30 || tokens[s.last - 1].lower !== ':') return null;
  for (let m = s.first; m < s.last - 1; m++) {
    if (tokens[m].kind === 'q') return null;
    const cue = cueAt(tokens, m, s.first, s.last - 1);
    if (cue && cue.phrase) return { cue, rule: 'lead-in ending with a colon', confidence: 0.85 };
  }
  const named = subheadName(tokens, s) ?? quotesFrom(tokens, s);
  if (named) return named;
  const reads = documentReads(tokens, s);
  if (reads) return { cue: reads, rule: 'lead-in ending with a colon', confidence: 0.8 };
  // `Leader McConnell delivered the following remarks:`.
  const subject = sentenceSubject(tokens, s);
  return subject && subject.phrase?.kind === 'name' && subject.phrase.first === afterDateline(tokens, s) ? { cue: subject, rule: 'lead-in ending with a colon', confidence: 0.75 } : null;
}

/** Words between `reads` and its colon: `The statement reads, in part:`. */
const READ_MANNERS = new Set([',', 'in', 'part', 'full']);

/**
 * `… has posted a statement on its website. It reads:`, `The letter read, in part:`: a document's wording follows the colon, so
 * the document (or `it`, its issuer) is the subject of the cue.
 */
function documentReads(tokens: readonly Token[], s: Sentence): Cue | null {
  let m = s.last - 2;
  while (m > s.first && READ_MANNERS.has(tokens[m].lower)) m--;
  if (m <= s.first || (tokens[m].lower !== 'reads' && tokens[m].lower !== 'read')) return null;
  const phrase = phraseBefore(tokens, m, s.first);
  if (!phrase || phrase.first !== s.first) return null;
  const document = phrase.kind === 'pronoun' ? phrase.head === 'it' : SOURCE_DOCUMENTS.has(phrase.head);
  return document ? { verb: -1, next: m, info: null, phrase, inverted: false, viaRelative: false } : null;
}

/** The subject of a sentence that opens with a name or pronoun, as a cue without a verb. */
export function sentenceSubject(tokens: readonly Token[], sentence: Sentence): Cue | null {
  const first = afterDateline(tokens, sentence);
  let k = first;
  // `Shares in Acme rose …`: the company after the market measure (`Shares of Acme` is one run; see phraseBefore).
  if (k + 2 < sentence.last && MARKET_MEASURES.has(tokens[k].lower) && tokens[k + 1].lower === 'in' && tokens[k + 2].cap) k += 2;
  // The run is counted from the subject, not from the sentence: a long dateline (`CAMBRIDGE, Mass., Oct. 6, 2026 (BUSINESS WIRE) --`) leaves it whole.
  const limit = Math.min(sentence.last, first + MAX_SUBJECT_RUN);
  k = subjectRunEnd(tokens, k, limit);
  // `The billionaire investor Claire Dunmore weighed in`: a role's lower-case words, then the name.
  let named = -1;
  if (k < sentence.last && k > first && tokens[k].kind === 'w' && !tokens[k].cap) {
    let m = k;
    // `Her colleague Paul Brandt`: the word before the name is a role (a title or a noun for a person); `The board hired
    // Jane Morgan` and `She told the court Morrow …` have a verb there or before it.
    // `Vale Rovers have sacked manager Gary Pollard`: after a name, an auxiliary or a past tense is the verb, not a role.
    while (m < sentence.last && m < k + MAX_ROLE_MODIFIERS && tokens[m].kind === 'w' && !tokens[m].cap && tokens[m].verb === undefined && !verbAfterName(tokens[k - 1], tokens[m])) m++;
    const role = isTitleWord(tokens[m - 1]) || DESCRIPTION_HEADS.has(tokens[m - 1].lower);
    if (role && m < sentence.last && tokens[m].cap && tokens[m].kind === 'w') {
      named = m;
      k = subjectRunEnd(tokens, m, limit);
    }
  }
  while (k > first + 1 && tokens[k - 1].lower === 'of') k--; // `Keisha Latimer of the Riders Union`
  if (k === first) {
    const t = tokens[k];
    if (t.kind === 'w' && (t.lower === 'he' || t.lower === 'she' || t.lower === 'they')) k++;
    else return null;
  }
  const phrase = phraseBefore(tokens, k, first);
  if (!phrase || phrase.kind === 'description') return null;
  // `The partner of England defender Jack Moss has …`: a titled name after `of` is the relative's, not the subject
  // (`The Mayor of London Sadiq Khan` has no title after the `of`; `Board of trustees chairwoman Mereana Paki` no person before it).
  for (let o = first + 1; o < phrase.nameFirst; o++) if (tokens[o].lower === 'of' && !tokens[o - 1].cap && titleBetween(tokens, o + 1, phrase.nameFirst)) return null;
  // The role's words are the subject's too, with a title word the phrase already took (`UN climate chief Lucas Ferreira`).
  if (named >= 0 && phrase.first > first && phrase.first <= named) phrase.first = first;
  return { verb: -1, next: k, info: null, phrase, inverted: false, viaRelative: false };
}

function titleBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (isTitleWord(tokens[m])) return true;
  return false;
}

/** Lower-case words between a sentence's opening and the name they describe: `The billionaire investor Claire Dunmore`. */
const MAX_ROLE_MODIFIERS = 3;

/** Where the run of capitalised words, titles and `of` that opens a sentence at `k` ends, before `limit`. */
function subjectRunEnd(tokens: readonly Token[], k: number, limit: number): number {
  for (; k < limit; k++) {
    const t = tokens[k];
    if (t.kind === 'w' && (t.cap || isTitleWord(t) || t.lower === 'of')) continue;
    // `Hollin & Daughters will close …`: an ampersand between capitals joins a firm's name.
    if (t.lower === '&' && k > 0 && tokens[k - 1].cap && k + 1 < limit && tokens[k + 1].cap) continue;
    break;
  }
  return k;
}

const QUOTE_LABELS = new Set(['quote', 'quotes', 'comment', 'comments', 'remarks', 'statement']);
const QUOTE_LINKS = new Set(['to', 'from', 'by']);

/**
 * `Quotes attributable to Minister Yeo:` / `Comment from Jane Doe, CEO:` / `The following statement is attributable to Governor X:`:
 * a label that names who the quotations below are by.
 */
function quotesFrom(tokens: readonly Token[], s: Sentence): Attribution | null {
  let label = s.first;
  if (tokens[label].lower === 'the' && label + 1 < s.last) label++;
  if (tokens[label].lower === 'following' && label + 1 < s.last) label++;
  if (!QUOTE_LABELS.has(tokens[label].lower)) return null;
  for (let k = label + 1; k < s.last - 1 && k <= label + 3; k++) {
    if (!QUOTE_LINKS.has(tokens[k].lower)) continue;
    const phrase = phraseAfter(tokens, k + 1, s.last - 1);
    if (!phrase || phrase.kind !== 'name') return null;
    return { cue: { verb: k, next: phrase.last, info: null, phrase, inverted: true, viaRelative: false }, rule: 'quotations attributed in a label', confidence: 0.85 };
  }
  return null;
}

/** `Jane Doe, CEO of Acme:` or `Sec. Rice, on education:` — a name that opens a line and ends in a colon. */
function subheadName(tokens: readonly Token[], s: Sentence): Attribution | null {
  let end = s.first;
  while (end < s.last && end < s.first + 8 && tokens[end].kind === 'w' && (tokens[end].cap || tokens[end].lower.endsWith('.'))) end++;
  if (end === s.first || end >= s.last) return null;
  if (tokens[end].lower !== ',' && tokens[end].lower !== ':') return null;
  let colon = end;
  while (colon < s.last && colon < end + 16 && tokens[colon].lower !== ':' && tokens[colon].kind !== 'q') colon++;
  if (colon >= s.last || tokens[colon].lower !== ':') return null;
  const phrase = phraseBefore(tokens, end, s.first);
  if (!phrase || phrase.kind !== 'name' || phrase.organization) return null;
  return { cue: { verb: colon, next: colon + 1, info: null, phrase, inverted: false, viaRelative: false }, rule: 'speaker label', confidence: 0.8 };
}

/** The first token after a dateline such as `WASHINGTON, D.C. –`, `Aug. 16, 2016 (EIRNS)—` or `NEW DELHI:`. */
export function afterDateline(tokens: readonly Token[], sentence: Sentence): number {
  for (let k = sentence.first; k < sentence.last && k < sentence.first + MAX_DATELINE; k++) {
    const t = tokens[k];
    if (isDashToken(t) && k > sentence.first) {
      const after = afterDashes(tokens, k, sentence.last);
      return after < sentence.last ? after : sentence.first;
    }
    // `NEW DELHI: The court …`, `MUMBAI, Aug 14 (PTI): …`: a place in capitals ending with a colon.
    if (t.lower === ':' && k > sentence.first && k + 1 < sentence.last && isCapitalsWord(tokens[sentence.first])) return k + 1;
    if (t.kind === 'q' || (t.kind === 'w' && !t.cap && !isDigit(t.lower.charCodeAt(0)))) break;
  }
  return sentence.first;
}

/** A word in capitals only, at least three letters long: `DELHI`, not `A` or `Delhi`. */
function isCapitalsWord(t: Token): boolean {
  if (t.kind !== 'w' || t.end - t.start < 3) return false;
  const text = analysedText();
  for (let i = t.start; i < t.end; i++) if (firstLetterCase(text, i, i + 1) < 0) return false;
  return true;
}

/** Statement text starts like a sentence: its first letter is a capital. */
export function startsUpper(text: string, start: number, end: number): boolean {
  return firstLetterCase(text, start, end) > 0;
}

/** Counts words in a span without allocating, stopping once `limit` is exceeded. */
export function wordCount(text: string, start: number, end: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end && n <= limit; i++) {
    const c = text.charCodeAt(i);
    const letter = isWordChar(c);
    if (letter && !inWord) n++;
    inWord = letter || (inWord && (c === Ch.RSingle || c === Ch.Apos || c === Ch.Hyphen));
  }
  return n;
}

/** Lower-case words that titles leave lower-case (`The Story with Martha Lane`). */
const TITLE_FUNCTION_WORDS = new Set(['with', 'from', 'into', 'over', 'upon', 'onto', 'about', 'after', 'under', 'than', 'that', 'this']);

/** Every word of more than three letters capitalised: a title, a name or a slogan, not speech. */
export function isTitleCase(text: string, start: number, end: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) || (i > start && isLetter(text.charCodeAt(i - 1))) || (i > start && (text.charCodeAt(i - 1) === Ch.RSingle || text.charCodeAt(i - 1) === Ch.Apos || text.charCodeAt(i - 1) === Ch.Hyphen))) continue;
    let j = i;
    while (j < end && isLetter(text.charCodeAt(j))) j++;
    if (words === 0 || (j - i > 3 && !(j - i <= 5 && TITLE_FUNCTION_WORDS.has(text.slice(i, j))))) {
      words++;
      if (isUpper(c)) capitalised++;
    }
    i = j;
  }
  return words > 0 && capitalised === words;
}

/** The content ends with a sentence-final mark (`.`, `?`, `!`), ignoring closing brackets. */
export function endsTerminal(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === Ch.RParen || text.charCodeAt(e - 1) === Ch.RSingle || text.charCodeAt(e - 1) === Ch.Apos || text.charCodeAt(e - 1) === Ch.Space)) e--;
  return e > start && isTerminal(text.charCodeAt(e - 1));
}
