// Reported (indirect) speech: the clause a speech verb introduces — `said (that) …`,
// `according to X, …`, `…, Lavrov said.` — measured in tokens of one sentence.
import { CLAUSE_SUBJECTS, COMMENT_NOUNS, COPULAS, DAY_PARTS, DESCRIPTION_HEADS, DETERMINERS, FINITE_AUXILIARIES, IRREGULAR_PAST, MANDATIVE_VERBS, NUMBER_WORDS, REFUSALS, SOURCE_DOCUMENTS, SPEAKER_COURTESIES, SUBJECT_ADVERBS, SUBORDINATORS, TIME_ADVERBS, TIME_NOUNS, VerbInfo, WEEKDAYS } from './lexicon';
import { Cue } from './cues';
import { authoredDocumentStart, isFiniteVerb, isPossessive, isPossessor, isTitleWord, MAX_DESCRIPTION_BEFORE, setOffDescription } from './mentions';
import { analysedText, firstLetterCase, isDigit } from './text';
import { endsWithComma, Token } from './tokens';

/** Token indices of the first and last words and quotations of a sentence. */
export interface Shape {
  firstWord: number;
  lastWord: number;
  firstQuote: number;
  lastQuote: number;
}

export interface Clause {
  /** Token range [first, last) of the reported content. */
  first: number;
  last: number;
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'via', 'through', 'from', 'with', 'last', 'this', 'earlier', 'later', 'while', 'since', 'until', 'for', 'of', 'about', 'into', 'by', 'as', 'upon', 'without']);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);
/** Third-person subject pronouns that may open a speaker's next clause: `, and she urged …`. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);
const WH = new Set(['how', 'what', 'when', 'why', 'where', 'whether', 'if']);
const LOOKAHEAD = 14;
/** However many asides a subject holds, the search for its verb stops here. */
const MAX_LOOKAHEAD_WITH_ASIDES = 40;
/** Words of a subject before a quoted predicate: `said abolishing the legislative filibuster "would be …"`. */
const MAX_QUOTED_SUBJECT = 4;
/** Words of a phrase between a verb and its that-clause: `said in an interview with the Westbury Gazette that`. */
const MAX_ASIDE = 10;
/** Words describing the source after a trailing `according to`: `a law enforcement official familiar with the investigation who was not authorized to speak`. */
const MAX_SOURCE_TAIL = 20;
/** Words of an addressee and its phrase before a that-clause: `told members at a meeting on Wednesday night that`. */
const MAX_ADDRESSEE = 12;
/** Tokens searched for the end of a reported clause; a longer one runs to its sentence end. */
const MAX_CLAUSE = 120;

/** Pronouns that, right after a preposition, are its object (`about it`), never a clause's subject. */
const PREPOSITION_OBJECTS = new Set(['it', 'you']);

function isLowerStart(t: Token): boolean {
  return firstLetterCase(analysedText(), t.start, t.end) < 0;
}

function isNumber(t: Token): boolean {
  return NUMBER_WORDS.has(t.lower) || isDigit(analysedText().charCodeAt(t.start));
}

/** Is there a finite clause starting at token `k`? (`cooperation of Russia … was …`) */
const CONTRACTED_VERBS = ["'s", "'re", "'m", "'ll", "'d", "'ve"];

/** `they're` → `they`; a word with no contracted verb as it is. */
function withoutContraction(lower: string): string {
  for (const ending of CONTRACTED_VERBS) if (lower.length > ending.length && lower.endsWith(ending)) return lower.slice(0, -ending.length);
  return lower;
}

/** A finite verb at `m`, perhaps after an adverb (`it also plans`): an auxiliary, a past tense, a present in -s. */
function isVerbAfterSubject(tokens: readonly Token[], m: number, ceiling: number): boolean {
  const t = tokens[m];
  if (isFiniteForm(t)) return true;
  return t.kind === 'w' && !t.cap && (t.lower.endsWith('ly') || SUBJECT_ADVERBS.has(t.lower)) && m + 1 < ceiling && isFiniteForm(tokens[m + 1]);
}

function isFiniteForm(t: Token): boolean {
  return isFiniteVerb(t) || (t.kind === 'w' && !t.cap && (t.verb !== undefined || (t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !t.lower.endsWith('ly'))));
}

function looksLikeClause(tokens: readonly Token[], k: number, ceiling: number, cue: Cue): boolean {
  const t = tokens[k];
  if (t.kind !== 'w' || (OBJECT_PRONOUNS.has(t.lower) && t.lower !== 'her')) return false;
  // `which one fund manager said were "…"`: a clause does not open with its verb; the subject went to the relative pronoun.
  if (FINITE_AUXILIARIES.has(t.lower)) return false;
  // `said at least eight people had died`: a quantifier, not a place or a time.
  if (t.lower === 'at' && k + 2 < ceiling && (tokens[k + 1].lower === 'least' || tokens[k + 1].lower === 'most')) return looksLikeClause(tokens, k + 2, ceiling, cue);
  // `said about one in six buses was running`: `about` before a number approximates it, it names no topic.
  if (t.lower === 'about' && k + 1 < ceiling && isNumber(tokens[k + 1])) return looksLikeClause(tokens, k + 1, ceiling, cue);
  if (PREPOSITIONS.has(t.lower)) {
    // `said at one point he joined …` is a clause; `recalled before enlisting …` is not; nor is `thinks about it`,
    // where the pronoun right after the preposition is its object.
    const from = k + 1 < ceiling && PREPOSITION_OBJECTS.has(tokens[k + 1].lower) ? k + 2 : k + 1;
    for (let m = from; m < ceiling && m <= k + 5 && tokens[m].kind === 'w'; m++) if (CLAUSE_SUBJECTS.has(tokens[m].lower) && tokens[m].lower !== 'this') return true;
    return false;
  }
  // `said it's fine`, `said they're ready`: a subject pronoun with its verb contracted.
  const uncontracted = withoutContraction(t.lower);
  if (uncontracted !== t.lower && CLAUSE_SUBJECTS.has(uncontracted)) return true;
  // `said it was …`, not `said it again`, `remembers it well`: `it` and `you` are objects too, so a verb must follow.
  // `remembered it being …`: after a verb of memory, a gerund; `said it "welcomes the vote"`: a quoted predicate.
  if (t.lower === 'it' || t.lower === 'you') {
    const next = k + 1 < ceiling ? tokens[k + 1] : null;
    return next !== null && (next.kind === 'q' || isVerbAfterSubject(tokens, k + 1, ceiling) || ((cue.info?.memory ?? false) && next.lower.endsWith('ing')));
  }
  if (CLAUSE_SUBJECTS.has(t.lower) && t.lower !== 'this' && t.lower !== 'these' && t.lower !== 'those') return true;
  const memory = cue.info?.memory ?? false;
  if (memory && (t.lower.endsWith('ing') || WH.has(t.lower))) return true;
  if (WH.has(t.lower)) return cue.info?.base === 'explain' || cue.info?.base === 'describe';
  // `said the plan fails …`: determiner, singular noun, present-tense verb.
  const second = tokens[k + 1];
  const third = tokens[k + 2];
  if (cue.info?.base === 'say' && DETERMINERS.has(t.lower) && second && third && k + 2 < ceiling && second.kind === 'w' && third.kind === 'w' &&
    !second.lower.endsWith('s') && !third.cap && third.lower.endsWith('s') && !third.lower.endsWith("'s") && !third.lower.endsWith('ss')) return true;
  let limit = k + LOOKAHEAD;
  for (let m = k + 1; m < ceiling && m <= limit; m++) {
    const w = tokens[m];
    // `said the government "fully supports" it`: a quoted predicate.
    // Not after a preposition: `accused the mayor of "playing games"` names a charge, it reports no clause.
    // Nor after a determiner: `vowed a "long campaign"` quotes a noun phrase.
    // But `said a "comprehensive package of support" would be offered`: a quoted noun phrase before an auxiliary is the subject.
    if (w.kind === 'q') return m > k && m <= k + MAX_QUOTED_SUBJECT && isLowerStart(w) && !PREPOSITIONS.has(tokens[m - 1].lower) &&
      (!DETERMINERS.has(tokens[m - 1].lower) || (m + 1 < ceiling && FINITE_AUXILIARIES.has(tokens[m + 1].lower)));
    if (w.kind === 'p') {
      // `gusts of up to 90km/h had …`: a slash inside a unit or a pairing (`and/or`) goes on with the subject.
      if (w.lower === '(' || w.lower === ')' || w.lower === '$' || w.lower === '%' || w.lower === '-' || w.lower === '/') continue;
      // `said his knees, not the business, were …`: an aside between commas inside the subject.
      const aside = w.lower === ',' && m > k ? asideEnd(tokens, m, ceiling) : -1;
      if (aside > 0) {
        limit = Math.min(limit + aside - m, k + MAX_LOOKAHEAD_WITH_ASIDES); // the words of an aside do not count
        m = aside;
        continue;
      }
      // `said its cash, cash equivalents and securities of $412 million at September 30, 2026 would …`: a list inside the
      // subject, or the comma of a date, goes on with the subject.
      const listed = w.lower === ',' && m > k ? listCommaReach(tokens, m, ceiling) : -1;
      if (listed > 0) {
        limit = Math.min(limit + listed - m, k + MAX_LOOKAHEAD_WITH_ASIDES);
        continue;
      }
      return false;
    }
    if (FINITE_AUXILIARIES.has(w.lower)) return true;
    // `acknowledged the contract but said the pipeline was …`: a conjunction before the speaker's next speech verb ends the object; no clause.
    if (CONJUNCTIONS.has(w.lower) && m > k && m + 1 < ceiling && tokens[m + 1].verb?.finite && !tokens[m + 1].cap) return false;
    // `the Navy let him choose`: a word before an object pronoun is a verb.
    if (m > k + 1 && OBJECT_PRONOUNS.has(w.lower) && tokens[m - 1].kind === 'w' && !tokens[m - 1].cap && !PREPOSITIONS.has(tokens[m - 1].lower) && !CONJUNCTIONS.has(tokens[m - 1].lower)) return true;
    const verb = w.verb;
    // `said crews expected to …`, `said the finding suggested that …`, `said crews found heavy smoke`: a past tense with its subject before it.
    // Not after a determiner: `said the accused had fled` uses the participle as a noun, the clause's subject.
    // `said the sandbags she ordered never arrived`: a pronoun before the past opens a relative clause inside the subject; its
    // verb is no speech verb of the report's.
    const relativeSubject = m > k + 1 && SUBJECT_PRONOUNS.has(tokens[m - 1].lower) && tokens[m - 2].kind === 'w' && !tokens[m - 2].cap && !DETERMINERS.has(tokens[m - 2].lower);
    if (verb?.finite && isPastTense(w, verb) && !DETERMINERS.has(tokens[m - 1].lower) && !relativeSubject) {
      const pastClause = (verb.attitude || tokens[m + 1]?.lower === 'that') && m > k && !DETERMINERS.has(tokens[m - 1].lower);
      // An irregular past that is no clause's verb here (`said police told him …`) leaves the search going on.
      // `said current advice already recommended "…"`: a speech verb in the past after a bare noun is the clause's own verb.
      if (pastClause || w.lower.endsWith('ed')) return pastClause || (!verb.attitude && m > k + 1 && bareNounBefore(tokens, m, k) && cue.info?.base === 'say');
    }
    if (memory && (RELATIVES.has(w.lower) || CLAUSE_SUBJECTS.has(w.lower))) return false; // `recalled a talk he overheard`
    if (memory && m <= k + 4 && w.lower.endsWith('ing') && !DETERMINERS.has(tokens[m - 1].lower)) return true;
    // `said Rome backed the French view`: a capitalised word before the past is its subject when the speaker came before `said`.
    const namedSubject = tokens[m - 1].cap && !cue.inverted && cue.phrase !== null && cue.phrase.last <= cue.verb;
    if ((w.lower.endsWith('ed') || IRREGULAR_PAST.has(w.lower)) && m > k && !DETERMINERS.has(tokens[m - 1].lower) && (!tokens[m - 1].cap || namedSubject) && tokens[m - 1].kind === 'w' && tokens[m - 1].lower !== 'and' && (cue.info?.base === 'say' || cue.info?.base === 'tell')) return true;
  }
  return false;
}

/** `current advice already recommended`: a lower-case noun (an adverb between allowed) right before token `m`, after the clause's first word. */
function bareNounBefore(tokens: readonly Token[], m: number, k: number): boolean {
  let p = m - 1;
  if (p > k && tokens[p].lower.endsWith('ly')) p--;
  const w = tokens[p];
  return p > k && w.kind === 'w' && !w.cap && !w.verb && !DETERMINERS.has(w.lower) && !PREPOSITIONS.has(w.lower) && !CONJUNCTIONS.has(w.lower) && !CLAUSE_SUBJECTS.has(w.lower);
}

/** `suggested`, `found`: a finite speech verb that is neither its base form nor a present `-s` form. */
function isPastTense(w: Token, verb: VerbInfo): boolean {
  return w.lower.endsWith('ed') || (w.lower !== verb.base && !w.lower.endsWith('s'));
}

/** Where the reported clause starting at `k` ends: the sentence end, or `, and that` / `, adding …`. */
function clauseEnd(tokens: readonly Token[], k: number, ceiling: number): number {
  let end = ceiling;
  for (let m = k + 1; m < ceiling && m < k + MAX_CLAUSE; m++) {
    const w = tokens[m];
    if ((w.lower === 'and' || w.lower === 'but') && m + 1 < ceiling && (tokens[m + 1].lower === 'that' || (tokens[m + 1].verb?.finite && tokens[m + 2]?.lower === 'that'))) {
      end = m;
      break;
    }
    // `said his thoughts were with the families, but questioned why …`: after a comma, the speaker's next verb (a speech verb, or a past such as
    // `questioned`) with a question of its own is no part of the report.
    if ((w.lower === 'and' || w.lower === 'but') && tokens[m - 1].lower === ',' && m + 2 < ceiling && !tokens[m + 1].cap &&
      (tokens[m + 1].verb?.finite || tokens[m + 1].lower.endsWith('ed') || IRREGULAR_PAST.has(tokens[m + 1].lower)) && WH.has(tokens[m + 2].lower)) {
      end = m;
      break;
    }
    // `said the fund would support "…," but declined to say whether …`: the speaker's refusal is no part of the report.
    if ((w.lower === 'and' || w.lower === 'but') && m + 2 < ceiling && REFUSALS.has(tokens[m + 1].lower) && tokens[m + 2].lower === 'to') {
      end = m;
      break;
    }
    // `told Radio Ardle that crews had carried out 37 rescues, and she urged people to "…"`: a pronoun subject with a speech verb of
    // its own after `, and` opens the speaker's next act, even one that reports nothing (an appeal, a request).
    if ((w.lower === 'and' || w.lower === 'but') && tokens[m - 1].lower === ',' && m + 2 < ceiling && SUBJECT_PRONOUNS.has(tokens[m + 1].lower) &&
      tokens[m + 2].verb?.finite === true && tokens[m + 2].verb?.attitude === false) {
      end = m;
      break;
    }
    // `said deliveries had been "prioritised by risk" and apologised to anyone who …`: nor is an apology or thanks.
    if ((w.lower === 'and' || w.lower === 'but') && m + 1 < ceiling && SPEAKER_COURTESIES.has(tokens[m + 1].lower)) {
      end = m;
      break;
    }
    if (w.lower === ',' && m + 1 < ceiling && tokens[m + 1].verb?.gerund) {
      end = m;
      break;
    }
    // `said the government "recognises the importance of soils" and pointed to …`: after the closing mark of the speaker's
    // quoted words, `and` with a verb in the past is the speaker's next act, told by the writer; the report ends at the mark.
    if (w.lower === 'and' && tokens[m - 1].kind === 'q' && m + 1 < ceiling && pastAct(tokens[m + 1])) {
      end = m;
      break;
    }
    // `told me the frames last "a solid day of normal use," which she defined as …`: after the closing mark of the speaker's
    // quoted words, `which` with a subject of its own is the writer's gloss on those words; the report ends at the mark.
    if (w.lower === 'which' && m + 2 < ceiling && SUBJECT_PRONOUNS.has(tokens[m + 1].lower) && tokens[m + 2].kind === 'w' &&
      (endsPartialWithComma(tokens[m - 1]) || (tokens[m - 1].lower === ',' && tokens[m - 2].kind === 'q'))) {
      end = m;
      break;
    }
    // `said he was "pleased but wary," noting that …`: the same comma, inside the closing mark of a partial quotation.
    if (m + 1 < ceiling && tokens[m + 1].verb?.gerund && endsPartialWithComma(w)) {
      end = m + 1;
      break;
    }
    // `said the pace had to change: "At the rate …"`: a colon before a quotation hands over to the speaker's own words.
    if (w.lower === ':' && m + 1 < ceiling && tokens[m + 1].kind === 'q') {
      end = m;
      break;
    }
    // `said the government would amend the levy, as the Coalition accuses Labor of "…"`: a clause of contrast with its own subject and
    // speech verb is someone else's word, no part of the report.
    if (w.lower === ',' && m + 2 < ceiling && CONTRAST_LEADS.has(tokens[m + 1].lower) && speechClauseAt(tokens, m + 2, ceiling)) {
      end = m;
      break;
    }
    if (w.lower === ',' && m + 2 < ceiling && tokens[m + 1].lower === 'according' && tokens[m + 2].lower === 'to') {
      end = m;
      break;
    }
    // `said there were "missed opportunities" …, an inquest heard.`: a hearing that heard it is the reporter's source, not the report.
    if (w.lower === ',' && hearingHeard(tokens, m + 1, ceiling)) {
      end = m;
      break;
    }
    if (w.lower === ',' && opensComment(tokens, m + 1, ceiling) && hasVerb(tokens, k, m)) {
      end = m;
      break;
    }
  }
  while (end > k && tokens[end - 1].kind === 'p' && tokens[end - 1].lower !== ')' && tokens[end - 1].lower !== '%') end--;
  return end;
}

/** Bodies that hear evidence, as court reports cite them: `the court heard`, `an inquest was told`. */
const HEARINGS = new Set(['court', 'inquest', 'tribunal', 'jury', 'hearing', 'trial', 'inquiry', 'magistrates', 'committee']);

/** Does `the court heard` / `an inquest was told` (a determiner, a hearing, then `heard` or `was told`) start at `k`? */
function hearingHeard(tokens: readonly Token[], k: number, ceiling: number): boolean {
  if (k + 2 >= ceiling || !(tokens[k].lower === 'the' || tokens[k].lower === 'an' || tokens[k].lower === 'a') || !HEARINGS.has(tokens[k + 1].lower)) return false;
  const verb = tokens[k + 2].lower;
  return verb === 'heard' || ((verb === 'was' || verb === 'were') && k + 3 < ceiling && tokens[k + 3].lower === 'told');
}

/** Conjunctions that open a clause set against the report: `, as the opposition accuses …`, `, while critics called …`. */
const CONTRAST_LEADS = new Set(['as', 'while', 'whereas']);
/** Words of the subject of such a clause: `the Coalition`, `Opposition Leader Fiona Marchetti`. */
const MAX_CONTRAST_SUBJECT = 4;

/** Does a subject (a determiner, a name, a noun) and then a finite speech verb start at `k` (`the Coalition accuses`, `critics called`)? */
function speechClauseAt(tokens: readonly Token[], k: number, ceiling: number): boolean {
  for (let m = k; m < ceiling && m <= k + MAX_CONTRAST_SUBJECT; m++) {
    const t = tokens[m];
    if (t.kind !== 'w') return false;
    if (m > k && !t.cap && t.verb?.finite) return true;
    if (!t.cap && (FINITE_AUXILIARIES.has(t.lower) || PREPOSITIONS.has(t.lower) || t.verb !== undefined)) return false;
  }
  return false;
}

/** Lower-case words between the determiner of a writer's comment and its noun: `the first official acknowledgement`. */
const MAX_COMMENT_MODIFIERS = 3;

/** Is there a verb in tokens [from, to): a whole clause (`it had withdrawn the plan`), not a subject (`the talks`, before `, a sign of progress, would …`)? */
function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) {
    const t = tokens[m];
    if (t.kind === 'w' && !t.cap && (FINITE_AUXILIARIES.has(t.lower) || t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower))) return true;
  }
  return false;
}

/** Does a writer's comment on the whole report start at `k` (`a move that …`, `the first official acknowledgement of …`)? */
function opensComment(tokens: readonly Token[], k: number, ceiling: number): boolean {
  if (k >= ceiling || (tokens[k].lower !== 'a' && tokens[k].lower !== 'an' && tokens[k].lower !== 'the')) return false;
  for (let m = k + 1; m < ceiling && m <= k + 1 + MAX_COMMENT_MODIFIERS && tokens[m].kind === 'w' && !tokens[m].cap; m++) {
    if (COMMENT_NOUNS.has(tokens[m].lower)) return true;
  }
  return false;
}

/** Words before the noun of a medium: `in a (brief) (written) statement`. */
const MAX_MEDIUM_WORDS = 4;

/** The end of `in a statement`, `in an emailed statement`, `on its website`'s kind of phrase at `k`: a preposition, a determiner and a document; or `k`. */
function mediumEnd(tokens: readonly Token[], k: number, ceiling: number): number {
  // An article or a possessive determiner: `in a statement`, `on its website`.
  if (k + 2 >= ceiling || !(ARTICLES.has(tokens[k + 1].lower) || DEFINITE.has(tokens[k + 1].lower))) return k;
  for (let m = k + 2; m < ceiling && m < k + 2 + MAX_MEDIUM_WORDS; m++) {
    const t = tokens[m];
    if (t.kind !== 'w' || t.cap) return k;
    if (!SOURCE_DOCUMENTS.has(t.lower) || t.lower.endsWith('s')) continue;
    // `in a letter to parents the school …`, `in an interview with the Herald the minister …`: the addressee goes with the medium.
    const link = m + 1 < ceiling ? tokens[m + 1].lower : '';
    if (link === 'to' || link === 'with') {
      const end = addresseeEnd(tokens, m + 2, ceiling);
      return end > m + 2 ? end : m + 1;
    }
    return m + 1;
  }
  return k;
}

/** Skips `today`, `Tuesday`, `on Tuesday`, `last week`, `this month` after a verb. */
/** Adverbs that may stand between a speech verb and its `that`: `only`, `simply`, or one in `-ly` (`repeatedly`). */
const VERB_ADVERBS = new Set(['only', 'just', 'again', 'also', 'instead', 'merely', 'simply']);

function isVerbAdverb(t: Token): boolean {
  return t.kind === 'w' && !t.cap && (VERB_ADVERBS.has(t.lower) || (t.lower !== 'well' && isMannerAdverb(t)));
}

function skipTimePhrase(tokens: readonly Token[], k: number, ceiling: number): number {
  for (;;) {
    if (k >= ceiling || tokens[k].kind !== 'w') return k;
    const lower = tokens[k].lower;
    if (WEEKDAYS.has(lower) || (!tokens[k].cap && TIME_ADVERBS.has(lower))) k++;
    // `said on Monday it had begun …`: the day is when it was said, not part of the report.
    // `said on Tuesday evening that …`: and the part of the day after it.
    else if (lower === 'on' && k + 1 < ceiling && WEEKDAYS.has(tokens[k + 1].lower)) k += k + 2 < ceiling && DAY_PARTS.has(tokens[k + 2].lower) ? 3 : 2;
    else if ((lower === 'last' || lower === 'this' || lower === 'next') && k + 1 < ceiling && TIME_NOUNS.has(tokens[k + 1].lower)) k += 2;
    else return k;
  }
}

function trimPunctuation(tokens: readonly Token[], first: number, last: number): number {
  while (last > first && tokens[last - 1].kind === 'p') last--;
  return last;
}

/** The end of a one-word addressee (`reporters`), a capitalised one (`The Ledger`, `CNN`) or a definite one (`the court`) starting at `k`. */
function addresseeEnd(tokens: readonly Token[], k: number, ceiling: number): number {
  let m = k;
  // `told the court the residents had been offered …`: a definite common noun before the clause's subject.
  if (m < ceiling && DEFINITE.has(tokens[m].lower) && endsAddressee(tokens, m + 1, ceiling)) return m + 2;
  // `told the club's website the decision was …`: so after a possessor.
  if (m + 1 < ceiling && DEFINITE.has(tokens[m].lower) && !tokens[m + 1].cap && isPossessive(tokens[m + 1]) && endsAddressee(tokens, m + 2, ceiling)) return m + 3;
  if (m < ceiling && tokens[m].lower === 'the' && m + 1 < ceiling && tokens[m + 1].cap) m++;
  if (m >= ceiling || tokens[m].kind !== 'w' || DETERMINERS.has(tokens[m].lower) || PREPOSITIONS.has(tokens[m].lower)) return k;
  if (!tokens[m].cap) return m + 1;
  while (m < ceiling && m < k + 5 && tokens[m].kind === 'w' && tokens[m].cap) m++;
  // `told the BBC's Today programme the fall was …`: a common noun that ends the addressee, before the clause's subject.
  if (endsAddressee(tokens, m, ceiling)) m++;
  return m;
}

const DEFINITE = new Set(['the', 'his', 'her', 'their', 'its', 'our']);

/** Is token `m` a lower-case noun right before the subject of a clause (`programme the fall was`, `court the residents had`, `court Morrow was`)? */
function endsAddressee(tokens: readonly Token[], m: number, ceiling: number): boolean {
  return m + 1 < ceiling && tokens[m].kind === 'w' && !tokens[m].cap && !DETERMINERS.has(tokens[m].lower) && !PREPOSITIONS.has(tokens[m].lower) &&
    (DETERMINERS.has(tokens[m + 1].lower) || CLAUSE_SUBJECTS.has(tokens[m + 1].lower) || opensNamedSubject(tokens, m + 1, ceiling));
}

/** Words of a name that is the subject of a bare clause: `told the court Morrow was …`, `told the jury Anna Pike had …`. */
const MAX_SUBJECT_NAME = 3;

/** Does a capitalised name start at `k` and stand right before an auxiliary, as the subject of a clause? */
function opensNamedSubject(tokens: readonly Token[], k: number, ceiling: number): boolean {
  let m = k;
  while (m < ceiling && m < k + MAX_SUBJECT_NAME && tokens[m].kind === 'w' && tokens[m].cap) m++;
  return m > k && m < ceiling && FINITE_AUXILIARIES.has(tokens[m].lower);
}

/** Does token `t` open a verb's object (`accused lawmakers`, `directed it`, `predicted a rebellion`), not a preposition or a that-clause? */
export function opensObject(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'w' && !PREPOSITIONS.has(t.lower) && t.lower !== 'that';
}

/**
 * `asked not to be named because she …`, `urged drivers to slow down as they …`: an infinitive before the pronoun makes the
 * verb a request. `to` before a determiner, a name or a noun for people is a preposition (`in a note to staff he …`).
 */
function hasInfinitive(tokens: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m + 1 < to; m++) {
    const next = tokens[m + 1];
    if (tokens[m].lower === 'to' && !next.cap && !DETERMINERS.has(next.lower) && !DESCRIPTION_HEADS.has(next.lower)) return true;
  }
  return false;
}

/**
 * Is there a finite verb in the clause (an auxiliary, a past or a finite speech verb)? Stricter than `hasVerb` on short words
 * in `-ed` (`bed`, `red`), which it does not take for verbs.
 */
function hasFiniteVerb(tokens: readonly Token[], clause: Clause): boolean {
  for (let k = clause.first; k < clause.last; k++) if (isFiniteVerb(tokens[k]) || tokens[k].verb?.finite) return true;
  return false;
}

/** `said X and that Y` / `but that Y`: the second that-clause of the same report, after the first one ends. */
export function nextThatClause(tokens: readonly Token[], previous: Clause, ceiling: number): Clause | null {
  let k = previous.last;
  while (k < ceiling && tokens[k].kind === 'p') k++;
  if (k + 2 >= ceiling || (tokens[k].lower !== 'and' && tokens[k].lower !== 'but') || tokens[k + 1].lower !== 'that') return null;
  const last = clauseEnd(tokens, k + 2, ceiling);
  return last > k + 2 ? { first: k + 2, last } : null;
}

/** The clause a cue reports, if the verb is followed by one. */
/** The comma that closes a short aside opened by the comma at `open` (`, not the business,`), or -1. */
function asideEnd(tokens: readonly Token[], open: number, ceiling: number): number {
  // `said the decision to bring on Mensah, who had been left out after …, had been …`: a relative clause may be longer.
  const words = open + 1 < ceiling && RELATIVE_ASIDES.has(tokens[open + 1].lower) ? MAX_RELATIVE_ASIDE_WORDS : MAX_ASIDE_WORDS;
  for (let n = open + 1; n < ceiling && n <= open + words + 1; n++) {
    if (tokens[n].lower === ',') return n > open + 1 ? n : -1;
    if (tokens[n].kind !== 'w') return -1;
  }
  return -1;
}
const MAX_ASIDE_WORDS = 5;

/** Words of a list item after its comma, before the `and` / `or` that closes the list: `cash, cash equivalents and …`. */
const MAX_LIST_ITEM_WORDS = 3;

/**
 * The comma at `comma` inside a noun phrase: a list whose `and` / `or` comes within a few lower-case words (`cash, cash
 * equivalents and securities`), or a date's comma between a month's day and its year (`September 30, 2026`). Returns the
 * token where the skipped words end, or -1.
 */
function listCommaReach(tokens: readonly Token[], comma: number, ceiling: number): number {
  const text = analysedText();
  if (comma >= 2 && comma + 1 < ceiling && tokens[comma - 2].cap && isDigit(text.charCodeAt(tokens[comma - 1].start)) &&
    tokens[comma + 1].end - tokens[comma + 1].start === 4 && isDigit(text.charCodeAt(tokens[comma + 1].start))) return comma + 2;
  for (let n = comma + 2; n < ceiling && n <= comma + MAX_LIST_ITEM_WORDS + 1; n++) {
    const t = tokens[n];
    if (t.kind !== 'w' || t.cap || tokens[n - 1].kind !== 'w' || tokens[n - 1].cap) return -1;
    if (CONJUNCTIONS.has(t.lower) && t.lower !== 'but' && t.lower !== 'nor') return n + 1;
  }
  return -1;
}
const MAX_RELATIVE_ASIDE_WORDS = 20;
const RELATIVE_ASIDES = new Set(['who', 'which', 'whose']);

/** Words of a source's apposition after `According to X,`: `president of the Anna Nagar Residents Forum`. */
const MAX_SOURCE_APPOSITION = 12;

/**
 * `According to Mr. S. Rao, president of the residents' forum, residents have …`: the closing comma of a title or a
 * description set off after the source (a lower-case title word first, or an article before one within three words), with
 * no verb in it; or -1.
 */
function sourceApposition(tokens: readonly Token[], open: number, ceiling: number): number {
  let head = open + 1;
  if (head < ceiling && ARTICLES.has(tokens[head].lower)) {
    while (head < ceiling && head <= open + 4 && tokens[head].kind === 'w' && !isTitleWord(tokens[head]) && !DESCRIPTION_HEADS.has(tokens[head].lower)) head++;
  }
  if (head >= ceiling || tokens[head].kind !== 'w' || tokens[head].cap || (!isTitleWord(tokens[head]) && !DESCRIPTION_HEADS.has(tokens[head].lower))) return -1;
  for (let n = head + 1; n < ceiling && n <= open + MAX_SOURCE_APPOSITION + 1; n++) {
    if (tokens[n].lower === ',') return hasVerb(tokens, open + 1, n) ? -1 : n;
    if (tokens[n].kind !== 'w') return -1;
  }
  return -1;
}

/** Words of a that-clause's subject searched for a subjunctive `be`: `the hearing on the contract (not) be`. */
const MAX_SUBJUNCTIVE_SUBJECT = 6;

/** `her last name not be used`, `the hearing be postponed`: a bare `be` after the clause's subject, no modal or `to` before it. */
function isSubjunctive(tokens: readonly Token[], k: number, ceiling: number): boolean {
  for (let m = k + 1; m < ceiling && m <= k + MAX_SUBJUNCTIVE_SUBJECT; m++) {
    const w = tokens[m];
    if (w.kind !== 'w' || FINITE_AUXILIARIES.has(w.lower)) return false;
    if (w.lower !== 'be') continue;
    const p = tokens[m - 1].lower === 'not' ? m - 2 : m - 1;
    return p >= k && tokens[p].kind === 'w' && tokens[p].lower !== 'to' && !tokens[p].lower.endsWith("n't");
  }
  return false;
}

/** Words of a phrase after a demonstrative's noun: `that account after the vote`. */
const MAX_DEMONSTRATIVE_PHRASE = 4;

/**
 * `disputed that figure, saying …`, `denied that claim.`: `that` before a lone word that ends the clause is a
 * demonstrative, not a complementizer. (`said that inflation, which peaked in May, would fall` goes on after the comma.)
 */
function isDemonstrative(tokens: readonly Token[], k: number, ceiling: number): boolean {
  if (k + 2 >= ceiling || tokens[k + 1].kind !== 'w' || tokens[k + 1].cap) return false;
  // `said that loungers, nursing pillows and … are often used …`: `that` before a plural noun is a complementizer (the
  // demonstrative would be `those`), whatever `-ing` word comes after the comma.
  if (isPluralNoun(tokens[k + 1].lower)) return false;
  let s = k + 2;
  // `remembers that winter differently.`: a noun and a manner adverb after `that` make no clause either.
  if (s + 1 < ceiling && isMannerAdverb(tokens[s]) && !CLAUSE_SUBJECTS.has(tokens[k + 1].lower)) s++;
  // `disputed that account after the vote, saying …`: a short phrase after the noun, with no verb, before the stop.
  if (s < ceiling && PREPOSITIONS.has(tokens[s].lower)) {
    const limit = s + MAX_DEMONSTRATIVE_PHRASE;
    s++;
    while (s < ceiling && s <= limit && tokens[s].kind === 'w' && !tokens[s].verb && !FINITE_AUXILIARIES.has(tokens[s].lower) && !CLAUSE_SUBJECTS.has(tokens[s].lower) && !CONJUNCTIONS.has(tokens[s].lower)) s++;
  }
  if (s >= ceiling) return false;
  const stop = tokens[s];
  if (stop.kind !== 'p') return false;
  if (stop.lower !== ',') return stop.lower === '.' || stop.lower === ';' || stop.lower === ':';
  const next = tokens[s + 1];
  return s + 1 >= ceiling || (next.kind === 'w' && !next.cap && next.lower.endsWith('ing')) || CONJUNCTIONS.has(next.lower);
}

/** Singular nouns with a plural's `-s`: `that news`, `that series`. */
const SINGULAR_IN_S = new Set(['news', 'series', 'species', 'means', 'whereabouts', 'lens', 'gas', 'bus']);

/** A regular plural noun: `loungers`, `companies`; not `-ss`, `-us`, `-is`, `-os` singulars (`process`, `consensus`, `crisis`, `ethos`). */
function isPluralNoun(lower: string): boolean {
  if (lower.length < 4 || lower.charCodeAt(lower.length - 1) !== 115 /* s */ || SINGULAR_IN_S.has(lower)) return false;
  const before = lower.charCodeAt(lower.length - 2);
  return before !== 115 && before !== 117 && before !== 105 && before !== 111 && before !== 39 && before !== 0x2019; // s u i o ' ’
}

/** Verbs ending in `-ly`, which are no adverbs: `that banks rely.` is a clause. */
const LY_VERBS = new Set(['apply', 'rely', 'reply', 'supply', 'comply', 'imply', 'multiply', 'fly', 'ally', 'rally', 'tally', 'bully', 'sully', 'dally']);

/** An adverb of manner ending in `-ly` (`differently`, `vividly`), or `well`. */
function isMannerAdverb(t: Token): boolean {
  return t.kind === 'w' && !t.cap && !t.verb && (t.lower === 'well' || (t.lower.length > 4 && t.lower.endsWith('ly') && !LY_VERBS.has(t.lower)));
}

export function reportedAfter(tokens: readonly Token[], cue: Cue, ceiling: number): Clause | null {
  if (cue.info?.naming) return null;
  // `"…," said Roe, who joins from Acme, where she was treasurer.`: after an inverted cue come the speaker and what describes
  // them; the report is before the verb.
  if (cue.inverted && cue.info !== null) return null;
  let k = cue.next;
  if (cue.info === null) {
    // `According to X, …` / `According to a report by the state auditor, …`
    while (k < ceiling && k < cue.next + 8 && tokens[k].lower !== ',' && tokens[k].kind === 'w') k++;
    if (k >= ceiling || tokens[k].lower !== ',') return null;
    // `According to Prof. X, who was not involved in the work, the result …`: a relative clause on the source is no report.
    const opensRelative = k + 1 < ceiling && RELATIVE_ASIDES.has(tokens[k + 1].lower);
    const relative = opensRelative ? asideEnd(tokens, k, ceiling) : sourceApposition(tokens, k, ceiling);
    // `…, according to two people familiar with the plan, who asked not to be named.`: one that runs to the end leaves no report after it.
    if (opensRelative && relative < 0) return null;
    k = relative > 0 ? relative + 1 : k + 1;
    // `Hon Lai will cut 2,000 jobs, according to a person …, as demand slows.`: in mid-sentence, a subordinate clause after the
    // source is the writer's context; the report is the clause before (see `reportedAround`).
    if (cue.verb > 0 && tokens[cue.verb - 1].lower === ',' && k < ceiling && SUBORDINATORS.has(tokens[k].lower)) return null;
  } else {
    // `"…," says Dr Amara Okonkwo, the lead scientist, who has worked on it since 2014.`: the speaker after an inverted verb
    // opens no report, whatever verb its relative clause has.
    if (cue.inverted && cue.phrase && cue.phrase.first === k) return null;
    // Interjected adverbials: `said, yesterday, that …`.
    if (k < ceiling && tokens[k].lower === ',') {
      const close = asideEnd(tokens, k, ceiling);
      if (close > 0 && close + 1 < ceiling && tokens[close + 1].kind === 'w') k = close + 1;
      else return null;
    }
    if (cue.info.object) {
      // `told reporters (that) …`: skip the addressee.
      let m = k;
      // `asked how the crossing had been` is a question, not a statement.
      if (m < ceiling && WH.has(tokens[m].lower)) return null;
      // The addressee may carry a phrase (`told members at a meeting on Wednesday night that …`); a verb or a conjunction ends the search.
      while (m < ceiling && m < k + MAX_ADDRESSEE && tokens[m].kind === 'w' && tokens[m].lower !== 'that' && !CLAUSE_SUBJECTS.has(tokens[m].lower) &&
        !FINITE_AUXILIARIES.has(tokens[m].lower) && !CONJUNCTIONS.has(tokens[m].lower)) m++;
      // `told the Commons business and consumer affairs committee that …`: nouns joined by `and` inside the addressee, when a
      // `that` follows with no verb before it.
      if (m > k && m < ceiling && (tokens[m].lower === 'and' || tokens[m].lower === 'or')) {
        let n = m + 1;
        while (n < ceiling && n < k + MAX_ADDRESSEE && tokens[n].kind === 'w' && !tokens[n].verb && !isFiniteVerb(tokens[n]) && tokens[n].lower !== 'that' &&
          !CLAUSE_SUBJECTS.has(tokens[n].lower) && !CONJUNCTIONS.has(tokens[n].lower)) n++;
        if (n > m + 1 && n + 1 < ceiling && tokens[n].lower === 'that' && !FINITE_AUXILIARIES.has(tokens[n + 1].lower)) m = n;
      }
      // `told reporters in the capital, Nordhaven, that …`: a name in apposition inside the addressee's phrase.
      if (m > k && m < ceiling && tokens[m].lower === ',') {
        const close = asideEnd(tokens, m, ceiling);
        if (close > 0 && close + 1 < ceiling && tokens[close + 1].lower === 'that') m = close + 1;
      }
      // `told us the sandbags they were promised never arrived`: an article right after a one-word addressee opens the clause's
      // subject, and the pronoun after it opens a relative clause inside that subject.
      const articleAfterAddressee = m > k + 2 && ARTICLES.has(tokens[k + 1].lower) && !ARTICLES.has(tokens[k].lower);
      if (m + 1 < ceiling && tokens[m].lower === 'that' && !FINITE_AUXILIARIES.has(tokens[m + 1].lower)) k = m;
      else if (m < ceiling && CLAUSE_SUBJECTS.has(tokens[m].lower) && m > k && !(articleAfterAddressee && looksLikeClause(tokens, k + 1, ceiling, cue))) {
        if (hasInfinitive(tokens, k, m)) return null;
        k = m;
      }
      else {
        // `told reporters the agency had sent …` / `told The Ledger the district could not …`: a short addressee before a bare clause.
        const clause = articleAfterAddressee && m < ceiling && CLAUSE_SUBJECTS.has(tokens[m].lower) ? k + 1 : addresseeEnd(tokens, k, ceiling);
        // `urged anyone who saw Calum to contact them`: a relative clause on the addressee is no report; `told reporters who had
        // gathered that …` has its report after the `that`.
        if (clause > k && clause < ceiling && (tokens[clause].lower === 'who' || tokens[clause].lower === 'which')) {
          let that = clause + 1;
          while (that < ceiling && that < clause + MAX_ADDRESSEE && tokens[that].kind === 'w' && tokens[that].lower !== 'that') that++;
          if (that >= ceiling || tokens[that].lower !== 'that') return null;
          k = that;
        } else if (clause > k && clause < ceiling && looksLikeClause(tokens, clause, ceiling, cue)) k = clause;
        // `warned the economy could shrink`: no addressee, but the clause's own subject before its auxiliary.
        // Not across a question word: `asked the board why the route was being cut` is a question.
        // `warned his state would not be …`: so after a possessive determiner (the object reading, `warned his staff`, has no auxiliary next).
        else if (!(m < ceiling && m - k <= MAX_BARE_SUBJECT && FINITE_AUXILIARIES.has(tokens[m].lower) && (ARTICLES.has(tokens[k].lower) || POSSESSIVE_DETERMINERS.has(tokens[k].lower)) && !hasQuestionWord(tokens, k, m) &&
          looksLikeClause(tokens, k, ceiling, cue))) return null;
      }
    }
    k = skipTimePhrase(tokens, k, ceiling);
    // `said only that …`, `said simply that …`, `wrote publicly that …`: a manner adverb between the verb and its `that`.
    if (k + 1 < ceiling && tokens[k + 1].lower === 'that' && isVerbAdverb(tokens[k])) k++;
    // `said in an interview with the Westbury Gazette that …`, `said on Tuesday that …`: a short phrase before the that-clause.
    // Not `about` before a number (`said about 1,200 ballots remained … but that …`), nor across `but`.
    if (k < ceiling && PREPOSITIONS.has(tokens[k].lower) && !(tokens[k].lower === 'about' && k + 1 < ceiling && isNumber(tokens[k + 1]))) {
      let m = k + 1;
      // `said in that interview that …`, `to enrol patients in that program`: `that` right after a preposition is its determiner.
      while (m < ceiling && m < k + MAX_ASIDE && tokens[m].kind === 'w' && (tokens[m].lower !== 'that' || PREPOSITIONS.has(tokens[m - 1].lower)) && tokens[m].lower !== 'but') m++;
      // `agreed with counsel for the defence, Mr Tom Bracken BL, that …`: a name in apposition inside the phrase.
      if (m > k + 1 && m < ceiling && tokens[m].lower === ',') {
        const close = asideEnd(tokens, m, ceiling);
        if (close > 0 && close + 1 < ceiling && tokens[close + 1].lower === 'that') m = close + 1;
      }
      // A `that` followed by a verb is a relative pronoun: `warned of a conflict that is …`.
      if (m + 1 < ceiling && tokens[m].lower === 'that' && !FINITE_AUXILIARIES.has(tokens[m + 1].lower)) k = m;
    }
    // `said in a statement the levy as drafted "…"`, `wrote in an emailed statement the plant had …`: the medium, then a clause without `that`.
    if (k < ceiling && (tokens[k].lower === 'in' || tokens[k].lower === 'on')) {
      const end = mediumEnd(tokens, k, ceiling);
      // The clause opens with its subject: a determiner, a pronoun or a name (not `posted on Facebook …`, which goes on describing the medium).
      const subject = end < ceiling ? tokens[end] : null;
      if (end > k && subject && subject.lower !== 'that' && (DETERMINERS.has(subject.lower) || CLAUSE_SUBJECTS.has(subject.lower) || subject.cap) &&
        looksLikeClause(tokens, end, ceiling, cue)) k = end;
    }
    if (k < ceiling && tokens[k].lower === 'that') {
      if (isDemonstrative(tokens, k, ceiling)) return null;
      k++;
      // `asked that her last name not be used`: a request in the subjunctive is a directive, no report.
      if (MANDATIVE_VERBS.has(cue.info.base) && isSubjunctive(tokens, k, ceiling)) return null;
      if (k < ceiling && tokens[k].lower === ',') k++;
    } else if (k >= ceiling || !looksLikeClause(tokens, k, ceiling, cue)) {
      return null;
    }
  }
  if (k >= ceiling) return null;
  const last = clauseEnd(tokens, k, ceiling);
  if (last <= k) return null;
  // A clause that is one quotation is that quotation, not reported speech.
  if (tokens[k].kind === 'q' && last === k + 1) return null;
  return { first: k, last };
}

/**
 * The clause a trailing cue reports: `In the past, …, Lavrov said.` gives the part before the
 * comma; `Without that support, she said, it might …` gives the part after it.
 */
export function reportedAround(tokens: readonly Token[], cue: Cue, floor: number, ceiling: number, shape: Shape): Clause | null {
  if (!cue.phrase) return null;
  // A subject shared with an earlier verb (`After retiring, she taught … and wrote a memoir, "…"`) makes no trailing cue.
  if (cue.viaRelative && !cue.inverted && cue.phrase.last < cue.verb - 1) return null;
  const phraseFirst = cue.inverted ? cue.verb : describedBefore(tokens, cue, authoredDocumentStart(tokens, cue.phrase.first, floor), floor);
  const phraseLast = cue.inverted ? cue.phrase.last : cue.next;
  if (phraseFirst - 1 === floor && tokens[floor].lower === 'as') {
    // `As Rep. Levin wrote to the governor, California is …`: the content follows the comma.
    let comma = phraseLast;
    while (comma < ceiling && comma < phraseLast + 8 && tokens[comma].kind === 'w') comma++;
    if (comma + 1 >= ceiling || tokens[comma].lower !== ',' || shape.lastQuote > comma) return null;
    return { first: comma + 1, last: trimPunctuation(tokens, comma + 1, ceiling) };
  }
  if (phraseFirst - 1 < floor) return null;
  // `The fund exists "for exactly this kind of year," he told reporters`: the comma inside a partial quotation that ends the clause.
  const quoted = endsPartialWithComma(tokens[phraseFirst - 1]) && shape.firstWord < shape.firstQuote;
  if (tokens[phraseFirst - 1].lower !== ',' && !quoted) return null;
  // `The board believed the shares were "meaningfully undervalued", the company said`: a partial quotation closed before the comma.
  const partialBefore = !quoted && phraseFirst - 2 > floor && tokens[phraseFirst - 2].kind === 'q' && isLowerStart(tokens[phraseFirst - 2]) &&
    tokens[phraseFirst - 3].kind === 'w' && shape.firstWord < shape.firstQuote;
  const before: Clause = { first: floor, last: quoted ? phraseFirst : phraseFirst - 1 };
  // `The Minister for Coastal Communities, Owen Treharne, has confirmed …`: a title before a name in apposition is no report.
  if (!quoted && isTitlePhrase(tokens, before)) return null;
  const wordsBefore = before.last - before.first; // tokens of the clause before the cue
  if (shape.firstQuote < phraseFirst && !quoted && !partialBefore) return null;
  const { after, named } = complementEnd(tokens, cue, phraseLast, ceiling);
  if (after >= ceiling || tokens[after].kind === 'p' && tokens[after].lower !== ',') {
    // `Asked about a recession, she said: "…"`: a fronted question or a lead-in to a quotation is no content.
    // A short clause needs a finite verb of its own (`Prices will rise, she said.`; not `In the morning, he said.`).
    if (wordsBefore < 2 || (wordsBefore < 4 && !hasFiniteVerb(tokens, before)) || tokens[floor].lower === 'asked' || (after < ceiling && (tokens[after].lower === ':' || tokens[after].kind === 'q'))) return null;
    return before;
  }
  if (tokens[after].lower === ',' && after + 1 < ceiling) {
    // `It was, she recalls, the worst winter of her life.`: a cue between a short clause's copula and its complement; the whole
    // sentence is the report, the cue inside it.
    if (wordsBefore > 0 && wordsBefore <= MAX_INTERPOSED_SUBJECT && COPULAS.has(tokens[before.last - 1].lower) && shape.firstQuote > after) {
      const last = trimPunctuation(tokens, after + 1, ceiling);
      return last > after + 1 ? { first: floor, last } : null;
    }
    // `The ruling, Brady said, showed that …`: a cue interposed between a short subject and its verb; the whole sentence is
    // the report, the cue inside it.
    if (wordsBefore <= MAX_INTERPOSED_SUBJECT && !CLAUSE_SUBJECTS.has(tokens[floor].lower) && shape.firstQuote > after && resumesWithVerb(tokens[after + 1])) {
      const last = trimPunctuation(tokens, after + 1, ceiling);
      return last > after + 2 ? { first: floor, last } : null;
    }
    // `The closure would last "at least through Sunday," said Tom Ridley, a spokesman for …`, `The rollout is typical of a shift,
    // says Owen Takeda, the company's co-founder.`: after an inverted cue (or a clause that ends in a partial quotation), what
    // follows the comma describes the speaker; the clause before is the report.
    if ((quoted || (cue.inverted && wordsBefore >= 3)) && shape.lastQuote < after) return before;
    // `he continued training at Fort Belvoir, Virginia …` is narrative; `she said, it might …` is a parenthetical cue.
    if (shape.lastQuote > after || (named && cue.info !== null)) return null;
    // `She has seen it happen before, she said, with a garden that …`: a whole clause before the cue is the report.
    if (wordsBefore >= 3 && CLAUSE_SUBJECTS.has(tokens[floor].lower)) return before;
    // `Prices will rise, she said, and wages will lag`: a cue between two coordinated clauses; the second one resumes the report.
    if (wordsBefore >= 3 && CONJUNCTIONS.has(tokens[after + 1].lower)) return before;
    // `A deal is near, two of the people said, speaking on condition of anonymity`: a participle after the cue tells how they spoke;
    // `Residents should boil their water, officials said Wednesday, after a main burst`: an adverbial clause is the sentence's.
    const next = tokens[after + 1];
    const adverbial = (next.kind === 'w' && !next.cap && next.lower.endsWith('ing')) || (SUBORDINATORS.has(next.lower) && !PREPOSITIONS.has(tokens[floor].lower));
    if (wordsBefore >= 4 && adverbial) return before;
    // `Revenue rose 18% to $1.42 billion, the company said, ahead of the $1.37 billion analysts had expected`: a phrase of comparison
    // after the cue (`ahead of`, `up from`, `compared with`) is the writer's, so the clause before is the report.
    if (wordsBefore >= 4 && after + 2 < ceiling && COMPARISON_LEADS.has(next.lower) && PREPOSITIONS.has(tokens[after + 2].lower)) return before;
    // `Nimbus agreed to buy Keyway for $2.1 billion, the companies said, in a deal that …`, `…, amid a row over …`: so is a
    // prepositional phrase with an article, the writer's account of the news.
    if (wordsBefore >= 4 && after + 2 < ceiling && ADJUNCT_LEADS.has(next.lower) && ARTICLES.has(tokens[after + 2].lower)) return before;
    const last = trimPunctuation(tokens, after + 1, ceiling);
    return last > after + 1 ? { first: after + 1, last } : null;
  }
  return null;
}

/**
 * `…, the company's chairman, Wang Jianguo, said`: where a description set off before the name in apposition that is the cue's
 * subject begins; `first` (the name's start) when there is none.
 */
function describedBefore(tokens: readonly Token[], cue: Cue, first: number, floor: number): number {
  const phrase = cue.phrase;
  if (!phrase || phrase.kind !== 'name' || tokens[phrase.last]?.lower !== ',') return first;
  for (let k = first - 2; k > floor && k >= first - 1 - MAX_DESCRIPTION_BEFORE; k--) if (tokens[k - 1].lower === ',' && setOffDescription(tokens, k, first)) return k;
  return first;
}

/** The longest subject before an interposed cue (`Museum skulls, she added, cannot …`). */
const MAX_INTERPOSED_SUBJECT = 4;

/** Does the cue sit between a short subject opening the sentence at `floor` and its verb (`Pillai, he said, had been …`)? */
export function interruptsSubject(tokens: readonly Token[], cue: Cue, floor: number, ceiling: number): boolean {
  if (!cue.phrase || cue.inverted) return false;
  const comma = cue.phrase.first - 1;
  return comma > floor && comma - floor <= MAX_INTERPOSED_SUBJECT && tokens[comma].lower === ',' && cue.next + 1 < ceiling &&
    tokens[cue.next].lower === ',' && resumesWithVerb(tokens[cue.next + 1]);
}

/** A lower-case finite verb that resumes a sentence after an interposed cue: `showed`, `cannot`, `will`. */
function resumesWithVerb(t: Token): boolean {
  return isFiniteVerb(t) || (t.kind === 'w' && !t.cap && (t.lower === 'cannot' || (t.verb?.finite ?? false)));
}

/** Is there a question word (`why`, `whether`, `how`) in tokens [from, to)? */
function hasQuestionWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (WH.has(tokens[m].lower)) return true;
  return false;
}

/** The words of a clause's subject right after a verb that may take an addressee: `warned the national economy could …`. */
const MAX_BARE_SUBJECT = 7;

/** Prepositions that open the writer's adjunct after an interposed cue when an article follows: `in a deal`, `amid the row`. */
const ADJUNCT_LEADS = new Set(['in', 'as', 'amid', 'after', 'following', 'despite', 'with', 'under']);
const ARTICLES = new Set(['a', 'an', 'the']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words that open a phrase of comparison with a preposition after them: `ahead of`, `up from`, `compared with`, `short of`. */
const COMPARISON_LEADS = new Set(['ahead', 'up', 'down', 'compared', 'short', 'shy']);

/** Words of a title in title case: capitals, title words and the function words inside a name (`The Minister for Coastal Communities`). */
const TITLE_FUNCTION_WORDS = new Set(['the', 'of', 'for', 'and', '&', 'on', 'in', 'at', 'to']);

function isTitlePhrase(tokens: readonly Token[], clause: Clause): boolean {
  if (clause.last <= clause.first || !tokens[clause.first].cap) return false;
  if (isOwnedTitle(tokens, clause)) return true;
  // `Pillai, he said, had been …`: a name alone, with no title word, is the subject of an interposed cue.
  let titled = false;
  let linked = false;
  for (let k = clause.first; k < clause.last; k++) {
    const t = tokens[k];
    // `The state Commissioner for Commerce, X,`, `The acting Chairman, X,`: a lower-case modifier after the article, before the
    // title; `The Chairman of the board, X,`: lower-case words of the body after the title's `of` or `for`, none a verb.
    const modifier = !titled && k > clause.first && k <= clause.first + MAX_TITLE_MODIFIERS && DETERMINERS.has(tokens[clause.first].lower);
    const body = linked && t.kind === 'w' && !t.verb && !FINITE_AUXILIARIES.has(t.lower) && !IRREGULAR_PAST.has(t.lower) && !t.lower.endsWith('ed');
    if (t.kind !== 'w' || (!t.cap && !TITLE_FUNCTION_WORDS.has(t.lower) && !isTitleWord(t) && !modifier && !body)) return false;
    titled ||= isTitleWord(t);
    linked ||= titled && (t.lower === 'of' || t.lower === 'for');
  }
  return titled;
}

/** Lower-case words between the article and a title before a name in apposition: `The (then) state Commissioner`. */
const MAX_TITLE_MODIFIERS = 2;

/** Lower-case words between an owner and the title it owns: `the opposition's (shadow) transport spokesman`. */
const MAX_OWNED_MODIFIERS = 2;

/**
 * `The opposition's transport spokesman, Daniel Reyes, called …`: an owner (a determiner and a possessive) and the title it owns,
 * with no verb, before a name in apposition.
 */
function isOwnedTitle(tokens: readonly Token[], clause: Clause): boolean {
  let k = clause.first;
  if (DETERMINERS.has(tokens[k].lower)) k++;
  while (k < clause.last - 1 && tokens[k].kind === 'w' && !isPossessor(tokens[k])) k++;
  if (k >= clause.last - 1 || !isPossessor(tokens[k]) || clause.last - 1 - (k + 1) > MAX_OWNED_MODIFIERS || !isTitleWord(tokens[clause.last - 1])) return false;
  for (let m = clause.first; m < k; m++) if (!tokens[m].cap && m !== clause.first) return false;
  for (let m = k + 1; m < clause.last; m++) if (tokens[m].kind !== 'w' || tokens[m].cap || tokens[m].verb || PREPOSITIONS.has(tokens[m].lower)) return false;
  return true;
}

/** `The fund exists "…," he told reporters, and tapping it spared …`: the report after a cue interjected between two clauses. */
export function resumedAfterCue(tokens: readonly Token[], cue: Cue, previous: Clause, ceiling: number): Clause | null {
  if (!cue.phrase || previous.last > cue.verb) return null;
  const { after } = complementEnd(tokens, cue, cue.inverted ? cue.phrase.last : cue.next, ceiling);
  if (after + 2 >= ceiling || tokens[after].lower !== ',' || !CONJUNCTIONS.has(tokens[after + 1].lower)) return null;
  // `…, he said, and walked out` goes on with the speaker's own acts, not with the report.
  const first = after + 2;
  const t = tokens[first];
  if (t.kind !== 'w' || t.verb || t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower)) return null;
  const last = clauseEnd(tokens, first, ceiling);
  return last > first ? { first, last } : null;
}

/** Words of a trailing cue's complement made of several prepositional phrases (`said at a briefing at the county fairgrounds`). */
const MAX_COMPLEMENT = 15;

/**
 * Where a trailing cue's own complement ends: `…, according to a filing with U.S. safety regulators.` /
 * `…, Keane told the BBC on Monday.` A verb's complement is an addressee (`told the BBC`) or a phrase
 * (`said on Monday`); `confirmed funding for …` has an object instead. `named`: it holds a capitalised word.
 */
function complementEnd(tokens: readonly Token[], cue: Cue, phraseLast: number, ceiling: number): { after: number; named: boolean } {
  let after = phraseLast;
  const complement = cue.info === null || cue.info.object || (after < ceiling && (PREPOSITIONS.has(tokens[after].lower) || WEEKDAYS.has(tokens[after].lower)));
  const reach = cue.info === null ? MAX_SOURCE_TAIL : complement ? 5 : 3;
  let limit = phraseLast + reach;
  let named = false;
  for (; after < ceiling && tokens[after].kind === 'w' && (complement || !tokens[after].cap) && after < limit; after++) {
    named ||= tokens[after].cap && !WEEKDAYS.has(tokens[after].lower);
    // `said at an evening briefing at the county fairgrounds`: each further prepositional phrase has its own reach
    // (not `to`, which opens an infinitive after an object: `urged both governments to settle …`).
    if (cue.info !== null && complement && after > phraseLast && PREPOSITIONS.has(tokens[after].lower) && tokens[after].lower !== 'to') limit = Math.min(after + reach, phraseLast + MAX_COMPLEMENT);
    // `said at a news conference Tuesday afternoon`: a bare weekday after the phrase is a time of its own, with room for its part
    // of the day and a preposition after it (`Tuesday afternoon in Austin`).
    else if (cue.info !== null && after > phraseLast && WEEKDAYS.has(tokens[after].lower)) limit = Math.min(Math.max(limit, after + 3), phraseLast + MAX_COMPLEMENT);
  }
  return { after, named };
}

/** A quotation whose content starts in lower case and ends with a comma: quoted words inside a clause (`"for this kind of year,"`). */
function endsPartialWithComma(t: Token): boolean {
  return t.kind === 'q' && isLowerStart(t) && endsWithComma(t);
}

/** A lower-case verb in the past that is no auxiliary: `pointed`, `called`, `took` (not `was`, `had`). */
function pastAct(t: Token): boolean {
  return isFiniteVerb(t) && !FINITE_AUXILIARIES.has(t.lower);
}
