// Who is who: merges the mentions of one person or organisation (full name, surname, title,
// acronym, pronoun) into one speaker, and resolves pronouns and descriptions to earlier speakers.
import { listedGender } from './firstNames';
import { ANAPHORIC_ROLES, COMPANY_WORDS, ENSEMBLE_WORDS, OFFICIAL_NOTICES, KIND_OF_HEAD, FEMALE_NAMES, FEMALE_WORDS, GENERIC_ORG_HEADS, KIN_WORDS, LEADER_WORDS, MALE_NAMES, MALE_WORDS, NAME_PARTICLES, NATIONALITY_NOUNS, PRONOUNS, PUBLIC_BODY_HEADS, PUBLIC_BODY_WORDS, TITLE_WORDS, TOP_OFFICES, TRADE_WORDS, wordClasses, WordClass } from './lexicon';
import { isPersonDescriptor } from './mentions';
import { Mention } from './types';
import { isUpper } from './text';

export interface Entity {
  /** Name tokens of the fullest form seen. */
  parts: string[];
  title: string | null;
  forms: Set<string>;
  organization: boolean;
  gender: 'f' | 'm' | null;
  mentions: Mention[];
  /** Offset of the latest mention, for recency. */
  last: number;
  /** Lower-case words of the title(s), to resolve `the senator`, `the minister`. */
  titleWords: Set<string>;
  statements: number;
  /** Lower-cased last name word, the merge key. */
  surname: string;
  /** Every title seen, so a repeated one costs nothing. */
  titles: Set<string>;
}

// A Map, not an object: a word like `constructor` must not find Object.prototype.
const TITLE_ALIASES = new Map<string, string>([['sen', 'senator'], ['sens', 'senator'], ['senators', 'senator'], ['rep', 'representative'], ['reps', 'representative'], ['gov', 'governor'], ['sec', 'secretary'], ['congressman', 'representative'], ['congresswoman', 'representative'], ['lt', 'lieutenant'], ['gen', 'general'], ['sgt', 'sergeant'], ['dr', 'doctor'], ['prof', 'professor'], ['spokeswoman', 'spokesperson'], ['spokesman', 'spokesperson'], ['boss', 'manager'], ['skipper', 'captain'], ['keeper', 'goalkeeper'], ['judge', 'justice']]);

/** Members of a legislature, by their normalised titles. */
const LEGISLATORS = new Set(['senator', 'representative', 'mp', 'mep', 'msp', 'mla', 'mpp', 'td', 'assemblyman', 'assemblywoman', 'assemblymember', 'legislator', 'lawmaker', 'delegate']);
/** Words for an office that stand for any of its titles: `the lawmaker` is the senator or the MP named before. */
const TITLE_CLASSES = new Map<string, ReadonlySet<string>>([['lawmaker', LEGISLATORS], ['legislator', LEGISLATORS]]);
/**
 * Titles a story uses for the same post when no one holds the word itself: British copy calls a football manager `the coach`,
 * American copy a head coach `the manager`. Only a fallback, so a story with a head coach and a general manager keeps them apart.
 */
const SAME_POST = new Map<string, string>([['coach', 'manager'], ['manager', 'coach']]);

/** Do the capitalised words of `parts` from `from` on (lower-case `of`, `and`, `for` skipped) begin with the letters of `initials`? */
function initialsMatch(parts: readonly string[], from: number, initials: string): boolean {
  let n = 0;
  for (let i = from; i < parts.length; i++) {
    const c = parts[i].charCodeAt(0);
    if (c < 65 || c > 90) continue;
    if (n >= initials.length || initials.charCodeAt(n) !== c) return false;
    n++;
  }
  return n === initials.length;
}

function holdsAny(titleWords: ReadonlySet<string>, titles: ReadonlySet<string>): boolean {
  for (const w of titleWords) if (titles.has(w)) return true;
  return false;
}

/** A person the text named as someone's relative (`Her son, Daniel Brisk,`). */
function isKin(e: Entity): boolean {
  return !e.organization && holdsAny(e.titleWords, KIN_WORDS);
}

function withoutPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

export function withoutPossessive(word: string): string {
  if (word.endsWith("'s") || word.endsWith('’s')) return word.slice(0, -2);
  // `Open Hands'`, `the Farmers’`: a plural possessive keeps only its apostrophe.
  return word.length > 2 && (word.endsWith("s'") || word.endsWith('s’')) ? word.slice(0, -1) : word;
}

/** Is one of the entity's names headed by a public body's noun (`… Commission`, `… Relief Fund`, `Ministry of …`)? */
function isPublicBody(e: Entity): boolean {
  for (const form of e.forms) {
    const words = form.toLowerCase().split(' ');
    const of = words.indexOf('of');
    if (PUBLIC_BODY_HEADS.has(words[words.length - 1]) || (of > 0 && PUBLIC_BODY_HEADS.has(words[of - 1]))) return true;
  }
  return false;
}

/** The first word of a C-suite title, from which its initials (`CFO`, `COO`) are taken. */
const CHIEF_WORDS = new Set(['chief']);

function normalizeTitleWord(word: string): string {
  const w = withoutPeriod(word.toLowerCase());
  return TITLE_ALIASES.get(w) ?? w;
}

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const MAX_SUFFIX = 3;

function surnameOf(parts: readonly string[]): string {
  let i = parts.length - 1;
  while (i > 0 && parts[i].length <= MAX_SUFFIX && SUFFIXES.has(parts[i].toLowerCase())) i--;
  return withoutPossessive(parts[i].toLowerCase());
}

export function genderOfFirstName(first: string): 'f' | 'm' | null {
  const name = first.toLowerCase();
  return FEMALE_NAMES.has(name) ? 'f' : MALE_NAMES.has(name) ? 'm' : listedGender(name);
}

function isAcronym(parts: readonly string[]): boolean {
  if (parts.length !== 1 || parts[0].length < 2 || parts[0].length > 6) return false;
  for (let i = 0; i < parts[0].length; i++) {
    const c = parts[0].charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

function sameParts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compatibleFirst(a: readonly string[], b: readonly string[]): boolean {
  // `von der Leyen` is the surname of `Ursula von der Leyen`, not a first name.
  if (a.length < 2 || b.length < 2 || a[0] === b[0] || NAME_PARTICLES.has(a[0]) || NAME_PARTICLES.has(b[0])) return true;
  const x = withoutPeriod(a[0].toLowerCase());
  const y = withoutPeriod(b[0].toLowerCase());
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/** How many earlier full names with a title a description with a team or body (`the Rovers boss`) looks back over. */
const MAX_TITLED_BACK = 8;

/** How many recently mentioned entities pronouns and descriptions are resolved against. */
const RECENT = 48;

export class Registry {
  readonly entities: Entity[] = [];
  /** Recently mentioned entities, pruned now and then, so resolution cost does not grow with the text. */
  #recent: Entity[] = [];
  /** The same entities as `#recent`, for a membership test that does not scan the list at every mention. */
  #inRecent = new Set<Entity>();
  readonly #bySurname = new Map<string, Entity[]>();
  /** Organisations of two words or more by their first word, lower-cased: `Acme` is `Acme Widgets Corp` once that has spoken or acted. */
  readonly #organizationsByFirstWord = new Map<string, Entity>();
  readonly #byAcronym = new Map<string, Entity>();
  /** Full names seen anywhere in the text, by surname: lets `Senator Grassley` become Chuck Grassley. */
  readonly #fullNames = new Map<string, string[]>();
  /** Acronym definitions `Long Name (ACR)`. */
  readonly #acronyms = new Map<string, string[]>();
  /** The first word of each company named with a legal suffix, to its full name: `Veridane` → `Veridane Therapeutics`. */
  readonly #companyFirstWords = new Map<string, string[]>();
  readonly #acronymOf = new Map<string, string>();
  /** Full names seen after a title in running text (`by Rovers manager Stuart Pennock`), by normalised title word. */
  readonly #titled = new Map<string, { parts: string[]; title: string; at: number }[]>();
  /** Defined terms with `the` (`the "Company"`), by lower-cased word: `the Company said` means the name defined. */
  readonly #defined = new Map<string, string[]>();
  /** Full names that carry defined terms: organisations. */
  readonly #definedNames = new Set<string>();
  readonly #organizations = new Map<string, { parts: string[]; at: number }[]>();
  /** Whom the text speaks to as `you`: the person a letter's salutation names (`Dear Secretary Mayorkas:`). */
  addressee: Entity | null = null;
  /** Whoever last issued a document (`X confirmed the news in a statement`) or cited one for their words (`In a statement, X said …`). */
  issuer: { entity: Entity; head: string; at: number } | null = null;
  /** Whoever filed the story's court paper (`X filed the lawsuit`): a later statement cited elsewhere does not replace it. */
  filer: Entity | null = null;
  /** The author of the report or study the story is about (`according to a report published today by X`). */
  author: { entity: Entity; head: string } | null = null;
  /** Lower-cased words seen capitalised inside a sentence: known names, unlike a sentence's first word. */
  readonly #names = new Set<string>();

  noteCapitalized(lower: string): void {
    this.#names.add(lower);
  }

  knownName(lower: string): boolean {
    return this.#names.has(lower) || this.#fullNames.has(withoutPossessive(lower));
  }

  /** Is `surname` (lower-cased) the surname of a person who has spoken in the text so far? */
  isSpeaker(surname: string): boolean {
    const list = this.#bySurname.get(surname);
    const latest = list ? list[list.length - 1] : undefined;
    return latest !== undefined && !latest.organization && latest.statements > 0;
  }

  noteFullName(parts: string[]): void {
    if (parts.length < 2) return;
    const key = surnameOf(parts);
    // The first full name with a surname is the one a lone surname expands to.
    if (!this.#fullNames.has(key)) this.#fullNames.set(key, parts);
  }

  /** `Veridane Therapeutics, Inc.`: a company named with a legal suffix; a later `Veridane` alone means it, unless a person has that surname. */
  noteCompany(parts: string[]): void {
    this.noteDefinedName(parts);
    if (!this.#companyFirstWords.has(parts[0])) this.#companyFirstWords.set(parts[0], parts);
  }

  noteAcronym(acronym: string, parts: string[]): void {
    if (this.#acronyms.has(acronym)) return;
    this.#acronyms.set(acronym, parts);
    this.#acronymOf.set(parts.join(' '), acronym);
  }

  /** The entity for a name mention, merging with an earlier one when compatible. */
  resolveName(parts: string[], title: string | null, organization: boolean, span: Mention): Entity {
    const written = parts.join(' ');
    // An acronym defined in the text (`Government Accountability Office (GAO)`) stands for its expansion.
    const expansion = parts.length === 1 ? this.#acronyms.get(parts[0]) ?? (organization ? this.#defined.get(parts[0].toLowerCase()) : undefined) : undefined;
    const acronym = expansion || isAcronym(parts) ? parts[0] : this.#acronymOf.get(written) ?? null;
    if (expansion) parts = expansion;
    if (!organization && parts.length > 1 && this.#definedNames.size > 0 && this.#definedNames.has(parts.join(' '))) organization = true;
    let entity = acronym ? this.#byAcronym.get(acronym) : undefined;
    // The merge key, lower-cased once: a lone surname expands below to a full name with the same key.
    const surname = surnameOf(parts);
    entity ??= this.#bySurnameMatch(parts, surname, organization);
    // `IV:` labelling the answers of an interview with Ines Vandervelde: a person's initials, not an organisation.
    // `the Consumer Product Safety Commission announced …. …, the CPSC said.`: an acronym never defined is the body named with those initials.
    if (!entity && acronym && !expansion && acronym.length >= 3) entity = this.#organizationByInitials(acronym) ?? undefined;
    if (!entity && acronym && !expansion && !organization) entity = this.#byInitials(acronym) ?? undefined;
    if (!entity) {
      if (parts.length === 1) {
        // A lone word is a person's surname first; else the first word of an organisation that has spoken or acted
        // (`Acme said` after `Acme Widgets Corp said`), or of a company named with a legal suffix (`Veridane Therapeutics, Inc.`).
        const full = organization ? undefined : this.#fullNames.get(surname);
        // `Mr. Li` with no one surnamed Li is `Li Weiming`, whose family name comes first.
        const known = full || organization ? undefined : this.#recentByFirstName(parts[0]);
        if (full) parts = full;
        else if (known) {
          parts = known.parts;
          entity = known;
        } else entity = this.#organizationsByFirstWord.get(surname);
        const company = full || entity || organization ? undefined : this.#companyFirstWords.get(parts[0]);
        if (company) {
          parts = company;
          organization = true;
          entity = this.#bySurnameMatch(parts, surnameOf(parts), true);
        }
      } else if (organization && isUpper(parts[parts.length - 1].charCodeAt(0))) {
        // (A proper name throughout: `French farmers …` then `the French government` are no company and its short name.)
        // `Corvane shares slide …` (a headline) then `Shares of Corvane Systems fell …`: the lone word met before, with no title
        // or gender, was the company's short name.
        entity = this.#loneWord(parts[0]);
        if (entity) {
          entity.parts = parts;
          entity.organization = true;
          entity.surname = surname;
          const list = this.#bySurname.get(surname);
          if (list) list.push(entity);
          else this.#bySurname.set(surname, [entity]);
          this.#organizationsByFirstWord.set(parts[0].toLowerCase(), entity);
        }
      }
      entity ??= this.#create(parts, surnameOf(parts), organization || expansion !== undefined);
    } else if (organization && !entity.organization && entity.parts.length === 1 && parts.length === 1 && !entity.gender) {
      // `Fitness app Pacely says …` then `Pacely, the running app owned by …, said`: a lone word first met with no kind is a
      // body once the text calls it one.
      entity.organization = true;
    }
    if (acronym) {
      entity.forms.add(acronym);
      this.#byAcronym.set(acronym, entity);
    }
    if (parts.length > entity.parts.length && compatibleFirst(entity.parts, parts)) {
      entity.forms.add(entity.parts.join(' '));
      entity.parts = parts;
    }
    if (!entity.gender && !entity.organization && entity.parts.length > 1) entity.gender = genderOfFirstName(entity.parts[0]);
    entity.forms.add(written);
    if (title) this.addTitle(entity, title);
    this.touch(entity, span, false);
    return entity;
  }

  /**
   * `Mr. Li` with no one surnamed Li is `Li Weiming`, whose family name comes first: the person last mentioned whose full name
   * opens with `word`. Only people already met as speakers or subjects, not every name run (`Turner Brings Delphi Fight`).
   */
  #recentByFirstName(word: string): Entity | null {
    return this.#latestPerson((e) => e.parts.length > 1 && e.parts[0] === word);
  }

  /** The person among the recent entities mentioned last that `fits`. */
  #latestPerson(fits: (e: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const e of this.#recent) if (!e.organization && (!best || e.last > best.last) && fits(e)) best = e;
    return best;
  }

  /** The latest entity known only by the one word `word`, with no title and no gender: a body's short name met first. */
  #loneWord(word: string): Entity | undefined {
    const list = this.#bySurname.get(word.toLowerCase());
    if (!list) return undefined;
    for (let i = list.length - 1; i >= 0 && i >= list.length - RECENT; i--) {
      const e = list[i];
      if (e.parts.length === 1 && e.parts[0] === word && !e.title && !e.gender && e.titleWords.size === 0) return e;
    }
    return undefined;
  }

  /** The person already known by this name (`Voskuijlen`), if any; creates nothing. */
  knownPerson(parts: string[]): Entity | null {
    const entity = this.#bySurnameMatch(parts, surnameOf(parts), false);
    return entity && !entity.organization ? entity : null;
  }

  /**
   * The most recent entity with the same surname and a compatible first name. A lone surname that several people share
   * means the one the text already calls by it alone: after `Her brother, Fintan Brannagh, …`, `Brannagh says` is still the
   * sister whom the text calls `Brannagh`, the brother being `Fintan` or `he` (a writer tells relatives apart by first name).
   */
  #bySurnameMatch(parts: readonly string[], surname: string, organization: boolean): Entity | undefined {
    let best: Entity | undefined;
    let called = false;
    // The latest namesake not named as someone's kin: a writer gives a relative (`His son, Daniel Brisk,`) a first name.
    let unrelated: Entity | undefined;
    let kin = false;
    // Only the latest RECENT namesakes: heads like `Department` or `Smith` gather one entity per
    // release in a long text, and scanning them all would make the cost quadratic.
    const list = this.#bySurname.get(surname) ?? [];
    for (let i = list.length - 1; i >= 0 && i >= list.length - RECENT; i--) {
      const c = list[i];
      if (c.organization !== organization && parts.length > 1 && c.parts.length > 1) continue;
      if (!compatibleFirst(c.parts, parts)) continue;
      const calledAlone = parts.length === 1 && c.parts.length > 1 && c.forms.has(parts[0]);
      if (!best || (calledAlone && !called) || (calledAlone === called && c.last > best.last)) {
        best = c;
        called = calledAlone;
      }
      if (parts.length > 1) continue; // only a lone surname is ambiguous among namesakes
      if (isKin(c)) kin = true;
      else if (!c.organization && c.parts.length > 1 && (!unrelated || c.last > unrelated.last)) unrelated = c;
    }
    // `Walter Brisk … His son, Daniel Brisk, said …. Brisk told the Gazette …`: with no one called by the surname alone yet,
    // it means the namesake who is no one's kin.
    return parts.length === 1 && !called && kin && unrelated ? unrelated : best;
  }

  /** The person most recently mentioned whose full name has these initials (`IV` for Ines Vandervelde). */
  /** The organisation mentioned last whose capitalised words have these initials (`Consumer Product Safety Commission`: CPSC), a country before them aside (`U.S.`). */
  #organizationByInitials(initials: string): Entity | null {
    let best: Entity | null = null;
    for (const e of this.#recent) {
      if (!e.organization || (best && e.last <= best.last)) continue;
      if (initialsMatch(e.parts, 0, initials) || (e.parts.length > 1 && e.parts[0].includes('.') && initialsMatch(e.parts, 1, initials))) best = e;
    }
    return best;
  }

  #byInitials(initials: string): Entity | null {
    return this.#latestPerson((e) => {
      if (e.parts.length !== initials.length) return false;
      for (let i = 0; i < initials.length; i++) if (e.parts[i].charCodeAt(0) !== initials.charCodeAt(i)) return false;
      return true;
    });
  }

  #create(parts: string[], surname: string, organization: boolean): Entity {
    const entity: Entity = {
      parts, title: null, forms: new Set([parts.join(' ')]), organization,
      gender: null, mentions: [], last: -1, titleWords: new Set(), statements: 0, surname, titles: new Set(),
    };
    this.entities.push(entity);
    if (organization && parts.length > 1) this.#organizationsByFirstWord.set(parts[0].toLowerCase(), entity);
    const list = this.#bySurname.get(surname);
    if (list) list.push(entity);
    else this.#bySurname.set(surname, [entity]);
    return entity;
  }

  /** Records a title, from before the name or from an apposition (`Jane Doe, a spokeswoman for Acme,`): its words find the person later (`the spokeswoman`). */
  addTitle(entity: Entity, title: string): void {
    if (entity.titles.has(title)) return; // seen before: nothing new to learn
    entity.titles.add(title);
    if (!entity.title || title.length > entity.title.length) entity.title = title;
    let initials = '';
    for (const word of title.split(/\s+/)) {
      const bare = withoutPeriod(word.toLowerCase());
      entity.titleWords.add(normalizeTitleWord(word));
      if (FEMALE_WORDS.has(bare)) entity.gender = 'f';
      else if (MALE_WORDS.has(bare)) entity.gender = 'm';
      initials = CHIEF_WORDS.has(bare) ? bare[0] : initials && /^[A-Z]/.test(word) ? initials + bare[0] : '';
    }
    // `Chief Financial Officer Rajiv Menon` is `the CFO`; `Chief Executive X` is `the CEO`.
    if (initials.length >= 2) entity.titleWords.add(initials === 'ce' ? 'ceo' : initials);
    // `Water Cabinet Secretary Joyce Wafula` is `the CS`, `Managing Director X` `the MD`: the initials of an office's last two
    // capitalised words, when the lexicon knows them as a title.
    const words = title.split(/\s+/);
    const n = words.length;
    if (n >= 2 && /^[A-Z]/.test(words[n - 2]) && /^[A-Z]/.test(words[n - 1])) {
      const tail = (words[n - 2][0] + words[n - 1][0]).toLowerCase();
      if (TITLE_WORDS.has(tail)) entity.titleWords.add(tail);
    }
  }

  touch(entity: Entity, span: Mention, pronoun: boolean): void {
    const previous = entity.mentions[entity.mentions.length - 1];
    if (!previous || previous.start !== span.start || previous.end !== span.end) {
      entity.mentions.push(pronoun ? { start: span.start, end: span.end, pronoun: true } : { start: span.start, end: span.end });
    }
    if (span.start > entity.last) entity.last = span.start;
    if (!this.#inRecent.has(entity)) {
      this.#recent.push(entity);
      this.#inRecent.add(entity);
      if (this.#recent.length > 2 * RECENT) {
        this.#recent = this.#recent.sort((a, b) => b.last - a.last).slice(0, RECENT);
        this.#inRecent = new Set(this.#recent);
      }
    }
  }

  /**
   * The earlier entity a pronoun stands for: the most recent compatible one. `outside`: a span whose last mention cannot be
   * the pronoun's (the subject a cue interrupts, `Pillai, he said, …`).
   */
  resolvePronoun(pronoun: string, at: number, outside: Mention | null = null): Entity | null {
    const info = PRONOUNS.get(pronoun);
    if (!info) return null;
    if (info.second) return this.addressee;
    const placed = (e: Entity) => e.last <= at && !(outside && e.last >= outside.start && e.last < outside.end);
    const fits = (e: Entity) => placed(e) && (info.plural || info.first ? true : info.gender ? !e.organization && (e.gender === null || e.gender === info.gender) : e.organization);
    // Established speakers and titled people outrank a bare capitalised word seen as a subject.
    const strength = (e: Entity) => (e.statements > 0 || e.title || e.parts.length > 1 || e.gender ? 1 : 0);
    let best: Entity | null = null;
    for (const e of this.#recent) {
      if (fits(e) && (!best || strength(e) > strength(best) || (strength(e) === strength(best) && e.last > best.last))) best = e;
    }
    if (!best && (info.plural || info.first)) {
      for (const e of this.#recent) if (e.last <= at && (!best || e.last > best.last)) best = e;
    }
    // `Northern Power Grid said … , it warned.`, `Acme said … It added …`: with no body known, `it` is the latest name that
    // cannot be a person's (no first name, title or gender; more than one word, or a speaker already), then known as a body.
    if (!best && pronoun === 'it') {
      for (const e of this.#recent) if (placed(e) && !e.gender && !e.title && (e.parts.length > 1 || e.statements > 0) && genderOfFirstName(e.parts[0]) === null && (!best || e.last > best.last)) best = e;
      if (best) best.organization = true;
    }
    return best ? this.#assign(best, info.gender) : null;
  }

  /** The latest full name seen after a title with `word` (and `modifier`, if given) before `at`. */
  #titledBefore(word: string, modifier: string | null, at: number): { parts: string[]; title: string } | null {
    const list = this.#titled.get(word);
    if (!list) return null;
    // The list is in text order: find the last entry before `at` by bisection, then look back a few for the modifier.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid].at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - MAX_TITLED_BACK; i--) {
      const entry = list[i];
      if (!modifier || entry.title.split(' ').includes(modifier)) return entry;
    }
    return null;
  }

  /** The person last named in [from, at) whose titles name no other position than `word` (any position for a nationality). */
  #lastNamedPerson(word: string, from: number, at: number): Entity | null {
    const national = NATIONALITY_NOUNS.has(word);
    let best: Entity | null = null;
    for (const e of this.#recent) {
      // A first name alone counts once the person has spoken (`Tom, 71, said …`). One touched at `at` was found for this very
      // mention (its second clause, or the partial quotation inside it) and is found again.
      if (e.organization || e.last > at || e.last < from || !(e.title || e.parts.length > 1 || e.statements > 0)) continue;
      // A position names no other position (`the striker` is not `the goalkeeper`); a nationality, no other nationality
      // (`Kenyan runner Daniel Ruto` is no `Ethiopian`); an age (`the 67-year-old`) fits anyone.
      let other = false;
      if (!isPersonDescriptor(word)) for (const w of e.titleWords) if (w !== word && (national ? NATIONALITY_NOUNS.has(w) : ANAPHORIC_ROLES.has(w))) other = true;
      if (!other && (!best || e.last > best.last)) best = e;
    }
    return best;
  }

  /** The most recently mentioned established person before `at`. */
  mostRecentPerson(at: number): Entity | null {
    return this.#latestPerson((e) => e.last < at && (!!e.title || e.parts.length > 1));
  }

  #assign(entity: Entity, gender: 'f' | 'm' | null): Entity {
    if (gender && !entity.gender && !entity.organization) entity.gender = gender;
    return entity;
  }

  /** `Rovers manager Stuart Pennock` in running text: a later `the Rovers boss` or `the manager` may mean him. */
  noteTitledName(parts: string[], title: string, at: number): void {
    const entry = { parts, title, at };
    for (const word of title.split(' ')) {
      const key = normalizeTitleWord(word);
      const list = this.#titled.get(key);
      if (!list) this.#titled.set(key, [entry]);
      else if (!sameParts(list[list.length - 1].parts, parts)) list.push(entry);
    }
  }

  /**
   * `the senator`, `the ministry`, `the zoo`: the most recent entity whose title or name has that
   * head, else a person named with that title in running text, else the latest organisation named
   * with that head before (`the National Zoo`). `modifier`: a capitalised word of the description
   * (`the Rovers boss`), which the title must have when some title does. `recentFrom`: for a word
   * for a position or an age (`the striker`, `the 24-year-old`) that no title has, the person last
   * named since that offset.
   */
  resolveDescription(head: string, span: Mention, modifier: string | null = null, recentFrom = -1, generic = true): Entity | null {
    const word = normalizeTitleWord(head);
    let best: Entity | null = null;
    let modified: Entity | null = null;
    const office = TITLE_CLASSES.get(word);
    const post = SAME_POST.get(word);
    let samePost: Entity | null = null;
    // `the foundation` is no person titled `president of the Open Pages Foundation`.
    const body = (wordClasses(word) & WordClass.OrgHead) !== 0;
    for (const e of this.#recent) {
      if (e.last > span.start) continue; // the same mention resolved again (a second clause of one report) must find the same entity
      if (body && !e.organization) continue;
      const matches = e.titleWords.has(word) || e.surname === word || (office !== undefined && !e.organization && holdsAny(e.titleWords, office));
      if (matches && (!best || e.last > best.last)) best = e;
      if (matches && modifier && e.titleWords.has(modifier) && (!modified || e.last > modified.last)) modified = e;
      if (post !== undefined && !e.organization && e.titleWords.has(post) && (!samePost || e.last > samePost.last)) samePost = e;
    }
    if (modified) return modified;
    const titled = !best || modifier ? this.#titledBefore(word, modifier, span.start) : null;
    if (titled) return this.resolveName(titled.parts, titled.title, false, span);
    // `Home manager Marta Kowalczyk said …. "…," the Polish coach said.`: no one is the coach, so the manager is.
    best ??= samePost;
    // `the Prime Minister's spokesman` is not the party's spokesman named before: a named owner must be in the title.
    if (best && (generic || !modifier)) return best;
    if (recentFrom >= 0 && NATIONALITY_NOUNS.has(word)) {
      // `the Swede said`: the person just named; a later `the Swede`, however far on, still means them.
      const person = this.#lastNamedPerson(word, recentFrom, span.start);
      if (person) person.titleWords.add(word);
      return person;
    }
    if (recentFrom >= 0 && (ANAPHORIC_ROLES.has(word) || TRADE_WORDS.has(word) || isPersonDescriptor(word))) return this.#lastNamedPerson(word, recentFrom, span.start);
    const named = this.#organizations.get(word);
    let parts: string[] | null = null;
    for (const org of named ?? []) if (org.at < span.start) parts = org.parts;
    if (parts) return this.resolveName(parts, null, true, span);
    // A description with an owner of its own (`the government's disaster agency`) is no organisation named before.
    if (!generic) return null;
    // `the agency`, `the regulator`: a public body (`the National Product Safety Commission`), even if a company spoke since;
    // `the company`, `the firm`: no public body, even if the agency spoke since.
    // `according to the recall notice`: a notice no one was cited for is the public body's, as `the agency` is.
    if (PUBLIC_BODY_WORDS.has(word) || COMPANY_WORDS.has(word) || OFFICIAL_NOTICES.has(word)) {
      const body = this.#latestOrganization(span.start, COMPANY_WORDS.has(word) ? 'private' : 'public');
      if (body) return body;
    }
    // `Northern Arcade, who were due to headline, cancelled. … the band said`: a band's name has no organisation's head, so the
    // group is the latest entity named that is no person as far as the text tells (no title, gender or known first name).
    if (ENSEMBLE_WORDS.has(word)) return this.#latestEnsemble(span.start);
    return GENERIC_ORG_HEADS.has(word) ? this.#latestOrganization(span.start) : null;
  }

  #latestEnsemble(at: number): Entity | null {
    let best: Entity | null = null;
    for (const e of this.#recent) {
      if (e.last > at || e.title || e.gender || (e.parts.length > 1 && genderOfFirstName(e.parts[0]) !== null)) continue;
      if (!best || e.last > best.last) best = e;
    }
    if (best) best.organization = true;
    return best;
  }

  /**
   * `the company`: the organisation that last spoke or acted as a subject before `at`. A bare
   * one-word name with no title or first name (`Orbital said …`) counts, and is an organisation from then on.
   */
  #latestOrganization(at: number, kind: 'public' | 'private' | null = null): Entity | null {
    let organization: Entity | null = null;
    if (kind === 'public') {
      for (const e of this.#recent) if (e.organization && e.last <= at && isPublicBody(e) && (!organization || e.last > organization.last)) organization = e;
      return organization;
    }
    // Failing that, a speaker whose name is not a person's as far as the text tells: no title, no gender, no known first name (`Gannet Agri-Supply said …`).
    let unknownKind: Entity | null = null;
    for (const e of this.#recent) {
      // `<=`: the same mention resolved again (a partial inside its report) finds the same organisation.
      if (e.last > at) continue;
      if (kind === 'private' && e.organization && isPublicBody(e)) continue;
      const bare = e.parts.length === 1 && !e.title && !e.gender && !this.#fullNames.has(e.surname);
      if ((e.organization || bare) && (!organization || e.last > organization.last)) organization = e;
      else if (e.statements > 0 && !e.title && !e.gender && genderOfFirstName(e.parts[0]) === null && (!unknownKind || e.last > unknownKind.last)) unknownKind = e;
    }
    const best = organization ?? unknownKind;
    if (best) best.organization = true;
    return best;
  }

  /** The person first named after `from` and by `at` with a title that has `head`: `Its governor said … Governor Maria Lind added`. */
  titledAfter(head: string, from: number, at: number): Entity | null {
    const word = normalizeTitleWord(head);
    // `The head of the agency told …. Administrator Ellen Voskuijlen testified …`: a leader is whoever holds its top office.
    const leader = LEADER_WORDS.has(word);
    for (const e of this.#recent) {
      if (e.organization || e.mentions.length === 0 || e.mentions[0].start <= from || e.last > at) continue;
      if (e.titleWords.has(word)) return e;
      if (leader && holdsAny(e.titleWords, TOP_OFFICES)) return e;
    }
    return null;
  }

  /** An organisation named in the text, found by the first pass, for `the zoo` to refer to. */
  noteOrganization(parts: string[], at: number): void {
    // `Carl Nwosu of Kellsport Police`: a person's name before `of` is no part of the organisation after it.
    const link = parts.indexOf('of');
    if (link === 2 && genderOfFirstName(parts[0]) !== null && link + 1 < parts.length) parts = parts.slice(link + 1);
    const head = parts[parts.length - 1].toLowerCase();
    this.noteOrganizationHead(head, parts, at);
    // `Corvalis Air`: a later `the airline` means it (see KIND_OF_HEAD).
    const kinds = KIND_OF_HEAD.get(head);
    if (kinds) for (const kind of kinds) this.noteOrganizationHead(kind, parts, at);
    // `Ministry of Education`, `University of Eastmoor`: the noun before `of` is the head a later `the ministry` uses.
    const of = parts.indexOf('of');
    if (of > 0) this.noteOrganizationHead(parts[of - 1].toLowerCase(), parts, at);
    // `the Hollis Creek Police Department`, `the Metropolitan Police Service`: the force a bare `Police said` means.
    for (let k = 0; k < parts.length - 1; k++) if (parts[k] === 'Police') this.noteOrganizationHead('police', parts, at);
  }

  /** `Brenner Logistik AG ("Brenner")`: a name a release defines a short form for is a company's. */
  noteDefinedName(parts: string[]): void {
    this.#definedNames.add(parts.join(' '));
  }

  /** `Acme Inc. (the "Company")`: a later `the company` means Acme. */
  noteDefinedHead(head: string, parts: string[], at: number): void {
    this.noteOrganizationHead(head, parts, at);
    if (!this.#defined.has(head)) this.#defined.set(head, parts);
  }

  /** `the ministry` for `Ministry of Education`; `the unions` for the coalition of unions named `parts` (see names.ts). */
  noteOrganizationHead(head: string, parts: string[], at: number): void {
    const list = this.#organizations.get(head);
    if (!list) this.#organizations.set(head, [{ parts, at }]);
    else if (!sameParts(list[list.length - 1].parts, parts)) list.push({ parts, at });
  }

  /** The only organisation the text names with head `head`, before or after `span` (`Northmoor Police` for `Police said`), or null. */
  soleOrganization(head: string, span: Mention): Entity | null {
    const list = this.#organizations.get(head);
    if (!list) return null;
    for (const org of list) if (!sameParts(org.parts, list[0].parts)) return null;
    return this.resolveName(list[0].parts, null, true, span);
  }

  /** `the GAO report` speaks for GAO; a later `the report` means GAO too. */
  addDescriptor(entity: Entity, head: string): void {
    entity.titleWords.add(normalizeTitleWord(head));
  }
}
