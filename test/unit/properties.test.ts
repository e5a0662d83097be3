// Invariants of analyze() that must hold for every input (SPEC.md, "Properties that always
// hold"), checked with fast-check against the real engine. Linearity is checked by counting
// output, never by timing: timing belongs in `npm run bench`.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, AnalyzeOptions, Annotation, Position, Span } from '../../src/core';

const KINDS = new Set(['direct', 'partial', 'indirect']);

/** Line/character of `offset`, computed independently of the engine's LineIndex. */
function referencePositions(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return (offset) => {
    let line = 0;
    for (let step = 1 << 30; step > 0; step >>= 1) {
      if (line + step < starts.length && starts[line + step] <= offset) line += step;
    }
    return { line, character: offset - starts[line] };
  };
}

function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length,
    `${what}: 0 <= ${span.start} <= ${span.end} <= ${text.length}`);
}

function assertTextSpan(text: string, span: Span & { text: string }, what: string): void {
  assertSpan(text, span, what);
  assert.equal(span.text, text.slice(span.start, span.end), `${what}: text is the slice`);
}

/** Every contract invariant of one annotation of `text`. */
function assertInvariants(text: string, a: Annotation): void {
  assert.equal(a.schema, 'statement-lens/v1');
  assert.equal(a.offsetEncoding, 'utf-16');
  assert.equal(a.source.length, text.length);

  const speakerIds = a.speakers.map((s) => s.id);
  assert.equal(new Set(speakerIds).size, speakerIds.length, `speaker ids unique: ${speakerIds}`);
  for (const speaker of a.speakers) {
    assert.ok(speaker.id.length > 0 && speaker.name.length > 0, 'speaker has an id and a name');
    for (const mention of speaker.mentions) assertSpan(text, mention, `mention of ${speaker.id}`);
  }

  const positionOf = referencePositions(text);
  const statementIds = new Set<string>();
  let previous = -1;
  for (const s of a.statements) {
    const what = `statement ${s.id} [${s.start}, ${s.end})`;
    assert.ok(!statementIds.has(s.id), `${what}: id unique`);
    statementIds.add(s.id);
    assert.ok(KINDS.has(s.kind), `${what}: kind ${s.kind}`);
    assertTextSpan(text, s, what);
    assert.ok(s.end > s.start, `${what}: not empty`);
    assert.ok(s.start >= previous, `${what}: in document order after ${previous}`);
    previous = s.start;
    assert.deepEqual(s.range, { start: positionOf(s.start), end: positionOf(s.end) }, `${what}: range`);
    assert.ok(s.speakerId === null || speakerIds.includes(s.speakerId), `${what}: speaker ${s.speakerId} listed`);
    if (s.speakerMention) {
      assertTextSpan(text, s.speakerMention, `${what}: speakerMention`);
      const mention = s.speakerMention;
      const speaker = a.speakers.find((sp) => sp.id === s.speakerId);
      assert.ok(!speaker || speaker.mentions.some((m) => m.start === mention.start && m.end === mention.end),
        `${what}: speakerMention is one of ${s.speakerId}'s mentions`);
    }
    if (s.cue) assertTextSpan(text, s.cue, `${what}: cue`);
    assert.ok(s.confidence >= 0 && s.confidence <= 1, `${what}: confidence ${s.confidence}`);
    assert.ok(s.origin === 'auto', `${what}: origin`);
  }

  for (const p of a.problems) assertSpan(text, p, `problem ${p.code}`);

  const r = a.release;
  for (const [value, span] of [[r.kicker, r.kickerSpan], [r.headline, r.headlineSpan], [r.dateline, r.datelineSpan]] as const) {
    if (value !== null && span) assertTextSpan(text, { ...span, text: value }, 'release header span');
  }
}

// ---- arbitraries ------------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '`', '″'];

/** Pieces that steer random text into the engine's interesting paths. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\uFEFF', '\t', '\0') },
  { weight: 2, arbitrary: fc.constantFrom('😀', '👩🏽‍🚀', '\uD83D', '\uDE00', 'e\u0301', '\u2028', '\u00A0') },
  { weight: 3, arbitrary: fc.constantFrom(' said ', ' he said.', 'Doe said: ', ', told ', ' — Jane Doe, CEO', 'According to Doe, ', '’s ', ' that ', 'PRESS RELEASE\n', ': ', '. ') },
  { weight: 3, arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const messyText = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

const options: fc.Arbitrary<AnalyzeOptions> = fc.record({
  extraSpeechVerbs: fc.array(fc.oneof(fc.constantFrom('quipped', 'sa(id', '*', '', 'said'), fc.string({ maxLength: 6 })), { maxLength: 3 }),
  extraKickers: fc.array(fc.oneof(fc.constantFrom('ANNOUNCEMENT', '[', ''), fc.string({ maxLength: 6 })), { maxLength: 2 }),
}, { requiredKeys: [] });

// Release-like text assembled from journalistic fragments.
const NAMES = ['Jane Doe', 'Sergey Shoigu', 'Mary O’Neil', 'the Ministry', 'NASA', 'Administrator Bill Nelson'];
const TITLES = ['', 'Defense Minister ', 'CEO of Acme ', 'spokeswoman '];
const VERBS = ['said', 'told reporters', 'added', 'stressed', 'warned', 'noted', 'explained', 'conceded'];
const PRONOUNS = ['he', 'she', 'they', 'we'];
const CLAUSES = [
  'the talks were concrete and well-organized',
  'Russia’s position has not changed since the ’90s',
  'we are step-by-step approaching an alternative',
  'rock ’n’ roll is here to stay',
  'the terrorists’ ranks have been replenished',
  'the budget — all $4 million of it — is on track',
];
const QUOTE_PAIRS: [string, string][] = [['"', '"'], ['“', '”'], ['‘', '’'], ['«', '»'], ['„', '“']];

const clause = fc.constantFrom(...CLAUSES);
const speaker = fc.tuple(fc.constantFrom(...TITLES), fc.constantFrom(...NAMES)).map(([t, n]) => t + n);
const verb = fc.constantFrom(...VERBS);
const pair = fc.constantFrom(...QUOTE_PAIRS);
const sentence = fc.oneof(
  fc.tuple(pair, clause, speaker, verb).map(([[o, c], q, s, v]) => `${o}${q},${c} ${s} ${v}.`),
  fc.tuple(pair, clause, verb, speaker).map(([[o, c], q, v, s]) => `${o}${q},${c} ${v} ${s}.`),
  fc.tuple(speaker, verb, pair, clause).map(([s, v, [o, c], q]) => `${s} ${v}: ${o}${q}.${c}`),
  fc.tuple(pair, clause, speaker).map(([[o, c], q, s]) => `${o}${q}${c} — ${s}`),
  fc.tuple(speaker, verb, clause).map(([s, v, q]) => `${s} ${v} that ${q}.`),
  fc.tuple(speaker, clause).map(([s, q]) => `According to ${s}, ${q}.`),
  fc.tuple(fc.constantFrom(...PRONOUNS), verb, pair, clause).map(([p, v, [o, c], q]) => `${p} ${v} it was "${q}" and ${o}final${c}.`),
  fc.tuple(pair, clause).map(([[o], q]) => `${o}${q}.`), // continuation or reopened paragraph, unclosed
  clause.map((q) => `The so-called "${q}" plan is on hold.`),
);
const lineBreak = fc.constantFrom(' ', '\n', '\r\n', '\n\n', '\r\n\r\n');
const releaseBody = fc.array(fc.tuple(sentence, lineBreak), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.map(([s, b]) => s + b).join(''));
const releaseText = fc.tuple(fc.constantFrom('', 'PRESS RELEASE\n', '\uFEFFFOR IMMEDIATE RELEASE\r\n'), releaseBody)
  .map(([kicker, body]) => `${kicker}Headline: Talks Go On\nAug. 16, 2016 (EIRNS)—${body}`);

// ---- properties -------------------------------------------------------------------------------

describe('analyze() properties', () => {
  const run = (text: string, opts: AnalyzeOptions = {}): Annotation => analyze(text, opts);

  it('keeps every invariant on arbitrary UTF-16 text', () => {
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 400 }), (text) => assertInvariants(text, run(text))),
      { numRuns: 300 });
  });

  it('keeps every invariant on text full of quote marks, line breaks and emoji', () => {
    fc.assert(fc.property(messyText, options, (text, opts) => assertInvariants(text, run(text, opts))), { numRuns: 400 });
  });

  it('keeps every invariant on release-like text', () => {
    fc.assert(fc.property(releaseText, options, (text, opts) => assertInvariants(text, run(text, opts))), { numRuns: 300 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(fc.oneof(messyText, releaseText), options, (text, opts) => {
      assert.deepEqual(run(text, opts), run(text, opts));
    }), { numRuns: 150 });
  });

  it('fills source from the options and nothing else', () => {
    fc.assert(fc.property(releaseText, fc.option(fc.string()), fc.option(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 })),
      (text, path, sha256) => {
        const a = run(text, { path, sha256 });
        assert.deepEqual(a.source, { path, sha256, length: text.length });
      }), { numRuns: 50 });
  });

  // Guards against an engine that keeps the invariants by finding nothing, and against an
  // unclosed quote that swallows the paragraphs after it.
  it('finds a quote with trailing attribution in release-like text', () => {
    fc.assert(fc.property(releaseBody, pair, clause, speaker, verb, (body, [open, close], quote, who, said) => {
      const text = `${body}\n\n${open}${quote},${close} ${who} ${said}.\n`;
      const found = run(text).statements.some((s) => s.text.includes(quote) && s.start >= body.length);
      assert.ok(found, `no statement for the closing quote of ${JSON.stringify(text.slice(body.length))}`);
    }), { numRuns: 100 });
  });

  it('grows its output in proportion to the input (linearity by counting)', () => {
    // The first copy has no earlier speakers to resolve pronouns against; from the second copy on,
    // every copy sees much the same context, so each one adds about the same output (give or take
    // its seam). Mentions may merge across copies, so they are only bounded above.
    const statements = (a: Annotation): number => a.statements.length;
    const problems = (a: Annotation): number => a.problems.length;
    const mentions = (a: Annotation): number => a.speakers.reduce((n, s) => n + s.mentions.length, 0);
    fc.assert(fc.property(releaseBody, fc.integer({ min: 3, max: 12 }), (body, k) => {
      const copies = (n: number): Annotation => run(`${body}\n\n`.repeat(n));
      const [one, two, many] = [copies(1), copies(2), copies(k)];
      const steady = (f: (a: Annotation) => number): number => f(one) + (k - 1) * (f(two) - f(one));
      for (const [what, f] of [['statements', statements], ['problems', problems]] as const) {
        assert.ok(Math.abs(f(many) - steady(f)) <= k, `${f(many)} ${what} for ${k} copies, expected ${steady(f)} ± ${k}`);
      }
      const most = mentions(one) + (k - 1) * Math.max(mentions(one), mentions(two) - mentions(one)) + k;
      assert.ok(mentions(many) <= most, `${mentions(many)} mentions for ${k} copies, at most ${most}`);
    }), { numRuns: 60 });
  });

  it('has an invariant checker that rejects a corrupted annotation', () => {
    const text = '“We will,” said Jane Doe.\n“Soon.”';
    const a = run(text);
    assert.ok(a.statements.length > 0);
    const shifted = structuredClone(a);
    shifted.statements[0].end += 1;
    assert.throws(() => assertInvariants(text, shifted));
    const stranger = structuredClone(a);
    stranger.statements[0].speakerId = 'nobody-listed';
    assert.throws(() => assertInvariants(text, stranger));
  });

  describe('edge inputs', () => {
    const EDGE: [string, string][] = [
      ['empty', ''],
      ['BOM only', '\uFEFF'],
      ['only quote marks of every kind', QUOTE_MARKS.join('').repeat(5_000)],
      ['only straight double quotes', '"'.repeat(100_001)],
      ['one 1 MB line without breaks', `"${'word, '.repeat(170_000)}," he said`],
      ['CRLF paragraphs', '“Yes,” she said.\r\n\r\n“No.”\r\n'.repeat(2_000)],
      ['lone surrogates around quotes', '\uD800“\uDC00”\uD83D"\uDE00"'.repeat(1_000)],
      ['NUL and binary garbage', Array.from({ length: 65_536 }, (_, i) => String.fromCharCode((i * 7919) & 0xffff)).join('')],
      ['emoji speakers', '“🚀🚀,” said 👩🏽‍🚀 Doe. “Again.”\n'.repeat(500)],
    ];
    for (const [name, text] of EDGE) {
      it(`keeps every invariant on ${name}`, () => assertInvariants(text, run(text)));
    }
  });
});
