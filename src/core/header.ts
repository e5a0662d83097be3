import { ReleaseHeader, Span } from './types';

// The header stage reads only the top of a release: kicker, headline and dateline sit in the
// first few lines, so a 50 MB input costs no more here than a 5 KB one.

const BUILT_IN_KICKERS: readonly string[] = [
  'PRESS RELEASE', 'FOR IMMEDIATE RELEASE', 'NEWS RELEASE', 'MEDIA RELEASE', 'PRESS STATEMENT',
];

/** Characters of the text the header stage may look at. */
const HEADER_WINDOW = 8192;
/** Non-empty lines examined for the headline, and again after it for the dateline. */
const HEADER_LOOKAHEAD = 8;
/** A dateline's separator dash must come within this many characters of the paragraph start. */
const DATELINE_MAX_PREFIX = 120;
/** A longer first line is a paragraph, not a headline. */
const MAX_HEADLINE_LENGTH = 400;

interface Line extends Span {
  text: string;
}

interface DateLine {
  line: Line;
  iso: string | null;
}

export function parseReleaseHeader(text: string, extraKickers: readonly string[] = []): ReleaseHeader {
  const header: ReleaseHeader = { kicker: null, headline: null, dateline: null, date: null, agency: null };
  const lines = nonEmptyLines(text, HEADER_WINDOW);
  let next = 0;
  let dateLine: DateLine | null = null; // the first date on a line of its own

  const kicker = lines.length > 0 ? matchKicker(lines[0], extraKickers) : null;
  if (kicker) {
    header.kicker = kicker.kicker.text;
    header.kickerSpan = span(kicker.kicker);
    dateLine = kicker.dateLine;
    next = 1;
  }

  // Headline: the first line after the kicker that is not a date or contact line.
  for (; next < lines.length && next < HEADER_LOOKAHEAD; next++) {
    const own = dateLineAt(lines[next]);
    if (own) dateLine ??= own;
    else if (!METADATA_LINE.test(lines[next].text)) break;
  }
  const candidate = lines[next];
  if (candidate && !datelineAt(candidate) && candidate.text.length <= MAX_HEADLINE_LENGTH) {
    header.headline = candidate.text;
    header.headlineSpan = span(candidate);
    next++;
  }

  // Dateline: the first paragraph that opens with one, else the date on a line of its own.
  const limit = Math.min(lines.length, next + HEADER_LOOKAHEAD);
  for (let i = next; i < limit; i++) {
    const found = datelineAt(lines[i]) ?? colonDatelineAt(lines[i], lines[i - 1], lines[i + 1]);
    if (found) {
      header.dateline = found.line.text;
      header.datelineSpan = span(found.line);
      header.date = found.iso ?? dateLine?.iso ?? null;
      header.agency = found.agency;
      return header;
    }
    dateLine ??= dateLineAt(lines[i]);
  }
  if (dateLine) {
    header.dateline = dateLine.line.text;
    header.datelineSpan = span(dateLine.line);
    header.date = dateLine.iso;
  }
  return header;
}

const span = (s: Span): Span => ({ start: s.start, end: s.end });

/** Trimmed non-empty lines within the first `window` characters (BOM counts as whitespace). */
function nonEmptyLines(text: string, window: number): Line[] {
  const limit = Math.min(text.length, window);
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= limit; i++) {
    const c = i < limit ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    let s = start;
    let e = i;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
    start = i + 1;
  }
  return lines;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xfeff || c === 0xa0 || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200b);
}

const METADATA_LINE = /^(?:(?:media |press )?contacts?\b|for (?:more|further) information\b|embargoed\b|release date\b|date:)/i;

// ---- kicker ----------------------------------------------------------------------------------

const SEPARATOR_TAIL = /^[\s:;,.!\-–—]*/;

function matchKicker(line: Line, extraKickers: readonly string[]): { kicker: Line; dateLine: DateLine | null } | null {
  const upper = line.text.toUpperCase();
  for (const kicker of [...BUILT_IN_KICKERS, ...extraKickers]) {
    const words = kicker.trim().toUpperCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const end = matchWords(upper, words);
    if (end < 0) continue;
    const rest = line.text.slice(end).replace(SEPARATOR_TAIL, '');
    const dateLine = rest ? dateLineAt({ start: line.end - rest.length, end: line.end, text: rest }) : null;
    if (rest && !dateLine) continue; // "Press release writers say…" is prose, not a kicker
    return { kicker: { start: line.start, end: line.start + end, text: line.text.slice(0, end) }, dateLine };
  }
  return null;
}

/** End of `words` matched at the start of `text` with any run of spaces between them, or -1. */
function matchWords(text: string, words: readonly string[]): number {
  let pos = 0;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const before = pos;
      while (pos < text.length && isBlank(text.charCodeAt(pos))) pos++;
      if (pos === before) return -1;
    }
    if (!text.startsWith(words[w], pos)) return -1;
    pos += words[w].length;
  }
  const after = text.charCodeAt(pos);
  return pos === text.length || !/[\p{L}\p{N}]/u.test(String.fromCharCode(after)) ? pos : -1;
}

// ---- dates -----------------------------------------------------------------------------------

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)`;
// Month Day[, Year] | Day Month[ Year] | M/D/Y | Y-M-D
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})`;
const DATE_ONLY = new RegExp(String.raw`^${WEEKDAY}?(${DATE})[\s.,:;\-–—]*$`, 'i');
const DATE_AT_END = new RegExp(String.raw`(?:^|[\s,]\s*)${WEEKDAY}?(${DATE})$`, 'i');

/** `line` as a date line when it is nothing but a date (weekday and trailing punctuation allowed). */
function dateLineAt(line: Line): DateLine | null {
  const m = DATE_ONLY.exec(line.text);
  return m ? { line, iso: isoDate(m[1]) } : null;
}

/** ISO form of a date matched by DATE, or null when it has no year or does not exist. */
export function isoDate(date: string): string | null {
  let y: number;
  let mo: number;
  let d: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date))) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(date))) {
    [mo, d, y] = [+m[1], +m[2], +m[3]];
    if (m[3].length === 2) y += y < 70 ? 2000 : 1900;
  } else if ((m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/i.exec(date))) {
    if (!m[3]) return null;
    [mo, d, y] = [MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2], +m[3]];
  } else if ((m = /^(\d{1,2})\s+([a-z]+)\.?(?:,?\s+(\d{4}))?$/i.exec(date))) {
    if (!m[3]) return null;
    [d, mo, y] = [+m[1], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[3]];
  } else return null;
  if (!mo || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// ---- dateline --------------------------------------------------------------------------------

/** The first dash that can end a dateline: em/en dash, `--`, or a hyphen with space on one side. */
const DATELINE_DASH = /—|–|--|\s-|-\s/;
const PLACE_WORD = String.raw`[A-Z][\p{L}.'’\-]*`;
const PLACE = new RegExp(String.raw`^(${PLACE_WORD}(?: ${PLACE_WORD}){0,3})(, ${PLACE_WORD}(?: ${PLACE_WORD}){0,2})?$`, 'u');
const WIRE_TAG = /^(?:--|—|–)\([^()]{1,40}\)(?=--|—|–)/;
/** `(AP)`, `(Oct. 14, 2021)` or `/PRNewswire/` at the end of a dateline. */
const TRAILING_TAG = /(?:\(([^()]{1,40})\)|\/([^/]{1,40})\/)$/;
const AGENCY = /^[\p{L}][\p{L}\p{N}&.' \-]*$/u;

/** The dateline opening `line` (`PLACE, DATE (AGENCY) —` and its shorter forms), if there is one. */
function datelineAt(line: Line): { line: Line; iso: string | null; agency: string | null } | null {
  const head = line.text.slice(0, DATELINE_MAX_PREFIX + 3);
  const dash = DATELINE_DASH.exec(head);
  if (!dash || dash.index > DATELINE_MAX_PREFIX) return null;
  // Business Wire style: `SAN FRANCISCO--(BUSINESS WIRE)--Acme …` keeps the tag in the dateline.
  const wire = WIRE_TAG.exec(head.slice(dash.index));
  const prefix = wire ? head.slice(0, dash.index + wire[0].length) : head.slice(0, dash.index).trimEnd();
  const parsed = parseDatelinePrefix(prefix);
  if (!parsed) return null;
  return { line: { start: line.start, end: line.start + prefix.length, text: prefix }, ...parsed };
}

/** `NEW DELHI:` / `MUMBAI, Aug 14 (PTI):`: South Asian and some British papers end the dateline with a colon. */
const COLON_DATELINE = /^([^:]{2,100}):\s/;
/** The place of a colon dateline is in capitals, unlike a label such as `Transcript:` or `Lindahl:`. */
const CAPITAL_PLACE = /^[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*(?:,|\s*\(|$)/;
/** Editorial flags written like a place in capitals. */
const EDITORIAL_FLAG = /^(?:UPDATED?|BREAKING(?: NEWS)?|EXCLUSIVE|WATCH|LISTEN|ALERT|NOTE|EDITOR'?S NOTE|CORRECTION|CLARIFICATION|ANALYSIS|OPINION|LIVE|PHOTOS?|VIDEO)$/;
/** A line that opens with a speaker label, as the turns of a transcript do (`PATEL:`, `Q:`). */
const LABEL_LINE = /^[A-Z][\p{L}.'’\- ]{0,40}:\s/u;

/** A dateline ending in a colon; not in a transcript, where the lines around also open with labels. */
function colonDatelineAt(line: Line, before: Line | undefined, after: Line | undefined): { line: Line; iso: string | null; agency: string | null } | null {
  const m = COLON_DATELINE.exec(line.text);
  if (!m || !CAPITAL_PLACE.test(m[1]) || EDITORIAL_FLAG.test(m[1])) return null;
  if ((before && LABEL_LINE.test(before.text)) || (after && LABEL_LINE.test(after.text))) return null;
  const parsed = parseDatelinePrefix(m[1]);
  return parsed && { line: { start: line.start, end: line.start + m[1].length, text: m[1] }, ...parsed };
}

function parseDatelinePrefix(prefix: string): { iso: string | null; agency: string | null } | null {
  let rest = prefix;
  let date: string | null = null;
  let agency: string | null = null;
  const tag = TRAILING_TAG.exec(rest);
  if (tag) {
    const inner = (tag[1] ?? tag[2]).trim();
    const own = DATE_ONLY.exec(inner);
    if (own) date = own[1];
    else if (AGENCY.test(inner)) agency = inner;
    else return null;
    rest = rest.slice(0, tag.index).replace(/[\s,—–-]+$/, '');
  }
  if (date === null) {
    const m = DATE_AT_END.exec(rest);
    if (m) {
      date = m[1];
      rest = rest.slice(0, m.index).replace(/[\s,]+$/, '');
    }
  }
  if (rest === '') return date !== null || agency !== null ? { iso: date && isoDate(date), agency } : null;
  const place = PLACE.exec(rest);
  if (!place) return null;
  // A bare capitalised word before a dash ("Today —", "Senator Doe —") is prose; a place is
  // written in capitals, or followed by its state, a date or an agency.
  const capitals = /^[A-Z][A-Z.]+(?:\s|$)/.test(place[1]);
  if (!capitals && !place[2] && date === null && agency === null) return null;
  return { iso: date && isoDate(date), agency };
}
