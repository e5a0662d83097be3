import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { anchorFor, resolveAnchor, ANCHOR_CONTEXT } from '../../src/core/corrections';

const release = [
  'PRESS RELEASE',
  'Acme opens a plant in Ohio',
  '"We are proud to bring four hundred jobs to Dayton and to build the future here," said Jane Doe, CEO of Acme.',
  'The governor welcomed the plan. "It is a great day for our state," he said.',
  '"Thank you," Doe said.',
].join('\n');

function spanOf(text: string, quote: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(quote, from);
  assert.ok(start >= 0, `test text lacks ${quote}`);
  return { start, end: start + quote.length };
}

const QUOTE = 'We are proud to bring four hundred jobs to Dayton and to build the future here,';

describe('corrections/anchor', () => {
  it('records exact text, bounded context and the position', () => {
    const span = spanOf(release, QUOTE);
    const anchor = anchorFor(release, span);
    assert.equal(anchor.exact, QUOTE);
    assert.equal(anchor.prefix, release.slice(span.start - ANCHOR_CONTEXT, span.start));
    assert.equal(anchor.suffix, release.slice(span.end, span.end + ANCHOR_CONTEXT));
    assert.deepEqual([anchor.start, anchor.end], [span.start, span.end]);
  });

  it('finds the text where it was', () => {
    const span = spanOf(release, QUOTE);
    assert.deepEqual(resolveAnchor(release, anchorFor(release, span)), span);
  });

  it('follows text inserted above', () => {
    const anchor = anchorFor(release, spanOf(release, QUOTE));
    const edited = release.replace('PRESS RELEASE\n', 'PRESS RELEASE\nFOR IMMEDIATE USE – embargo lifted at noon\n');
    assert.deepEqual(resolveAnchor(edited, anchor), spanOf(edited, QUOTE));
  });

  it('follows a paragraph moved elsewhere', () => {
    const lines = release.split('\n');
    const anchor = anchorFor(release, spanOf(release, 'It is a great day for our state,'));
    const moved = [lines[0], lines[1], lines[3], lines[4], lines[2]].join('\n');
    assert.deepEqual(resolveAnchor(moved, anchor), spanOf(moved, 'It is a great day for our state,'));
  });

  it('follows a typo fixed inside the quote', () => {
    const typo = release.replace('four hundred', 'four hundered');
    const anchor = anchorFor(typo, spanOf(typo, 'We are proud to bring four hundered jobs to Dayton and to build the future here,'));
    const found = resolveAnchor(release, anchor);
    assert.ok(found);
    const quote = spanOf(release, QUOTE);
    assert.ok(Math.abs(found.start - quote.start) <= 1 && Math.abs(found.end - quote.end) <= 1, JSON.stringify(found));
  });

  it('follows a typo fix and an insertion above together', () => {
    const typo = release.replace('the future', 'teh future');
    const anchor = anchorFor(typo, spanOf(typo, QUOTE.replace('the future', 'teh future')));
    const edited = 'UPDATED 3 p.m.\n' + release;
    const found = resolveAnchor(edited, anchor);
    assert.ok(found);
    assert.ok(Math.abs(found.start - spanOf(edited, QUOTE).start) <= 1);
  });

  it('picks, among repeated texts, the one whose context agrees', () => {
    const text = '"Yes," she said. Then: "Yes," he said. Finally "Yes," she said again.';
    const second = spanOf(text, 'Yes,', spanOf(text, 'Yes,').end);
    const anchor = anchorFor(text, second);
    const edited = 'Intro. ' + text;
    assert.deepEqual(resolveAnchor(edited, anchor), { start: second.start + 7, end: second.end + 7 });
  });

  it('picks the nearest to the old position when the context agrees equally', () => {
    const text = 'x "Hello" y\n'.repeat(5);
    const third = { start: 12 * 2 + 3, end: 12 * 2 + 8 };
    assert.equal(text.slice(third.start, third.end), 'Hello');
    assert.deepEqual(resolveAnchor(text, anchorFor(text, third)), third);
  });

  it('gives up rather than guess when the text is gone', () => {
    const anchor = anchorFor(release, spanOf(release, QUOTE));
    assert.equal(resolveAnchor(release.replace(QUOTE, 'Our new plant will open in June and hire locally,'), anchor), null);
    assert.equal(resolveAnchor('', anchor), null);
  });

  it('does not fuzzily match a short text without its context', () => {
    const anchor = anchorFor(release, spanOf(release, 'Thank you,'));
    const edited = release.replace('"Thank you," Doe said.', 'Later: "Thank yu," the mayor told reporters.');
    assert.equal(resolveAnchor(edited, anchor), null);
  });

  it('finds an approximate match in highly repetitive text', () => {
    const text = 'ab'.repeat(2000);
    const exact = 'ab'.repeat(50) + 'xb';
    const found = resolveAnchor(text, { exact, prefix: '', suffix: '', start: 1000, end: 1102 });
    assert.ok(found);
    assert.equal(found.end - found.start, exact.length);
  });

  it('never resolves an anchor with empty exact text', () => {
    assert.equal(resolveAnchor(release, { exact: '', prefix: '', suffix: '', start: 0, end: 0 }), null);
  });

  it('resolves to the shifted span after any insertion outside the anchored text (property)', () => {
    fc.assert(fc.property(
      fc.string({ minLength: 0, maxLength: 200 }), fc.string({ minLength: 1, maxLength: 60 }),
      fc.string({ minLength: 0, maxLength: 200 }), fc.string({ minLength: 1, maxLength: 40 }), fc.boolean(),
      (before, quote, after, inserted, insertAbove) => {
        const text = `${before}"${quote}"${after}`;
        const span = { start: before.length + 1, end: before.length + 1 + quote.length };
        const anchor = anchorFor(text, span);
        const edited = insertAbove ? inserted + text : text + inserted;
        const found = resolveAnchor(edited, anchor);
        assert.ok(found);
        assert.equal(edited.slice(found.start, found.end), quote);
      }));
  });

  it('returns only spans within bounds whose text is close to the anchored text (property)', () => {
    fc.assert(fc.property(
      fc.string({ minLength: 0, maxLength: 300 }), fc.string({ minLength: 1, maxLength: 80 }), fc.string({ maxLength: 300 }),
      (text, exact, prefix) => {
        const found = resolveAnchor(text, { exact, prefix, suffix: '', start: 0, end: exact.length });
        if (!found) return;
        assert.ok(found.start >= 0 && found.start <= found.end && found.end <= text.length);
        assert.ok(Math.abs(found.end - found.start - exact.length) <= Math.floor(exact.length / 8));
      }));
  });
});
