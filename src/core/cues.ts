// Speech cues: where a speech verb sits, and who its subject is.
import { COPULAS, DESCRIPTION_HEADS, DETERMINERS, FINITE_AUXILIARIES, IRREGULAR_PAST, isMannerVerb, MARKET_MEASURES, PASSIVE_AUXILIARIES, REFUSALS, SUBORDINATORS, VerbInfo } from './lexicon';
import { isDash } from './text';
import { commaBeforePostNominals, describedPersonAfter, isFiniteVerb, isOrgHead, isTitleWord, namedAs, phraseAfter, phraseBefore, isSentenceStarter, possessiveName, skipAdverbsBack, skipBracketed, SpeakerPhrase, startsWithDigit } from './mentions';
import { endsWithComma, Token } from './tokens';

export interface Cue {
  /** Token index of the verb (or of `according` in `according to`). */
  verb: number;
  /** Token after the cue (after its particle: `pointed out`). */
  next: number;
  info: VerbInfo | null;
  /** The speaker phrase and whether it comes after the verb (`said Doe`). */
  phrase: SpeakerPhrase | null;
  inverted: boolean;
  /** The speaker phrase is the antecedent of `who` or of a participle (`Doe agreed, stressing`). */
  viaRelative: boolean;
}

const NEVER_ADJECTIVES = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds']);
const PLURAL_PRONOUNS = new Set(['they']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'across', 'to', 'for', 'of', 'with', 'near', 'throughout', 'into', 'outside', 'inside', 'behind', 'beside', 'below', 'above', 'among', 'amid', 'along', 'beyond', 'around', 'through', 'between']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom']);
const PASSIVE = new Set([...PASSIVE_AUXILIARIES, 'to', 'not']);
/** How one speaks, after `by`: `said by phone`, `told by email`; any other `by` names the agent of a passive. */
const MEANS = new Set(['phone', 'telephone', 'email', 'e-mail', 'text', 'video', 'videolink', 'letter', 'post', 'mail', 'radio', 'satellite', 'zoom', 'video-link']);

/** Object pronouns after `according to`, as the subject pronoun a speaker is resolved by. */
const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/** The speech verb at token `i`, if it is one used as a finite verb or a participle after a comma. */
export function cueAt(tokens: readonly Token[], i: number, floor: number, ceiling: number): Cue | null {
  const t = tokens[i];
  if (t.kind !== 'w') return null;
  if (t.lower === 'according' && i + 1 < ceiling && tokens[i + 1].lower === 'to') {
    // `According to her, the state had …`: the person just spoken of, as `she said` would be.
    const pronoun = i + 2 < ceiling && (i + 3 >= ceiling || tokens[i + 3].kind === 'p') ? OBJECT_PRONOUNS.get(tokens[i + 2].lower) : undefined;
    if (pronoun) return { verb: i, next: i + 3, info: null, phrase: { kind: 'pronoun', first: i + 2, last: i + 3, nameFirst: i + 2, nameLast: i + 3, organization: false, indefinite: false, head: pronoun }, inverted: true, viaRelative: false };
    const phrase = phraseAfter(tokens, i + 2, ceiling);
    // `According to the Office for Relief Coordination (ORC), …`: the source's acronym in brackets is part of it.
    return phrase ? { verb: i, next: skipBracketed(tokens, phrase.last, ceiling), info: null, phrase, inverted: true, viaRelative: false } : null;
  }
  const info = t.verb;
  if (!info || (t.cap && i !== floor)) return null;
  let next = i + 1;
  // `Corvane PLC shares fell 18%`, `Industry reports were mixed`: a verb's `-s` form before a finite verb is a plural noun.
  if (info.finite && t.lower !== 'says' && t.lower.endsWith('s') && next < ceiling && isFiniteVerb(tokens[next])) return null;
  if (info.particle) {
    if (next >= ceiling || tokens[next].lower !== info.particle) return null;
    next++;
    // `as she put it,` / `put it bluntly`: speech only when nothing but a manner follows (`put it on the table` is an act).
    if (info.base === 'put' && next < ceiling && tokens[next].kind === 'w' && !tokens[next].lower.endsWith('ly') && tokens[next].lower !== 'this') return null;
  }
  // `Okafor laughed off the suggestion that …`, `smiled at the crowd`: a verb of manner with a complement is an act.
  if (isMannerVerb(info) && next < ceiling && tokens[next].kind === 'w' && !tokens[next].lower.endsWith('ly')) return null;
  const prev = i > floor ? tokens[i - 1] : null;
  if (!info.finite && prev?.lower === 'to') return infinitiveCue(tokens, i, next, info, floor, ceiling);
  if (prev?.lower === 'have' && info.finite && !info.gerund) {
    const hearsay = hearsayCue(tokens, i, next, info, floor);
    if (hearsay) return hearsay;
  }
  const auxiliary = skipAdverbsBack(tokens, i - 1, floor);
  if (auxiliary >= floor && PASSIVE.has(tokens[auxiliary].lower)) return null;
  // `a decision criticised by the union`: a passive participle's agent follows it; the noun before it said nothing.
  if (next + 1 < ceiling && tokens[next].lower === 'by' && !MEANS.has(tokens[next + 1].lower)) return null;
  if (info.gerund) {
    // `…, said the plan was "bold but late," adding that …`: the comma may sit inside the closing mark of a quotation.
    const afterComma = prev !== null && (prev.lower === ',' || endsWithComma(prev));
    if (prev?.lower === 'as') return quotedAsSaying(tokens, i, next, info, floor);
    // `a statement from the photographer saying that …`: a participle right after its speaker.
    if (prev && !afterComma && next < ceiling && tokens[next].lower === 'that') {
      const phrase = phraseBefore(tokens, i, floor);
      return phrase && phrase.kind !== 'pronoun' ? { verb: i, next, info, phrase, inverted: false, viaRelative: true } : null;
    }
    // `…, with a magistrate telling him his "…" had cost …`, `with the mayor saying the plan was dead`: the absolute phrase
    // after `with` has the participle's own subject, so the clause after it is reported even without `that`.
    if (prev && !afterComma) {
      const phrase = phraseBefore(tokens, i, floor);
      if (phrase && phrase.kind !== 'pronoun' && phrase.first > floor && tokens[phrase.first - 1].lower === 'with') return { verb: i, next, info, phrase, inverted: false, viaRelative: true };
    }
    // `…, adding that …` / `Doe agreed, stressing that …`: the subject is the main clause's.
    if (!afterComma) return null;
    // After a quotation, only a that-clause is reported (`describing the plan as "…"` stays a partial quotation's cue), and its
    // speaker is the previous cue's (see analyze).
    if (prev.kind === 'q') return next < ceiling && tokens[next].lower === 'that' ? { verb: i, next, info, phrase: null, inverted: false, viaRelative: true } : null;
    let j = i - 2;
    if (j >= floor && tokens[j].kind === 'w' && !tokens[j].cap && !tokens[j].verb) j--; // skip a main verb like `agreed`
    else if (j >= floor && tokens[j].verb) j--;
    // `Park vetoed the bill on Monday, calling it …`: else the name that opens the sentence.
    // A name after a preposition is a place or an object, not the subject: `a rise in fares in England, insisting …`.
    const before = j >= floor ? phraseBefore(tokens, j + 1, floor) : null;
    const subject = before && !(before.first > floor && PLACE_PREPOSITIONS.has(tokens[before.first - 1].lower)) ? before : null;
    const phrase = subject ?? thingsOfBody(tokens, floor, i) ?? openingName(tokens, floor, i - 1);
    return { verb: i, next, info, phrase, inverted: false, viaRelative: true };
  }
  if (!info.finite && !(prev && pluralSubject(prev))) return restrictedModalCue(tokens, i, next, info, floor, ceiling);
  // Only plain speech verbs invert after a comma (`…, said her daughter`): not `told X`, `welcomed the findings`, `believes`.
  const inverts = !info.object && !info.naming && !info.attitude;
  return { verb: i, next, info, ...subjectOf(tokens, i, floor, ceiling, inverts) };
}

/** Verbs that govern an infinitive without any speech taking place: `declined to say`, `wanted to add`. */
const NOT_SAYING = new Set([...REFUSALS, 'failed', 'hesitated', 'wanted', 'needed', 'planned', 'hoped', 'expected', 'tried', 'attempted', 'seemed', 'appeared', 'ceased', 'neglected', 'forgot', 'dared']);

/**
 * `Achebe interjected to say …`, `Pike went on to add …`: an infinitive speech verb after a past-tense verb
 * of the speaker (`went on` with its particle) speaks for that verb's subject; `declined to say` does not.
 */
function infinitiveCue(tokens: readonly Token[], i: number, next: number, info: VerbInfo, floor: number, ceiling: number): Cue | null {
  let governor = i - 2;
  if (governor > floor && tokens[governor].lower === 'on') governor--;
  if (governor < floor) return null;
  const g = tokens[governor];
  if (g.kind !== 'w' || g.cap || NOT_SAYING.has(g.lower) || !(g.lower.endsWith('ed') || IRREGULAR_PAST.has(g.lower))) return null;
  const { phrase } = subjectOf(tokens, governor, floor, ceiling, false);
  // The cue spans the verbs together (`interjected to say`), like a particle verb's.
  return phrase ? { verb: governor, next, info, phrase, inverted: false, viaRelative: false } : null;
}

/** Participles of a report at second hand: `He is understood to have told …`, `She is said to have warned …`. */
const HEARSAY = new Set(['understood', 'said', 'reported', 'believed', 'thought', 'known', 'alleged', 'expected']);

/** `Ashdown is understood to have told colleagues that …`: the subject of the passive is the one who spoke. */
function hearsayCue(tokens: readonly Token[], i: number, next: number, info: VerbInfo, floor: number): Cue | null {
  const to = i - 2;
  if (to - 2 < floor || tokens[to].lower !== 'to' || !HEARSAY.has(tokens[to - 1].lower) || !COPULAS.has(tokens[to - 2].lower)) return null;
  const phrase = phraseBefore(tokens, to - 2, floor);
  return phrase ? { verb: i, next, info, phrase, inverted: false, viaRelative: false } : null;
}

/** Words between `quoted` and `as saying`: `was quoted by the Corriere della Sera newspaper as saying`. */
const MAX_QUOTED_BY = 8;

/**
 * `Venturi was quoted by Corriere della Sera as saying …`: the subject of the passive `quoted` is the speaker; in `A statement
 * quoted Ochoa as saying …`, its object.
 */
function quotedAsSaying(tokens: readonly Token[], i: number, next: number, info: VerbInfo, floor: number): Cue | null {
  for (let q = i - 2; q >= floor && q > i - 2 - MAX_QUOTED_BY; q--) {
    if (tokens[q].kind !== 'w') return null;
    if (tokens[q].lower !== 'quoted') continue;
    const auxiliary = skipAdverbsBack(tokens, q - 1, floor);
    const passive = auxiliary >= floor && PASSIVE.has(tokens[auxiliary].lower);
    const object = passive ? null : phraseAfter(tokens, q + 1, i - 1);
    const phrase = passive ? phraseBefore(tokens, auxiliary, floor) : object && object.last === i - 1 ? object : null;
    return phrase ? { verb: i, next, info, phrase, inverted: false, viaRelative: false } : null;
  }
  return null;
}

/** Modals before a base form that reports what was said when a restricting adverb goes with it: `would say only that`. */
const REPORTING_MODALS = new Set(['would', 'will', 'could', 'can']);
const RESTRICTING = new Set(['only', 'merely', 'simply', 'just']);

/**
 * `Asked whether he would resign, he would say only that …` / `She would only say that …`: a reporter's account of a
 * guarded answer, so a report, with the subject before the modal; a bare `would say that` stays hypothetical.
 */
function restrictedModalCue(tokens: readonly Token[], i: number, next: number, info: VerbInfo, floor: number, ceiling: number): Cue | null {
  let modal = i - 1;
  const before = modal >= floor && RESTRICTING.has(tokens[modal].lower);
  if (before) modal--;
  if (modal < floor || !REPORTING_MODALS.has(tokens[modal].lower)) return null;
  if (!before && !(next < ceiling && RESTRICTING.has(tokens[next].lower))) return null;
  const { phrase, viaRelative } = subjectOf(tokens, modal, floor, ceiling, false);
  return phrase ? { verb: modal, next, info, phrase, inverted: false, viaRelative } : null;
}

/** `they say`, `critics say`: a plural third-person subject makes the base form a present tense (a release's own `we believe` is no report). */
function pluralSubject(t: Token): boolean {
  if (t.kind !== 'w') return false;
  if (PLURAL_PRONOUNS.has(t.lower)) return true;
  return DESCRIPTION_HEADS.has(t.lower) && t.lower.endsWith('s') && !t.lower.endsWith("'s");
}

/** A name, or a short description with no verb in it (`said her class has 34 students` is a clause, not a speaker). */
function plainPhrase(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  if (phrase.kind === 'name') return true;
  if (phrase.last - phrase.first > 5) return false;
  for (let k = phrase.first; k < phrase.last; k++) if (FINITE_AUXILIARIES.has(tokens[k].lower)) return false;
  return true;
}

/** The sentence ends at token `k`, perhaps after an apposition: `said Jane Doe.` / `said Jane Doe, a spokeswoman.` */
function endsClause(tokens: readonly Token[], k: number, ceiling: number): boolean {
  if (k >= ceiling || (tokens[k].kind === 'p' && tokens[k].lower !== ',' && tokens[k].lower !== '(')) return true;
  if (tokens[k].lower !== ',') return false;
  for (let m = k + 1; m < ceiling; m++) if (tokens[m].kind === 'q' || (tokens[m].kind === 'w' && !tokens[m].cap && m === k + 1 && (tokens[m].lower === 'that' || tokens[m].lower === 'and'))) return false;
  return true;
}

/** Words of the description between an agent's `by` and the comma before its name: `represented by his deputy,`. */
const MAX_AGENT_DESCRIPTION = 4;

/**
 * `The governor, who was represented by his deputy, Barr. X, said …`, `The minister, represented by the permanent secretary,
 * X, said …`: a name set off after the agent of a passive is who stood in, not the subject that speaks.
 */
function agentBefore(tokens: readonly Token[], comma: number, floor: number): boolean {
  for (let k = comma - 1; k >= floor && k >= comma - MAX_AGENT_DESCRIPTION; k--) {
    const t = tokens[k];
    if (t.lower === 'by') return true;
    if (t.kind !== 'w') return false;
  }
  return false;
}

/**
 * A comma before token `first`, perhaps across lower-case modifiers of a title: `The sponsor, state Sen. Dale Hunt, said`.
 * Not across a relative pronoun or a preposition: in `Tom Lindqvist, who chairs the Residents' Association, said` and
 * `Priya Raman, of the University of Lowbridge, said` the name is an object or an affiliation, and the person before it speaks;
 * in `Judge Ana Ruiz, joined by Judge Tom Bell, wrote` the name after `by` is an agent, and the person before it speaks.
 */
function setOffBefore(tokens: readonly Token[], first: number, floor: number): boolean {
  for (let k = first - 1; k >= floor && k >= first - 3; k--) {
    const t = tokens[k];
    if (t.lower === ',') return !placeTail(tokens, k, floor) && !agentBefore(tokens, k, floor);
    if (t.kind !== 'w' || t.cap || DETERMINERS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower) || PLACE_PREPOSITIONS.has(t.lower) || t.lower === 'by') return false;
  }
  return false;
}

/** Words of a participle's or a preposition's phrase between two commas: `, speaking to the club's media channel,`. */
const MAX_OBJECT_PHRASE = 10;

/**
 * The comma that opens a phrase led by a lower-case `-ing` participle or a preposition and ending in a lower-case noun right
 * before the comma that sets off the name at `first` (`Mbeki, speaking to the club's media channel, AUTV,`); else -1.
 */
function objectPhraseComma(tokens: readonly Token[], first: number, floor: number): number {
  const comma = first - 1;
  if (comma - 1 < floor || tokens[comma].lower !== ',' || tokens[comma - 1].kind !== 'w' || tokens[comma - 1].cap) return -1;
  for (let k = comma - 2; k > floor && k >= comma - MAX_OBJECT_PHRASE; k--) {
    const t = tokens[k];
    if (t.kind === 'q') return -1;
    if (t.lower !== ',') continue;
    const lead = tokens[k + 1];
    return lead.kind === 'w' && !lead.cap && (lead.lower.endsWith('ing') || PLACE_PREPOSITIONS.has(lead.lower)) ? k : -1;
  }
  return -1;
}

/**
 * `Chief Executive of Acme`: a title whose organisation follows its `of` or `for`, the phrase's name being that organisation; or a
 * capitalised title read as a name (`Additional Commissioner`).
 */
function titleOfOrganisation(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  // `Additional Commissioner`, `Joint Secretary`: a capitalised title with no name in it.
  if (phrase.nameLast - phrase.nameFirst >= 2 && tokens[phrase.nameLast - 1].cap && isTitleWord(tokens[phrase.nameLast - 1])) return true;
  if (phrase.nameFirst - 1 <= phrase.first) return false;
  const link = tokens[phrase.nameFirst - 1].lower;
  if (link !== 'of' && link !== 'for') return false;
  // `Joint Director of Health Services`: a title word anywhere in the title before the link.
  for (let k = phrase.first; k < phrase.nameFirst - 1; k++) if (isTitleWord(tokens[k])) return true;
  return false;
}

/** The person's name right before the comma that opens an apposition at `first`: `Jane Doe, …`, `Ana Ruiz, M.D., …`. */
function nameBeforeComma(tokens: readonly Token[], first: number, floor: number): SpeakerPhrase | null {
  // `Ana Ruiz, chief medical officer of …`: lower-case words that modify the title sit between the comma and it.
  let open = first - 1;
  while (open > floor && open >= first - 3 && tokens[open].kind === 'w' && !tokens[open].cap && !DETERMINERS.has(tokens[open].lower)) open--;
  if (open <= floor || tokens[open].lower !== ',') return null;
  const comma = commaBeforePostNominals(tokens, open, floor);
  const name = phraseBefore(tokens, comma, floor);
  return name && name.kind === 'name' && !name.organization ? name : null;
}

/** Capitalised words of a place before its state or country: `of Marlow, Kentucky`, `based in Port St. Lucie, Florida`. */
const MAX_PLACE = 3;

/**
 * Does the comma at `comma` split a place from its state or country (`Denise Albright, of Marlow, Kentucky, said`,
 * `Hestia Home Appliances, based in Larkfield, Ohio, said`)? Then the name after it is no one set off by commas.
 */
function placeTail(tokens: readonly Token[], comma: number, floor: number): boolean {
  return placePreposition(tokens, comma, floor) >= 0;
}

/** The preposition that opens the place before the comma at `comma` (see placeTail), or -1. */
function placePreposition(tokens: readonly Token[], comma: number, floor: number): number {
  let k = comma - 1;
  while (k >= floor && k > comma - 1 - MAX_PLACE && tokens[k].kind === 'w' && tokens[k].cap) k--;
  if (k === comma - 1 || k < floor || !PLACE_PREPOSITIONS.has(tokens[k].lower)) return -1;
  // The place sits in an aside opened by a comma (`, of …`, `, based in …`, `, who lives in …`) or right after a person's
  // name (`Jane Doe of Marlow, Kentucky, said`), not in a title (`The head of NHS England, …`, `The Secretary of State, …`).
  const person = tokens[k - 1];
  if (k - 1 > floor && person.kind === 'w' && person.cap && !isTitleWord(person) && !isOrgHead(person)) return k;
  for (let m = k - 1; m >= floor && m >= k - 3; m--) {
    if (tokens[m].lower === ',') return k;
    if (tokens[m].kind !== 'w' || tokens[m].cap) return -1;
  }
  return -1;
}

/** Words of an opening phrase before the subject: `In a statement released on Tuesday, he …`. */
const MAX_OPENING_PHRASE = 8;

/** The name that opens a clause, after an introductory word or phrase (`Next, Senator Hassan …`). */
function openingName(tokens: readonly Token[], floor: number, end: number): SpeakerPhrase | null {
  const t = tokens[floor];
  if (t.kind === 'w' && (t.lower === 'he' || t.lower === 'she' || t.lower === 'they')) return phraseBefore(tokens, floor + 1, floor);
  // `In a statement, he thanked voters … and said …`: the pronoun after an opening phrase.
  for (let k = floor + 1; k + 1 < end && k <= floor + MAX_OPENING_PHRASE; k++) {
    if (tokens[k].kind === 'q') break;
    if (tokens[k].lower !== ',') continue;
    const p = tokens[k + 1];
    if (p.kind === 'w' && (p.lower === 'he' || p.lower === 'she' || p.lower === 'they')) return phraseBefore(tokens, k + 2, k + 1);
    break;
  }
  // `The board also thanked Eriksen …, noting …`: a name after the opening description's verb is its object.
  let described: SpeakerPhrase | null | undefined;
  for (let k = floor; k < end && k < floor + 6; k++) {
    if (isFiniteVerb(tokens[k])) {
      described ??= openingDescription(tokens, floor, end);
      if (described && k >= described.last) return described;
    }
    if (!tokens[k].cap || isSentenceStarter(tokens[k])) continue;
    // `The leader of the Conservative group, …`: a name after a preposition is an object, not the subject.
    if (followsPreposition(tokens, k, floor)) {
      while (k + 1 < end && tokens[k + 1].cap) k++;
      continue;
    }
    let runEnd = k;
    // `Transit Authority spokesperson Kevin Park declined …`: a lower-case title between a body and a name goes on with the run.
    while (runEnd < end && tokens[runEnd].kind === 'w' && (tokens[runEnd].cap || tokens[runEnd].lower.endsWith('.') ||
      (isTitleWord(tokens[runEnd]) && runEnd > k && runEnd + 1 < end && tokens[runEnd + 1].cap) ||
      // `The Royal College of Nursing has rejected …, saying …`: a body's name goes on through `of` and `for`.
      ((tokens[runEnd].lower === 'of' || tokens[runEnd].lower === 'for') && runEnd > k && runEnd + 1 < end && tokens[runEnd + 1].cap) ||
      (tokens[runEnd].lower === 'and' && runEnd > k && titledNameAfter(tokens, runEnd + 1, end)))) runEnd++;
    // `Sen. Howard Pruett (R-Mont.) took a different line, arguing …`: a bracketed party and state after the name.
    const bracketed = runEnd < end && tokens[runEnd].lower === '(' && skipBracketed(tokens, runEnd, end) > runEnd;
    if (runEnd < end && (tokens[runEnd].kind === 'w' || tokens[runEnd].lower === ',' || bracketed)) {
      // `The Transport Secretary, Alun Pritchard, has …`: the person's name set off after a title.
      const named = tokens[runEnd].lower === ',' ? namedAfter(tokens, runEnd, end) : null;
      const phrase = named && !named.organization ? named : phraseBefore(tokens, runEnd, k);
      if (phrase && phrase.kind === 'name') return phrase;
    }
  }
  return described === undefined ? openingDescription(tokens, floor, end) : described;
}

/** Words from a subordinator to the finite verb of its clause: `after the logistics software maker cut`. */
const MAX_SUBORDINATE_SUBJECT = 6;

/**
 * `Shares of Acme fell 14% after the software maker cut its forecast, saying …`: when the sentence's subject is a market
 * measure of a company (`Shares of`, `Shares in`), which says nothing, the participle is said by the subject of the clause a
 * subordinator opens with a definite description (the company named before it).
 */
function thingsOfBody(tokens: readonly Token[], floor: number, i: number): SpeakerPhrase | null {
  let open = floor;
  // A dateline's dash opens the sentence: `Nov 25 (Reuters) - Shares of …`.
  for (let k = floor; k < i && k < floor + 8; k++) if (tokens[k].kind === 'p' && isDash(tokens[k].lower.charCodeAt(0))) { open = k + 1; break; }
  if (open + 2 >= i || !MARKET_MEASURES.has(tokens[open].lower) || !(tokens[open + 1].lower === 'of' || tokens[open + 1].lower === 'in') || !tokens[open + 2].cap) return null;
  for (let k = open + 3; k + 2 < i; k++) {
    if (tokens[k].kind === 'q' || tokens[k].lower === ',') return null;
    if (!SUBORDINATORS.has(tokens[k].lower) || tokens[k + 1].lower !== 'the') continue;
    for (let m = k + 2; m < i && m <= k + MAX_SUBORDINATE_SUBJECT; m++) {
      if (!isFiniteVerb(tokens[m])) continue;
      const described = phraseBefore(tokens, m, k + 1);
      return described && described.kind === 'description' && described.first === k + 1 ? described : null;
    }
    return null;
  }
  return null;
}

/** Capitalised words a portfolio may run to after its `and` before the title word: `Revenue and Disaster Management Minister`. */
const MAX_PORTFOLIO_AFTER_AND = 4;

/**
 * `State Revenue and Disaster Management Minister Prakash Tamuli rejected …`: from `k` (after an `and`), capitalised words
 * reach a title word with a capitalised name after it, so the `and` joins a portfolio, not two subjects (`Smith and Jones`).
 */
function titledNameAfter(tokens: readonly Token[], k: number, end: number): boolean {
  for (let m = k; m < end && m <= k + MAX_PORTFOLIO_AFTER_AND; m++) {
    if (!tokens[m].cap) return false;
    if (m > k && isTitleWord(tokens[m])) return m + 1 < end && tokens[m + 1].cap;
  }
  return false;
}

/** Does a preposition (perhaps with `the`) come right before token `k`? */
function followsPreposition(tokens: readonly Token[], k: number, floor: number): boolean {
  const before = k - 1 >= floor && tokens[k - 1].lower === 'the' ? k - 2 : k - 1;
  return before >= floor && PLACE_PREPOSITIONS.has(tokens[before].lower);
}

/** `The club issued a statement …`, `Officials declined …`: a definite description or a group that opens the clause. */
function openingDescription(tokens: readonly Token[], floor: number, end: number): SpeakerPhrase | null {
  if (floor + 1 < end && DESCRIPTION_HEADS.has(tokens[floor].lower)) {
    const group = phraseBefore(tokens, floor + 1, floor);
    return group && group.kind === 'description' ? group : null;
  }
  if (tokens[floor].lower !== 'the') return null;
  for (let k = floor + 1; k < end && k <= floor + MAX_OPENING_DESCRIPTION && tokens[k].kind === 'w'; k++) {
    if (!DESCRIPTION_HEADS.has(tokens[k].lower)) {
      // `The Harrowgate Gazette's theatre critic, Simon Delacourt, gave … and called it …`: a lower-case title set off by a
      // comma, with the person's name after it.
      if (!tokens[k].cap && isTitleWord(tokens[k]) && k + 1 < end && tokens[k + 1].lower === ',') return namedAfter(tokens, k + 1, end);
      continue;
    }
    if (k > floor + 3) return null;
    const phrase = phraseBefore(tokens, k + 1, floor);
    if (!phrase || phrase.kind === 'pronoun') return null;
    // `The Ledger's chief film critic, …`: a head word inside an owned title; the title may end further on.
    if (phrase.first !== floor) continue;
    return namedAfter(tokens, phrase.last, end) ?? phrase;
  }
  return null;
}
/** Words from `The` to a title set off by a comma: `The Harrowgate Gazette's theatre critic,`. */
const MAX_OPENING_DESCRIPTION = 5;

/** `The opposition leader on the council, Cllr Gareth Pryce, called …`: the name set off by commas after a description. */
function namedAfter(tokens: readonly Token[], from: number, end: number): SpeakerPhrase | null {
  let comma = from;
  while (comma < end && comma < from + 8 && tokens[comma].kind === 'w') comma++;
  if (comma >= end || tokens[comma].lower !== ',') return null;
  let runEnd = comma + 1;
  while (runEnd < end && runEnd < comma + 8 && tokens[runEnd].kind === 'w' && (tokens[runEnd].cap || tokens[runEnd].lower.endsWith('.'))) runEnd++;
  // The name may carry its ward or party in brackets: `…, Councillor Frances Abel (Eastgate), said`.
  const close = skipBracketed(tokens, runEnd, end);
  if (runEnd === comma + 1 || close >= end || tokens[close].lower !== ',') return null;
  const name = phraseBefore(tokens, runEnd, comma + 1);
  return name && name.kind === 'name' ? name : null;
}

/** `Asked …, she smiled and replied that …`: the subject right before the past-tense verb that `and` at `j` follows. */
function subjectOfPastVerbBefore(tokens: readonly Token[], j: number, floor: number): SpeakerPhrase | null {
  const verb = tokens[j - 1];
  if (j - 1 <= floor || verb.kind !== 'w' || verb.cap || !(verb.lower.endsWith('ed') || IRREGULAR_PAST.has(verb.lower))) return null;
  return phraseBefore(tokens, j - 1, floor);
}

/** Words of a restrictive relative clause between a subject and its verb (`A neighbor who … said`). */
const MAX_RELATIVE_CLAUSE = 24;

/**
 * `A neighbor who lives above the laundromat and asked not to be named said …`: a description opening the sentence, with a
 * relative clause and no comma between it and the verb at `j + 1`, is the verb's subject.
 */
function restrictedSubject(tokens: readonly Token[], j: number, floor: number, that = false): SpeakerPhrase | null {
  for (let k = j; k > floor && k > j - MAX_RELATIVE_CLAUSE; k--) {
    if (tokens[k].kind !== 'w') return null;
    // `A portfolio manager at a fund that holds the stock, who …, said`: in a subject set off before `who`, `that` after a noun
    // opens a relative clause too.
    if (tokens[k].lower !== 'who' && !(that && tokens[k].lower === 'that')) continue;
    const phrase = phraseBefore(tokens, k, floor);
    return phrase && phrase.kind === 'description' && phrase.first === floor ? phrase : null;
  }
  return null;
}

/** `…," said a visibly emotional Doyle`: the person after an inverted speech verb at `v`; not after a verb of memory (`remembers a different Marisol`). */
function moodDescribedAfter(tokens: readonly Token[], v: number, ceiling: number): SpeakerPhrase | null {
  return tokens[v].verb?.memory ? null : describedPersonAfter(tokens, v + 1, ceiling);
}

function subjectOf(tokens: readonly Token[], v: number, floor: number, ceiling: number, inverts: boolean): { phrase: SpeakerPhrase | null; inverted: boolean; viaRelative: boolean } {
  const j = skipAdverbsBack(tokens, v - 1, floor);
  if (inverts && j === v - 1 && j >= floor && tokens[j].lower === ',') {
    // `…, died Sunday at 91, said her daughter, Susan Ellis.`: a speaker after the verb that ends the sentence.
    const after = phraseAfter(tokens, v + 1, ceiling) ?? moodDescribedAfter(tokens, v, ceiling);
    if (after && after.kind !== 'pronoun' && plainPhrase(tokens, after) && endsClause(tokens, after.last, ceiling)) return { phrase: after, inverted: true, viaRelative: false };
  }
  if (j >= floor && tokens[j].lower === ',') {
    // `The finance director, Paul Stein, said` / `The company, Brightwater Industries, said`: a name set off by commas is the speaker.
    const appositive = phraseBefore(tokens, j, floor);
    if (appositive && appositive.kind === 'name' && (setOffBefore(tokens, appositive.first, floor) || namedAs(tokens, appositive.first, floor))) {
      // `Mbeki, speaking to the club's media channel, AUTV, said …`: a name set off after the object of a participle or a
      // preposition names that object; the name before the phrase speaks.
      const opener = objectPhraseComma(tokens, appositive.first, floor);
      const subject = opener >= 0 ? phraseBefore(tokens, opener, floor) : null;
      if (subject && subject.kind === 'name') return { phrase: subject, inverted: false, viaRelative: false };
      // `Jane Doe, Chief Executive of Acme, said`: a title with its organisation set off after a name; the name speaks.
      const holder = titleOfOrganisation(tokens, appositive) ? nameBeforeComma(tokens, appositive.first, floor) : null;
      return { phrase: holder ?? appositive, inverted: false, viaRelative: false };
    }
    // Apposition or relative clause: `Doe, a spokeswoman for X, said` / `Cable, who replaced …, said` /
    // `Doe, 54, who voted no, said`: the first phrase before one of the commas that is a speaker.
    const commas: number[] = [];
    let relative = -1;
    for (let k = j - 1; k >= floor && k > j - 40 && commas.length < 4; k--) {
      if (tokens[k].kind === 'q') break;
      if (tokens[k].lower !== ',') continue;
      commas.push(k);
      if (relative < 0 && tokens[k + 1].lower === 'who') relative = k;
    }
    if (relative >= 0) commas.unshift(relative);
    for (let c = 0; c < commas.length; c++) {
      // `…, of Marlow, Kentucky, said`: the place before its state is no speaker either; in `Jane Doe of Marlow, Kentucky, said`
      // the person before the place is.
      const place = placePreposition(tokens, commas[c], floor);
      if (place >= 0) {
        const person = tokens[place - 1].cap ? phraseBefore(tokens, place, floor) : null;
        if (person && person.kind === 'name') return { phrase: person, inverted: false, viaRelative: false };
        continue;
      }
      const phrase = phraseBefore(tokens, commas[c], floor) ?? restrictedSubject(tokens, commas[c] - 1, floor, true);
      if (phrase && phrase.kind !== 'pronoun') return { phrase, inverted: false, viaRelative: false };
    }
  }
  // `Cable, who said …`; `… was funded by the Halden Youth Trust, which said …`: the antecedent of the relative pronoun.
  if (j >= floor && (tokens[j].lower === 'who' || tokens[j].lower === 'which') && j - 1 > floor && tokens[j - 1].lower === ',') {
    const antecedent = phraseBefore(tokens, j - 1, floor);
    // `wrote Hugo Fairweather in The Stage Review, who …`: `who` is the person named before a body after a preposition.
    if (tokens[j].lower === 'who' && antecedent && antecedent.organization && antecedent.first - 2 >= floor && PLACE_PREPOSITIONS.has(tokens[antecedent.first - 1].lower) && tokens[antecedent.first - 2].cap) {
      const person = phraseBefore(tokens, antecedent.first - 1, floor);
      if (person && person.kind === 'name' && !person.organization) return { phrase: person, inverted: false, viaRelative: true };
    }
    return { phrase: antecedent, inverted: false, viaRelative: true };
  }
  // `said Gary Pruitt, 67, a retired machinist who said he …`: a restrictive `who` after a description set off after a
  // name means that name, not whoever `who` would resolve to as a pronoun.
  if (j > floor && tokens[j].lower === 'who' && tokens[j - 1].kind === 'w') {
    const description = phraseBefore(tokens, j, floor);
    let first = description && description.kind === 'description' ? description.first : -1;
    // The age set off between the name and the description: `Gary Pruitt, 67, a …`.
    if (first - 3 > floor && tokens[first - 1].lower === ',' && startsWithDigit(tokens[first - 2]) && tokens[first - 3].lower === ',') first -= 2;
    const named = first > floor ? nameBeforeComma(tokens, first, floor) : null;
    if (named) return { phrase: named, inverted: false, viaRelative: true };
  }
  // `Hallworth's said …`: a possessive right before `said` possesses nothing; it is a name (a store's, a firm's).
  // Not before a verb that doubles as an adjective: `Breyer's announced retirement`.
  const before = j >= floor ? phraseBefore(tokens, j + 1, floor) ?? (j === v - 1 && NEVER_ADJECTIVES.has(tokens[v].lower) ? possessiveName(tokens, j, floor) : null) : null;
  if (before) return { phrase: before, inverted: false, viaRelative: false };
  const restricted = j >= floor ? restrictedSubject(tokens, j, floor) : null;
  if (restricted) return { phrase: restricted, inverted: false, viaRelative: false };
  if (j >= floor && (tokens[j].lower === 'and' || tokens[j].lower === 'but')) {
    // `Senator Hassan addressed …, and asked, "…"`: a coordinated verb shares the sentence's subject.
    const subject = subjectOfPastVerbBefore(tokens, j, floor) ?? openingName(tokens, floor, j);
    if (subject) return { phrase: subject, inverted: false, viaRelative: true };
  }
  // `The device, called the Orbis Fold, will …`: a naming verb's object after it is what is named, never who speaks.
  if (tokens[v].verb?.naming) return { phrase: null, inverted: false, viaRelative: false };
  const after = phraseAfter(tokens, v + 1, ceiling) ?? (inverts ? moodDescribedAfter(tokens, v, ceiling) : null);
  if (after && (v === floor || tokens[v - 1].kind !== 'w')) return { phrase: after, inverted: true, viaRelative: false };
  return { phrase: null, inverted: false, viaRelative: false };
}
