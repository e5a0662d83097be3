// The pipeline: paragraphs → quotations → tokens and sentences → cues → statements → speakers.
// Where a statement's speaker is decided: `attribute` below (sieves in attribution.ts,
// reported speech in reported.ts, names and pronouns in speakers.ts).
import { Annotation, AnalyzeOptions, Problem, ReleaseHeader, SCHEMA, Speaker, Statement, StatementKind, TextSpan } from './types';
import { LineIndex } from './lineIndex';
import { parseReleaseHeader } from './header';
import { APPOSITION_HEAD_ENDS, CLAUSE_SUBJECTS, COURT_PAPERS, DEFAULT_LEXICON, FILING_VERBS, JOINT_HEADS, MARKET_MEASURES, POST_NOMINALS, DESCRIPTION_HEADS, RESEARCH_DOCUMENTS, SOURCE_DOCUMENTS, DETERMINERS, FEMALE_WORDS, FIELD_EXPERTS, FINITE_AUXILIARIES, GENERIC_ORG_HEADS, HONORIFICS, IRREGULAR_PAST, Lexicon, MALE_WORDS, ORG_KIND_WORDS, PASSIVE_AUXILIARIES, STATED_PURPOSES, SUBORDINATORS, TITLE_WORDS } from './lexicon';
import { blankLineBetween, Paragraph, paragraphAt, splitParagraphs } from './paragraphs';
import { findQuotes, Quote } from './quotes';
import { endsWithComma, Sentence, Token, tokenize, TokenPool } from './tokens';
import { Cue, cueAt } from './cues';
import { commaAfterPostNominals, isAcronym, isPersonDescriptor, isPartyTag, isFiniteVerb, isPersonRole, isPossessive, isSentenceStarter, isTitleWord, phraseAfter, phraseBefore, skipBracketed, SpeakerPhrase, verbAfterName } from './mentions';
import { Entity, genderOfFirstName, Registry, withoutPossessive } from './speakers';
import { Clause, interruptsSubject, nextThatClause, opensObject, reportedAfter, reportedAround, resumedAfterCue, Shape } from './reported';
import { afterDateline, attributionSentence, Attribution, colonLead, sentenceSubject, endsTerminal, isTitleCase, leadingCue, startsUpper, trailingCue, wordCount } from './attribution';
import { collectNames } from './names';
import { interviewTurn, opensWithQuestion, Turn } from './interview';
import { allCapitals, analysedText, isApostrophe, isDash, isDigit, isTerminal, setAnalysedText } from './text';

const RELATIVE_WORDS = new Set(['who', 'which', 'where', 'when', 'that', 'whose']);

/** Tokens between a naming verb and `as "…"`: `described the proposed cuts to libraries as`. */
const MAX_NAMED_OBJECT = 9;

/** Words that end a verb's complement right before a quoted one: `promised to "…"`, `warned of "…"`. */
const COMPLEMENT_LINKS = new Set(['to', 'of', 'about', 'for']);

/** Paragraphs tokenised at a time, and the most text: the token pool holds one block's tokens. */
const BLOCK = 128;
const BLOCK_CHARS = 1 << 16;

interface Draft {
  kind: StatementKind;
  start: number;
  end: number;
  quote: Quote | null;
  sentence: number;
  attribution: Attribution | null;
  /** Rule used when the speaker is inherited or guessed rather than read from a cue. */
  rule: string;
  confidence: number;
  entity: Entity | null;
  mention: TextSpan | null;
  cue: TextSpan | null;
  /** A short quotation that is a statement only inside reported speech (else a scare quote). */
  weak: boolean;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Annotation {
  const lex = options.extraSpeechVerbs?.length ? new Lexicon(options.extraSpeechVerbs) : DEFAULT_LEXICON;
  const paragraphs = splitParagraphs(text);
  const { quotes, problems } = findQuotes(text, paragraphs);
  setAnalysedText(text);
  const registry = new Registry();
  const pool = new TokenPool(lex);
  collectNames(text, registry, pool.interner);
  const release = parseReleaseHeader(text, options.extraKickers);
  const titlesEnd = titlesEndOf(text, release);
  const datelineStart = release.datelineSpan?.start ?? -1;
  const datelineEnd = release.datelineSpan?.end ?? -1;
  // The lead, the paragraph the dateline opens: `LONDON — A coroner has said …` describes who a later paragraph names.
  const leadParagraph = datelineEnd >= 0 ? paragraphAt(paragraphs, datelineEnd) : firstSentenceParagraph(text, paragraphs, titlesEnd);

  const drafts: Draft[] = [];
  let previous: Draft | null = null;
  let exchange: Exchange | null = null;
  let interviewee: Entity | null = null;
  let turnEnd = -1;
  let answerParagraph = -1;
  let speechParagraph = -1;
  const speakingNames: SpeakerPhrase[] = [];
  const described: Described[] = [];
  for (let p0 = 0, p1 = 0; p0 < paragraphs.length; p0 = p1) {
    // One paragraph of context on each side: attributions may sit in the neighbouring paragraph.
    p1 = blockEnd(paragraphs, p0);
    const { tokens, sentences } = tokenize(text, paragraphs, quotes, Math.max(0, p0 - 1), Math.min(p1 + 1, paragraphs.length), pool);
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s];
      if (sentence.paragraph < p0 || sentence.paragraph >= p1) continue;
      if (sentence.start >= titlesEnd) noteSubject(text, tokens, sentence, registry, datelineEnd);
      const salutation = salutationName(tokens, sentence);
      if (salutation) registry.addressee = nameEntity(text, tokens, salutation, registry);
      if (sentence.start < turnEnd) continue; // inside an interview turn already taken whole
      // `NEW DELHI: The court …` opens with a dateline, not a speaker label; `Kalvora: Field hospital overwhelmed …` is a
      // headline, whose label before the colon names its topic (titlesEnd covers a headline only when it has no full stop).
      const turn = sentence.start === datelineStart || sentence.start < titlesEnd ? null : interviewTurn(text, tokens, sentence, paragraphs[sentence.paragraph].end);
      if (turn) {
        turnEnd = turn.end;
        if (turn.kind === 'question') continue;
        const draft = answerDraft(text, tokens, sentence, s, turn, interviewee, registry);
        interviewee = draft.entity ?? interviewee;
        drafts.push(draft);
        previous = draft;
        answerParagraph = sentence.paragraph;
        continue;
      }
      // `IV: The doors. …` / a paragraph with no label / `Q: …`: an answer that runs on into a second paragraph.
      if (answerParagraph === sentence.paragraph - 1 && previous && answerRunsOn(text, tokens, sentences, s, paragraphs)) {
        const paragraph = paragraphs[sentence.paragraph];
        const draft = makeDraft('direct', tokens[sentence.first].start, paragraph.end, null, s, null);
        draft.entity = previous.entity;
        if (draft.entity) draft.entity.statements++;
        draft.rule = 'interview answer, continued in a paragraph with no label';
        draft.confidence = 0.7;
        drafts.push(draft);
        previous = draft;
        turnEnd = paragraph.end;
        answerParagraph = sentence.paragraph;
        continue;
      }
      // `Health Secretary Victoria Atkins said:` and then her words in paragraphs of their own, with no quotation marks.
      const unquoted: Draft | null = opensParagraph(sentences, s) ? unquotedSpeech(text, tokens, sentences, s, previous, speechParagraph, registry) : null;
      if (unquoted) {
        drafts.push(unquoted);
        previous = unquoted;
        turnEnd = unquoted.end;
        speechParagraph = sentence.paragraph;
        continue;
      }
      speakingNames.length = 0;
      const found = sentenceStatements(text, tokens, sentences, s, quotes, speakingNames);
      for (const draft of found) {
        // `… are "forward-looking statements."` in a section paragraphs away from anyone's words: a short quoted term with no
        // cue and no speaker near it is no one's statement (a longer one still is: `the statement that he had "never …"`).
        if (draft.kind === 'partial' && !draft.attribution && previous && sentence.paragraph - paragraphAt(paragraphs, previous.start) > MAX_INHERITED_GAP &&
          wordCount(text, draft.start, draft.end, MAX_TERM_WORDS + 1) <= MAX_TERM_WORDS) continue;
        resolveSpeaker(text, tokens, sentence, draft, previous, registry, paragraphs[Math.max(0, sentence.paragraph - 1)].start);
        noteCitedDocument(tokens, draft, registry);
        exchange = alternate(text, draft, previous, exchange);
        const lead = sentence.paragraph === leadParagraph;
        const head = awaitedTitle(tokens, draft, lead);
        if (head) awaitName(described, { draft, head, paragraph: sentence.paragraph, lead });
        drafts.push(draft);
        previous = draft;
      }
      // `Dr. Felix Amankwah urged residents to boil water. He said …`: whoever speaks is the likely `he`, statement or not.
      for (const phrase of speakingNames) if (plausibleName(tokens, phrase, sentence, registry)) nameEntity(text, tokens, phrase, registry);
      if (described.length) nameDescribedSpeakers(described, sentence, found, registry);
    }
  }
  continueBackwards(drafts);
  return buildAnnotation(text, options, release, drafts, registry, problems);
}

/** Paragraphs after the last statement within which a partial quotation with no cue of its own is still that speaker's. */
const MAX_INHERITED_GAP = 1;
/** Words of a quoted term, as of a short quotation that is speech only next to its cue (see `quoteStatement`). */
const MAX_TERM_WORDS = 4;

/**
 * Where the kicker and a headline end: titles, not narrative, so their first word is nobody's
 * subject (`Fire at depot forces evacuation`). A first line that ends like a sentence is narrative.
 */
function titlesEndOf(text: string, release: ReleaseHeader): number {
  const headline = release.headlineSpan;
  const titled = headline && headline.end < text.length && !isTerminal(text.charCodeAt(headline.end - 1));
  return Math.max(release.kickerSpan?.end ?? -1, titled ? headline.end : -1);
}

/** Paragraphs after the headline searched for a story's lead when it has no dateline: a byline, a time stamp, a standfirst. */
const MAX_LEAD_SEARCH = 5;

/**
 * A news story without a dateline opens, after its headline, byline and time stamp (`By court reporter X`, `Posted Wed 25 Nov`),
 * with the first paragraph that ends like a sentence: its lead, which may describe (`a magistrate`) whom the story names later.
 */
function firstSentenceParagraph(text: string, paragraphs: readonly Paragraph[], titlesEnd: number): number {
  const from = titlesEnd < 0 ? 0 : paragraphAt(paragraphs, titlesEnd) + (titlesEnd > 0 ? 1 : 0);
  for (let p = from; p < paragraphs.length && p < from + MAX_LEAD_SEARCH; p++) {
    let e = paragraphs[p].end;
    while (e > paragraphs[p].start && (text.charCodeAt(e - 1) <= 32 || isClosingMark(text.charCodeAt(e - 1)))) e--;
    if (e > paragraphs[p].start && isTerminal(text.charCodeAt(e - 1))) return p;
  }
  return -1;
}

function isClosingMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019;
}

function blockEnd(paragraphs: readonly Paragraph[], p0: number): number {
  const limit = Math.min(p0 + BLOCK, paragraphs.length);
  let p1 = p0 + 1;
  while (p1 < limit && paragraphs[p1].end - paragraphs[p0].start <= BLOCK_CHARS) p1++;
  return p1;
}

/** Statements of one sentence, with their attribution cues (speakers not yet resolved); adds the people its cues name to `speakingNames`. */
function sentenceStatements(text: string, tokens: readonly Token[], sentences: readonly Sentence[], s: number, quotes: readonly Quote[], speakingNames: SpeakerPhrase[]): readonly Draft[] {
  const sentence = sentences[s];
  const { first, last } = sentence;
  if (!mayHoldStatement(tokens, first, last)) return NO_DRAFTS;
  const drafts: Draft[] = [];
  // Most sentences hold no quotation: the map is made only when one does.
  let quoteDrafts: Map<number, Draft> | null = null;
  const shape = sentenceShape(tokens, sentence);
  // Where the quotations that are statements sit: a title or a name in quotation marks inside a clause
  // (`The company's "Cook With Confidence" guarantee does not cover …, it said.`) leaves the clause reported speech.
  const reportShape: Shape = { ...shape, firstQuote: last, lastQuote: -1 };
  let prevQ = first - 1;
  for (let qi = first; qi < last; qi++) {
    if (tokens[qi].kind !== 'q') continue;
    const quote = quotes[tokens[qi].quote];
    let nextQ = qi + 1;
    while (nextQ < last && tokens[nextQ].kind !== 'q') nextQ++;
    const draft = quoteStatement(text, tokens, sentences, s, qi, prevQ + 1, nextQ, quote, shape);
    prevQ = qi;
    if (!draft) continue;
    if (reportShape.firstQuote > qi) reportShape.firstQuote = qi;
    reportShape.lastQuote = qi;
    (quoteDrafts ??= new Map()).set(qi, draft);
  }
  // Reported speech around the cues of the sentence.
  const clauses: { clause: Clause; cue: Cue }[] = [];
  const cues: Cue[] = [];
  let outer: Cue | null = null;
  for (let i = first; i < last; i++) {
    const cue = cueAt(tokens, i, first, last);
    if (!cue) continue;
    // `Biden claimed that … and promised that …`: a coordinated verb shares the subject.
    const coordinated = i > first && (tokens[i - 1].lower === 'and' || tokens[i - 1].lower === 'but');
    if (cues.length && ((coordinated && !cue.phrase) || cue.info?.gerund)) cue.phrase = cues[cues.length - 1].phrase;
    // So does one whose subject was only guessed from the sentence's opening name (`KOLVANY, Aug. 3 – The ministry on Tuesday
    // confirmed that … and said …`): the subject of the last speech verb that no report holds, not the dateline.
    else if (coordinated && cue.viaRelative && outer) cue.phrase = outer.phrase;
    if (!cue.phrase) continue;
    // `Greene found that …` is not speech; a judge's or a coroner's finding is (`Coroner Ann Hale found that …`).
    if (cue.info?.documentary && !cue.phrase.organization && cue.phrase.kind !== 'description' && !judicialTitle(tokens, cue.phrase)) continue;
    cues.push(cue);
    if (!clauses.some(({ clause }) => cue.verb >= clause.first && cue.verb < clause.last)) outer = cue;
    if (cue.phrase.kind === 'name' && !cue.phrase.organization && !cue.inverted) speakingNames.push(cue.phrase);
    let clause = reportedAfter(tokens, cue, last) ?? reportedAround(tokens, cue, afterDateline(tokens, sentence), last, reportShape);
    // `said "…" and that …`: after a quoted first report, the second is reported speech.
    if (!clause && cue.next < last && tokens[cue.next].kind === 'q') clause = nextThatClause(tokens, { first: cue.next, last: cue.next + 1 }, last);
    for (let n = 0; clause && n < 4; n++, clause = nextThatClause(tokens, clause, last) ?? resumedAfterCue(tokens, cue, clause, last)) clauses.push({ clause, cue });
  }
  for (let c = 0; c < clauses.length; c++) {
    const { clause, cue } = clauses[c];
    const inner = clauses[c + 1];
    if (inner && inner.cue.phrase && (inner.cue.inverted ? inner.cue.verb : inner.cue.phrase.first) === clause.first) {
      // `Madsen said he remembered …`: the inner report is the content of the outer one.
      clauses.splice(c + 1, 1);
    } else if (inner && inner.clause.first > clause.first && inner.clause.first < clause.last && inner.cue.phrase) {
      // `he was young, but he believes …`: the outer clause stops where the next report begins.
      let end = inner.cue.inverted || inner.cue.phrase.first < clause.first ? inner.cue.verb : inner.cue.phrase.first;
      // Nor does it keep the word that links the two: `… was sent, after some people complained …`.
      while (end > clause.first && (tokens[end - 1].kind === 'p' || LINKS_BEFORE_REPORT.has(tokens[end - 1].lower) || SUBORDINATORS.has(tokens[end - 1].lower))) end--;
      clause.last = end;
    }
    clause.last = beforeCoordinatedAct(tokens, cues, clause);
    if (clause.last <= clause.first) continue;
    // `The complaint alleges that Vell told Kearney that …, but that …`: as above, a report whose subject opens another report's
    // clause is that report's content, also when the outer report's second clause came between them in the list.
    if (cue.phrase && clauses.some((other, o) => o < c && other.cue !== cue && other.clause.first === (cue.inverted ? cue.verb : cue.phrase!.first) && other.clause.last >= clause.last)) continue;
    // `Pryce said the club would review it, according to a club statement`: the source of a report is no report of its own.
    if (cue.info === null && clauses.some((other) => other.cue !== cue && other.cue.info !== null && other.clause.first > clause.first && other.clause.last <= clause.last)) continue;
    // `The board believed the shares were "…", the company said`: a report whose cue a later trailing cue reports with it is that cue's content.
    if (cue.phrase && clauses.some((other, o) => o > c && other.cue.info !== null && other.cue.verb > cue.verb && other.clause.first <= cue.phrase!.first && other.clause.last > cue.verb)) continue;
    // Two cues may reach the same `and that …` clause (`said … what she called "…" and that …`): the first one reports it.
    if (clauses.some((other, o) => o < c && other.clause.first === clause.first && other.clause.last === clause.last)) continue;
    const att: Attribution = { cue, rule: cue.info === null ? 'according to' : 'reported speech', confidence: 0.8 };
    drafts.push(makeDraft('indirect', tokens[clause.first].start, clauseEndOffset(tokens, clause), null, s, att));
    for (let qi = clause.first; qi < clause.last; qi++) {
      const draft = quoteDrafts?.get(qi);
      if (!draft) continue;
      draft.weak = false;
      if (draft.kind === 'direct' && !startsUpper(text, draft.start, draft.end)) draft.kind = 'partial';
      if (!draft.attribution) draft.attribution = att;
    }
  }
  for (const draft of quoteDrafts?.values() ?? NO_DRAFTS) if (!draft.weak) drafts.push(draft);
  // Partial quotes without a cue of their own take the sentence's reporting cue.
  for (const draft of quoteDrafts?.values() ?? NO_DRAFTS) {
    if (draft.kind !== 'partial' || draft.attribution) continue;
    const lead = clauses[0]?.cue ?? cues.find((c) => c.info === null || (!c.info.gerund && !c.info.attitude));
    if (lead) draft.attribution = { cue: lead, rule: 'partial quotation in a reporting sentence', confidence: 0.7 };
    else draft.attribution = actingSubject(tokens, sentence, draft.start);
  }
  if (drafts.length > 1) drafts.sort(byPosition);
  return drafts;
}

const NO_DRAFTS: readonly Draft[] = [];

/**
 * `Ashford chairman Neil Parry thanked Graves, wishing him "every success."`: words quoted in what a named subject does, with no
 * speech verb, are that subject's rather than the last speaker's; not when the subject undergoes it (`Parry was accused of "…"`).
 */
function actingSubject(tokens: readonly Token[], sentence: Sentence, at: number): Attribution | null {
  const subject = sentenceSubject(tokens, sentence);
  const phrase = subject?.phrase;
  // A person's act: a body's (`The Fed has raised rates, "the fastest increase since 1982"`) is more often the writer's comment.
  if (!phrase || phrase.kind !== 'name' || phrase.organization || DETERMINERS.has(tokens[phrase.first].lower) || phrase.first !== afterDateline(tokens, sentence)) return null;
  const verb = tokens[phrase.last];
  if (verb.start >= at || !isFiniteVerb(verb) || PASSIVE_AUXILIARIES.has(verb.lower)) return null;
  // A quotation set off by a comma is a gloss on the act, not words in it: `put it on the agenda, "to be safe."`.
  let q = phrase.last + 1;
  while (q < sentence.last && tokens[q].end <= at) q++;
  if (tokens[q - 1].lower === ',') return null;
  return { cue: subject, rule: 'subject of the sentence quoting the words', confidence: 0.6 };
}

/** Document order; of two statements that start together, the longer (enclosing) one first. */
function byPosition(a: Draft, b: Draft): number {
  return a.start - b.start || b.end - a.end;
}
/** Conjunctions that join an outer report to the next one: `he was young, but he believes …`. */
const LINKS_BEFORE_REPORT = new Set(['but', 'and', 'yet']);
/** Words after which a quotation is the name of a work, a slogan or a caption: `entitled "…"`, `the paper "…"`. */
const TITLE_LEADS = new Set([
  'title', 'titled', 'entitled', 'headlined', 'headline', 'caption', 'captioned', 'slogan', 'motto', 'hashtag', 'subtitled',
  'paper', 'book', 'novel', 'memoir', 'film', 'movie', 'documentary', 'song', 'album', 'article', 'essay', 'poem', 'play',
  'podcast', 'exhibition', 'column', 'painting', 'opera', 'musical',
  // Documents of a government or a company: `listed in the annex "Priority catchments …"`.
  'annex', 'appendix', 'report', 'booklet', 'leaflet', 'brochure', 'handbook', 'guidance', 'strategy', 'consultation',
  'programme', 'campaign', 'series',
]);
/**
 * Works whose titles are capitalised: after one, a quotation in lower case is no title but the speaker's words about it
 * (`she had written the song "in a bedroom about twenty miles from here"`). Slogans, hashtags and campaigns may be lower case.
 */
const CAPITALISED_WORKS = new Set([
  'book', 'novel', 'memoir', 'film', 'movie', 'documentary', 'song', 'album', 'essay', 'poem', 'play', 'podcast', 'painting', 'opera', 'musical',
]);

/** Words from a naming verb to the noun before its quotation: `called (the new) film`. */
const MAX_NAMED_OBJECT_WORDS = 3;

/** Is the noun at `k` the object of a naming verb a few words before it (`called the film`, `described the play as`)? */
function namesObject(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let m = k - 1; m >= floor && m >= k - MAX_NAMED_OBJECT_WORDS; m--) {
    const t = tokens[m];
    if (t.kind !== 'w') return false;
    if (t.verb?.naming) return true;
  }
  return false;
}

/** Verbs of a crowd's song or chant right before its words: `chanted "…"`, `were singing "…"`. */
const CHANT_VERBS = new Set(['chant', 'chanted', 'chanting', 'chants', 'sing', 'sang', 'sung', 'singing', 'sings']);
/** Nouns of a crowd's song or chant before `of` and its words: `Chants of "…"`, `a chorus of "…"`. */
const CHANT_NOUNS = new Set(['chant', 'chants', 'chorus', 'choruses', 'cries', 'cry', 'shouts', 'roars', 'refrain', 'strains', 'song', 'songs', 'rendition']);

/** The quotation at `qi` is what a crowd chanted or sang (`Fans chanted "…"`, `Chants of "…" went up`): words performed, not a statement. */
function isChanted(tokens: readonly Token[], qi: number, floor: number): boolean {
  if (qi - 1 < floor) return false;
  const prev = tokens[qi - 1].lower;
  return CHANT_VERBS.has(prev) || (prev === 'of' && qi - 2 >= floor && CHANT_NOUNS.has(tokens[qi - 2].lower));
}

/** Nouns for the words of a script, a song or a stone: `the line "…"`, `its opening lyric – "…"`. */
const SCRIPT_LINE_NOUNS = new Set(['line', 'lines', 'lyric', 'lyrics', 'verse', 'couplet', 'stanza', 'inscription', 'epitaph']);
/** Words back from the quotation to such a noun: `line, delivered by the matriarch Agnes as she burns her late husband's ledgers –`. */
const MAX_SCRIPT_LINE_GAP = 20;

/**
 * The quotation at `qi` follows a script line's noun directly or after a dash, colon or comma, with no verb of speech between them:
 * a line of a play or a song, quoted as such (`her line "…"`, `The refrain – "…" – …`).
 */
function quotesScriptLine(tokens: readonly Token[], qi: number, floor: number): boolean {
  if (qi - 1 < floor) return false;
  const prev = tokens[qi - 1];
  if (prev.kind === 'w') return SCRIPT_LINE_NOUNS.has(prev.lower) && !objectOfVerb(tokens, qi - 1, floor);
  if (prev.lower !== ':' && prev.lower !== ',' && !isDash(prev.lower.charCodeAt(0))) return false;
  for (let k = qi - 2; k >= floor && k >= qi - 1 - MAX_SCRIPT_LINE_GAP; k--) {
    const t = tokens[k];
    if (t.kind === 'q' || t.verb) return false;
    if (SCRIPT_LINE_NOUNS.has(t.lower)) return !objectOfVerb(tokens, k, floor);
  }
  return false;
}

/** `held the line`, `toed the party line`: the noun at `k` is the object of a past verb a word or two before, an idiom of the speaker's stance. */
function objectOfVerb(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let m = k - 1; m >= floor && m >= k - 3; m--) {
    const t = tokens[m];
    if (t.kind !== 'w' || t.cap) return false;
    if (isFiniteVerb(t) || t.lower.endsWith('ed')) return true;
  }
  return false;
}

/** Lower-case words between a purpose's copula and its quotation: `is to build "…"`, `is simply "…"`. */
const MAX_PURPOSE_GAP = 3;

/**
 * The quotation at `qi` completes `mission is (to build)`, `motto was`: a purpose noun right before a copula a few words back,
 * with no speech verb before it in the sentence (`She said the aim was "…"` reports the aim).
 */
function statesPurpose(tokens: readonly Token[], qi: number, floor: number): boolean {
  for (let m = qi - 1; m > floor && m >= qi - 1 - MAX_PURPOSE_GAP; m--) {
    const w = tokens[m];
    if (w.kind !== 'w' || w.cap) return false;
    if (w.lower !== 'is' && w.lower !== 'was' && w.lower !== 'remains') continue;
    if (!STATED_PURPOSES.has(tokens[m - 1].lower)) return false;
    for (let k = m - 2; k >= floor; k--) if (tokens[k].verb) return false;
    return true;
  }
  return false;
}

/** `calls`, `call`, `terms`: a naming verb in the present tense, a habit of naming rather than something said (`called it "…"`). */
function isPresentNaming(t: Token): boolean {
  const verb = t.verb;
  return verb !== undefined && verb.naming && (t.lower === verb.base || t.lower === verb.base + 's');
}

/** `what critics call`, `what the company calls`: `what` opens the naming clause within a few words before its verb. */
function afterWhat(tokens: readonly Token[], verb: number, floor: number): boolean {
  // `what sleep scientists call "social jet lag"`: the practitioners of a field name a term of art; they judge nothing.
  if (FIELD_EXPERTS.has(tokens[verb - 1].lower)) return false;
  for (let k = verb - 1; k >= floor && k >= verb - MAX_NAMING_SUBJECT - 1; k--) if (tokens[k].lower === 'what') return true;
  return false;
}
const MAX_NAMING_SUBJECT = 3;

function followsEtAl(tokens: readonly Token[], qi: number, floor: number): boolean {
  let k = qi - 1;
  if (k >= floor && tokens[k].lower === '.') k--;
  if (k > floor && tokens[k].lower === 'al' && tokens[k - 1].lower === 'et') return true;
  // `Castellane I, Rahimi B, Whitlow J. "Cranial shortening …"`: an author list of surnames and initials, two authors at least.
  return k - 3 >= floor && isInitials(tokens[k]) && isSurname(tokens[k - 1]) && tokens[k - 2].lower === ',' && isInitials(tokens[k - 3]) && k - 4 >= floor && isSurname(tokens[k - 4]);
}

/** `J`, `AB`, `J.`: a citation's initials, capitals only. */
function isInitials(t: Token): boolean {
  if (t.kind !== 'w' || !t.cap) return false;
  const text = analysedText();
  let letters = 0;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) continue; // .
    if (c < 65 || c > 90) return false;
    letters++;
  }
  return letters >= 1 && letters <= 2;
}

function isSurname(t: Token): boolean {
  return t.kind === 'w' && t.cap && t.end - t.start > 2 && !isInitials(t);
}

/** Nouns for words quoted as words, in an apposition after the quotation: `"…," a phrase she loathed`. */
const TERM_NOUNS = new Set(['phrase', 'term', 'nickname', 'label', 'word', 'expression', 'moniker', 'epithet', 'catchphrase', 'sobriquet']);

/** Is the quotation at `qi` followed by `(,) a/the (adjective) phrase|term|nickname …`? */
function isQuotedTerm(tokens: readonly Token[], qi: number, ceiling: number): boolean {
  let k = qi + 1;
  if (k < ceiling && tokens[k].lower === ',') k++;
  if (k >= ceiling || !DETERMINERS.has(tokens[k].lower)) return false;
  return (k + 1 < ceiling && TERM_NOUNS.has(tokens[k + 1].lower)) || (k + 2 < ceiling && tokens[k + 1].kind === 'w' && TERM_NOUNS.has(tokens[k + 2].lower));
}

/** Only quotations and speech cues make statements, and most sentences of a release have neither: skip those early. */
function mayHoldStatement(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.kind === 'q' || (t.kind === 'w' && (t.lower === 'according' || t.verb !== undefined))) return true;
  }
  return false;
}

/**
 * `said the study gave the state a roadmap and urged legislators to act`, `said the payment was "a raid"
 * and accused lawmakers of …`: a second speech verb of the speaker that takes an object, an infinitive
 * or a that-clause ends the report; it is the speaker's act, not part of what they said. A verb with a
 * preposition after it stays inside (`said workers had complained and asked for raises`). Returns where
 * the clause ends.
 */
function beforeCoordinatedAct(tokens: readonly Token[], cues: readonly Cue[], clause: Clause): number {
  for (const other of cues) {
    const v = other.verb;
    if (v <= clause.first || v >= clause.last || (tokens[v - 1].lower !== 'and' && tokens[v - 1].lower !== 'but')) continue;
    let governs = opensObject(tokens[other.next]);
    for (let k = other.next; k < clause.last && k <= other.next + 4 && !governs; k++) governs = tokens[k].lower === 'that' || (tokens[k].lower === 'to' && tokens[k + 1]?.kind === 'w');
    if (!governs) continue;
    let end = v - 1;
    while (end > clause.first && tokens[end - 1].kind === 'p') end--;
    return end;
  }
  return clause.last;
}

/**
 * Does the paragraph that sentence `s` opens continue the interview answer of the paragraph before? It has no label
 * and no quotation marks, and the next paragraph opens with a question (`Q:`), so it cannot be the writer's narrative.
 */
function answerRunsOn(text: string, tokens: readonly Token[], sentences: readonly Sentence[], s: number, paragraphs: readonly Paragraph[]): boolean {
  const p = sentences[s].paragraph;
  if (s > 0 && sentences[s - 1].paragraph === p) return false;
  let next = s;
  for (; next < sentences.length && sentences[next].paragraph === p; next++) {
    for (let k = sentences[next].first; k < sentences[next].last; k++) if (tokens[k].kind === 'q') return false;
  }
  if (next >= sentences.length || sentences[next].paragraph !== p + 1) return false;
  return opensWithQuestion(text, tokens[sentences[next].first].start, paragraphs[p + 1].end);
}

/** An interview answer: by its labelled speaker, or for a bare `A:` by the person interviewed. */
function answerDraft(text: string, tokens: readonly Token[], sentence: Sentence, s: number, turn: Turn, interviewee: Entity | null, registry: Registry): Draft {
  const draft = makeDraft('direct', turn.start, turn.end, null, s, null);
  if (turn.phrase) {
    const cue: Cue = { verb: turn.colon, next: turn.colon + 1, info: null, phrase: turn.phrase, inverted: false, viaRelative: false };
    draft.attribution = { cue, rule: 'interview answer', confidence: 0.85 };
    resolveSpeaker(text, tokens, sentence, draft, null, registry);
    return draft;
  }
  draft.entity = interviewee ?? registry.mostRecentPerson(turn.start);
  if (draft.entity) draft.entity.statements++;
  draft.rule = draft.entity ? 'interview answer (A:)' : 'interview answer with no named speaker';
  draft.confidence = 0.7;
  return draft;
}

/** Where the first and last words and quotations of a sentence are: answers `is there a word before?` in O(1). */
function sentenceShape(tokens: readonly Token[], sentence: Sentence): Shape {
  const shape: Shape = { firstWord: sentence.last, lastWord: -1, firstQuote: sentence.last, lastQuote: -1 };
  for (let k = sentence.first; k < sentence.last; k++) {
    const kind = tokens[k].kind;
    if (kind === 'w') {
      if (shape.firstWord > k) shape.firstWord = k;
      shape.lastWord = k;
    } else if (kind === 'q') {
      if (shape.firstQuote > k) shape.firstQuote = k;
      shape.lastQuote = k;
    }
  }
  return shape;
}

function makeDraft(kind: StatementKind, start: number, end: number, quote: Quote | null, sentence: number, attribution: Attribution | null): Draft {
  return { kind, start, end, quote, sentence, attribution, rule: '', confidence: 0.5, entity: null, mention: null, cue: null, weak: false };
}

/** End of a reported clause: keeps a closing quotation (and the period inside it); final punctuation is already dropped. */
function clauseEndOffset(tokens: readonly Token[], clause: Clause): number {
  return tokens[clause.last - 1].end;
}

/** Tokens [from, qi) are `, laughing,` (a lower-case participle between commas) before the quotation at `qi`. */
function mannerAside(tokens: readonly Token[], from: number, qi: number): boolean {
  if (qi - from !== 3 || tokens[from].lower !== ',' || tokens[from + 2].lower !== ',') return false;
  const t = tokens[from + 1];
  return t.kind === 'w' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ing');
}

/** Three-letter words that title case leaves in lower case: articles, conjunctions, prepositions. */
const TITLE_SHORT_WORDS = new Set(['and', 'but', 'for', 'nor', 'the', 'yet', 'via', 'per', 'von', 'van', 'der', 'del', 'des', 'les', 'los']);

/** Is a word of three letters, other than those title case leaves small, in lower case (`sit`, `out`, `was`)? */
function hasLowerShortWord(text: string, start: number, end: number): boolean {
  for (let i = start; i + 3 <= end; i++) {
    if (i > start && isLetterCode(text.charCodeAt(i - 1))) continue;
    if (!isLetterCode(text.charCodeAt(i)) || !isLetterCode(text.charCodeAt(i + 1)) || !isLetterCode(text.charCodeAt(i + 2)) || (i + 3 < end && isLetterCode(text.charCodeAt(i + 3)))) continue;
    const word = text.slice(i, i + 3);
    if (word === word.toLowerCase() && !TITLE_SHORT_WORDS.has(word) && (i === start || !isApostrophe(text.charCodeAt(i - 1)))) return true;
  }
  return false;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Words between a speech verb and the colon before its quotation: `on Instagram`, `reporters`, `the BBC` (none at all is fine too). */
const MAX_MEDIUM = 3;

function shortMedium(tokens: readonly Token[], from: number, colon: number): boolean {
  if (colon - from > MAX_MEDIUM) return false;
  for (let k = from; k < colon; k++) if (tokens[k].kind !== 'w' || tokens[k].verb) return false;
  return true;
}

function quoteStatement(text: string, tokens: readonly Token[], sentences: readonly Sentence[], s: number, qi: number, floor: number, ceiling: number, quote: Quote, shape: Shape): Draft | null {
  const { start, end } = quote;
  const words = wordCount(text, start, end, 10);
  if (words === 0) return null;
  const sentence = sentences[s];
  const trail = trailingCue(tokens, qi, sentence.first, ceiling);
  // `promised to "…" and vowed a "…"`: a verb after an earlier quotation finds its subject before that quotation.
  const lead = trail ? null : leadingCue(tokens, qi, floor) ?? (floor > sentence.first ? leadingCue(tokens, qi, sentence.first) : null);
  const wordsBefore = shape.firstWord < qi;
  const wordsAfter = shape.lastWord > qi;
  const upper = startsUpper(text, start, end);
  // A single-quoted span needs more evidence of speech than a double-quoted one: a cue, or the shape of a sentence.
  const sentenceLike = !wordsBefore && startsUpper(text, start, end) && endsTerminal(text, start, end);
  // Capitalised words are a title or a name, unless they make a sentence of their own: `"She's 84."`.
  // `Holt said: "Absolutely not."`: a short sentence right after its speech verb and a colon or comma is speech, however capitalised.
  // So after a short place or medium: `posted on Instagram: "Thank you, Lisbon!"`, `told reporters: "No comment."`.
  const spoken = lead !== null && lead.cue.info !== null && !lead.cue.info.naming && (tokens[qi - 1].lower === ':' || tokens[qi - 1].lower === ',') &&
    endsTerminal(text, start, end) && shortMedium(tokens, lead.cue.next, qi - 1);
  // `"Maybe sit this one out."`: a lower-case three-letter word that title case would capitalise makes a sentence of it.
  if (words <= 10 && isTitleCase(text, start, end) && !trail && !spoken && !(sentenceLike && (words <= 3 || hasLowerShortWord(text, start, end)))) return null;
  // `under the title "Spatial memory for …"`, `a report entitled "…"`: a quoted name, not speech.
  // So set off by a comma after the work: `In his 2004 memoir, "Left Hand," Varga wrote …`.
  // Not a judgement in lower case after a naming verb and its object: `called the film "a brave, exhausting thing"`.
  if (qi > sentence.first && (TITLE_LEADS.has(tokens[qi - 1].lower) || (qi - 1 > sentence.first && tokens[qi - 1].lower === ',' && TITLE_LEADS.has(tokens[qi - 2].lower) && endsWithComma(tokens[qi]))) &&
    !(!upper && (namesObject(tokens, qi - 1, sentence.first) || CAPITALISED_WORKS.has(tokens[qi - 1].lower)))) return null;
  if (isChanted(tokens, qi, sentence.first)) return null;
  // `Its best-known line, delivered by the matriarch …, – "…" – drew applause`: a line of a script or a song, set off after
  // the noun that names it, is performed, not said.
  if (!trail && !lead && quotesScriptLine(tokens, qi, sentence.first)) return null;
  // `a feature the company calls "campfire mode"`: a naming verb in the present tense with no object names a thing;
  // `what critics call "a betrayal"` judges one.
  if (qi > sentence.first && isPresentNaming(tokens[qi - 1]) && !afterWhat(tokens, qi - 1, sentence.first)) return null;
  // `Nwosu A, Hargreaves T, et al. "Procalcitonin testing …"`, `Castellane I, Rahimi B. "…"`: the title in a citation.
  if (followsEtAl(tokens, qi, sentence.first)) return null;
  // `Its mission is to build "a valley where …"`, `whose motto remains "…"`: the wording of a stated purpose, no speech.
  if (!trail && !lead && statesPurpose(tokens, qi, sentence.first)) return null;
  // `called her "the lady skipper," a phrase she loathed`: words quoted as words.
  if (isQuotedTerm(tokens, qi, ceiling)) return null;
  // A short quotation is speech only next to its cue (`said "…"`, `called the plan "…"`); else a scare quote.
  // A naming verb reaches over its object: `called the plan "…"`, `described the cuts to libraries as "…"`.
  // Any verb reaches over a short complement ending in a preposition: `promised to "…"`, `warned of "…"`, `urged colleagues to "…"`.
  // A relative clause reaches over its verb: `which one fund manager said were "…"`.
  // `he says, laughing, "the tantrums"`: a participle of manner set off by commas keeps the cue next to its quotation.
  const nearLead = lead !== null && (mannerAside(tokens, lead.cue.next, qi) || qi - lead.cue.next <= (lead.cue.info?.naming ? (tokens[qi - 1].lower === 'as' ? MAX_NAMED_OBJECT : 5) : COMPLEMENT_LINKS.has(tokens[qi - 1].lower) ? 3 : FINITE_AUXILIARIES.has(tokens[qi - 1].lower) ? 1 : 0));
  // One or two words after a determiner are a scare quote without a cue, even with the sentence's period inside (`not a "vision."`).
  const labelled = words <= 2 && qi > sentence.first && DETERMINERS.has(tokens[qi - 1].lower);
  const weak = words <= 4 && (labelled || !endsTerminal(text, start, end)) && !trail && !nearLead || (quote.single && !trail && !lead && !sentenceLike && words < 6);
  const prev = qi > sentence.first ? tokens[qi - 1].lower : '';
  // After a comma, only a capitalised quotation is a sentence of its own; `who, she says, "swore at …"` is partial.
  const direct = !wordsBefore || (lead !== null && (prev === ':' || upper || resumesQuotation(text, tokens, lead.cue, floor, qi, sentence))) ||
    (trail !== null && upper && (prev === ':' || !wordsBefore));
  const draft = makeDraft(direct ? 'direct' : 'partial', start, end, quote, s, trail ?? lead);
  draft.weak = weak;
  const next = sentences[s + 1];
  if (!draft.attribution && direct && !wordsAfter && next && (next.paragraph === sentence.paragraph || (next.paragraph === sentence.paragraph + 1 && isDash(text.charCodeAt(next.start))))) {
    draft.attribution = attributionSentence(tokens, sentences[s + 1]);
  }
  if (!draft.attribution && direct && !wordsBefore && s > 0 && sentences[s - 1].paragraph >= sentence.paragraph - 1) {
    draft.attribution = colonLead(tokens, sentences[s - 1]);
  }
  if (!draft.attribution && prev === ':') {
    // `Keisha Latimer put it plainly at the hearing: "…"`: the subject of the sentence that introduces the quotation.
    const subject = sentenceSubject(tokens, sentence);
    if (subject?.phrase && subject.phrase.first === afterDateline(tokens, sentence)) {
      draft.attribution = { cue: subject, rule: 'subject of the sentence introducing the quotation', confidence: 0.7 };
      if (upper) draft.kind = 'direct';
    }
  }
  if (!draft.attribution && direct && !wordsBefore && s > 0 && sentences[s - 1].paragraph === sentence.paragraph && !quote.resumes) {
    // `Kim was blunt. "This project will destroy the wetland."`: the person the sentence before is about.
    const subject = sentenceSubject(tokens, sentences[s - 1]);
    // `Pressed on the delay, she shrugged.`: the pronoun after an opening participle phrase, not the participle.
    const before = frontedPronoun(tokens, sentences[s - 1]) ?? (subject?.phrase && !subject.phrase.organization && subject.phrase.first === afterDateline(tokens, sentences[s - 1]) ? subject : null);
    if (before) draft.attribution = { cue: before, rule: 'subject of the sentence before', confidence: 0.6 };
  }
  return draft;
}

/**
 * `"Coach told us not to read the papers," he said, "so I haven't."`: a quotation right after a cue set off by commas, the cue
 * right after a capitalised quotation ending in a comma, is the rest of that sentence: direct, whatever its case.
 */
function resumesQuotation(text: string, tokens: readonly Token[], cue: Cue, floor: number, qi: number, sentence: Sentence): boolean {
  const before = tokens[floor - 1];
  const cueEnd = cue.inverted && cue.phrase ? Math.max(cue.next, cue.phrase.last) : cue.next;
  if (floor <= sentence.first || before.kind !== 'q' || cueEnd + 1 !== qi || (cue.inverted ? cue.verb : cue.phrase?.first) !== floor) return false;
  return endsWithComma(before) && startsUpper(text, before.start, before.end);
}

function opensParagraph(sentences: readonly Sentence[], s: number): boolean {
  return s === 0 || sentences[s - 1].paragraph !== sentences[s].paragraph;
}

/** Words that show a paragraph speaks in the first person. */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours', 'myself', 'ourselves', "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'll", "we'd"]);

/**
 * The paragraph opening at sentence `s` as the words of a speaker introduced, with no quotation marks, by a lead-in that
 * ends the paragraph before with a colon (`Health Secretary Victoria Atkins said:`), the house style of government
 * releases; or as more of them, after such a paragraph (`speechParagraph`). It must speak in the first person and hold
 * no quotation (a quoted paragraph after a lead-in is read as one already). Null otherwise.
 */
function unquotedSpeech(text: string, tokens: readonly Token[], sentences: readonly Sentence[], s: number, previous: Draft | null, speechParagraph: number, registry: Registry): Draft | null {
  const paragraph = sentences[s].paragraph;
  const continued = previous !== null && speechParagraph === paragraph - 1;
  const lead = !continued && s > 0 && sentences[s - 1].paragraph === paragraph - 1 && tokens[sentences[s - 1].last - 1].lower === ':' ? colonLead(tokens, sentences[s - 1]) : null;
  if (!continued && !lead) return null;
  let last = s;
  let firstPerson = false;
  for (let x = s; x < sentences.length && sentences[x].paragraph === paragraph; x++) {
    for (let k = sentences[x].first; k < sentences[x].last; k++) {
      if (tokens[k].kind === 'q') return null;
      firstPerson ||= tokens[k].kind === 'w' && FIRST_PERSON.has(tokens[k].lower);
    }
    last = x;
  }
  if (!firstPerson) return null;
  const draft = makeDraft('direct', sentences[s].start, sentences[last].end, null, s, lead);
  if (lead) {
    resolveSpeaker(text, tokens, sentences[s - 1], draft, previous, registry);
    draft.rule = 'unquoted words after a lead-in ending with a colon';
    draft.confidence = 0.7;
  } else if (previous) {
    draft.entity = previous.entity;
    if (draft.entity) draft.entity.statements++;
    draft.rule = 'unquoted words continued in a paragraph of their own';
    draft.confidence = 0.6;
  }
  return draft;
}

/** Keeps recency up to date: a sentence that opens with a person's name makes them the likely `he`. */
function noteSubject(text: string, tokens: readonly Token[], sentence: Sentence, registry: Registry, datelineEnd: number): void {
  noteOrganizationSubject(tokens, sentence, registry);
  noteSpeechAgent(text, tokens, sentence, registry);
  const appositive = appositiveSubject(tokens, sentence) ?? frontedAppositive(tokens, sentence);
  if (appositive) {
    // The description before a person's name is its title: `Her son, Diego,` / `The board chair, Erik Holm,`.
    const entity = nameEntity(text, tokens, appositive, registry);
    const comma = isPersonDescriptor(tokens[appositive.first - 1].lower) ? appositive.first - 2 : appositive.first - 1;
    // `His death was announced by his widow, Celeste Varga,`: the description after the clause's verb and preposition.
    // `The Chairman of the Traders Union (ATU), Comrade Emeka Obi,`: the body's acronym in brackets is the title's.
    let from = comma - 3 > sentence.first && tokens[comma - 1].lower === ')' && tokens[comma - 3].lower === '(' ? comma - 3 : comma;
    // (`court-appointed` is a compound adjective, no verb.)
    // A quotation before it (`"…," her son, Daniel Okafor, said`) and a speech verb (`"…," said Brazil's minister, X,`) end it too.
    for (;;) {
      // `the Chief Press Secretary to the Governor`: a link after a title word is the title's; `one of the detained men`: a
      // participle after a determiner is an adjective.
      // `Counsel for the accused, X,`: a speech verb's participle after a determiner is a noun too (not `the state …`).
      while (from - 1 >= sentence.first && tokens[from - 1].kind === 'w' && (!(tokens[from - 1].verb && !tokens[from - 1].cap) ||
        (tokens[from - 1].lower.endsWith('ed') && from - 2 >= sentence.first && DETERMINERS.has(tokens[from - 2].lower))) &&
        (!isFiniteVerb(tokens[from - 1]) || tokens[from - 1].lower.includes('-') || (from - 2 >= sentence.first && DETERMINERS.has(tokens[from - 2].lower))) &&
        (!AGENT_LINKS.has(tokens[from - 1].lower) || (from - 2 >= sentence.first && isTitleWord(tokens[from - 2])))) from--;
      // The commas of a portfolio's list belong to the title (`Commissioner for Commerce, Industry and Cooperatives`).
      const title = from - 1 > sentence.first && tokens[from - 1].lower === ',' ? portfolioBefore(tokens, from - 1, sentence.first) : -1;
      if (title < 0) break;
      from = title;
    }
    // `But the chairman of …, Alhaji Musa Bello,`: a conjunction opening the sentence is no part of the title either.
    if (from < comma && SENTENCE_CONJUNCTIONS.has(tokens[from].lower)) from++;
    if (DETERMINERS.has(tokens[from].lower)) from++;
    // A courtesy title gives way, as after the name: `The commissioner, Dr Kemi Lawal,`.
    if ((!entity.title || HONORIFICS.has(entity.title.toLowerCase())) && !entity.organization && from < comma) registry.addTitle(entity, text.slice(tokens[from].start, tokens[comma - 1].end));
    noteIssuedDocument(tokens, sentence, appositive.last, entity, registry);
    return;
  }
  const subordinate = subordinateSubject(tokens, sentence);
  if (subordinate) nameEntity(text, tokens, subordinate, registry);
  const cue = sentenceSubject(tokens, sentence);
  // `Born in Tacoma …, Ms. Hale learned …`: an opening word that is no name leaves the subject after a fronted phrase.
  // `For Derek Holloway, 67, from Brackwater, …`: a name inside the opening phrase is no subject either.
  if (!cue || (cue.phrase?.kind === 'name' && (!plausibleName(tokens, cue.phrase, sentence, registry) || !opensSentence(tokens, cue.phrase, sentence)))) {
    const fronted = frontedSubject(tokens, sentence, registry) ?? frontedTitledSubject(tokens, sentence);
    if (fronted) nameEntity(text, tokens, fronted, registry);
    return;
  }
  if (!cue || !cue.phrase || cue.phrase.kind !== 'name' || !opensSentence(tokens, cue.phrase, sentence) || !plausibleName(tokens, cue.phrase, sentence, registry)) return;
  if (tokens[cue.phrase.first].start < datelineEnd) return; // `DELMONT, Ky. (AP)` is a place, not the subject
  // `Sen. Ann Holt, a Democrat from Oregon, and Rep. Mark Ellison clashed …`: an apposition may stand before the `and`.
  const and = tokens[cue.next]?.lower === ',' ? appositionEnd(tokens, cue.next, sentence.last) + 1 : cue.next;
  let after = tokens[cue.next];
  if (and > 0 && tokens[and]?.lower === 'and' && and + 1 < sentence.last) {
    // `Mayor Paul Vega and Councilwoman Irene Wu met …`: both are subjects.
    const end = nameRunEnd(tokens, and + 1, Math.min(sentence.last, and + 10));
    const second = end < sentence.last && ((tokens[end].kind === 'w' && !tokens[end].cap) || tokens[end].lower === ',') ? phraseBefore(tokens, end, and + 1) : null;
    if (!second || second.kind !== 'name' || titleFollows(tokens, end, sentence.last)) return;
    const firstEntity = nameEntity(text, tokens, cue.phrase, registry);
    if (and > cue.next && !firstEntity.organization) registry.addTitle(firstEntity, text.slice(tokens[cue.next + 1].start, tokens[and - 2].end));
    const secondEntity = nameEntity(text, tokens, second, registry);
    // `Marrowby City Council and Severnholt Water have signed …`: a later `the partners said`, `the two organisations said`
    // speaks for both bodies at once.
    // One of them must be known as a body, and neither may be a person (`Acme Corp and Jane Roe` are no partners).
    if ((firstEntity.organization || secondEntity.organization) && !personLike(firstEntity) && !personLike(secondEntity) && and === cue.next) {
      const joint = [...firstEntity.parts, 'and', ...secondEntity.parts];
      for (const head of JOINT_HEADS) registry.noteOrganizationHead(head, joint, tokens[cue.phrase.first].start);
    }
    return;
  }
  if (!after || (after.kind === 'w' && (after.cap || after.lower === 'of')) || (after.kind === 'p' && after.lower !== '(' && after.lower !== ',')) return;
  // `Consumer advocates said …`, `Labour activists …`: a capitalised word before a noun for a group modifies it; it names no one.
  if (modifiesGroup(tokens, cue.next, sentence.last)) return;
  // `Lumen glasses cost $499`, `Corvane shares fell`: a single capitalised word before a plural noun and its verb is a brand or a
  // company modifying the subject; it does nothing itself, so it is no organisation acting (a later `the company` is not it).
  if (cue.phrase.nameLast - cue.phrase.nameFirst === 1 && modifiesPluralSubject(tokens, cue.next, sentence.last)) return;
  const entity = nameEntity(text, tokens, cue.phrase, registry);
  noteIssuedDocument(tokens, sentence, cue.next, entity, registry);
  if (!entity.gender && !entity.organization) {
    // `Gemma, 34, who did not want to give her surname, pushed …`: read past the age; the relative clause's `her` is hers too.
    const aged = ageApposition(tokens, cue.next, sentence.last);
    const relative = aged || personRelative(tokens, cue.next, sentence.last);
    // `Priya, a graduate student on her way to …,`: the description's `her` is hers, as a relative clause's is.
    const role = !relative && roleApposition(tokens, cue.next, sentence.last);
    const from = aged ? cue.next + 3 : relative || role ? cue.next + 1 : cue.next;
    if (relative && entity.parts.length === 1) entity.gender = genderOfFirstName(entity.parts[0]);
    // `Marlowe's co-star Dev Ramaswamy, who plays her brother, …`: after a named possessor, a `her` may be the possessor's.
    const owned = cue.phrase.first !== afterDateline(tokens, sentence);
    if (!entity.gender && !owned) entity.gender = possessiveGender(tokens, from, sentence.last, (relative && tokens[from]?.lower === 'who') || role ? MAX_RELATIVE_GENDER : 4);
    // `Northline Electricity has posted a statement on its website. It reads: …`: `its` in the subject's own clause makes the
    // name a body's, so a later `it` finds it; not a name that opens with a first name (`Ravi Patel praised its staff`).
    if (!entity.gender && !owned && genderOfFirstName(entity.parts[0]) === null && ownsIts(tokens, from, sentence.last)) entity.organization = true;
  }
}

/** Nouns for a speech given by someone: `a keynote by Ana Ruiz`, `in a speech by the minister`. */
const SPEECH_EVENTS = new Set(['keynote', 'speech', 'address', 'remarks', 'talk', 'lecture', 'presentation', 'sermon', 'eulogy']);

/**
 * `The summit opened with a keynote by Amara Osei, who …. "…," she told the audience.`: the person who gave a speech is who the
 * story turns to, so a later `she` may mean her, though her name was only the object of `by`.
 */
function noteSpeechAgent(text: string, tokens: readonly Token[], sentence: Sentence, registry: Registry): void {
  for (let k = sentence.first + 1; k + 1 < sentence.last; k++) {
    if (tokens[k].lower !== 'by' || !SPEECH_EVENTS.has(tokens[k - 1].lower) || !tokens[k + 1].cap) continue;
    const phrase = phraseAfter(tokens, k + 1, sentence.last);
    if (phrase && phrase.kind === 'name' && !phrase.organization) nameEntity(text, tokens, phrase, registry);
  }
}

/** Words after a subject within which its own `its` is looked for: `has posted a statement on its website`. */
const MAX_ITS_REACH = 8;
/** Words that end the subject's own clause before an `its` that may belong to someone else: `X said its …`. */
const ITS_BARRIERS = new Set([',', 'that', 'said', 'says', 'told', 'tells', 'his', 'her', 'their', 'who', 'which', 'and', 'but']);

/** Is there an `its` among the words right after a subject, before its clause ends? */
function ownsIts(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k < last && k < from + MAX_ITS_REACH; k++) {
    const t = tokens[k];
    if (t.kind === 'q' || ITS_BARRIERS.has(t.lower)) return false;
    if (t.lower === 'its') return true;
  }
  return false;
}

/** An entity the text shows to be a person: a title, a gender or a known first name. */
function personLike(e: Entity): boolean {
  return !e.organization && (e.title !== null || e.gender !== null || genderOfFirstName(e.parts[0]) !== null);
}

/** Prepositions before a description that name an agent or a recipient, not a title: `announced by his widow`. */
const AGENT_LINKS = new Set(['by', 'to', 'from', 'with']);

/** Capitalised words of a possessor that may open a subject before a person's title: `Tessa Marlowe's`. */
const MAX_POSSESSOR_WORDS = 3;

/**
 * Does the person's phrase open the sentence, perhaps after a named possessor of their title (`Marlowe's co-star Dev
 * Ramaswamy, who …, spoke …`, `Holt's brother Sam Holt arrived …`)?
 */
function opensSentence(tokens: readonly Token[], phrase: SpeakerPhrase, sentence: Sentence): boolean {
  const first = afterDateline(tokens, sentence);
  if (phrase.first === first) return true;
  // `Shares of Acme Corp fell …`, `Shares in Acme rose …`: the company whose shares open the sentence (see phraseBefore).
  if (phrase.first === first + 2 && MARKET_MEASURES.has(tokens[first].lower) && (tokens[first + 1].lower === 'of' || tokens[first + 1].lower === 'in')) return true;
  const owner = phrase.first - 1;
  if (phrase.organization || owner < first || owner - first >= MAX_POSSESSOR_WORDS || !tokens[owner].cap || !isPossessive(tokens[owner]) || !isTitleWord(tokens[phrase.first])) return false;
  for (let k = first; k < owner; k++) if (tokens[k].kind !== 'w' || !tokens[k].cap) return false;
  return true;
}

/** Words in an apposition set off by commas inside a subject: `, a Democrat from Oregon,`. */
const MAX_SUBJECT_APPOSITION = 8;

/** The comma that closes an apposition opened by the comma at `comma` (words only between them), or -1. */
function appositionEnd(tokens: readonly Token[], comma: number, last: number): number {
  for (let k = comma + 1; k < last && k <= comma + MAX_SUBJECT_APPOSITION + 1; k++) {
    if (tokens[k].lower === ',') return k > comma + 1 ? k : -1;
    if (tokens[k].kind !== 'w' || tokens[k].verb !== undefined) return -1;
  }
  return -1;
}

/** How far into a relative clause after an age (`, 34, who did not want to give her surname,`) a `her` or `his` is looked for. */
const MAX_RELATIVE_GENDER = 9;

/** `Halifax Regional Fire and Emergency division chief Paul Arsenault`: lower-case words and a title before a name, so the capitals before them are the title's. */
function titleFollows(tokens: readonly Token[], from: number, last: number): boolean {
  for (let m = from; m + 1 < last && m < from + MAX_TITLE_TAIL && tokens[m].kind === 'w' && !tokens[m].cap; m++) {
    if (isTitleWord(tokens[m]) && tokens[m + 1].cap) return true;
  }
  return false;
}
const MAX_TITLE_TAIL = 4;

/** `Ingrid Solberg praised her team`: the first his/her right after the subject tells its gender. */
function possessiveGender(tokens: readonly Token[], from: number, last: number, span = 4): 'f' | 'm' | null {
  for (let k = from; k < last && k < from + span; k++) {
    const t = tokens[k];
    if (t.kind !== 'w' || t.cap) return null;
    // `Owen Saltley, who cast her in …`: a `her` before a preposition, an article or a stop is someone else, the object.
    if (t.lower === 'her' && k + 1 < last && isObjectHer(tokens[k + 1])) continue;
    if (t.lower === 'her' || t.lower === 'herself') return 'f';
    if (t.lower === 'his' || t.lower === 'himself') return 'm';
  }
  return null;
}

/** Words after an object `her` (`cast her in`, `hired her as`, `told her that`), which a possessive `her` never precedes. */
const AFTER_OBJECT_HER = new Set(['in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'into', 'about', 'after', 'before', 'during',
  'over', 'through', 'up', 'out', 'off', 'back', 'down', 'and', 'or', 'but', 'that', 'the', 'a', 'an', 'when', 'because', 'while']);

function isObjectHer(next: Token): boolean {
  return next.kind !== 'w' || AFTER_OBJECT_HER.has(next.lower);
}

/** Tokens before the comma of a name set off after the opening description. */
const MAX_APPOSITIVE_DESCRIPTION = 20;

/** `The institute's board chair, Erik Holm, welcomed …`: a name set off by commas after the opening description. */
function appositiveSubject(tokens: readonly Token[], sentence: Sentence): SpeakerPhrase | null {
  // (A portfolio or a body's name may make the description long: `The state Chairman of the Amalgamated Traders and Market
  // Workers Union (ATMWU), Comrade X,`.)
  const limit = Math.min(sentence.last - 2, sentence.first + MAX_APPOSITIVE_DESCRIPTION);
  // `Tennant took over the foundry from his father, Harold, in 1989.`: a name and its verb open a clause, not a description.
  const opening = tokens[sentence.first];
  if (limit > sentence.first + 1 && opening.cap && verbAfterName(opening, tokens[sentence.first + 1])) return null;
  for (let k = sentence.first + 1; k < limit; k++) {
    if (tokens[k].kind === 'q') return null;
    if (tokens[k].lower !== ',') continue;
    if (introducesWork(tokens, k)) return null;
    // The name is set off after a description or a title (`Her son, Diego,`, `The Transport Secretary, Alun Pritchard,`),
    // not after another name in a list (`The recall covers models HC-450, HC-600 and HC-650, sold …`).
    // `The Commissioner for Commerce, Industry and Cooperatives, Alhaji Musa Bello,`: a comma inside a portfolio's list
    // either ends the title or goes on with the list; `The leader of Kellsbridge District Council, Marian Trewin,`.
    const portfolio = k - 1 > sentence.first && tokens[k - 1].cap && !isTitleWord(tokens[k - 1]) && (portfolioBefore(tokens, k, sentence.first) >= 0 || titleOfNamedBody(tokens, sentence.first, k));
    if (!portfolio && k - 1 > sentence.first && tokens[k - 1].cap && !isTitleWord(tokens[k - 1])) return null;
    // `One of the apprentices, 23-year-old Suki Tanaka-Reid, studied …`: an age before the name is no part of it.
    const start = k + 2 < limit && isPersonDescriptor(tokens[k + 1].lower) ? k + 2 : k + 1;
    const end = nameRunEnd(tokens, start, limit + 2);
    // `Her coalition partner, Councillor Owen Pryce (Labour, Harbourside Ward), backed …`: the brackets are the name's.
    const close = skipBracketed(tokens, end, sentence.last);
    if (end === start || tokens[close]?.lower !== ',' || tokens[close + 1]?.kind !== 'w' || tokens[close + 1].cap) {
      if (portfolio) continue;
      return null;
    }
    const phrase = phraseBefore(tokens, end, start);
    return phrase && phrase.kind === 'name' ? phrase : null;
  }
  return null;
}

/**
 * `The leader of Kellsbridge District Council, Marian Trewin, …`, `The chief executive of Northline Electricity, X, …`: a
 * lower-case title of a body named in capitals runs from `from` to the comma at `comma`, so the name after it is a person's.
 */
function titleOfNamedBody(tokens: readonly Token[], from: number, comma: number): boolean {
  let m = DETERMINERS.has(tokens[from].lower) ? from + 1 : from;
  let title = false;
  for (; m < comma && tokens[m].kind === 'w' && !tokens[m].cap && tokens[m].lower !== 'of' && tokens[m].lower !== 'at'; m++) title ||= isTitleWord(tokens[m]);
  if (!title || m + 1 >= comma || (tokens[m].lower !== 'of' && tokens[m].lower !== 'at')) return false;
  m++;
  if (tokens[m].lower === 'the') m++;
  if (m >= comma) return false;
  for (; m < comma; m++) if (tokens[m].kind !== 'w' || !(tokens[m].cap || tokens[m].lower === 'of' || tokens[m].lower === 'and')) return false;
  return true;
}

/** Tokens a portfolio may span back from one of its commas to its title word: `Minister of State for Trade, Industry and`. */
const MAX_PORTFOLIO = 12;

/**
 * `Commissioner for Commerce, Industry and Cooperatives`, `Minister of Works, Housing and Transport`: is the comma at `k`
 * inside the capitalised list a title word governs through `for` or `of`? Gives the title word's index, or -1.
 */
function portfolioBefore(tokens: readonly Token[], k: number, first: number): number {
  let linked = false;
  for (let m = k - 1; m >= first && m >= k - MAX_PORTFOLIO; m--) {
    const t = tokens[m];
    // `Chairman of the Amalgamated Traders Union`, `head of the Roads Agency`: the title governs a named body too.
    if (t.kind === 'w' && isTitleWord(t)) return linked ? m : -1;
    if (t.kind === 'w' && t.cap) continue;
    if (t.lower === 'for' || t.lower === 'of') { linked = true; continue; }
    if (t.lower !== ',' && t.lower !== 'and' && t.lower !== '&' && !(t.lower === 'the' && m - 1 >= first && (tokens[m - 1].lower === 'of' || tokens[m - 1].lower === 'for'))) return -1;
  }
  return -1;
}

/**
 * `Speaking at the event, the head of the agency, Mr Emmanuel Obi, thanked …`: after a fronted participle or adverbial phrase,
 * a description and a name set off by commas, as `appositiveSubject` reads them at a sentence's start.
 */
function frontedAppositive(tokens: readonly Token[], sentence: Sentence): SpeakerPhrase | null {
  const first = afterDateline(tokens, sentence);
  if (first >= sentence.last || !(isParticiple(tokens[first]) || isSentenceStarter(tokens[first]))) return null;
  for (let k = first + 1; k < sentence.last - 1 && k < first + MAX_FRONTED_PHRASE; k++) {
    if (tokens[k].kind === 'q') return null;
    if (tokens[k].lower !== ',') continue;
    return DETERMINERS.has(tokens[k + 1].lower) ? appositiveSubject(tokens, { ...sentence, first: k + 1 }) : null;
  }
  return null;
}
const MAX_FRONTED_PHRASE = 12;

/** `Her new album, Low Tide Lanterns, is out …`: the name set off by the comma at `k` is a work's, not a person's. */
function introducesWork(tokens: readonly Token[], k: number): boolean {
  return TITLE_LEADS.has(tokens[k - 1].lower);
}

/**
 * `Every morning at 5 a.m., Rosa Alvarez unlocks …` / `…, Tom Brannigan, 71, pulls …` /
 * `Asked whether he would stay, Brannigan laughed.`: the name right after a fronted phrase.
 */
function frontedSubject(tokens: readonly Token[], sentence: Sentence, registry: Registry): SpeakerPhrase | null {
  const first = afterDateline(tokens, sentence);
  // The fronted phrase is adverbial: it opens with a word like `Every`, `In`, `After` and has no subject of its own,
  // unless it is a participle phrase (`Asked whether he …`), whose subject is the name after it.
  if (first >= sentence.last) return null;
  const participle = isParticiple(tokens[first]);
  if (!participle && !isSentenceStarter(tokens[first])) return null;
  const limit = Math.min(sentence.last - 1, first + 12);
  for (let k = first + 1; k < limit; k++) {
    if (tokens[k].kind === 'q' || (!participle && CLAUSE_SUBJECTS.has(tokens[k].lower))) return null;
    if (tokens[k].lower !== ',') continue;
    // `For Derek Holloway, 67, from Brackwater, walking has …`: a full name with an age, in the fronted phrase, is the person the passage is about.
    if (!participle && ageApposition(tokens, k, sentence.last)) {
      const named = phraseBefore(tokens, k, first + 1);
      return named && named.kind === 'name' && !named.organization && named.nameLast - named.nameFirst > 1 ? named : null;
    }
    // `For Okonkwo, the question is …`: a person already speaking in the text, alone in an opening `For` phrase, is whom the passage is about.
    if (!participle && tokens[first].lower === 'for') {
      const topic = phraseBefore(tokens, k, first + 1);
      if (topic && topic.kind === 'name' && !topic.organization && topic.first === first + 1 && registry.isSpeaker(tokens[topic.nameLast - 1].lower)) return topic;
    }
    if (introducesWork(tokens, k)) return null;
    const end = nameRunEnd(tokens, k + 1, Math.min(sentence.last, k + 8));
    if (end === k + 1 || end >= sentence.last || RELATIVE_WORDS.has(tokens[end].lower)) return null;
    // The verb follows the name, or an apposition set off by commas (`, 71,` / `, a nurse,`).
    const apposition = tokens[end].lower === ',' && end + 1 < sentence.last && !tokens[end + 1].cap;
    // A name joined to another by `and` is one of a pair or a list, no one subject (`… HC-450, HC-600 and HC-650, sold …`).
    if (!apposition && (tokens[end].kind !== 'w' || tokens[end].cap || tokens[end].lower === 'and' || tokens[end].lower === 'or')) return null;
    const phrase = phraseBefore(tokens, end, k + 1);
    if (!phrase || phrase.kind !== 'name' || phrase.organization) return null;
    return phrase.nameLast - phrase.nameFirst > 1 || registry.knownName(tokens[phrase.nameFirst].lower) ? phrase : null;
  }
  return null;
}

/** Lower-case words of a short opening phrase with no comma before a titled name: `At one point`, `On day two`. */
const MAX_BARE_FRONTED = 4;

/**
 * `At one point Judge Mia Torres warned both lawyers …`, `Later that day Sen. Ann Holt left …`: a short adverbial opening with no
 * comma, then a capitalised title and a full name before a lower-case verb: the titled person is the subject.
 */
function frontedTitledSubject(tokens: readonly Token[], sentence: Sentence): SpeakerPhrase | null {
  const first = afterDateline(tokens, sentence);
  if (first + 4 >= sentence.last || !isSentenceStarter(tokens[first])) return null;
  let m = first + 1;
  while (m < sentence.last && m <= first + MAX_BARE_FRONTED && tokens[m].kind === 'w' && !tokens[m].cap && !CLAUSE_SUBJECTS.has(tokens[m].lower) && !FINITE_AUXILIARIES.has(tokens[m].lower)) m++;
  if (m === first + 1 || m >= sentence.last || !tokens[m].cap || !isTitleWord(tokens[m]) || NOT_A_TITLE_OPENING.has(tokens[m].lower)) return null;
  const end = nameRunEnd(tokens, m, Math.min(sentence.last, m + MAX_NAME_RUN));
  if (end >= sentence.last || tokens[end].kind !== 'w' || tokens[end].cap || tokens[end].lower === 'and' || tokens[end].lower === 'or' || tokens[end].lower === 'of') return null;
  const phrase = phraseBefore(tokens, end, m);
  return phrase && phrase.kind === 'name' && !phrase.organization && phrase.nameLast - phrase.nameFirst > 1 ? phrase : null;
}

/** Capitalised title words that open no person's title after a bare opening phrase: `In total Members …`. */
const NOT_A_TITLE_OPENING = new Set(['members', 'member', 'lead', 'acting', 'former']);

/** Participles without an -ed or -ing ending that open a sentence about someone: `Born in Tacoma, Ms. Hale …`. */
const IRREGULAR_PARTICIPLES = new Set(['born', 'known', 'grown', 'brought', 'taught', 'built', 'given', 'taken', 'seen']);

/** `Asked whether …`, `Born in Tacoma …`, `Speaking on a picket line …`: a participle whose subject is the name after its phrase. */
function isParticiple(t: Token): boolean {
  return t.kind === 'w' && (IRREGULAR_PARTICIPLES.has(t.lower) || (t.lower.length > 4 && (t.lower.endsWith('ed') || t.lower.endsWith('ing'))));
}

/** Words of an opening participle phrase before its subject: `Asked whether the side had been lucky, she …`. */
const MAX_PARTICIPLE_PHRASE = 12;

/** `Asked whether her side had been lucky, she laughed.`: the pronoun that is the subject after an opening participle phrase. */
function frontedPronoun(tokens: readonly Token[], sentence: Sentence): Cue | null {
  const first = afterDateline(tokens, sentence);
  if (first >= sentence.last || !isParticiple(tokens[first])) return null;
  const limit = Math.min(sentence.last - 2, first + MAX_PARTICIPLE_PHRASE);
  for (let k = first + 1; k < limit; k++) {
    if (tokens[k].kind === 'q') return null;
    if (tokens[k].lower !== ',') continue;
    const t = tokens[k + 1];
    if (t.lower !== 'he' && t.lower !== 'she' && t.lower !== 'they') return null;
    const phrase = phraseBefore(tokens, k + 2, k + 1);
    return phrase && tokens[k + 2].kind === 'w' ? { verb: -1, next: k + 2, info: null, phrase, inverted: false, viaRelative: false } : null;
  }
  return null;
}

/** `When Gov. Elena Marsh signed the budget, she called it …`: the person named right after an opening subordinator. */
function subordinateSubject(tokens: readonly Token[], sentence: Sentence): SpeakerPhrase | null {
  const first = afterDateline(tokens, sentence);
  if (first + 2 >= sentence.last || !SUBORDINATORS.has(tokens[first].lower)) return null;
  const end = nameRunEnd(tokens, first + 1, Math.min(sentence.last, first + 1 + MAX_NAME_RUN));
  if (end === first + 1 || end >= sentence.last || tokens[end].kind !== 'w' || tokens[end].cap) return null;
  const phrase = phraseBefore(tokens, end, first + 1);
  return phrase && phrase.kind === 'name' && !phrase.organization && phrase.nameLast - phrase.nameFirst > 1 ? phrase : null;
}

/** Words in a name with its title after a salutation or an opening subordinator, at most. */
const MAX_NAME_RUN = 8;

/** Where the run of capitalised or title words that starts at `from` ends, before `limit`: a name with its title. */
function nameRunEnd(tokens: readonly Token[], from: number, limit: number): number {
  let end = from;
  while (end < limit && tokens[end].kind === 'w' && (tokens[end].cap || isTitleWord(tokens[end]))) end++;
  return end;
}

/** `Dear Secretary Mayorkas:` / `Dear Ms. Vance,`: the person a letter addresses. */
function salutationName(tokens: readonly Token[], sentence: Sentence): SpeakerPhrase | null {
  if (tokens[sentence.first].lower !== 'dear') return null;
  const end = nameRunEnd(tokens, sentence.first + 1, Math.min(sentence.last, sentence.first + 1 + MAX_NAME_RUN));
  if (end === sentence.first + 1 || end >= sentence.last || (tokens[end].lower !== ':' && tokens[end].lower !== ',')) return null;
  const phrase = phraseBefore(tokens, end, sentence.first + 1);
  return phrase && phrase.kind === 'name' && !phrase.organization ? phrase : null;
}

/** A one-word name that opens a sentence must be known as a name elsewhere (`Soon`, `Reflecting` are not) or be an acronym (`NASA`). */
/**
 * `The company's guarantee does not cover …, it said.`: a sentence about `the company` (or its possession) makes the
 * organisation it means the likeliest `it` of what follows, as a name opening a sentence makes a person the likely `he`.
 */
function noteOrganizationSubject(tokens: readonly Token[], sentence: Sentence, registry: Registry): void {
  const first = afterDateline(tokens, sentence);
  if (first + 2 >= sentence.last || tokens[first].lower !== 'the') return;
  const noun = tokens[first + 1];
  const head = withoutPossessive(noun.lower);
  if (noun.kind !== 'w' || noun.cap || !GENERIC_ORG_HEADS.has(head)) return;
  const mention = { start: tokens[first].start, end: noun.end };
  const entity = registry.resolveDescription(head, mention);
  if (entity) registry.touch(entity, mention, true);
}

/** Conjunctions that open a sentence: `But the chairman …`. */
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'or']);

/** Is token `k` a plural noun for a group of people that heads the subject (`advocates said`, `activists who …`), not a verb (`advocates a ban`)? */
function modifiesGroup(tokens: readonly Token[], k: number, ceiling: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'w' || t.cap || !t.lower.endsWith('s') || !DESCRIPTION_HEADS.has(t.lower) || k + 1 >= ceiling) return false;
  const next = tokens[k + 1];
  return next.verb !== undefined || FINITE_AUXILIARIES.has(next.lower) || next.lower === 'who' || next.lower === ',';
}

/** Is token `k` a plural noun (no speech verb) followed by a finite verb, so the head of the subject (`glasses cost`, `shares fell`)? */
function modifiesPluralSubject(tokens: readonly Token[], k: number, ceiling: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'w' || t.cap || t.verb || isFiniteVerb(t) || !t.lower.endsWith('s') || t.lower.endsWith('ss') || k + 1 >= ceiling) return false;
  const next = tokens[k + 1];
  return next.verb !== undefined || isFiniteVerb(next);
}

function plausibleName(tokens: readonly Token[], phrase: SpeakerPhrase, sentence: Sentence, registry: Registry): boolean {
  // The first word after a dateline opens the sentence as much as the sentence's first word: `LONDON (Reuters) - Shares in …`.
  if (phrase.nameLast - phrase.nameFirst > 1 || (phrase.nameFirst !== sentence.first && phrase.nameFirst !== afterDateline(tokens, sentence)) || isAcronym(tokens[phrase.nameFirst], 1)) return true;
  // `Gemma, 34, who did not want to give her surname, …`: an age in apposition makes a first name the lexicon lacks a person's.
  // `Maria, who asked that her last name not be used, said …`: so does a relative clause with `who`.
  // `Priya, a graduate student on her way to …, posted …`: so does a description of a person set off by a comma.
  return registry.knownName(tokens[phrase.nameFirst].lower) || ageApposition(tokens, phrase.nameLast, sentence.last) || personRelative(tokens, phrase.nameLast, sentence.last) ||
    roleApposition(tokens, phrase.nameLast, sentence.last);
}

/** Lower-case words before the noun of a person's role in an apposition: `, a retired graduate student`. */
const MAX_ROLE_APPOSITION = 3;

/** Is token `k` the comma opening `a`/`an` and a noun for a kind of person (`, a nurse from Leeds`, `, an off-duty firefighter`)? */
function roleApposition(tokens: readonly Token[], k: number, last: number): boolean {
  if (k + 2 >= last || tokens[k].lower !== ',' || (tokens[k + 1].lower !== 'a' && tokens[k + 1].lower !== 'an')) return false;
  for (let m = k + 2; m < last && m <= k + 1 + MAX_ROLE_APPOSITION; m++) {
    const t = tokens[m];
    if (t.kind !== 'w' || t.cap) return false;
    if (isPersonRole(t)) return true;
  }
  return false;
}

/** Is token `k` the comma opening a relative clause with `who` (`Maria, who …`), which only a person takes? */
function personRelative(tokens: readonly Token[], k: number, last: number): boolean {
  return k + 1 < last && tokens[k].lower === ',' && tokens[k + 1].lower === 'who';
}

/** Is token `k` the comma opening an age set off by commas (`, 34,`), the way news introduces a person? */
function ageApposition(tokens: readonly Token[], k: number, last: number): boolean {
  if (k + 2 >= last || tokens[k].lower !== ',' || tokens[k + 2].lower !== ',') return false;
  const age = tokens[k + 1].lower;
  if (age.length > 3) return false;
  for (let i = 0; i < age.length; i++) if (!isDigit(age.charCodeAt(i))) return false;
  return true;
}

/** Endings of abstract nouns, never of a one-word name: `Management`, `Administration`, `Leadership`. */
const COMMON_NOUN_ENDING = /(ment|tion|sion|ness|ship)$/;

function isUnknownCommonNoun(tokens: readonly Token[], phrase: SpeakerPhrase, sentence: Sentence, registry: Registry): boolean {
  const word = tokens[phrase.nameFirst];
  return phrase.nameLast - phrase.nameFirst === 1 && phrase.nameFirst === sentence.first && COMMON_NOUN_ENDING.test(word.lower) && !registry.knownName(word.lower);
}

function spanText(text: string, tokens: readonly Token[], first: number, last: number): TextSpan {
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  return { start, end, text: text.slice(start, end) };
}

function nameEntity(text: string, tokens: readonly Token[], phrase: SpeakerPhrase, registry: Registry): Entity {
  const parts: string[] = [];
  // Only the last word's possessive is the text's (`Greene's`); one inside belongs to the name (`U.S. Attorney's Office`).
  for (let k = phrase.nameFirst; k < phrase.nameLast; k++) {
    const word = text.slice(tokens[k].start, tokens[k].end);
    parts.push(k === phrase.nameLast - 1 ? withoutPossessive(word) : word);
  }
  // `Mr Ruairí Keane SC`, `Dame Ann Roe KC`: a person's honours or degrees written after the name with no comma are no part of it.
  for (let k = phrase.nameLast - 1; parts.length > 2 && !phrase.organization && POST_NOMINALS.has(tokens[k].lower) && allCapitals(text, tokens[k].start, tokens[k].end); k--) parts.pop();
  let titleFirst = phrase.first;
  // `Her colleague Paul Brandt`: a determiner, possessive or not, is no part of the title (nor a clue to his gender).
  if (titleFirst < phrase.nameFirst && DETERMINERS.has(tokens[titleFirst].lower)) titleFirst++;
  // `The 31-year-old Pryce`: an age is no title.
  if (titleFirst < phrase.nameFirst && isPersonDescriptor(tokens[titleFirst].lower)) titleFirst++;
  // `Police Chief Anna Weller and Sheriff Tom Briggs`: the title is the one after the other person's name.
  // `Margaret Hill and her sister Joan Ferris`: after a possessive determiner too, which is no part of it.
  for (let k = titleFirst + 1; k < phrase.nameFirst - 1; k++) {
    if (tokens[k].lower !== 'and' || !tokens[k - 1].cap || isTitleWord(tokens[k - 1])) continue;
    const role = DETERMINERS.has(tokens[k + 1].lower) && k + 2 < phrase.nameFirst ? k + 2 : k + 1;
    if (isTitleWord(tokens[role]) || (role > k + 1 && !tokens[role].cap)) titleFirst = role;
  }
  // `lead author Dr. Mei Tanaka`: a courtesy title after a role is the name's, not the role's (alone, it is the title).
  let titleLast = phrase.nameFirst;
  while (titleLast - 1 > titleFirst && HONORIFICS.has(tokens[titleLast - 1].lower)) titleLast--;
  const title = titleFirst < titleLast ? text.slice(tokens[titleFirst].start, tokens[titleLast - 1].end) : null;
  const entity = registry.resolveName(parts, title, phrase.organization, { start: tokens[phrase.first].start, end: tokens[phrase.last - 1].end });
  // The courtesy title left out still tells the gender (`actor Sir Desmond Fairweather`).
  for (let k = titleLast; k < phrase.nameFirst && !entity.gender; k++) entity.gender = FEMALE_WORDS.has(tokens[k].lower) ? 'f' : MALE_WORDS.has(tokens[k].lower) ? 'm' : null;
  return entity;
}

/** How far from one interview label the next or the last may be: a few answers. */
const LABEL_REACH = 4000;

/** Does the label `text[start, end)` (`Hale:`) open another line within reach? Only line starts are compared. */
function labelRecurs(text: string, start: number, end: number): boolean {
  const label = text.slice(start, end);
  for (let i = text.indexOf('\n', end); i >= 0 && i < end + LABEL_REACH; i = text.indexOf('\n', i + 1)) if (text.startsWith(label, i + 1)) return true;
  for (let i = text.lastIndexOf('\n', start - 2); i >= 0 && i > start - LABEL_REACH; i = text.lastIndexOf('\n', i - 1)) if (text.startsWith(label, i + 1)) return true;
  return text.startsWith(label, 0) && start > 0 && start < LABEL_REACH;
}

/** `, the running and cycling app owned by …,` after the comma at `comma`: an apposition whose head noun is a business's kind. */
function describedAsBusiness(tokens: readonly Token[], comma: number, limit: number): boolean {
  if (comma + 2 >= limit || (tokens[comma + 1].lower !== 'the' && tokens[comma + 1].lower !== 'a' && tokens[comma + 1].lower !== 'an')) return false;
  let head = '';
  for (let k = comma + 2; k < limit && k <= comma + MAX_BUSINESS_APPOSITION; k++) {
    const t = tokens[k];
    // `, the product manager who led the Lumen team,`: `who` ends the head and says it is a person, whatever noun follows.
    if (t.lower === 'who') return false;
    if (t.kind !== 'w' || APPOSITION_HEAD_ENDS.has(t.lower)) return ORG_KIND_WORDS.has(head);
    head = t.lower;
  }
  return false;
}
const MAX_BUSINESS_APPOSITION = 10;

/** `the Rovers boss`, `Minister's official spokesman`: the capitalised word inside a description, lower-cased, or its possessor. */
function descriptionModifier(tokens: readonly Token[], phrase: SpeakerPhrase): string | null {
  for (let k = phrase.first; k < phrase.last - 1; k++) {
    const t = tokens[k];
    if (t.cap && t.kind === 'w' && !DETERMINERS.has(t.lower)) return withoutPossessive(t.lower);
  }
  return null;
}

/** `recentFrom`: where the paragraph before the sentence starts; a word for a position (`the striker`) may mean a person named since. */
function resolveSpeaker(text: string, tokens: readonly Token[], sentence: Sentence, draft: Draft, previous: Draft | null, registry: Registry, recentFrom = -1): void {
  const att = draft.attribution;
  const phrase = att?.cue.phrase;
  if (!att || !phrase) {
    inherit(draft, previous, registry);
    return;
  }
  draft.rule = att.rule;
  draft.confidence = att.confidence;
  draft.mention = spanText(text, tokens, phrase.first, phrase.last);
  if (att.cue.info && att.cue.verb >= 0) draft.cue = spanText(text, tokens, att.cue.verb, att.cue.next);
  else if (att.cue.info === null && att.cue.verb >= 0 && tokens[att.cue.verb].lower === 'according') draft.cue = spanText(text, tokens, att.cue.verb, att.cue.verb + 2);
  const at = tokens[phrase.first].start;
  // `Reuters reported that …`: a capitalised word right before a finite speech verb is a name, known or not.
  const subjectOfVerb = !att.cue.inverted && att.cue.info !== null && att.cue.info.finite && !att.cue.info.attitude && phrase.last === att.cue.verb;
  // `Labour, which came third, said …`: `which` makes the word before it a body's name, known or not.
  // So does an apposition that calls it a business: `Corvell, the Leeds-based software firm, said …`.
  const body = phrase.kind === 'name' && !att.cue.inverted && phrase.last + 1 < att.cue.verb && tokens[phrase.last].lower === ',' &&
    (tokens[phrase.last + 1].lower === 'which' || describedAsBusiness(tokens, phrase.last, att.cue.verb));
  // `Hale: We started slowly …`: a label that opens more than one line of an interview names its speaker, known or not
  // (`Keynote: …` once is a heading).
  const label = att.cue.info === null && att.cue.verb >= 0 && tokens[att.cue.verb].lower === ':' && labelRecurs(text, tokens[phrase.first].start, tokens[att.cue.verb].end);
  if (phrase.kind === 'name' && !subjectOfVerb && !body && !label && !plausibleName(tokens, phrase, sentence, registry)) {
    inherit(draft, previous, registry);
    return;
  }
  switch (phrase.kind) {
    case 'name': {
      // `Management said in a statement …`: a common noun opening the sentence describes the source, it names nobody.
      if (isUnknownCommonNoun(tokens, phrase, sentence, registry)) break;
      const entity = nameEntity(text, tokens, body && !phrase.organization ? { ...phrase, organization: true } : phrase, registry);
      // After `According to Doe,` comes the report, not Doe's title.
      const according = att.cue.info === null && att.cue.verb >= 0 && tokens[att.cue.verb].lower === 'according';
      if (!phrase.organization && !according) addApposition(text, tokens, sentence, phrase, entity, registry, att.cue.verb > phrase.last ? att.cue.verb : sentence.last);
      else if (phrase.nameLast < phrase.last) registry.addDescriptor(entity, phrase.head);
      draft.entity = entity;
      break;
    }
    case 'pronoun': {
      // `One nurse, who did not want to be named, said … "I love this job," she said.`: still the unnamed source.
      if (continuesUnnamedSource(text, previous, phrase, at)) break;
      // `Pillai, he said, had been …`: the pronoun of a cue interposed in a report is not the report's subject.
      // `Lisle asked her to stay because, as she put it, …`: nor anyone named before an object pronoun of the same gender.
      const object = interruptsSubject(tokens, att.cue, sentence.first, sentence.last) ? phrase.first : objectPronounBefore(tokens, sentence.first, phrase.first, phrase.head);
      const subject = object >= 0 ? { start: tokens[sentence.first].start, end: tokens[object].start } : null;
      draft.entity = registry.resolvePronoun(phrase.head, at, subject);
      if (draft.entity) registry.touch(draft.entity, draft.mention, true);
      break;
    }
    case 'description': {
      // `The government's disaster agency said`: a body owned by someone else is not the organisation named before.
      // `Police said …`: a bare `police` is the one force the story names, even if it names it only later.
      draft.entity = phrase.indefinite ? documentOwner(tokens, phrase, draft.mention, registry) ?? (phrase.head === 'police' && phrase.last - phrase.first === 1 ? registry.soleOrganization('police', draft.mention) : null) : filedPaper(phrase, registry) ?? authoredDocument(phrase, registry) ?? citedDocument(tokens, phrase, previous) ?? issuedDocument(phrase, previous, registry) ?? namedOwnersBody(text, tokens, phrase, registry) ?? registry.resolveDescription(phrase.head, draft.mention, descriptionModifier(tokens, phrase), recentFrom, !hasPossessor(tokens, phrase));
      if (draft.entity) registry.touch(draft.entity, draft.mention, true);
      break;
    }
  }
  if (draft.entity) {
    draft.entity.statements++;
    noteAddressee(text, tokens, sentence, att.cue, draft.entity, registry);
  }
  const words = att.cue.inverted && draft.cue ? `${draft.cue.text} ${draft.mention.text}` : `${draft.mention.text}${draft.cue ? ' ' + draft.cue.text : ''}`;
  draft.rule = `${att.rule}: ${words}`;
}

/** Heads of the descriptions news gives unnamed sources: `a spokesman`, `an official`, `an aide`. */
const UNNAMED_SOURCE_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'representative', 'source', 'insider', 'adviser', 'advisor', 'diplomat']);
/** Offices whose holders issue findings: `Coroner Ann Hale found that …`, `District Judge Sam Roy, finding that …`. */
const JUDICIAL_TITLES = new Set(['coroner', 'judge', 'justice', 'magistrate', 'sheriff', 'adjudicator', 'arbitrator', 'ombudsman', 'examiner']);

/** Whether a speaker phrase's title (the words before the name proper) names a judicial office. */
function judicialTitle(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  for (let k = phrase.first; k < phrase.nameFirst; k++) if (JUDICIAL_TITLES.has(tokens[k].lower)) return true;
  return false;
}

/** Tokens before a pronoun searched for an object pronoun of the same gender. */
const MAX_OBJECT_REACH = 24;
/** Words after `her` that make it an object (`asked her to stay`), not a possessive (`praised her team`). */
const AFTER_OBJECT = new Set(['to', 'for', 'in', 'on', 'at', 'with', 'about', 'into', 'from', 'by', 'that', 'if', 'whether', 'a', 'an', 'the', 'up', 'out', 'back', 'down', 'over', 'because', 'when', 'after', 'before']);

/**
 * `The director, Howard Lisle, asked her to fill in because, as she later put it, …`: an object pronoun right after the past-tense
 * verb of a subject named in the sentence is someone else, and a later `she` (`he`) in the sentence goes with that object.
 * The index of the object pronoun before token `pronoun`, or -1.
 */
function objectPronounBefore(tokens: readonly Token[], first: number, pronoun: number, head: string): number {
  const object = head === 'she' ? 'her' : head === 'he' ? 'him' : '';
  if (!object) return -1;
  for (let k = pronoun - 1; k - 2 >= first && k >= pronoun - MAX_OBJECT_REACH; k--) {
    if (tokens[k].lower !== object) continue;
    const verb = tokens[k - 1];
    const next = tokens[k + 1];
    const past = verb.kind === 'w' && !verb.cap && (verb.lower.endsWith('ed') || IRREGULAR_PAST.has(verb.lower));
    const named = tokens[k - 2].cap || tokens[k - 2].lower === ',';
    if (past && named && (object === 'him' || next.kind === 'p' || AFTER_OBJECT.has(next.lower))) return k;
  }
  return -1;
}

/**
 * `"…," he told Voskuijlen. She disputed the figure …`: a person already known, named as the addressee of a speech verb,
 * is mentioned there, after the speaker, and so is the later pronoun's likelier referent. Only when the two differ in
 * gender: after `Ford told Hale …`, `She said …` goes on with Ford, the subject.
 */
function noteAddressee(text: string, tokens: readonly Token[], sentence: Sentence, cue: Cue, speaker: Entity, registry: Registry): void {
  if (!cue.info?.object || cue.inverted || cue.next >= sentence.last || !tokens[cue.next].cap) return;
  const addressee = phraseAfter(tokens, cue.next, sentence.last);
  if (!addressee || addressee.kind !== 'name' || addressee.organization) return;
  const parts: string[] = [];
  for (let k = addressee.nameFirst; k < addressee.nameLast; k++) parts.push(withoutPossessive(text.slice(tokens[k].start, tokens[k].end)));
  const person = registry.knownPerson(parts);
  if (person && person.gender && speaker.gender && person.gender !== speaker.gender) registry.touch(person, { start: tokens[addressee.first].start, end: tokens[addressee.last - 1].end }, false);
}

/** `A police statement said`, `a company statement said`: a document speaks for the body its modifier names, as `the police` would. */
function documentOwner(tokens: readonly Token[], phrase: SpeakerPhrase, mention: TextSpan, registry: Registry): Entity | null {
  const modifier = tokens[phrase.last - 2];
  if (!SOURCE_DOCUMENTS.has(phrase.head) || phrase.last - 2 <= phrase.first || modifier.kind !== 'w' || modifier.cap || !DESCRIPTION_HEADS.has(modifier.lower)) return null;
  return registry.resolveDescription(modifier.lower, mention);
}

/**
 * `Spain's agriculture ministry said`, `Germany's foreign ministry`: a body whose owner is a name (a country, a city,
 * a company) is named by the whole phrase, as `the Spanish agriculture ministry` would be; `the government's
 * disaster agency` (an owner described, not named) stays unnamed.
 */
function namedOwnersBody(text: string, tokens: readonly Token[], phrase: SpeakerPhrase, registry: Registry): Entity | null {
  const owner = tokens[phrase.first];
  if (!phrase.organization || !owner.cap || !isPossessive(owner) || phrase.last - phrase.first < 2) return null;
  return nameEntity(text, tokens, { ...phrase, kind: 'name', nameFirst: phrase.first, nameLast: phrase.last }, registry);
}

/** Words after a subject searched for the document it issued: `confirmed the news in a statement to Variety`. */
const ISSUED_REACH = 8;

/**
 * `Her publicist, Anya Brightwater, confirmed the news in a statement to Variety.`: the person the sentence is about
 * issued `a statement`; a later `the statement said` is theirs when no report cited a statement in between.
 */
function noteIssuedDocument(tokens: readonly Token[], sentence: Sentence, from: number, entity: Entity, registry: Registry): void {
  const to = Math.min(sentence.last, from + ISSUED_REACH);
  for (let k = from; k + 1 < to; k++) {
    if (tokens[k].kind !== 'w') continue;
    if ((tokens[k].lower === 'a' || tokens[k].lower === 'an') && tokens[k + 1].kind === 'w' && SOURCE_DOCUMENTS.has(tokens[k + 1].lower)) {
      registry.issuer = { entity, head: tokens[k + 1].lower, at: tokens[k].start };
      return;
    }
  }
  // `Dustin Kearney, who played drums …, filed the lawsuit Monday`: a court paper the subject filed, past a relative clause.
  const far = Math.min(sentence.last, from + FILED_REACH);
  for (let k = from; k + 2 < far; k++) {
    if (FILING_VERBS.has(tokens[k].lower) && (tokens[k + 1].lower === 'the' || tokens[k + 1].lower === 'a') && COURT_PAPERS.has(tokens[k + 2].lower)) {
      registry.filer = entity;
      return;
    }
  }
}

/** Words after a subject searched for the court paper it filed: `X, who …, filed the lawsuit`. */
const FILED_REACH = 24;

/**
 * The issuer of `the statement` while no one else has spoken since it was issued or cited: see `noteIssuedDocument` and
 * `noteCitedDocument` (`In a statement, SkyBridge said …. The airline said …. "…," the statement added.`).
 */
function issuedDocument(phrase: SpeakerPhrase, previous: Draft | null, registry: Registry): Entity | null {
  const issuer = registry.issuer;
  if (!issuer || phrase.indefinite || issuer.head !== phrase.head || phrase.last - phrase.first !== 2) return null;
  return previous && previous.start > issuer.at && previous.entity !== issuer.entity ? null : issuer.entity;
}

/**
 * `The complaint alleges …`, `the lawsuit says`: a court paper is one document under several names, and a story has one; it stays
 * the filer's (`X filed the lawsuit`) whoever spoke since, and whoever a clause inside it names.
 */
function filedPaper(phrase: SpeakerPhrase, registry: Registry): Entity | null {
  return !phrase.indefinite && phrase.last - phrase.first === 2 && COURT_PAPERS.has(phrase.head) ? registry.filer : null;
}

/** Documents with an author that a story is about, and names again as `the report`, whoever spoke in between. */
const AUTHORED_DOCUMENTS = new Set(['report', ...RESEARCH_DOCUMENTS]);

/** `According to the report, …`: the author of the report cited before (see `noteCitedDocument`). */
function authoredDocument(phrase: SpeakerPhrase, registry: Registry): Entity | null {
  const author = registry.author;
  return author && !phrase.indefinite && phrase.last - phrase.first === 2 && author.head === phrase.head ? author.entity : null;
}

/** A statement whose cue cites a document (`said in a statement`, `In a statement, X said`) makes its speaker that document's issuer. */
function noteCitedDocument(tokens: readonly Token[], draft: Draft, registry: Registry): void {
  const cue = draft.attribution?.cue;
  if (!draft.entity || !cue?.phrase) return;
  const head = documentNear(tokens, cue, (lower) => SOURCE_DOCUMENTS.has(lower) && !RESEARCH_DOCUMENTS.has(lower));
  if (head) registry.issuer = { entity: draft.entity, head, at: draft.start };
  // `…, according to a report published today by X.` … `According to the report, …`: the report the story is about stays X's.
  const report = documentNear(tokens, cue, (lower) => AUTHORED_DOCUMENTS.has(lower));
  if (report) registry.author = { entity: draft.entity, head: report };
}

/** Tokens after a cue searched for the document it names: `said in a statement`, `according to a White House readout`. */
const DOCUMENT_REACH = 4;

/**
 * `… said in a statement that …. "…," the statement said.`: a definite document (`the statement`, `the readout`, `the letter`)
 * speaks for whoever the statement just before cited the same document for.
 */
function citedDocument(tokens: readonly Token[], phrase: SpeakerPhrase, previous: Draft | null): Entity | null {
  const cue = previous?.attribution?.cue;
  if (!previous?.entity || !cue?.phrase || !SOURCE_DOCUMENTS.has(phrase.head)) return null;
  return documentNear(tokens, cue, (lower) => withoutPossessive(lower) === phrase.head) ? previous.entity : null;
}

/** The document word next to a cue that `matches` (`said in a statement`, `according to a White House readout`), or null. */
function documentNear(tokens: readonly Token[], cue: Cue, matches: (lower: string) => boolean): string | null {
  if (!cue.phrase) return null;
  const from = Math.min(cue.phrase.first, cue.verb >= 0 ? cue.verb : cue.phrase.first);
  const to = Math.min(tokens.length, Math.max(cue.phrase.last, cue.next) + DOCUMENT_REACH);
  // Not past the sentence's end: `said Hale's lawyer, Rona Pike. The lawsuit says …` cites no lawsuit.
  for (let k = from; k < to && !isTerminal(analysedText().charCodeAt(tokens[k].start)); k++) if (matches(tokens[k].lower)) return tokens[k].lower;
  // `In an emailed statement, spokeswoman Ana Ruiz said …`: the document in the opening phrase before the speaker; not across
  // a `that` (`The complaint alleges that Vell told …`: the cue is inside the document's report, no citer of it).
  for (let k = from - 1; k >= 0 && k >= from - DOCUMENT_REACH - 1 && !isTerminal(analysedText().charCodeAt(tokens[k].start)) && tokens[k].lower !== 'that'; k--) {
    if (matches(tokens[k].lower)) return tokens[k].lower;
  }
  return null;
}

/** Does a description name an owner (`the government's disaster agency`, `Italy's civil protection agency`)? */
function hasPossessor(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  for (let k = phrase.first; k < phrase.last - 1; k++) if (isPossessive(tokens[k])) return true;
  return false;
}

/** Is `he`/`she` at `at` the unnamed person (`one nurse`, `a witness`) whose statement comes just before, in the same paragraph? */
function continuesUnnamedSource(text: string, previous: Draft | null, pronoun: SpeakerPhrase, at: number): boolean {
  const source = previous?.attribution?.cue.phrase;
  if (!previous || previous.entity || !source || source.kind !== 'description') return false;
  // `the groups said … . They said …`: a plural group that resolved to no one goes on speaking as `they`.
  const plural = source.head.endsWith('s');
  if (pronoun.head === 'they') return plural && !blankLineBetween(text, previous.end, at);
  if (!source.indefinite || (pronoun.head !== 'he' && pronoun.head !== 'she') || plural) return false;
  // `One reporter asked Camacho if …. "No," he said.`: whoever answers a question is the one it was put to, not its asker.
  if (previous.attribution?.cue.info?.base === 'ask') return false;
  return !blankLineBetween(text, previous.end, at);
}

/**
 * `said Jane Doe, CEO of Acme.` / `– Andrew Lautz, director of federal policy, NTU`: the title after the name. `limit`: the
 * sentence's end, or the cue's verb when the name is its subject (`Ahmed Rahimi, the plant manager, explains that …`).
 */
function addApposition(text: string, tokens: readonly Token[], sentence: Sentence, phrase: SpeakerPhrase, entity: Entity, registry: Registry, limit: number): void {
  let k = phrase.last;
  while (k < limit && tokens[k].lower === ')' ) k++;
  // `said Laura Benedetti, M.D., Ph.D., Professor of …`: the degrees are no title; the apposition after them is.
  if (k < limit && tokens[k].lower === ',') k = commaAfterPostNominals(tokens, k, limit);
  // A courtesy title gives way: `said Dr. Alicia Moreno, chief medical officer of …`.
  if (k >= limit || tokens[k].lower !== ',' || limit - k > 16 || (entity.title && !givesWay(entity.title))) return;
  if (limit < sentence.last) {
    subjectApposition(text, tokens, k, limit, entity, registry);
    return;
  }
  let end = limit;
  while (end > k + 1 && tokens[end - 1].kind === 'p' && tokens[end - 1].lower !== ')') end--;
  // `Edith Marsh, 88, who first danced here`: an age is no title, nor is a relative clause.
  let from = k + 1;
  if (from < end && isDigit(text.charCodeAt(tokens[from].start)) && tokens[from + 1]?.lower === ',') from += 2;
  if (end <= from || RELATIVE_OPENERS.has(tokens[from].lower) || CIRCUMSTANCE_OPENERS.has(tokens[from].lower) || opensParticiple(tokens, from, end) || isPartyTag(tokens[from])) return;
  // `said Priya Shah, Partner at Halcyon Ventures, who will join the board`: the title ends before a relative clause, set off
  // or not (`said Gary Pruitt, 67, a retired machinist who said …`).
  // It ends before the circumstances of the statement too: `…, chief executive of Halvard Systems, in her keynote.`
  for (let m = from + 1; m < end; m++) {
    if (!RELATIVE_OPENERS.has(tokens[m].lower) && !(tokens[m - 1].lower === ',' && CIRCUMSTANCE_OPENERS.has(tokens[m].lower))) continue;
    end = tokens[m - 1].lower === ',' ? m - 1 : m;
    break;
  }
  if (end === sentence.last && text.charCodeAt(tokens[end - 1].end - 1) === 46) {
    // `…, chief executive of Acme Corp.`: the sentence's period is not part of the title.
    registry.addTitle(entity, text.slice(tokens[from].start, tokens[end - 1].end - 1));
    return;
  }
  // `general secretary of the National Education Union (NEU)`: an acronym in brackets stays in the title.
  for (let m = from; m < end; m++) if (tokens[m].kind !== 'w' && !APPOSITION_MARKS.has(tokens[m].lower)) return;
  registry.addTitle(entity, text.slice(tokens[from].start, tokens[end - 1].end));
}

/**
 * A courtesy title (`Dr.`, `Sir`) or an abbreviated one (`Cllr`, `Sen.`) gives way to the office an apposition names:
 * `Cllr Maria Dunn, leader of Eastvale Council,`.
 */
function givesWay(title: string): boolean {
  return HONORIFICS.has(title.toLowerCase()) || (!title.includes(' ') && (title.endsWith('.') || title.length <= 4));
}

/** Words after a participle that make it a clause: `queuing for her loaf`, `holding a sign`, `standing outside`. */
const PARTICIPLE_LINKS = new Set([...DETERMINERS, 'for', 'to', 'at', 'with', 'outside', 'into', 'from', 'by', 'up', 'out', 'off', 'down', 'through', 'along', 'past', 'near', 'behind',
  'on', 'in', 'about', 'after', 'before', 'during', 'over', 'via']);

/** `says Janet Booth, 58, queuing for her usual loaf`: a participle with its object or place is what she does, no title (`managing director` is one). */
function opensParticiple(tokens: readonly Token[], from: number, end: number): boolean {
  const t = tokens[from];
  return t.kind === 'w' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ing') && from + 1 < end && PARTICIPLE_LINKS.has(tokens[from + 1].lower);
}

/** Marks inside a title after a name: `Smith & Nephew`, `the National Education Union (NEU)`. */
const APPOSITION_MARKS = new Set([',', '&', '(', ')']);
/** Words that open an apposition that is no title: an affiliation or a home (`of Marlow, Kentucky`), a relative clause. */
const NOT_TITLE_OPENERS = new Set(['of', 'from', 'in', 'at', 'who', 'which', 'whose', 'however']);
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose']);
/** Words that open the circumstances of a statement after the speaker's name, no title: `said Tom Ek, in a statement`. */
const CIRCUMSTANCE_OPENERS = new Set(['in', 'on', 'during', 'after', 'before', 'while']);

/**
 * `Ahmed Rahimi, the plant manager, explains`: the title is the words up to the next comma, cut before a relative clause
 * (`a former deputy governor who now teaches …`); an age (`, 58,`) or an affiliation (`, of the University of Lowbridge,`) is none.
 */
function subjectApposition(text: string, tokens: readonly Token[], comma: number, verb: number, entity: Entity, registry: Registry): void {
  const first = comma + 1;
  if (tokens[first].kind !== 'w' || isDigit(text.charCodeAt(tokens[first].start)) || NOT_TITLE_OPENERS.has(tokens[first].lower) || isPartyTag(tokens[first])) return;
  // `Mbeki, speaking to the club's media channel, said`: how the person spoke, no title.
  if (opensParticiple(tokens, first, verb)) return;
  let end = first;
  while (end < verb && tokens[end].lower !== ',' && !RELATIVE_OPENERS.has(tokens[end].lower) && (tokens[end].kind === 'w' || APPOSITION_MARKS.has(tokens[end].lower))) end++;
  if (tokens[end].lower !== ',' && !RELATIVE_OPENERS.has(tokens[end].lower)) return;
  registry.addTitle(entity, text.slice(tokens[first].start, tokens[end - 1].end));
}

function inherit(draft: Draft, previous: Draft | null, registry: Registry): void {
  if (!previous) {
    // The release's first quotation without a cue: the person the release is about so far.
    draft.entity = registry.mostRecentPerson(draft.start);
    if (draft.entity) draft.entity.statements++;
    draft.rule = draft.entity ? 'the person the release is about' : 'no attribution found';
    draft.confidence = draft.entity ? 0.4 : 0.2;
    return;
  }
  draft.entity = previous.entity;
  draft.mention = previous.mention;
  if (draft.entity) draft.entity.statements++;
  const sameParagraph = previous.quote && draft.quote && (previous.quote.paragraph === draft.quote.paragraph || draft.quote.resumes);
  draft.rule = sameParagraph ? 'continues the previous quotation' : 'inherits the previous speaker';
  draft.confidence = sameParagraph ? 0.75 : 0.5;
}

/** The two sides of a question-and-answer exchange quoted paragraph by paragraph (a cross-examination, a press conference). */
interface Exchange {
  asker: Entity;
  answerer: Entity | null;
}

function isQuestion(text: string, draft: Draft | null): boolean {
  return draft !== null && draft.kind === 'direct' && draft.quote !== null && endsWithQuestionMark(text, draft.start, draft.end);
}

function endsWithQuestionMark(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && text.charCodeAt(e - 1) === 32) e--;
  return e > start && text.charCodeAt(e - 1) === 63;
}

/**
 * `"…, didn't you?" Kessling asked. / "Not without a forklift," Carranza said. / "So you did nothing?" / "I did what I could."`:
 * once a question by one person has drawn an answer from another, quotations in paragraphs of their own with no cue
 * alternate between the two, a question going to the one who asks and the next paragraph to the one who answers.
 * Returns the exchange as it stands after `draft`.
 */
function alternate(text: string, draft: Draft, previous: Draft | null, exchange: Exchange | null): Exchange | null {
  const own = draft.kind === 'direct' && draft.quote !== null && (previous?.quote ?? null) !== null && previous!.quote!.paragraph !== draft.quote.paragraph;
  if (draft.attribution) {
    if (!draft.entity) return null;
    if (isQuestion(text, draft)) return { asker: draft.entity, answerer: null };
    if (exchange && own && isQuestion(text, previous) && previous!.entity === exchange.asker && draft.entity !== exchange.asker) return { asker: exchange.asker, answerer: draft.entity };
    return exchange && (draft.entity === exchange.asker || draft.entity === exchange.answerer) ? exchange : null;
  }
  if (!exchange || !exchange.answerer || !own || (previous!.entity !== exchange.asker && previous!.entity !== exchange.answerer)) return exchange;
  const entity = isQuestion(text, draft) ? exchange.asker : isQuestion(text, previous) ? exchange.answerer : null;
  if (entity && entity !== draft.entity) {
    if (draft.entity) draft.entity.statements--;
    draft.entity = entity;
    draft.entity.statements++;
    draft.mention = null;
    draft.rule = 'alternates in a question-and-answer exchange';
  }
  return exchange;
}

/** A statement by a definite description nobody named before (`Its governor said …`), and where it stands. */
interface Described {
  draft: Draft;
  /** The description's head noun, which the person's title must have: `governor`. */
  head: string;
  paragraph: number;
  /** Whether the description is in the lead, where a story describes whom it names next. */
  lead: boolean;
}

/**
 * Paragraphs after its description within which a person's name may still come: `Its governor said … Governor Maria Lind added …`;
 * a wire story may put a paragraph of market data in between.
 */
const DESCRIBED_REACH = 2;

/** Descriptions awaiting a name at once, at most: a paragraph of `the official said …` must not make each sentence's check grow. */
const MAX_DESCRIBED = 8;

function awaitName(described: Described[], pending: Described): void {
  if (described.length >= MAX_DESCRIBED) described.shift();
  described.push(pending);
}

/**
 * The head of the definite description a statement rests on, when no one named before fits it. In the lead, an indefinite one
 * of a judicial office too: `LONDON — A coroner has said …` is the coroner the story goes on to name (`Area coroner Ann Hale`).
 */
function awaitedTitle(tokens: readonly Token[], draft: Draft, lead: boolean): string | null {
  const phrase = draft.attribution?.cue.phrase;
  if (draft.entity !== null || phrase?.kind !== 'description') return null;
  const head = officeOf(tokens, phrase);
  // An office in the lead too (`A senior doctor has warned …`), not an unnamed source's (`A spokesman has said …`).
  const office = TITLE_WORDS.has(head) && !UNNAMED_SOURCE_HEADS.has(head);
  return !phrase.indefinite || (lead && (JUDICIAL_TITLES.has(head) || GENERIC_ORG_HEADS.has(head) || office)) ? head : null;
}

/** The office a description names: its head, or the title before `of` in `a former chief of staff to …`. */
function officeOf(tokens: readonly Token[], phrase: SpeakerPhrase): string {
  if (TITLE_WORDS.has(phrase.head)) return phrase.head;
  for (let k = phrase.nameFirst; k + 1 < phrase.nameLast; k++) if (tokens[k + 1].lower === 'of' && TITLE_WORDS.has(tokens[k].lower)) return tokens[k].lower;
  return phrase.head;
}

/**
 * `A leading children's charity has warned … . In its annual report, Children First said …`: a body described in the lead
 * is the first body a later statement introduces.
 */
function introducedBody(pending: Described, found: readonly Draft[]): Entity | null {
  // A definite one in the lead too: `…, the electricity network said. / Northern Power Grid said …`.
  if (!(pending.draft.attribution?.cue.phrase?.indefinite || pending.lead) || !ORG_KIND_WORDS.has(pending.head)) return null;
  for (const draft of found) {
    const entity = draft.entity;
    // A body's name the lexicon does not know as one (`Children First`) still has no first name and no title.
    const body = entity && (entity.organization || (entity.parts.length > 1 && !entity.title && genderOfFirstName(entity.parts[0]) === null));
    if (draft.start > pending.draft.start && body && entity.mentions[0].start > pending.draft.start) return entity;
  }
  return null;
}

/**
 * `The union's regional organiser told the Herald … Speaking on a picket line, Dave Kinsella said …`: a role named first,
 * in the same paragraph, belongs to the person the next statement introduces without a title of their own.
 */
function introducedSpeaker(pending: Described, sentence: Sentence, found: readonly Draft[]): Entity | null {
  // An indefinite role in the lead may be named in the paragraph after it, by a person's name (`A former chief of staff …
  // testified …` / `…, Carla Mendez told jurors.`); a definite one waits for its title (`the central bank's governor`).
  const next = pending.lead && !!pending.draft.attribution?.cue.phrase?.indefinite && sentence.paragraph === pending.paragraph + 1;
  if ((sentence.paragraph !== pending.paragraph && !next) || !TITLE_WORDS.has(pending.head)) return null;
  for (const draft of found) {
    const entity = draft.entity;
    if (draft.start > pending.draft.start && entity && !entity.organization && !entity.title && entity.mentions[0].start >= sentence.start &&
      (!next || genderOfFirstName(entity.parts[0]) !== null)) return entity;
  }
  return null;
}

/** Gives the pending descriptions the person this sentence (or one before it) names with their title, or introduces; forgets the old ones. */
function nameDescribedSpeakers(described: Described[], sentence: Sentence, found: readonly Draft[], registry: Registry): void {
  let kept = 0;
  for (const pending of described) {
    if (sentence.paragraph - pending.paragraph > DESCRIBED_REACH) continue;
    const { draft } = pending;
    const entity = registry.titledAfter(pending.head, draft.start, sentence.end) ?? introducedSpeaker(pending, sentence, found) ?? introducedBody(pending, found);
    if (!entity) {
      described[kept++] = pending;
      continue;
    }
    draft.entity = entity;
    entity.statements++;
    if (draft.mention) registry.touch(entity, draft.mention, true);
  }
  described.length = kept;
}

/** A quotation continued into the next paragraph takes the speaker named after its continuation. */
function continueBackwards(drafts: Draft[]): void {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const draft = drafts[i];
    if (!draft.quote?.continues || draft.attribution) continue;
    let j = i + 1;
    while (j < drafts.length && drafts[j].kind === 'indirect') j++;
    const next = drafts[j];
    if (!next?.quote?.resumes || next.entity === draft.entity) continue;
    if (draft.entity) draft.entity.statements--;
    draft.entity = next.entity;
    draft.mention = next.mention;
    if (draft.entity) draft.entity.statements++;
    draft.rule = 'continues into a quotation attributed later';
  }
}

function slug(name: string): string {
  const s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s || 'speaker';
}

function buildAnnotation(text: string, options: AnalyzeOptions, release: ReleaseHeader, drafts: Draft[], registry: Registry, problems: Problem[]): Annotation {
  const lines = new LineIndex(text);
  const ids = new Map<Entity, string>();
  const used = new Set<string>();
  const speakers: Speaker[] = [];
  for (const entity of registry.entities) {
    if (entity.statements <= 0) continue;
    const name = entity.parts.join(' ');
    let id = slug(name);
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    ids.set(entity, id);
    speakers.push({
      id, name, title: entity.title, aliases: [...entity.forms].filter((f) => f !== name),
      kind: entity.organization ? 'organization' : 'person',
      mentions: entity.mentions.slice().sort((a, b) => a.start - b.start),
    });
  }
  drafts.sort(byPosition);
  const statements: Statement[] = drafts.map((d, i) => ({
    id: `st-${i + 1}`, kind: d.kind, start: d.start, end: d.end, text: text.slice(d.start, d.end),
    range: lines.range(d.start, d.end), speakerId: d.entity ? ids.get(d.entity) ?? null : null,
    speakerMention: d.mention, cue: d.cue, confidence: d.confidence, origin: 'auto', rule: d.rule,
  }));
  return {
    schema: SCHEMA,
    offsetEncoding: 'utf-16',
    source: { path: options.path ?? null, sha256: options.sha256 ?? null, length: text.length },
    release,
    speakers,
    statements,
    problems,
  };
}
