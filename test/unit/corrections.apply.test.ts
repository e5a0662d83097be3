import * as assert from 'node:assert/strict';
import { applyCorrections, anchorFor, Correction, Sidecar, SIDECAR_VERSION } from '../../src/core/corrections';
import { Annotation, SCHEMA, Statement } from '../../src/core/types';
import { LineIndex } from '../../src/core/lineIndex';

const text = [
  'PRESS RELEASE',
  '"We will hire four hundred people in Dayton," said Jane Doe, CEO of Acme.',
  'The governor said the plant was "a great day for Ohio." Doe added that construction starts in May.',
].join('\n');

function span(quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  assert.ok(start >= 0);
  return { start, end: start + quote.length };
}

function statement(quote: string, kind: Statement['kind'], speakerId: string | null): Statement {
  const { start, end } = span(quote);
  return {
    id: '', kind, start, end, text: quote, range: new LineIndex(text).range(start, end), speakerId,
    speakerMention: speakerId ? { start: 0, end: 4, text: 'PRES' } : null, cue: null, confidence: 0.7, origin: 'auto', rule: 'test',
  };
}

/** A hand-built analysis, so these tests hold whatever the engine finds. */
function annotation(): Annotation {
  const statements = [
    statement('We will hire four hundred people in Dayton,', 'direct', 'jane-doe'),
    statement('a great day for Ohio.', 'partial', null),
    statement('construction starts in May', 'indirect', 'jane-doe'),
  ].map((s, i) => ({ ...s, id: `st-${i + 1}` }));
  return {
    schema: SCHEMA, offsetEncoding: 'utf-16', source: { path: null, sha256: null, length: text.length },
    release: { kicker: null, headline: null, dateline: null, date: null, agency: null },
    speakers: [{ id: 'jane-doe', name: 'Jane Doe', title: 'CEO of Acme', aliases: ['Doe'], kind: 'person', mentions: [] }],
    statements, problems: [],
  };
}

function sidecar(...corrections: Correction[]): Sidecar {
  return { version: SIDECAR_VERSION, corrections };
}

const target = (quote: string) => anchorFor(text, span(quote));

describe('corrections/apply', () => {
  it('leaves the analysis alone when there are no corrections', () => {
    const input = annotation();
    assert.deepEqual(applyCorrections(text, input, sidecar()), { annotation: input, unanchored: [] });
  });

  it('sets the speaker of a statement, creating the speaker, and marks it manual', () => {
    const input = annotation();
    const before = JSON.stringify(input);
    const { annotation: out, unanchored } = applyCorrections(text, input, sidecar(
      { id: 'c1', action: 'set-speaker', target: target('a great day for Ohio.'), speaker: { name: 'Mike DeWine', title: 'Governor' } }));
    assert.deepEqual(unanchored, []);
    const changed = out.statements.find((s) => s.text === 'a great day for Ohio.');
    assert.equal(changed?.speakerId, 'mike-dewine');
    assert.equal(changed?.origin, 'manual');
    assert.deepEqual(out.speakers.find((s) => s.id === 'mike-dewine'),
      { id: 'mike-dewine', name: 'Mike DeWine', title: 'Governor', aliases: [], kind: 'person', mentions: [] });
    assert.deepEqual(out.statements.filter((s) => s !== changed).map((s) => s.origin), ['auto', 'auto']);
    assert.equal(JSON.stringify(input), before, 'the input analysis is not mutated');
  });

  it('reuses a known speaker named by an alias', () => {
    const { annotation: out } = applyCorrections(text, annotation(), sidecar(
      { id: 'c1', action: 'set-speaker', target: target('a great day for Ohio.'), speaker: { name: 'doe' } }));
    assert.equal(out.speakers.length, 1);
    assert.equal(out.statements.find((s) => s.kind === 'partial')?.speakerId, 'jane-doe');
  });

  it('clears a speaker', () => {
    const { annotation: out } = applyCorrections(text, annotation(), sidecar(
      { id: 'c1', action: 'clear-speaker', target: target('construction starts in May') }));
    const cleared = out.statements.find((s) => s.kind === 'indirect');
    assert.equal(cleared?.speakerId, null);
    assert.equal(cleared?.speakerMention, null);
    assert.equal(cleared?.origin, 'manual');
  });

  it('marks a span as a statement in document order and renumbers ids', () => {
    const { annotation: out } = applyCorrections(text, annotation(), sidecar(
      { id: 'c1', action: 'mark-statement', target: target('the plant was'), kind: 'indirect' }));
    assert.deepEqual(out.statements.map((s) => s.text),
      ['We will hire four hundred people in Dayton,', 'the plant was', 'a great day for Ohio.', 'construction starts in May']);
    assert.deepEqual(out.statements.map((s) => s.id), ['st-1', 'st-2', 'st-3', 'st-4']);
    const marked = out.statements[1];
    assert.equal(marked.origin, 'manual');
    assert.equal(marked.kind, 'indirect');
    assert.equal(text.slice(marked.start, marked.end), marked.text);
    assert.deepEqual(marked.range, new LineIndex(text).range(marked.start, marked.end));
  });

  it('gives an engine statement that roughly covers a marked span the span the user marked', () => {
    const { annotation: out } = applyCorrections(text, annotation(), sidecar(
      { id: 'c1', action: 'mark-statement', target: target('a great day for Ohio'), kind: 'direct' }));
    const marked = out.statements.filter((s) => s.text.startsWith('a great day'));
    assert.deepEqual(marked.map((s) => [s.text, s.kind, s.origin]), [['a great day for Ohio', 'direct', 'manual']]);
    assert.equal(marked[0].end, span('a great day for Ohio').end);
  });

  it('then lets a speaker be set on the span it marked', () => {
    const { annotation: out, unanchored } = applyCorrections(text, annotation(), sidecar(
      { id: 'c2', action: 'set-speaker', target: target('the plant was'), speaker: { name: 'The governor' } },
      { id: 'c1', action: 'mark-statement', target: target('the plant was'), kind: 'indirect' }));
    assert.deepEqual(unanchored, []);
    assert.equal(out.statements.find((s) => s.text === 'the plant was')?.speakerId, 'the-governor');
  });

  it('removes a statement marked as not a statement', () => {
    const { annotation: out } = applyCorrections(text, annotation(), sidecar(
      { id: 'c1', action: 'mark-not-statement', target: target('a great day for Ohio.') }));
    assert.deepEqual(out.statements.map((s) => [s.id, s.kind]), [['st-1', 'direct'], ['st-2', 'indirect']]);
  });

  it('reports a correction whose text is gone, applies nothing for it, and applies the others', () => {
    const gone = { id: 'c1', action: 'set-speaker', target: { exact: 'We never said this at all, not once', prefix: '', suffix: '', start: 20, end: 55 }, speaker: { name: 'X' } } as const;
    const { annotation: out, unanchored } = applyCorrections(text, annotation(), sidecar(gone,
      { id: 'c2', action: 'clear-speaker', target: target('We will hire four hundred people in Dayton,') }));
    assert.deepEqual(unanchored, [gone]);
    assert.equal(out.speakers.some((s) => s.name === 'X'), false);
    assert.equal(out.statements[0].speakerId, null);
    assert.deepEqual(out.problems.map((p) => [p.code, p.start]), [['unanchored-correction', 20]]);
    assert.match(out.problems[0].message, /c1 .*set speaker "X".*not found/);
  });

  it('reports a speaker correction whose text is no longer a statement', () => {
    const correction: Correction = { id: 'c1', action: 'set-speaker', target: target('The governor said'), speaker: { name: 'Y' } };
    const { annotation: out, unanchored } = applyCorrections(text, annotation(), sidecar(correction));
    assert.deepEqual(unanchored, [correction]);
    assert.equal(out.problems[0].start, span('The governor said').start);
    assert.match(out.problems[0].message, /not detected as a statement/);
  });

  it('re-applies after the release is edited above the statement', () => {
    const edited = 'UPDATE: corrected figures.\n' + text;
    const shifted = annotation();
    for (const s of shifted.statements) { s.start += 27; s.end += 27; }
    const { annotation: out, unanchored } = applyCorrections(edited, shifted, sidecar(
      { id: 'c1', action: 'clear-speaker', target: target('construction starts in May') }));
    assert.deepEqual(unanchored, []);
    assert.equal(out.statements[2].speakerId, null);
  });
});
