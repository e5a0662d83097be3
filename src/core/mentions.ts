// Reads the speaker phrase next to a speech verb: a name with its title, a pronoun, or a
// description. Works on tokens within one sentence, with bounded look-back and look-ahead.
import { COMPANY_SUFFIXES, DATA_SOURCES, DAY_PARTS, DESCRIPTION_HEADS, DETERMINERS, FINITE_AUXILIARIES, INDEFINITE, IRREGULAR_PAST, JOINT_HEADS, MARKET_MEASURES, ORG_KIND_WORDS, isSourceLink, NAME_PARTICLES, NATIONALITY_NOUNS, NOT_NAMES, ORG_HEADS, POST_NOMINALS, PRONOUNS, SOURCE_DOCUMENTS, STATE_BODY_HEADS, SUBJECT_ADVERBS, SUBORDINATORS, TIME_NOUNS, WEEKDAYS, WordClass, wordClasses } from './lexicon';
import { analysedText, isDash, isDigit, isUpper, lowerCaseCompound } from './text';
import { Token } from './tokens';

export type MentionKind = 'name' | 'pronoun' | 'description';

export interface SpeakerPhrase {
  kind: MentionKind;
  /** Token range [first, last) of the whole phrase (title included). */
  first: number;
  last: number;
  /** Token range of the name proper (for descriptions: the words after the determiner). */
  nameFirst: number;
  nameLast: number;
  organization: boolean;
  indefinite: boolean;
  /** The head noun (`the senator` → `senator`), or the pronoun. */
  head: string;
}

const MAX_PHRASE = 16;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', '&']);
const MEMBER_LINKS = new Set(['for', 'of', 'at', 'with', 'from', 'to']);
/** Lower-case words inside an organisation's name: `Transport and Allied Workers' Union`. */
const ORG_LINKS = new Set(['and', '&', 'of', 'for']);
const QUESTION_WORDS = new Set(['what', 'why', 'how', 'where', 'when', 'which', 'who', 'whom']);
/** Words that open the qualifier of an anonymous source: `familiar with`, `close to`, `briefed on`. */
const SOURCE_QUALIFIERS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'on', 'in', 'at', 'near', 'from', 'with']);
const PERSON_LINKS = new Set(['of', 'at', 'from', 'with']);
const PLACE_LINKS = new Set(['in', 'on', 'at', 'near', 'from']);
const MAX_QUALIFIER = 7;
const SPEAKS_FOR_OWNER = new Set(['office', 'campaign']);

function bare(lower: string): string {
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

function isParticle(t: Token): boolean {
  return t.kind === 'w' && !t.cap && NAME_PARTICLES.has(t.lower);
}

export function isTitleWord(t: Token): boolean {
  return (t.classes & WordClass.Title) !== 0;
}

export function isOrgHead(t: Token): boolean {
  return (t.classes & WordClass.OrgHead) !== 0;
}

/** Words in the brackets after a name: `Councillor Delia Strand (Green, Millbrook Ward)`. */
const MAX_BRACKETED = 6;

/** The token after a short bracketed group opening at `k` (a ward, a party, an age), or `k` if none opens there. */
export function skipBracketed(tokens: readonly Token[], k: number, ceiling: number): number {
  if (k >= ceiling || tokens[k].lower !== '(') return k;
  for (let m = k + 1; m < ceiling && m <= k + MAX_BRACKETED + 1; m++) if (tokens[m].lower === ')') return m + 1;
  return k;
}

export function isSentenceStarter(t: Token): boolean {
  return (t.classes & WordClass.SentenceStarter) !== 0;
}

export function isPossessive(t: Token): boolean {
  return t.lower.endsWith("'s");
}

/** Most degrees or honours after one name: `, M.D., Ph.D., FRCP,`. */
const MAX_POST_NOMINALS = 4;

/** A degree or honour at `k` (`M.D`, `PhD`, `Jr`), perhaps with its period token after it: the token after it, or -1. */
function postNominalEnd(tokens: readonly Token[], k: number, ceiling: number): number {
  if (k >= ceiling || tokens[k].kind !== 'w' || !POST_NOMINALS.has(tokens[k].lower)) return -1;
  return k + 1 < ceiling && tokens[k + 1].lower === '.' ? k + 2 : k + 1;
}

/** The comma right after a name, from the comma at `comma` that follows its degrees (`Ana Ruiz, M.D., Ph.D.,`). */
export function commaBeforePostNominals(tokens: readonly Token[], comma: number, floor: number): number {
  let c = comma;
  for (let n = 0; n < MAX_POST_NOMINALS; n++) {
    let k = c - 1;
    if (k > floor && tokens[k].lower === '.') k--;
    if (k - 1 <= floor || tokens[k - 1].lower !== ',' || postNominalEnd(tokens, k, c + 1) !== c) return c;
    c = k - 1;
  }
  return c;
}

/** The comma after a name's degrees, from the comma right after the name (`Ana Ruiz, M.D., Ph.D.,`). */
export function commaAfterPostNominals(tokens: readonly Token[], comma: number, ceiling: number): number {
  let c = comma;
  for (let n = 0; n < MAX_POST_NOMINALS; n++) {
    const end = postNominalEnd(tokens, c + 1, ceiling);
    if (end < 0 || end >= ceiling || tokens[end].lower !== ',') return c;
    c = end;
  }
  return c;
}

/** Plural nouns whose possessive is part of an organisation's name: `the Children's Relief Fund`, `Women's Aid Federation`. */
const BENEFICIARIES = new Set(["children's", "women's", "men's", "people's", "workers'", "veterans'", "farmers'", "teachers'", "nurses'"]);

const SAINTS = new Set(['st', 'saint', 'ste']);

/**
 * Is a possessive inside the name of an organisation whose head word is an organisation's (`orgHead`), not its possessor
 * (`Russia's Defence Ministry`)? So are beneficiaries (`the United Nations Children's Relief Fund`), a saint (`St Bride's
 * Hospital`) and, right before the head (`headNext`), a title's office (`the Lane County Sheriff's Office`, `the U.S.
 * Attorney's Office`). `possessive`, `before` (the word before it): lower case with straight apostrophes, as tokens hold them.
 */
export function possessiveInName(possessive: string, before: string | undefined, orgHead: boolean, headNext: boolean): boolean {
  if (!orgHead) return false;
  if (BENEFICIARIES.has(possessive) || (before !== undefined && SAINTS.has(before))) return true;
  return headNext && possessive.endsWith("'s") && (wordClasses(possessive.slice(0, -2)) & WordClass.Title) !== 0;
}

export function startsWithDigit(t: Token): boolean {
  return isDigit(analysedText().charCodeAt(t.start));
}

/** Months that are surnames too: `Theresa May`, `Fredric March`. */
const MONTH_SURNAMES = new Set(['may', 'march', 'april', 'june', 'august']);

/**
 * `Chief Nursing Officer Ruth May said`: a month right after a capitalised word that could be a first name is a surname
 * (`on Tuesday, May 5` has a comma); so is one right before a speech verb (`May said`: no date speaks).
 */
function isMonthSurname(tokens: readonly Token[], j: number, floor: number): boolean {
  if (!MONTH_SURNAMES.has(tokens[j].lower)) return false;
  if (tokens[j].cap && tokens[j + 1]?.verb?.finite) return true;
  if (j - 1 < floor) return false;
  const before = tokens[j - 1];
  return before.kind === 'w' && before.cap && !NOT_NAMES.has(before.lower) && !isTitleWord(before) && !isSentenceStarter(before) && !startsWithDigit(before);
}

/** Capitalised words and `of` read back for a body's head before `of the` / `for the`. */
const MAX_BODY_BEFORE_THE = 4;

/**
 * Is the `the` at `i` inside a body's name, after `of` or `for` and a run that holds an organisation's head (`Court of
 * Appeals for the`, `Bank of the`)? Not after a person's name: `Anna Ricci of the University …` is a person and a body.
 */
function bodyOfThe(tokens: readonly Token[], i: number, floor: number): boolean {
  if (i - 2 < floor || tokens[i].lower !== 'the' || (tokens[i - 1].lower !== 'of' && tokens[i - 1].lower !== 'for') || !tokens[i - 2].cap) return false;
  for (let m = i - 2; m >= floor && m > i - 2 - MAX_BODY_BEFORE_THE && (tokens[m].cap || tokens[m].lower === 'of'); m--) if (isOrgHead(tokens[m]) && tokens[m].cap) return true;
  return false;
}

/** A token that can sit inside a name run: a capitalised word, a title word, or a number after a capital (`Rossiya 24`). */
function inRun(t: Token, hasCapital: boolean): boolean {
  return t.kind === 'w' && ((t.cap && !NOT_NAMES.has(t.lower)) || isTitleWord(t) || (hasCapital && startsWithDigit(t)));
}

/** Skips a parenthesis like `(R-S.C.)` or `(FOMC)` ending at `j`; returns the index before it. */
function skipParenthesisBack(tokens: readonly Token[], j: number, floor: number): number {
  // `Corvell Therapeutics, Inc. (NASDAQ: CRVL) ("Corvell" or the "Company") today announced`: a ticker, then a definition.
  for (let n = 0; n < MAX_BRACKETS && j >= floor && tokens[j].lower === ')'; n++) {
    let k = j - 1;
    while (k >= floor && k > j - 10 && tokens[k].lower !== '(') k--;
    if (k < floor || k <= j - 10) return j;
    j = k - 1;
  }
  return j;
}
const MAX_BRACKETS = 2;

function pronoun(tokens: readonly Token[], j: number): SpeakerPhrase {
  return { kind: 'pronoun', first: j, last: j + 1, nameFirst: j, nameLast: j + 1, organization: false, indefinite: false, head: tokens[j].lower };
}

/** The speaker phrase that ends right before token `end` (exclusive), within [floor, end). */
/** Tokens after which a lone `one` or `another` opens its clause. */
const CLAUSE_OPENERS = new Set([',', 'and', 'but', ';']);

export function phraseBefore(tokens: readonly Token[], end: number, floor: number): SpeakerPhrase | null {
  const j = skipParenthesisBack(tokens, end - 1, floor);
  if (j < floor) return null;
  const t = tokens[j];
  if (t.kind !== 'w') return null;
  if (PRONOUNS.has(t.lower) && (!t.cap || j === floor)) return pronoun(tokens, j);
  if (isPossessive(t)) return null; // `Breyer’s announced retirement`: a possessor is not a subject
  if (isPartyTag(t)) return null; // `Sen. Mark Ellison, R-Ohio, said`: the party and state set off after a lawmaker's name
  // `"…," one wrote.`, `Another said …`: `one` or `another` alone as the subject is one of a group, an unnamed source.
  if ((t.lower === 'one' || t.lower === 'another') && (j === floor || tokens[j - 1].kind === 'q' || CLAUSE_OPENERS.has(tokens[j - 1].lower))) {
    return { kind: 'description', first: j, last: j + 1, nameFirst: j, nameLast: j + 1, organization: false, indefinite: true, head: t.lower };
  }
  // `'We will rebuild,' mayor vows`, `Town will rebuild, mayor says`: a headline drops a title's article after its report.
  if (j > 0 && (tokens[j - 1].kind === 'q' || tokens[j - 1].lower === ',') && isHeadlineTitle(t)) return headlineTitle(tokens, j);
  // `thanked voters for their support and said …`: a phrase never ends with a conjunction.
  if (t.lower === 'and' || t.lower === 'but' || t.lower === 'or') return null;
  if ((NOT_NAMES.has(t.lower) && !isMonthSurname(tokens, j, floor)) || (QUESTION_WORDS.has(t.lower) && !isAcronym(t, 1))) return null; // `Q. What …` is a question, not a name (`the WHO` is)
  if (j === floor && t.cap && DESCRIPTION_HEADS.has(t.lower)) return descriptionBack(tokens, j, floor);
  if (t.cap && NATIONALITY_NOUNS.has(t.lower)) {
    const national = nationalityDescription(tokens, j, floor);
    if (national) return national;
  }
  if (t.cap || (isTitleWord(t) && !DESCRIPTION_HEADS.has(t.lower))) {
    let k = j;
    while (k > floor && j - k < MAX_PHRASE) {
      const w = tokens[k - 1];
      // `Rossiya 24` is a name; `world No. 1 Elena Sorokina` is a ranking before one.
      if (inRun(w, false) || (startsWithDigit(w) && k - 2 >= floor && ((tokens[k - 2].cap && tokens[k - 2].lower !== 'no') || bodyOfThe(tokens, k - 2, floor)))) { k--; continue; }
      // `Court of Appeals for the 11th Circuit`: `of the` or `for the` inside a body's name.
      if (bodyOfThe(tokens, k - 1, floor)) { k -= 2; continue; }
      if (CONNECTORS.has(w.lower) && k - 1 > floor && inRun(tokens[k - 2], true) && w.lower !== 'the') { k--; continue; }
      if (isParticle(w)) { k--; continue; } // `Ursula von der Leyen`
      break;
    }
    let first = k;
    // Words capitalised only because they open the sentence, and a possessor (`the Fed’s` committee). A dateline's dash opens it
    // too (`LONDON — A coroner has said …`): else the article was read as a name, `A`.
    const opens = first === floor || (first - 1 >= floor && tokens[first - 1].kind === 'p' && isDash(tokens[first - 1].lower.charCodeAt(0)));
    while (first < j && opens && first === k && isSentenceStarter(tokens[first])) first++;
    // `Shares of Acme Corp fell`: a market measure opening the sentence is no part of the company's name.
    if (first + 1 < j && opens && first === k && MARKET_MEASURES.has(tokens[first].lower) && tokens[first + 1].lower === 'of') first += 2;
    // `Residents of Kisaru said`, `Supporters of Hargrove told …`: a group opening the sentence, with a place or a person after
    // `of`, is an unnamed source, not a name `Residents`.
    if (first + 1 < j && opens && first === k && tokens[first + 1].lower === 'of' && DESCRIPTION_HEADS.has(tokens[first].lower) &&
      tokens[first].lower.endsWith('s') && !isTitleWord(tokens[first])) {
      const group = descriptionBack(tokens, first, floor);
      if (group && group.kind === 'description') return { ...group, last: j + 1 };
    }
    // `Second-placed Lars Holm said`, `Dutch-born Anna Berg`: a capitalised compound ending in a lower-case word modifies the name.
    while (first < j && isCompoundModifier(tokens[first])) first++;
    // `The Ohio-based company said`: such a compound alone modifies the noun after it and names no one.
    if (first === j && isCompoundModifier(t)) return null;
    // `One reporter asked …`, `Two officials said …`: a number opening the sentence before a lower-case title is its determiner.
    if (first < j && (first === floor || (opens && first === k)) && INDEFINITE.has(tokens[first].lower) && !tokens[first + 1].cap) first++;
    while (first < j && CONNECTORS.has(tokens[first].lower)) first++;
    for (let m = j - 1; m >= first; m--) if (isPossessive(tokens[m]) && tokens[m].cap && !possessiveInName(tokens[m].lower, tokens[m - 1]?.lower, isOrgHead(tokens[j]), m === j - 1)) { first = m + 1; break; }
    // `Alderpoint Software, Inc. today announced`: a company suffix after a comma closes the company's name before it.
    if (first === j && j - 2 >= floor && tokens[j - 1].lower === ',' && tokens[j - 2].cap && COMPANY_SUFFIXES.includes(t.lower)) {
      const company = phraseBefore(tokens, j - 1, floor);
      if (company && company.kind === 'name') return { ...company, last: j + 1, organization: true };
    }
    if (first === j && first === floor && isSentenceStarter(t)) return null;
    // `Anna Ricci of the University of Bologna said`: the person before `of the`, not the institution.
    // So with a possessor instead of `the`: `Dr. Sanjay Mehta of Toronto's Children's Hospital said`.
    const article = first - 1 >= floor && (tokens[first - 1].lower === 'the' || (tokens[first - 1].cap && isPossessive(tokens[first - 1])));
    if (first - 3 >= floor && article && PERSON_LINKS.has(tokens[first - 2].lower) && tokens[first - 3].cap) {
      const person = phraseBefore(tokens, first - 2, floor);
      if (person && person.kind === 'name' && !person.organization) return { ...person, last: j + 1 };
    }
    // `Chair of the Board Helen Ashcombe said`: a title of a body, then the person's name after the body's head word.
    if (first - 3 >= floor && tokens[first - 1].lower === 'the' && (tokens[first - 2].lower === 'of' || tokens[first - 2].lower === 'for') && isTitleWord(tokens[first - 3])) {
      const titled = titleOfBodyBefore(tokens, first, j, floor);
      if (titled) return titled;
    }
    const before = first - 1 >= floor ? tokens[first - 1] : null;
    // `the pauses that Shoigu had announced`: `that` before a name is a relative pronoun, not its determiner.
    const determiner = before && DETERMINERS.has(before.lower) && before.lower !== 'that' ? first - 1 : first;
    // `Tenants on the Ashgrove estate in Northfleet have …`: a place inside an unnamed source's qualifier.
    const placed = first - 1 >= floor && PLACE_LINKS.has(tokens[first - 1].lower) ? modifiedSource(tokens, j, floor) ?? placedBodyMember(tokens, first - 1, j, floor) : null;
    // `…, the humanitarian organisation Open Hands International said`: a lower-case description before a name, opening the
    // phrase after a comma or at the clause's start, belongs to the name.
    const described = placed ? -1 : describedNameStart(tokens, first, floor);
    if (described >= 0) {
      const named = nameOrDescription(tokens, first, j + 1, first);
      if (named && named.kind === 'name') return { ...named, first: described, organization: named.organization || isOrgHead(tokens[first - 1]) };
    }
    return placed ?? describedMember(tokens, modifiersBefore(tokens, determiner, floor), j + 1, floor) ?? nameOrDescription(tokens, first, j + 1, determiner);
  }
  return possessorsOffice(tokens, j, floor) ?? leaderWithTeam(tokens, j, floor) ?? memberOfDescribedBody(tokens, j, floor) ?? descriptionBack(tokens, j, floor) ?? modifiedSource(tokens, j, floor) ?? indefiniteSource(tokens, j, floor);
}

/** Lower-case adjectives before a description's head word: `the (international) humanitarian organisation`. */
const MAX_DESCRIPTION_MODIFIERS = 2;

/**
 * Where a description of the name at `first` starts (`the charity`, `the humanitarian organisation`, `campaign group`) when a
 * comma or the clause's start comes before it; else -1.
 */
function describedNameStart(tokens: readonly Token[], first: number, floor: number): number {
  const head = first - 1 >= floor ? tokens[first - 1] : null;
  if (!head || head.kind !== 'w' || head.cap || head.verb || !(DESCRIPTION_HEADS.has(head.lower) || isDescribedOrganisation(head))) return -1;
  let m = first - 1;
  while (m - 1 >= floor && first - 1 - m < MAX_DESCRIPTION_MODIFIERS && tokens[m - 1].kind === 'w' && !tokens[m - 1].cap && !tokens[m - 1].verb &&
    !NOT_MODIFIERS.has(tokens[m - 1].lower) && !DETERMINERS.has(tokens[m - 1].lower)) m--;
  if (m - 1 >= floor && DETERMINERS.has(tokens[m - 1].lower) && tokens[m - 1].lower !== 'that') m--;
  return m === floor || tokens[m - 1].lower === ',' ? m : -1;
}

/** `Second-placed`, `Dutch-born`, `London-based`: a capitalised word joined by a hyphen to a lower-case one. */
export function isCompoundModifier(t: Token): boolean {
  return t.kind === 'w' && t.cap && lowerCaseCompound(analysedText(), t.start, t.end);
}

/** `the Swede said`, `the 23-year-old Argentine said`: a nationality as a noun after `the` (an age between) describes a person. */
function nationalityDescription(tokens: readonly Token[], j: number, floor: number): SpeakerPhrase | null {
  let k = j - 1;
  if (k > floor && isPersonDescriptor(tokens[k].lower)) k--;
  if (k < floor || tokens[k].lower !== 'the') return null;
  return { kind: 'description', first: k, last: j + 1, nameFirst: k + 1, nameLast: j + 1, organization: false, indefinite: false, head: tokens[j].lower };
}

/**
 * `Chair of the Board Helen Ashcombe`, `President of the Council Ana Reyes`: after `Title of the`, a body's head word followed by
 * two or three capitalised words is the body, then the person's name. `first` is the word after `the`, `j` the phrase's last word.
 */
function titleOfBodyBefore(tokens: readonly Token[], first: number, j: number, floor: number): SpeakerPhrase | null {
  const words = j - first;
  if (words < 2 || words > 3 || !isOrgHead(tokens[first])) return null;
  for (let m = first + 1; m <= j; m++) if (!tokens[m].cap || isOrgHead(tokens[m]) || isTitleWord(tokens[m])) return null;
  let titleFirst = first - 3;
  while (titleFirst - 1 >= floor && titleFirst > first - 6 && tokens[titleFirst - 1].cap && isTitleWord(tokens[titleFirst - 1])) titleFirst--;
  const determiner = titleFirst - 1 >= floor && tokens[titleFirst - 1].lower === 'the' ? titleFirst - 1 : titleFirst;
  return { kind: 'name', first: determiner, last: j + 1, nameFirst: first + 1, nameLast: j + 1, organization: false, indefinite: false, head: bare(tokens[j].lower) };
}

/**
 * `One senior backbencher told …`, `a longtime regular said …`: someone introduced with `a` or `one`
 * right before the verb is an unnamed source, whatever the noun. The determiner must open the clause.
 */
function indefiniteSource(tokens: readonly Token[], j: number, floor: number): SpeakerPhrase | null {
  const t = tokens[j];
  if (t.kind !== 'w' || t.cap || t.lower.length < 3) return null;
  for (let m = j - 1; m >= floor && m >= j - 3; m--) {
    const w = tokens[m];
    if (w.kind !== 'w' || (w.cap && m > floor)) return null;
    if (!INDEFINITE_SOURCE.has(w.lower)) continue;
    const opens = m === floor || tokens[m - 1].lower === ',' || tokens[m - 1].lower === 'and' || tokens[m - 1].lower === 'but';
    return opens ? { kind: 'description', first: m, last: j + 1, nameFirst: m + 1, nameLast: j + 1, organization: false, indefinite: true, head: t.lower } : null;
  }
  return null;
}
const INDEFINITE_SOURCE = new Set(['a', 'an', 'one']);

/** `two diplomats familiar with the talks`, `a source close to the negotiations`: an unnamed source with its qualifier. */
function modifiedSource(tokens: readonly Token[], j: number, floor: number): SpeakerPhrase | null {
  for (let m = j - 2; m >= floor && m >= j - MAX_QUALIFIER; m--) {
    const w = tokens[m];
    if (w.kind !== 'w') return null;
    if (!SOURCE_QUALIFIERS.has(tokens[m + 1].lower) || !DESCRIPTION_HEADS.has(w.lower)) continue;
    const source = descriptionBack(tokens, m, floor);
    return source && source.kind === 'description' ? { ...source, last: j + 1 } : null;
  }
  return null;
}

/** Words for the people who work with someone: `Faruqi and his colleagues found …`. */
const TEAM_WORDS = new Set(['colleagues', 'team', 'co-authors', 'coauthors', 'collaborators', 'students']);

/** `Dr. Omar Faruqi and his colleagues recommend …`: a named person and their team speak through the person. */
function leaderWithTeam(tokens: readonly Token[], j: number, floor: number): SpeakerPhrase | null {
  if (!TEAM_WORDS.has(tokens[j].lower) || j - 2 <= floor || !OWNER_PRONOUNS.has(tokens[j - 1].lower) || tokens[j - 2].lower !== 'and') return null;
  const leader = phraseBefore(tokens, j - 2, floor);
  return leader && leader.kind === 'name' && !leader.organization ? { ...leader, last: j + 1 } : null;
}

/** `Mayor Chu's office said`: an office or a campaign speaks for the person who owns it. */
function possessorsOffice(tokens: readonly Token[], j: number, floor: number): SpeakerPhrase | null {
  if (!SPEAKS_FOR_OWNER.has(tokens[j].lower) || j - 1 < floor) return null;
  // `his campaign said`, `Her office said`: the person the possessive pronoun stands for.
  const owner = OWNER_PRONOUNS.get(tokens[j - 1].lower);
  if (owner) return { kind: 'pronoun', first: j - 1, last: j + 1, nameFirst: j - 1, nameLast: j, organization: false, indefinite: false, head: owner };
  const named = possessiveName(tokens, j - 1, floor);
  return named ? { ...named, last: j + 1 } : null;
}

const OWNER_PRONOUNS = new Map([['his', 'he'], ['her', 'she']]);

/** The name whose last word is the capitalised possessive at `j`: `Mayor Linda Chu's`, `Hallworth's`. */
export function possessiveName(tokens: readonly Token[], j: number, floor: number): SpeakerPhrase | null {
  if (!tokens[j].cap || !isPossessive(tokens[j])) return null;
  let k = j;
  while (k > floor && j - k < MAX_PHRASE && inRun(tokens[k - 1], false)) k--;
  while (k < j && isSentenceStarter(tokens[k])) k++;
  const owner = nameOrDescription(tokens, k, j + 1, k);
  return owner && owner.kind === 'name' ? owner : null;
}

/** `a spokesperson for the utility`: the source is the spokesperson, whatever the body after the link. */
function memberOfDescribedBody(tokens: readonly Token[], j: number, floor: number): SpeakerPhrase | null {
  for (let m = j - 1; m >= floor && m >= j - 3; m--) {
    const w = tokens[m];
    // `a spokesman for the French transport ministry`: a nationality may modify the body.
    if (w.kind !== 'w' || (w.cap && !isNationality(w))) return null;
    if (DETERMINERS.has(w.lower)) return describedMember(tokens, m, j + 1, floor);
  }
  return null;
}

/** `a spokesman for the prefecture in Perpignan said`: the place after `in` (at `link`) qualifies the body a described person speaks for. */
function placedBodyMember(tokens: readonly Token[], link: number, j: number, floor: number): SpeakerPhrase | null {
  const noun = link - 1;
  if (noun - 1 < floor || tokens[noun].kind !== 'w' || tokens[noun].cap || !DETERMINERS.has(tokens[noun - 1].lower)) return null;
  return describedMember(tokens, noun - 1, j + 1, floor);
}

/** Lower-case words before a name that say what it names: `for developer Castlegate Homes`, `for the retailer Halden`. */
const MAX_NAME_MODIFIERS = 3;

function modifiersBefore(tokens: readonly Token[], first: number, floor: number): number {
  let m = first;
  while (m - 1 >= floor && first - m < MAX_NAME_MODIFIERS && tokens[m - 1].kind === 'w' && !tokens[m - 1].cap && !tokens[m - 1].verb && !MEMBER_LINKS.has(tokens[m - 1].lower)) m--;
  return m;
}

/**
 * `a spokesperson for the Ministry of Education`: someone described by their organisation is an
 * unnamed source (the description), not the organisation.
 */
function describedMember(tokens: readonly Token[], orgFirst: number, last: number, floor: number): SpeakerPhrase | null {
  const link = orgFirst - 1;
  if (link - 1 < floor || !MEMBER_LINKS.has(tokens[link].lower)) return null;
  // `A source close to the mayor`, `People close to the talks`: the source, however near the one after the link.
  const near = tokens[link].lower === 'to' && tokens[link - 1].lower === 'close' && link - 2 >= floor ? link - 2 : link - 1;
  const member = descriptionBack(tokens, near, floor);
  if (!member || member.kind !== 'description' || member.organization) return null;
  // `a report from the Cato Institute said`: a document's words are its author's (`authoredDocumentStart`).
  if (isSourceLink(tokens[link].lower) && SOURCE_DOCUMENTS.has(member.head)) return null;
  return { ...member, last };
}

/** `the photographer`, `a senior official`, `The recently released GAO report` (→ GAO). */
/** Numbers and quantifiers that pick members of a group: `two of the people`, `one of them`. */
const PARTITIVES = new Set(['one', 'two', 'three', 'four', 'five', 'some', 'many', 'several', 'most', 'few', 'both', 'each', 'all', 'none', 'another', 'either', 'neither']);

/** Does the word at `m` follow a partitive `two of`, `one of` (`two of the …`, `one of them`)? */
function isPartitive(tokens: readonly Token[], m: number, floor: number): boolean {
  return m - 2 >= floor && tokens[m - 1].lower === 'of' && PARTITIVES.has(tokens[m - 2].lower);
}

function descriptionBack(tokens: readonly Token[], j: number, floor: number): SpeakerPhrase | null {
  const t = tokens[j];
  // `Both partners said`, `Both companies said`: the two parties the text has named, not an unnamed group.
  // (Not after a preposition: `Police on both sides of the border said`.)
  if (j - 1 >= floor && tokens[j - 1].lower === 'both' && JOINT_HEADS.includes(t.lower) && !(j - 2 >= floor && OBJECT_PREPOSITIONS.has(tokens[j - 2].lower))) {
    return { kind: 'description', first: j - 1, last: j + 1, nameFirst: j, nameLast: j + 1, organization: false, indefinite: false, head: t.lower };
  }
  // `One of them cautioned …`: members of the group named before.
  if ((t.lower === 'them' || t.lower === 'us') && isPartitive(tokens, j, floor)) {
    return { kind: 'description', first: j - 2, last: j + 1, nameFirst: j - 2, nameLast: j + 1, organization: false, indefinite: true, head: t.lower };
  }
  const age = isPersonDescriptor(t.lower);
  const describedOrganisation = !age && !DESCRIPTION_HEADS.has(t.lower) && isDescribedOrganisation(t);
  if (!age && !DESCRIPTION_HEADS.has(t.lower) && !describedOrganisation) return null;
  // Five words back, not counting a body's name (`A Department of Health and Social Care spokesperson`).
  for (let m = j - 1, words = 0; m >= floor && words < 5 && m >= j - MAX_PHRASE; m--) {
    const w = tokens[m];
    if (w.kind !== 'w') break;
    if (!w.cap && !CONNECTORS.has(w.lower)) words++;
    if (w.cap && isPossessive(w)) {
      // `Italy's civil protection agency`: a possessor makes a definite description (analyze.ts names a body with a named owner).
      // After a preposition it is no subject: `A person close to Altis's board said` is the person's report.
      if (m > floor && OBJECT_PREPOSITIONS.has(tokens[m - 1].lower)) return null;
      return { kind: 'description', first: m, last: j + 1, nameFirst: m + 1, nameLast: j + 1, organization: isOrgHead(t), indefinite: false, head: t.lower };
    }
    if (!DETERMINERS.has(w.lower)) continue;
    // `two of the people`, `one of the officials`: some members of a group are an unnamed source.
    if (isPartitive(tokens, m, floor)) return { kind: 'description', first: m - 2, last: j + 1, nameFirst: m + 1, nameLast: j + 1, organization: false, indefinite: true, head: t.lower };
    // `The two organisations said`: a number after `the` counts ones already named; the description is definite.
    if (m - 1 >= floor && tokens[m - 1].lower === 'the' && (w.lower === 'two' || w.lower === 'three')) m--;
    const indefinite = INDEFINITE.has(tokens[m].lower);
    // A definite description that names its organisation speaks for it: `the GAO report`.
    let capFirst = -1;
    let capLast = -1;
    for (let n = m + 1; n < j; n++) if (tokens[n].cap) { if (capFirst < 0) capFirst = n; capLast = n + 1; }
    // `The French government said`, `the Swiss foreign ministry`: a state's body, named from its nationality to its head.
    if (!indefinite && capFirst === m + 1 && capLast === capFirst + 1 && isNationality(tokens[capFirst]) && STATE_BODY_HEADS.has(t.lower)) return nationalBody(m, capFirst, j, t);
    // `the French club`, `the Borvanian health department`: a nationality before any other body names no organisation.
    if (capFirst >= 0 && capLast === capFirst + 1 && isNationality(tokens[capFirst])) capFirst = -1;
    // `the SNP-led administration`, `the Labour-run council`: a capitalised compound ending in a lower-case word modifies the body; it names none.
    if (capFirst >= 0 && capLast === capFirst + 1 && isCompoundModifier(tokens[capFirst])) capFirst = -1;
    // `the Rovers boss`, `the Athletic captain`: a person's role with the team or body it belongs to describes a person.
    if (!indefinite && capFirst >= 0 && !isPersonRoleHead(t)) {
      return { kind: 'name', first: m, last: j + 1, nameFirst: capFirst, nameLast: capLast, organization: true, indefinite: false, head: t.lower };
    }
    return { kind: 'description', first: m, last: j + 1, nameFirst: m + 1, nameLast: j + 1, organization: isOrgHead(t), indefinite, head: t.lower };
  }
  if (describedOrganisation) return null; // a bare `foundation` is no speaker
  // A bare plural or group noun is an unnamed group: `critics warned`, `Officials said`, `police said`.
  if ((t.lower.endsWith('s') && !t.lower.endsWith("'s")) || GROUP_NOUNS.has(t.lower)) {
    const first = groupModifiers(tokens, j, floor);
    return { kind: 'description', first, last: j + 1, nameFirst: first, nameLast: j + 1, organization: false, indefinite: true, head: t.lower };
  }
  return null;
}

/** `the French government`, `the Borvanian health ministry`: a body of a state, named from its nationality to its head. */
function nationalBody(first: number, nameFirst: number, head: number, t: Token): SpeakerPhrase {
  return { kind: 'name', first, last: head + 1, nameFirst, nameLast: head + 1, organization: true, indefinite: false, head: t.lower };
}

/** Prepositions whose object is no speaker: `close to Altis's board`, `familiar with the company's plans`. */
const OBJECT_PREPOSITIONS = new Set(['to', 'with', 'on', 'of', 'at', 'from', 'for', 'by', 'in', 'about']);

/** Parents counted by their children: `mother-of-two`, `father-of-three`. */
const COUNTED_PARENTS = new Set(['mother', 'father', 'mum', 'dad', 'grandmother', 'grandfather', 'grandad', 'granddad']);

/**
 * `24-year-old`, `father-of-three`: an age or a count of children used as a noun for a person (`the 24-year-old said`, `the
 * mother-of-two told the BBC`), which fits anyone and is no title.
 */
export function isPersonDescriptor(lower: string): boolean {
  if (!lower.endsWith('-year-old')) {
    const of = lower.indexOf('-of-');
    return of > 0 && COUNTED_PARENTS.has(lower.slice(0, of));
  }
  const n = lower.length - '-year-old'.length;
  if (n < 1 || n > 3) return false;
  for (let i = 0; i < n; i++) if (!isDigit(lower.charCodeAt(i))) return false;
  return true;
}

/** A singular word for a person's role that is also a title (`boss`, `captain`, `chairman`), not an organisation's head. */
function isPersonRoleHead(t: Token): boolean {
  return isTitleWord(t) && DESCRIPTION_HEADS.has(t.lower) && !isOrgHead(t) && (!t.lower.endsWith('s') || t.lower.endsWith('ss'));
}
/** Endings of nationality adjectives: `French`, `Dutch`, `Borvanian`, `Chinese`, `British`, `Kalvaran`. */
const DEMONYM_ENDING = /(?:ian|ean|ese|ish|ch|an)$/;

/** `French`, `Borvanian`, `Swiss`, `Thai`: a nationality by its ending or from the list of those without one. */
function isNationality(t: Token): boolean {
  return DEMONYM_ENDING.test(t.lower) || NATIONALITY_NOUNS.has(t.lower);
}

/** `The foundation said`, `according to the foundation`: an organisation head after a determiner describes an organisation. */
function isDescribedOrganisation(t: Token): boolean {
  return !t.cap && isOrgHead(t) && !NOT_DESCRIBED_ORGANISATIONS.has(t.lower);
}

/** Organisation heads that, after `the`, rarely name who speaks: `the news said`, `the research says`. */
const NOT_DESCRIBED_ORGANISATIONS = new Set(['action', 'reform', 'works', 'times', 'post', 'news', 'tv', 'radio', 'press', 'media', 'sciences', 'research', 'house', 'nation', 'nations', 'system', 'project', 'program', 'programme', 'initiative', 'station', 'force', 'forces', 'capital', 'inc', 'llc', 'ltd', 'plc', 'corp']);

/** Nouns that name a group without a plural ending. */
const GROUP_NOUNS = new Set(['police', 'staff', 'personnel', 'people']);
/** Words that end a noun phrase when read backwards: they cannot modify a group noun. */
const NOT_MODIFIERS = new Set([
  'and', 'or', 'but', 'nor', 'as', 'while', 'when', 'if', 'because', 'although', 'though', 'than', 'that', 'which', 'who',
  'he', 'she', 'they', 'we', 'i', 'it', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'after', 'before', 'during', 'since', 'under', 'over', 'about', 'against', 'among',
]);

/**
 * `federal prosecutors`, `City police`, `Board staff`: up to two modifiers before a bare group noun
 * belong to it when they open the clause (the sentence start, a comma, a speech verb or `that`); otherwise, as in
 * `in Ohio police said`, they belong to something else.
 */
function groupModifiers(tokens: readonly Token[], j: number, floor: number): number {
  let first = j;
  while (first > floor && j - first < 2) {
    const w = tokens[first - 1];
    // An inflected speech verb (`said local residents`) is no modifier; a base form may be a noun (`state police`).
    if (w.kind !== 'w' || isPossessive(w) || NOT_MODIFIERS.has(w.lower) || SUBJECT_ADVERBS.has(w.lower) || (w.verb !== undefined && w.lower !== w.verb.base)) break;
    first--;
  }
  // A reported clause opens after its speech verb or `that`: `said local residents had told him …`.
  const before = first > floor ? tokens[first - 1] : null;
  return !before || before.lower === ',' || before.lower === 'that' || before.verb !== undefined ? first : j;
}

/**
 * `Department of Justice`, `Bank of England`, `Royal College of Nursing`: an organisation's head
 * with `of` and its object runs to the end of the name; `Bank of England Governor Andrew Bailey`
 * goes on to a title and a person, and is left to the title split.
 */
function isOfOrganization(tokens: readonly Token[], first: number, last: number): boolean {
  let h = first;
  while (h < last - 2 && !(isOrgHead(tokens[h]) && tokens[h].cap && (tokens[h + 1].lower === 'of' || tokens[h + 1].lower === 'for'))) h++;
  if (h >= last - 2) return false;
  // `Professor Anna Ricci of the University of Bologna` is a person: a title or a link before the head.
  for (let m = first; m < h; m++) if (isTitleWord(tokens[m]) || CONNECTORS.has(tokens[m].lower)) return false;
  for (let m = h + 2; m < last - 1; m++) if (isTitleWord(tokens[m]) && tokens[m + 1].cap && !CONNECTORS.has(tokens[m + 1].lower)) return false;
  return true;
}

/** A singular word for a kind of person (`neighbour`, `parent`, `resident`), not an organisation's head. */
export function isPersonRole(t: Token): boolean {
  return DESCRIPTION_HEADS.has(t.lower) && !t.lower.endsWith('s') && !isOrgHead(t);
}

function hasOrgHead(tokens: readonly Token[], first: number, last: number): boolean {
  for (let m = first; m < last; m++) if (isOrgHead(tokens[m])) return true;
  return false;
}

/** Are tokens [from, to) all capitalised words? */
function capitalisedFrom(tokens: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) {
    if (tokens[m].kind === 'w' && tokens[m].cap) continue;
    // `National Private Hire and Taxi Association`: an `and` or `&` between capitalised words is the body's.
    if (m > from && m + 1 < to && (tokens[m].lower === 'and' || tokens[m].lower === '&') && tokens[m + 1].cap) continue;
    return false;
  }
  return true;
}

/** A name run [first, last): splits off the title and decides person or organisation. */
function nameOrDescription(tokens: readonly Token[], first: number, last: number, phraseFirst: number): SpeakerPhrase | null {
  if (isOfOrganization(tokens, first, last)) {
    const indefinite = phraseFirst < first && INDEFINITE.has(tokens[phraseFirst].lower);
    return { kind: indefinite ? 'description' : 'name', first: phraseFirst, last, nameFirst: first, nameLast: last, organization: true, indefinite, head: bare(tokens[last - 1].lower) };
  }
  let lastTitle = -1;
  // `The 31-year-old Pryce`: an age before a name modifies it, as a title does.
  for (let m = first; m < last; m++) if (isTitleWord(tokens[m]) || isPersonDescriptor(tokens[m].lower)) lastTitle = m;
  // `the Westbrook Republican Party`, `Senior Citizens Association`: title words inside a body's name, when capitalised words alone
  // lead from them to its head, are no title before a name.
  if (lastTitle >= first && lastTitle < last - 1 && isOrgHead(tokens[last - 1]) && capitalisedFrom(tokens, lastTitle + 1, last)) lastTitle = -1;
  // `Neighbour Carla Stevens`, `Parent Tom Gallagher`: a word for a kind of person before a full name is a role;
  // so is a nationality (`Ethiopian Tadesse Bekele`).
  if (lastTitle < 0 && last - first >= 3 && (isPersonRole(tokens[first]) || NATIONALITY_NOUNS.has(tokens[first].lower)) && !hasOrgHead(tokens, first, last)) lastTitle = first;
  // A title word after a first name is a surname: `Stacy Dean`, `Angus King`; not after `the` and one word (`the Wolves skipper`).
  const definite = phraseFirst < first && tokens[phraseFirst].lower === 'the' && last - first === 2;
  if (lastTitle === last - 1 && lastTitle > first && tokens[lastTitle - 1].cap && !isTitleWord(tokens[lastTitle - 1]) && !definite) {
    lastTitle = -1;
    for (let m = first; m < last - 1; m++) if (isTitleWord(tokens[m])) lastTitle = m;
  }
  // `Town boss Dean Marsh`, `Beef farmer Col Henderson`: a capitalised title word right after a lower-case role, before a
  // surname alone, is a first name.
  if (lastTitle === last - 2 && lastTitle > first && tokens[lastTitle].cap && !tokens[lastTitle - 1].cap &&
    (isTitleWord(tokens[lastTitle - 1]) || isPersonRole(tokens[lastTitle - 1]))) lastTitle--;
  const determiner = phraseFirst < first ? tokens[phraseFirst].lower : '';
  const head = bare(tokens[last - 1].lower);
  let nameFirst = lastTitle >= first ? lastTitle + 1 : first;
  let nameLast = last;
  if (lastTitle >= first && nameFirst < last && CONNECTORS.has(tokens[nameFirst].lower)) {
    // `the mayor of Dunmore`, `The chief executive of Acme Water`, `the leader of Kellsbridge District Council`: the words after
    // the title's link name its place or body, not a person, when they are one word, two after a determiner, or end in a body's
    // head word. Three or more name a person at the end (`the Mayor of London Sadiq Khan`).
    const after = last - nameFirst - 1;
    if (after <= 1 || (after === 2 && determiner !== '') || isOrgHead(tokens[last - 1])) {
      return { kind: 'description', first: phraseFirst, last, nameFirst: first, nameLast: lastTitle + 1, organization: false, indefinite: INDEFINITE.has(determiner), head: bare(tokens[lastTitle].lower) };
    }
    // `Superintendent of Public Instruction Tony Thurmond`: the name is the final two or three words.
    nameFirst = Math.max(nameFirst + 1, last - 2);
    if (nameFirst - 1 > lastTitle && isInitial(tokens[nameFirst])) nameFirst--;
  } else {
    // Names do not run through `of`: `Rep. John Culberson of Texas`; they do through `von der`, and an untitled
    // organisation through its `and` (`Irish Nurses and Midwives Organisation`, `the Health and Safety Executive`: after
    // `the`, capitalised words are an institution's name, not a person's).
    // So through an `and` before a verb in the singular: `Avery Power and Light says …` is one company, `Smith and Jones say` two
    // people; and through an ampersand between capitalised words (`Hollin & Daughters`).
    const organisationRun = lastTitle < first && (isOrgHead(tokens[last - 1]) || determiner === 'the' || (last < tokens.length && singularVerb(tokens[last])) || hasAmpersand(tokens, nameFirst, last));
    for (let m = nameFirst; m < nameLast; m++) {
      // `Ruth Calloway of Stannard Research`: a person's full name before `of`, with no head of its own, ends there.
      const employer = tokens[m].lower === 'of' && determiner !== 'the' && m - nameFirst >= 2 && !hasOrgHead(tokens, nameFirst, m);
      if (tokens[m].cap || startsWithDigit(tokens[m]) || isParticle(tokens[m]) || (organisationRun && ORG_LINKS.has(tokens[m].lower) && !employer)) continue;
      nameLast = m;
      break;
    }
    // `said Jane Doe of the Green League`: a link the name stopped after is not part of it.
    while (nameLast > nameFirst + 1 && ORG_LINKS.has(tokens[nameLast - 1].lower)) nameLast--;
  }
  if (nameFirst >= nameLast) {
    // Only titles: `the Senator`, `Chairman`.
    return { kind: 'description', first: phraseFirst, last, nameFirst: first, nameLast: last, organization: false, indefinite: INDEFINITE.has(determiner), head };
  }
  let organization = false;
  // `Leader of the Opposition in the state Assembly Harish Chandra Negi`: a body's head word (the end of a title, its comma
  // left out, as wire copy often does) before two or more capitalised words with no head of its own, after a lower-case
  // word that is no article (`the International Wetlands Panel` is one body): the words after it are a person's name.
  if (lastTitle < first && nameFirst === first && nameLast - nameFirst >= 3 && first > 0 && tokens[first - 1].kind === 'w' && !tokens[first - 1].cap && !DETERMINERS.has(tokens[first - 1].lower) &&
    isOrgHead(tokens[nameFirst]) && !hasOrgHead(tokens, nameFirst + 1, nameLast) && capitalisedFrom(tokens, nameFirst + 1, nameLast)) {
    return { kind: 'name', first: phraseFirst, last, nameFirst: nameFirst + 1, nameLast, organization: false, indefinite: false, head };
  }
  if (lastTitle < first) {
    for (let m = nameFirst; m < nameLast; m++) if (isOrgHead(tokens[m])) organization = true;
    organization ||= determiner === 'the' || isAcronym(tokens[nameFirst], nameLast - nameFirst) || hasAmpersand(tokens, nameFirst, nameLast);
  }
  if (INDEFINITE.has(determiner)) {
    return { kind: 'description', first: phraseFirst, last, nameFirst, nameLast, organization, indefinite: true, head };
  }
  return { kind: 'name', first: phraseFirst, last, nameFirst, nameLast, organization, indefinite: false, head };
}

/** Verbs that agree only with a singular subject: `says`, `has`, `is`, `was`. */
const SINGULAR_AUXILIARIES = new Set(['is', 'was', 'has', 'does']);
function singularVerb(t: Token): boolean {
  if (t.kind !== 'w' || t.cap) return false;
  if (SINGULAR_AUXILIARIES.has(t.lower)) return true;
  const verb = t.verb;
  return verb !== undefined && verb.finite && t.lower.length > verb.base.length && t.lower.endsWith('s') && !t.lower.endsWith('ss');
}

/** Is there an ampersand between two capitalised words in [first, last)? People joined are written with `and`. */
function hasAmpersand(tokens: readonly Token[], first: number, last: number): boolean {
  for (let m = first + 1; m < last - 1; m++) if (tokens[m].lower === '&' && tokens[m - 1].cap && tokens[m + 1].cap) return true;
  return false;
}

function isInitial(t: Token): boolean {
  return t.end - t.start === 2 && analysedText().charCodeAt(t.end - 1) === 46;
}

/** A one-word all-capitals name (`NASA`, `FEMA`): an organisation even if the text never spells it out. */
export function isAcronym(t: Token, length: number): boolean {
  if (length !== 1 || t.end - t.start < 2 || t.end - t.start > 6) return false;
  for (let i = t.start; i < t.end; i++) {
    const c = analysedText().charCodeAt(i);
    if (!(c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** A US lawmaker's party and state, `R-Ohio`, `D-N.Y.`, `I-Vt.`: no name of its own. */
export function isPartyTag(t: Token): boolean {
  const w = t.lower;
  return t.cap && w.length >= 4 && w.charCodeAt(1) === 45 && (w.charCodeAt(0) === 114 || w.charCodeAt(0) === 100 || w.charCodeAt(0) === 105) && isUpper(analysedText().charCodeAt(t.start + 2));
}

/** A lower-case singular title that headline style leaves without its article: `mayor`, `minister`. */
function isHeadlineTitle(t: Token): boolean {
  return t.kind === 'w' && !t.cap && isTitleWord(t) && !t.lower.endsWith('s');
}

/** The office holder a headline's bare title names, whom the story names later (see analyze's `awaitedTitle`). */
function headlineTitle(tokens: readonly Token[], k: number): SpeakerPhrase {
  return { kind: 'description', first: k, last: k + 1, nameFirst: k, nameLast: k + 1, organization: false, indefinite: false, head: tokens[k].lower };
}

/** The speaker phrase that starts at token `start`, within [start, ceiling): `said Senator Tim Scott`. */
export function phraseAfter(tokens: readonly Token[], start: number, ceiling: number): SpeakerPhrase | null {
  if (start >= ceiling) return null;
  const t = tokens[start];
  if (t.kind !== 'w') return null;
  if (PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'who') return pronoun(tokens, start);
  // `…, wrote on X:`, `posted on Facebook`: a phrase after the verb that opens with a link word is where, not who.
  if (CONNECTORS.has(t.lower) && t.lower !== 'the') return null;
  // `'We will rebuild,' says mayor after tornado`: as before the verb, a headline's title with no article and no name after it.
  if (isHeadlineTitle(t) && (start + 1 >= ceiling || tokens[start + 1].kind === 'p' || OBJECT_PREPOSITIONS.has(tokens[start + 1].lower) || SUBORDINATORS.has(tokens[start + 1].lower))) {
    return headlineTitle(tokens, start);
  }
  let first = start;
  let determiner = false;
  if (DETERMINERS.has(t.lower) && t.lower !== 'that') {
    determiner = true;
    first = start + 1;
    const author = documentAuthor(tokens, first, ceiling);
    if (author) return author;
  } else if (!t.cap) {
    // `according to (official) figures from the Health Data Office`: the body whose numbers they are.
    const author = documentAuthor(tokens, start, ceiling, DATA_SOURCES);
    if (author) return author;
  }
  // `said union president Karen Holt`: lower-case words that modify a title.
  let k0 = first;
  while (k0 < ceiling && k0 < first + 2 && tokens[k0].kind === 'w' && !tokens[k0].cap && !isTitleWord(tokens[k0])) k0++;
  const modified = k0 > first && k0 + 1 < ceiling && isTitleWord(tokens[k0]) && tokens[k0 + 1].cap;
  let k = modified ? k0 : first;
  let lastCap = -1;
  let connected = false;
  while (k < ceiling && k - first < MAX_PHRASE) {
    const w = tokens[k];
    // `according to the Oregon Census Bureau's 2025 Household Survey`: a body's possessive ends its name; the titled document
    // after it is the body's, and the body is the source.
    if (lastCap >= 0 && w.cap && isPossessive(w) && ORG_HEADS.has(w.lower.slice(0, -2)) && k + 1 < ceiling && inRun(tokens[k + 1], true)) {
      lastCap = k++;
      break;
    }
    if (inRun(w, lastCap >= 0)) {
      if (w.cap) lastCap = k;
      k++;
      continue;
    }
    const next = k + 1 < ceiling ? tokens[k + 1] : null;
    if (next && lastCap >= 0 && isParticle(w) && (next.cap || isParticle(next))) { k++; continue; } // `Mohammed bin Salman`
    // `said German finance minister Katrin Vogel`: lower-case words between a capitalised adjective and a title.
    const title = lastCap >= 0 ? titleAfterModifiers(tokens, k, ceiling) : -1;
    if (title > k) { k = title; continue; }
    // `Office for the Northern District`: `the` only right after `of` or `for`, before a capital.
    // `Court of Appeals for the 7th Circuit`: or before an ordinal and a capital.
    const linkedThe = w.lower === 'the' && k > first && (tokens[k - 1].lower === 'of' || tokens[k - 1].lower === 'for') && next !== null &&
      (next.cap || (startsWithDigit(next) && k + 2 < ceiling && tokens[k + 2].cap));
    if (next && CONNECTORS.has(w.lower) && (w.lower !== 'the' || linkedThe) && (next.cap || next.lower === 'the' || linkedThe)) {
      connected ||= w.lower === 'of' || w.lower === 'for';
      k++;
      continue;
    }
    // Commas inside a long title: `Under Secretary for Food, Nutrition, and Consumer Services Stacy Dean`.
    if (w.lower === ',' && connected && next && (next.cap || next.lower === 'and')) {
      k++;
      continue;
    }
    break;
  }
  // `said Open Hands' regional director, Stefan Lindqvist`: a named owner's description, then the person set off by a comma.
  if (lastCap >= first && isPossessor(tokens[lastCap])) {
    let m = lastCap + 1;
    while (m < ceiling && m <= lastCap + MAX_OWNED_WORDS && tokens[m].kind === 'w' && !tokens[m].cap && !tokens[m].verb) m++;
    const head = tokens[m - 1];
    const named = m > lastCap + 1 && (isTitleWord(head) || DESCRIPTION_HEADS.has(head.lower)) ? personInApposition(tokens, m, ceiling) : null;
    if (named) return named;
  }
  // `according to the Borvanian health ministry`: a nationality before a lower-case modifier is no name (see descriptionBack).
  const nationality = determiner && lastCap === first && k === first + 1 && k + 1 < ceiling && tokens[k].kind === 'w' && !tokens[k].cap && isNationality(tokens[first]);
  if (lastCap >= first && !nationality) {
    // `according to a White House readout`, `a Kremlin statement`: an indefinite document named after a body is that body's.
    if (determiner && INDEFINITE.has(t.lower) && k === lastCap + 1 && k < ceiling && SOURCE_DOCUMENTS.has(tokens[k].lower)) {
      const body = nameOrDescription(tokens, first, k, first);
      if (body && body.kind === 'name') return { ...body, organization: true };
    }
    return nameOrDescription(tokens, first, lastCap + 1, determiner ? start : first);
  }
  // `according to analysts at Baird`: a bare plural is an unnamed group, as before a verb.
  // `according to (local) authorities`: a bare plural, perhaps with adjectives, is an unnamed group, as before a verb.
  if (!determiner && !t.cap) {
    let h = start;
    while (h < ceiling && h < start + 2 && tokens[h].kind === 'w' && !tokens[h].cap && !DESCRIPTION_HEADS.has(tokens[h].lower)) h++;
    const head = h < ceiling ? tokens[h] : null;
    if (head && !head.cap && DESCRIPTION_HEADS.has(head.lower) && (head.lower.endsWith('s') || head.lower === 'people')) {
      return { kind: 'description', first: start, last: h + 1, nameFirst: start, nameLast: h + 1, organization: false, indefinite: true, head: head.lower };
    }
  }
  if (determiner) {
    for (let m = first; m < ceiling && m < first + 5; m++) {
      const w = tokens[m];
      if (w.kind !== 'w') break;
      if (nationality && STATE_BODY_HEADS.has(w.lower)) return nationalBody(start, first, m, w);
      const head = DESCRIPTION_HEADS.has(w.lower) || isDescribedOrganisation(w);
      if (head && !(m + 1 < ceiling && tokens[m + 1].kind === 'w' && DESCRIPTION_HEADS.has(tokens[m + 1].lower))) {
        // `said the study's lead author, Dr. Peter Kistler`: the name in apposition is the speaker.
        // So after a field of the office (`the association's director of policy, Niall Brereton`).
        const named = personInApposition(tokens, afterFieldOf(tokens, m + 1, ceiling), ceiling) ?? nameGivenAs(tokens, m + 1, ceiling);
        if (named) return named;
        // `by the conservation charity Groundwork Earth Trust`: a body's kind before its name; the name is the source.
        const body = (ORG_KIND_WORDS.has(w.lower) || isDescribedOrganisation(w)) && m + 1 < ceiling && tokens[m + 1].cap ? phraseAfter(tokens, m + 1, ceiling) : null;
        if (body && body.kind === 'name' && (body.organization || body.nameLast - body.nameFirst >= 2)) return { ...body, first: start, organization: true };
        return { kind: 'description', first: start, last: m + 1, nameFirst: first, nameLast: m + 1, organization: isOrgHead(w), indefinite: INDEFINITE.has(t.lower), head: w.lower };
      }
      // `said the club's captain, Ola Berg`: so after a title word that describes no source on its own.
      if (!head && !w.cap && isTitleWord(w)) {
        const named = personInApposition(tokens, afterFieldOf(tokens, m + 1, ceiling), ceiling);
        if (named) return named;
      }
    }
  }
  return null;
}

/** Lower-case words of the field after an office's `of`: `director of (public) policy`, `head of research`. */
const MAX_FIELD_WORDS = 3;

/** `director of policy, Niall Brereton`: the comma after `of` and a field in lower case at `k`, else `k`. */
function afterFieldOf(tokens: readonly Token[], k: number, ceiling: number): number {
  if (k + 2 >= ceiling || tokens[k].lower !== 'of') return k;
  for (let n = k + 1; n < ceiling && n <= k + MAX_FIELD_WORDS + 1; n++) {
    const w = tokens[n];
    if (w.lower === ',') return n > k + 1 ? n : k;
    if (w.kind !== 'w' || w.cap || w.verb || DETERMINERS.has(w.lower)) return k;
  }
  return k;
}

/** Words that give a source's name before `(only) as`: `who asked to be identified only as Samira`, `who gave her name as Denise`. */
const NAMING_WORDS = new Set(['identified', 'named', 'known', 'referred', 'name']);

/** `…, who asked to be identified only as Samira, said`: the name at `first`, after `identified (only) as`, is the speaker's. */
export function namedAs(tokens: readonly Token[], first: number, floor: number): boolean {
  let k = first - 1;
  if (k < floor || tokens[k].lower !== 'as') return false;
  k--;
  if (k >= floor && (tokens[k].lower === 'only' || tokens[k].lower === 'simply')) k--;
  return k >= floor && NAMING_WORDS.has(tokens[k].lower);
}

/** Words of a relative clause before the name it gives: `who asked to be identified only as`. */
const MAX_NAMING_CLAUSE = 8;

/**
 * `said a nurse who gave her name only as Maria`, `said a driver, who asked to be identified only as Tom`, `said a welder who gave
 * only his first name, Liam`: the name a relative clause at `who` gives to the description before it.
 */
function nameGivenAs(tokens: readonly Token[], who: number, ceiling: number): SpeakerPhrase | null {
  if (who < ceiling && tokens[who].lower === ',') who++;
  if (who >= ceiling || tokens[who].lower !== 'who') return null;
  for (let k = who + 2; k < ceiling && k <= who + MAX_NAMING_CLAUSE; k++) {
    // `who gave only his first name, Liam`: the name after a comma that follows `name`.
    const afterComma = tokens[k].lower === ',' && tokens[k - 1].lower === 'name';
    if (tokens[k].kind !== 'w' && !afterComma) return null;
    if (!afterComma && !namedAs(tokens, k, who + 1)) continue;
    const name = phraseAfter(tokens, afterComma ? k + 1 : k, ceiling);
    return name && name.kind === 'name' && !name.organization ? name : null;
  }
  return null;
}

/** Words of manner or mood between an article and a person's name: `a visibly emotional`. */
const MAX_MOOD_WORDS = 3;

/**
 * `said a visibly emotional Frank Doyle`, `said the beaming Okafor`: after a speech verb, an article, lower-case words of mood
 * (no title, no noun for a person, no link) and a person's name that ends the phrase: the name.
 */
export function describedPersonAfter(tokens: readonly Token[], start: number, ceiling: number): SpeakerPhrase | null {
  if (start >= ceiling || !(tokens[start].lower === 'a' || tokens[start].lower === 'an' || tokens[start].lower === 'the')) return null;
  const first = start + 1;
  let k = first;
  while (k < ceiling && k < first + MAX_MOOD_WORDS && tokens[k].kind === 'w' && !tokens[k].cap && !isTitleWord(tokens[k]) &&
    !DESCRIPTION_HEADS.has(tokens[k].lower) && !CONNECTORS.has(tokens[k].lower) && !startsWithDigit(tokens[k])) k++;
  if (k === first || k >= ceiling || tokens[k].kind !== 'w' || !tokens[k].cap) return null;
  const named = phraseAfter(tokens, k, ceiling);
  return named && named.kind === 'name' && !named.organization && (named.last >= ceiling || tokens[named.last].kind !== 'w') ? named : null;
}

/** Lower-case words of a title or description after a named owner: `Open Hands' regional director`. */
const MAX_OWNED_WORDS = 4;

/** A person's name set off by the comma at `comma` and ending the phrase (no verb after it: `according to the official, Smith will …` opens a report). */
function personInApposition(tokens: readonly Token[], comma: number, ceiling: number): SpeakerPhrase | null {
  const named = comma + 1 < ceiling && tokens[comma].lower === ',' ? phraseAfter(tokens, comma + 1, ceiling) : null;
  // `…, Professor Lionel Marsh of the university's Department of Fisheries`: an affiliation after the name is the person's.
  return named && named.kind === 'name' && !named.organization && (named.last >= ceiling || tokens[named.last].kind !== 'w' || PERSON_LINKS.has(tokens[named.last].lower)) ? named : null;
}

/** A lower-case auxiliary or past tense: `have`, `was`, `hired`, `took`. */
export function isFiniteVerb(t: Token): boolean {
  return t.kind === 'w' && !t.cap && (FINITE_AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')));
}

/** Words of a description before a name set off by commas: `the agency's country director, Pierre Lemaire, said`. */
export const MAX_DESCRIPTION_BEFORE = 6;

/**
 * Do tokens [k, first - 1) make a description set off by a comma before the name at `first`: opening with a determiner or a
 * possessor, words only, no speech verb (`the agency's country director, Pierre Lemaire,`)?
 */
export function setOffDescription(tokens: readonly Token[], k: number, first: number): boolean {
  if (first - 1 <= k || first - 1 - k > MAX_DESCRIPTION_BEFORE || tokens[first - 1].lower !== ',') return false;
  if (!DETERMINERS.has(tokens[k].lower) && !isPossessor(tokens[k])) return false;
  for (let n = k; n < first - 1; n++) if (tokens[n].kind !== 'w' || tokens[n].verb) return false;
  return true;
}

/** Is `word` a finite verb after `before`, a word that is no determiner or possessor, so a name: `Kelby Town have sacked`, `Tennant took`? */
export function verbAfterName(before: Token, word: Token): boolean {
  return !DETERMINERS.has(before.lower) && !isPossessor(before) && isFiniteVerb(word);
}

/** A possessive, singular (`Acme's`) or plural (`Open Hands'`, `the Farmers’`). */
export function isPossessor(t: Token): boolean {
  return isPossessive(t) || (t.lower.length > 2 && (t.lower.endsWith("s'") || t.lower.endsWith('s’')));
}

/** Up to two lower-case words from `k` that a title with a capitalised name after it follows: the title's index, or -1. */
function titleAfterModifiers(tokens: readonly Token[], k: number, ceiling: number): number {
  let t = k;
  while (t < ceiling && t < k + 2 && tokens[t].kind === 'w' && !tokens[t].cap && !isTitleWord(tokens[t]) && !NOT_MODIFIERS.has(tokens[t].lower)) t++;
  return t > k && t + 1 < ceiling && isTitleWord(tokens[t]) && !tokens[t].cap && tokens[t + 1].cap ? t : -1;
}

/** `a (joint) statement from hospital president Laura Finch`: the words are Finch's, not the document's. */
function documentAuthor(tokens: readonly Token[], first: number, ceiling: number, documents: ReadonlySet<string> = SOURCE_DOCUMENTS): SpeakerPhrase | null {
  for (let m = first; m < ceiling && m < first + 3 && tokens[m].kind === 'w' && !tokens[m].cap; m++) {
    if (!documents.has(tokens[m].lower)) continue;
    const link = publishedBy(tokens, m + 1, ceiling);
    if (link + 1 >= ceiling || !isSourceLink(tokens[link].lower)) return null;
    const author = phraseAfter(tokens, link + 1, ceiling);
    return author && author.kind !== 'pronoun' ? author : null;
  }
  return null;
}

/** Verbs of bringing out a document, before its author's `by`: `a report published today by X`. */
const PUBLISHING = new Set(['published', 'released', 'issued', 'launched', 'produced', 'compiled', 'written', 'prepared']);
/** Words of time between such a verb and `by`: `published (on Thursday) by`, `released (earlier this week) by`. */
const MAX_PUBLISHED_WORDS = 4;

/** `report published today by X`: the `by` after a verb of publishing and a few words of time at `k`, else `k`. */
function publishedBy(tokens: readonly Token[], k: number, ceiling: number): number {
  if (k >= ceiling || !PUBLISHING.has(tokens[k].lower)) return k;
  for (let n = k + 1; n < ceiling && n <= k + MAX_PUBLISHED_WORDS + 1; n++) {
    if (tokens[n].lower === 'by') return n;
    if (tokens[n].kind !== 'w' || (!TIME_WORDS.has(tokens[n].lower) && !WEEKDAYS.has(tokens[n].lower) && !startsWithDigit(tokens[n]))) return k;
  }
  return k;
}
const TIME_WORDS = new Set(['today', 'yesterday', 'on', 'this', 'last', 'earlier', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'in']);

/** Lower-case words between a document's determiner and the document: `a (new) report by`, `the (latest annual) survey from`. */
const MAX_DOCUMENT_MODIFIERS = 2;

/**
 * `…, a (new) report by the Wetlands Panel said`: where the document whose author is the phrase at `first` begins (the
 * clause reported ends before it; the speaker is the author); `first` when no document stands before it.
 */
export function authoredDocumentStart(tokens: readonly Token[], first: number, floor: number): number {
  let m = first - 2;
  if (m < floor || !isSourceLink(tokens[first - 1].lower)) return first;
  const document = tokens[m];
  if (document.kind !== 'w' || document.cap || !(SOURCE_DOCUMENTS.has(document.lower) || DATA_SOURCES.has(document.lower))) return first;
  while (m - 1 >= floor && first - 2 - m < MAX_DOCUMENT_MODIFIERS && tokens[m - 1].kind === 'w' && !tokens[m - 1].cap && !tokens[m - 1].verb &&
    !DETERMINERS.has(tokens[m - 1].lower) && !NOT_MODIFIERS.has(tokens[m - 1].lower)) m--;
  if (m - 1 >= floor && DETERMINERS.has(tokens[m - 1].lower) && tokens[m - 1].lower !== 'that') m--;
  return m === floor || tokens[m - 1].lower === ',' ? m : first;
}

/**
 * Skips adverbs and time phrases leftwards from `j`: `Schumer today announced`, `The ministry on Tuesday confirmed`,
 * `The company last week said`. Returns the new index.
 */
export function skipAdverbsBack(tokens: readonly Token[], j: number, floor: number): number {
  let k = skipAdverbWords(tokens, j, floor);
  let m = k;
  if (m >= floor && DAY_PARTS.has(tokens[m].lower)) m--;
  if (m - 1 >= floor && WEEKDAYS.has(tokens[m].lower) && tokens[m - 1].lower === 'on') k = skipAdverbWords(tokens, m - 2, floor);
  else if (m === k && m - 1 >= floor && TIME_NOUNS.has(tokens[m].lower) && (tokens[m - 1].lower === 'last' || tokens[m - 1].lower === 'this')) k = skipAdverbWords(tokens, m - 2, floor);
  return k;
}


function skipAdverbWords(tokens: readonly Token[], j: number, floor: number): number {
  let k = j;
  while (k >= floor && j - k < 4 && tokens[k].kind === 'w' && !tokens[k].cap && SUBJECT_ADVERBS.has(tokens[k].lower)) k--;
  return k;
}
