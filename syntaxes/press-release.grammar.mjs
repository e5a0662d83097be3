// Source of syntaxes/press-release.tmLanguage.json. TextMate JSON has no variables, so the name,
// date and verb patterns are written once here and spliced into every rule that needs them.
//   npm run build:grammar                            rewrite the JSON
//   node syntaxes/press-release.grammar.mjs --check  fail if the JSON is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const r = String.raw;
const alt = (words) => `(?:${words.join('|')})`;
/** Regex that never matches: the stages below last until the end of the document. */
const NEVER = '(?!)';

const KICKERS = ['PRESS RELEASE', 'FOR IMMEDIATE RELEASE', 'NEWS RELEASE', 'MEDIA RELEASE', 'PRESS STATEMENT'];
const KICKER = `(?i:${KICKERS.map((k) => k.replace(/ /g, r`\s+`)).join('|')})`;

// ---------------------------------------------------------------------------------------------
// Dates and datelines
const MONTH = r`(?i:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const WEEKDAY = r`(?i:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?,?\s+)`;
const DATE = r`(?:${WEEKDAY}?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH},?\s+\d{4})|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}])`;
const CAPS_PLACE = r`\p{Lu}[\p{Lu}\p{M}.'’]+(?:[\s\-]\p{Lu}[\p{Lu}\p{M}.'’]+){0,3}`;
const TITLE_PLACE = r`\p{Lu}\p{Ll}[\p{L}\p{M}.'’]*(?:\s\p{Lu}\p{Ll}[\p{L}\p{M}.'’]*){0,2}`;
const STATE = r`\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?`;
// A dateline ends in a dash before the lede; a bare hyphen only counts when a space follows it.
const DATELINE_DASH = r`(?:\s*(?:—|–|--)\s*|\s*-\s+)`;
const PLACE = r`(?:${CAPS_PLACE}(?:,\s*${STATE})?|${TITLE_PLACE},\s*${STATE})`;

// ---------------------------------------------------------------------------------------------
// Speech verbs. ALWAYS forms are cues wherever they stand. The forms in WHEN_CLOSING are common in
// other senses ("continued to push"), so they count only before punctuation or the end of a line.
const ALWAYS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'adds', 'added', 'adding',
  'stresses', 'stressed', 'stressing', 'concede', 'concedes', 'conceded', 'conceding', 'noted', 'noting',
  'warns', 'warned', 'urge', 'urges', 'urged', 'urging', 'insist', 'insists', 'insisted', 'insisting',
  'explain', 'explains', 'explained', 'explaining', 'announce', 'announces', 'announced', 'announcing',
  'argue', 'argues', 'argued', 'arguing', 'declare', 'declares', 'declared', 'declaring',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising',
  'stated', 'stating', 'remarked', 'remarking', 'commented', 'commenting',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'admit', 'admits', 'admitted', 'admitting',
  'assert', 'asserts', 'asserted', 'asserting', 'claimed', 'claiming', 'confirm', 'confirms', 'confirmed', 'confirming',
  'wrote', 'writes', 'recalled', 'recalling', 'reiterate', 'reiterates', 'reiterated', 'reiterating',
  'replied', 'replies', 'replying', 'answered', r`point(?:s|ed|ing)?\s+out`, 'asked', 'asks', 'asking',
  'responded', 'responds', 'responding', 'countered', 'cautioned', 'cautions', 'vowed', 'vows', 'pledged',
  'promised', 'predicted', 'suggested', 'suggests', 'maintained', 'mentioned', 'testified', 'testifies',
  'tweeted', 'quipped', 'joked', 'exclaimed', 'complained', 'lamented', 'boasted', 'denied', 'revealed',
  'wondered', 'pleaded',
  r`according\s+to`,
];
const WHEN_CLOSING = ['continued', 'continues', 'concluded', 'concludes', 'agreed', 'agrees', 'observed', 'observes'];
// Verbs that may stand before their speaker ("…," said Jane Doe). Verbs whose object is a listener
// do so only straight after a closing quote ("…?" asked Jane Doe): in "Shoigu, speaking in Moscow,
// told Rossiya 24 TV" the name after the verb is not the speaker.
const INVERTIBLE = [
  'said', 'says', 'added', 'adds', 'noted', 'explained', 'explains', 'continued', 'continues', 'wrote',
  'writes', 'stated', 'remarked', 'commented', 'concluded', 'declared', 'stressed', 'argued', 'recalled',
  'replied', 'answered', 'insisted', 'emphasized', 'emphasised', 'observed', 'acknowledged', 'admitted',
  'conceded', 'asserted', 'claimed', 'confirmed', 'reiterated', 'responded', 'countered',
  'quipped', 'joked', 'exclaimed', 'testified', 'tweeted', 'lamented', 'complained', 'boasted',
  'maintained', 'predicted', 'agreed', 'wondered', 'pleaded', r`according\s+to`,
];
const LISTENER_VERBS = ['asked', 'asks', 'urged', 'urges', 'warned', 'warns', 'cautioned'];
const NOT_IN_WORD_BEFORE = r`(?<![\p{L}\p{N}\p{M}’'\-])`;
const NOT_IN_WORD_AFTER = r`(?![\p{L}\p{N}\p{M}])`;
const SPEECH_VERB = `${NOT_IN_WORD_BEFORE}(?:${alt(ALWAYS)}|${alt(WHEN_CLOSING)}(?=\\s*(?:[,.:;!?—–]|$)))${NOT_IN_WORD_AFTER}`;
const INVERTIBLE_VERB = `${NOT_IN_WORD_BEFORE}${alt(INVERTIBLE)}${NOT_IN_WORD_AFTER}`;
const LISTENER_VERB = `${NOT_IN_WORD_BEFORE}${alt(LISTENER_VERBS)}${NOT_IN_WORD_AFTER}`;

// ---------------------------------------------------------------------------------------------
// Capitalised names: "Sergey Shoigu", "Rep. Trent Franks", "Frederica S. Wilson", "O’Brien",
// "Aguiar-Curry", "NASA". A name may not start with a capitalised function word or a date word.
const ABBREVIATION = r`(?:Mr|Mrs|Ms|Mx|Dr|Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Sgt|Capt|Adm|Maj|Cmdr|Prof|Rev|Hon|Sec|Amb|Pres|Supt|Det|Jr|Sr|St)\.`;
const NAME_WORD = r`(?:${ABBREVIATION}|(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}]*(?:[’'\-]\p{L}[\p{L}\p{M}]*)*)`;
const PARTICLE = r`(?:van|von|de|der|den|del|della|da|di|du|la|le|bin|ibn|al|ben|dos|das)`;
const NOT_A_NAME = alt([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'My', 'Its', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'Although', 'Though', 'Because', 'Since',
  'While', 'When', 'After', 'Before', 'As', 'At', 'In', 'On', 'By', 'For', 'From', 'With', 'Without', 'Of', 'To',
  'Yesterday', 'Today', 'Tonight', 'Tomorrow', 'Then', 'Also', 'Later', 'Earlier', 'Meanwhile', 'However',
  'Moreover', 'Still', 'Now', 'Here', 'There', 'Last', 'Next', 'Some', 'Many', 'Most', 'All', 'Both', 'Each',
  'Every', 'No', 'Not', 'Who', 'What', 'Which', 'Where', 'Why', 'How', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December',
]);
// At most seven words ("U.S. Senate Republican Leader Mitch McConnell"): an unbounded run makes a
// long line of capitalised words cost quadratic time.
const NAME = `${NOT_IN_WORD_BEFORE}(?!${NOT_A_NAME}(?![\\p{L}\\p{M}.’'\\-]))${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,6}`;
const PARENTHETICAL = r`(?:\s*\([^()\n]{1,40}\))?`; // "(R-S.C.)"
const AUXILIARY = r`(?:\s+(?:has|had|have|also|later|then|once|previously|further|again|recently|repeatedly|publicly|earlier|would|will)){0,2}`;
// What may stand just before an inverted cue: a closing quote, a comma or a dash.
const BEFORE_INVERTED = r`(?<=[”"’'»],\s|[”"’'»]\s|,\s|—\s|—|^)`;
const AFTER_CLOSING_QUOTE = r`(?<=[”"’'»],?\s)`;

// ---------------------------------------------------------------------------------------------
// Quotations. Each kind has an opening and a closing pattern. Quotes may span lines, but an
// unclosed one stops at a blank line, or before a line that opens a new quotation (the convention
// for a quotation that continues into the next paragraph), so it never swallows the document.
const APOSTROPHE_WORDS = r`(?i:\d\ds?|n[’']|em|tis|twas|cause|til|bout|round)(?![\p{L}\p{N}])`; // ’90s, ’n’, ’em
// A straight mark opens only at the start of a line or after a space, a bracket, a dash, a colon
// or another quotation mark; after a letter it is an apostrophe or a closing mark.
const OPENS_AFTER = r`(?<![^\s(\[{—–/:"“‘'«])`;
const SINGLE_CLOSE_GUARD = r`(?<![\s\p{Ps}][‘’']n)`; // the second mark of rock ’n’ roll
const QUOTES = {
  'double-straight': {
    name: 'string.quoted.double.press-release',
    open: r`${OPENS_AFTER}"(?=\S)`,
    close: '"|”',
  },
  'double-curly': {
    name: 'string.quoted.double.curly.press-release',
    open: '“',
    close: r`”|(?<=\S)"(?=[\s\p{P}]|$)`,
  },
  'double-low': { name: 'string.quoted.double.low.press-release', open: '„', close: '[“”]' },
  'double-guillemet': { name: 'string.quoted.double.guillemet.press-release', open: '«', close: '»' },
  'single-straight': {
    name: 'string.quoted.single.press-release',
    open: r`${OPENS_AFTER}'(?!${APOSTROPHE_WORDS})(?=[\p{L}\p{N}"“(\[])`,
    close: r`${SINGLE_CLOSE_GUARD}(?<=\S)'(?![\p{L}\p{N}])`,
  },
  'single-curly': {
    name: 'string.quoted.single.curly.press-release',
    open: r`‘(?!${APOSTROPHE_WORDS})`,
    close: r`${SINGLE_CLOSE_GUARD}’(?![\p{L}\p{N}])`,
  },
  'single-guillemet': { name: 'string.quoted.single.guillemet.press-release', open: '‹', close: '›' },
};
const DOUBLES = Object.keys(QUOTES).filter((k) => k.startsWith('double-'));
const SINGLES = Object.keys(QUOTES).filter((k) => k.startsWith('single-'));
const PARAGRAPH_END = r`^(?=\s*$)`;
const NEXT_QUOTED_PARAGRAPH = r`^(?=\s*["“‘„«]\S)`;
// A nested quotation also ends where its enclosing one closes, so a stray mark inside cannot
// run past the outer closing mark.
const OUTER_CLOSE = {
  double: r`(?=["”»])`,
  single: r`(?=${SINGLE_CLOSE_GUARD}[’'](?![\p{L}\p{N}])|›)`,
};

function quoteRule(kind, nestedIn) {
  const { name, open, close } = QUOTES[kind];
  // The line-start checks come first: a straight mark opening a line opens, it does not close.
  const ends = [PARAGRAPH_END, NEXT_QUOTED_PARAGRAPH, `(${close})`];
  if (nestedIn) ends.push(OUTER_CLOSE[nestedIn]);
  const family = kind.startsWith('double-') ? 'double' : 'single';
  const inner = family === 'double' ? SINGLES : DOUBLES;
  return {
    name,
    begin: open,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.press-release' } },
    end: ends.join('|'),
    endCaptures: { 1: { name: 'punctuation.definition.string.end.press-release' } },
    // Two levels: a quotation and the quotations inside it; deeper nesting is too rare to guess at.
    patterns: nestedIn ? [] : inner.map((k) => ({ include: `#nested-in-${family}-${k}` })),
  };
}

const repository = {};
for (const kind of Object.keys(QUOTES)) {
  repository[`quote-${kind}`] = quoteRule(kind);
}
for (const kind of SINGLES) repository[`nested-in-double-${kind}`] = quoteRule(kind, 'double');
for (const kind of DOUBLES) repository[`nested-in-single-${kind}`] = quoteRule(kind, 'single');
repository.quotations = { patterns: Object.keys(QUOTES).map((k) => ({ include: `#quote-${k}` })) };

// ---------------------------------------------------------------------------------------------
// Document stages. TextMate keeps no state but its rule stack, so the header is a chain of rules
// that never end: the first (from the top of the file) waits for the headline, the second (from
// the headline) waits for the dateline, the third (from the dateline) is the body.
const SPEAKER = 'entity.name.function.speaker.press-release';
const VERB = 'keyword.other.speech-verb.press-release';

Object.assign(repository, {
  'before-headline': {
    begin: r`\A`,
    end: NEVER,
    patterns: [
      { include: '#kicker' },
      { include: '#contact' },
      { include: '#date-line' },
      { include: '#after-dateline' },
      { include: '#after-headline' },
    ],
  },
  kicker: {
    match: r`^\s*\x{FEFF}?\s*(${KICKER})\s*[.:!\-–—]*(?:\s*(${DATE}))?\s*$`,
    captures: {
      1: { name: 'keyword.other.kicker.press-release' },
      2: { name: 'constant.numeric.date.press-release' },
    },
  },
  contact: {
    name: 'meta.contact.press-release',
    match: r`^\s*(?i:(?:news\s+)?(?:media\s+|press\s+)?contacts?)\s*:.*$`,
  },
  'date-line': {
    match: r`^\s*(${DATE})\s*$`,
    captures: { 1: { name: 'constant.numeric.date.press-release' } },
  },
  'after-headline': {
    begin: r`^\s*\S.*$`,
    // Nested through patterns, not as captures 0 and 1: vscode-textmate drops the scope of an
    // enclosing capture when a capture has patterns of its own.
    beginCaptures: { 0: { name: 'markup.heading.headline.press-release', patterns: [{ include: '#headline-text' }] } },
    end: NEVER,
    patterns: [
      { include: '#contact' },
      { include: '#date-line' },
      { include: '#after-dateline' },
      { include: '#body' },
    ],
  },
  'headline-text': {
    match: r`\S(?:.*\S)?`,
    captures: { 0: { name: 'entity.name.section.headline.press-release', patterns: [{ include: '#quotations' }] } },
  },
  'after-dateline': {
    // "WASHINGTON –", "Washington, D.C. –", "KNOXVILLE, Tenn. (Oct. 14, 2021) --",
    // "Aug. 16, 2016 (EIRNS)—", "NEW YORK, May 3, 2022 /PRNewswire/ --"
    begin: r`^\s*(?!${KICKER})(?:(${PLACE})(?:,?\s+(${DATE}))?|(${DATE}))(?:\s*\(\s*(?:(${DATE})|([^()\n]{1,40}?))\s*\))?(?:\s*/([^/\n]{2,40})/)?(${DATELINE_DASH})`,
    beginCaptures: {
      0: { name: 'meta.dateline.press-release' },
      1: { name: 'entity.name.type.location.press-release' },
      2: { name: 'constant.numeric.date.press-release' },
      3: { name: 'constant.numeric.date.press-release' },
      4: { name: 'constant.numeric.date.press-release' },
      5: { name: 'entity.name.tag.agency.press-release' },
      6: { name: 'entity.name.tag.agency.press-release' },
      7: { name: 'punctuation.separator.dateline.press-release' },
    },
    end: NEVER,
    patterns: [{ include: '#body' }],
  },
  body: {
    patterns: [
      { include: '#speaker-label' },
      { include: '#quotations' },
      { include: '#speaker-before-verb' },
      { include: '#verb-before-speaker' },
      { include: '#speech-verb' },
    ],
  },
  'speaker-label': {
    // Interview layout: "Congressman Vicente Gonzalez: "Diseases don't …""
    match: `^\\s*(${NAME})\\s*(:)(?=\\s*["“‘'«„])`,
    captures: {
      1: { name: SPEAKER },
      2: { name: 'punctuation.separator.key-value.press-release' },
    },
  },
  'speaker-before-verb': {
    // "Shoigu told", "Russian Defense Minister Sergey Shoigu said", "Shoigu had announced". No
    // comma between: in "…, chair of the Subcommittee on Economic Opportunity, wrote" the name
    // before the comma is not the speaker. A possessive ("Breyer’s announced retirement") is not either.
    match: `(${NAME})(?<![’']s)${PARENTHETICAL}${AUXILIARY}\\s+(${SPEECH_VERB})`,
    captures: { 1: { name: SPEAKER }, 2: { name: VERB } },
  },
  'verb-before-speaker': {
    // "…," said Jane Doe — only after a closing quote, a comma or a dash, so "he said Congress
    // should act" does not make Congress a speaker.
    match: `(${BEFORE_INVERTED}${INVERTIBLE_VERB}|${AFTER_CLOSING_QUOTE}${LISTENER_VERB}),?\\s+(${NAME})`,
    captures: { 1: { name: VERB }, 2: { name: SPEAKER } },
  },
  'speech-verb': { name: VERB, match: SPEECH_VERB },
});

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Press Release',
  scopeName: 'text.press-release',
  comment: 'Generated by syntaxes/press-release.grammar.mjs; edit that file, not this one.',
  patterns: [{ include: '#before-headline' }],
  repository,
};

const grammarPath = fileURLToPath(new URL('./press-release.tmLanguage.json', import.meta.url));
const grammarJson = `${JSON.stringify(grammar, null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    if (readFileSync(grammarPath, 'utf8') !== grammarJson) {
      console.error(`${grammarPath} is out of date: run npm run build:grammar`);
      process.exit(1);
    }
  } else {
    writeFileSync(grammarPath, grammarJson);
  }
}
