import * as assert from 'node:assert/strict';
import { splitParagraphs } from '../../src/core/paragraphs';
import { findQuotes } from '../../src/core/quotes';

function quoted(text: string): string[] {
  return findQuotes(text, splitParagraphs(text)).quotes.map((q) => text.slice(q.start, q.end));
}

describe('findQuotes', () => {
  it('pairs curly, straight, guillemet and low-high marks', () => {
    assert.deepEqual(quoted('“one” and "two" and «three» and „four“'), ['one', 'two', 'three', 'four']);
  });

  it('makes no quotation of an empty pair, so a stream of marks costs no memory per pair', () => {
    assert.deepEqual(quoted('He wrote "" and “” then "yes".'), ['yes']);
  });

  it('classifies straight marks by their neighbours, so an orphan closer does not flip the pairing', () => {
    assert.deepEqual(quoted('He said "yes." Then "no," she said.'), ['yes.', 'no,']);
  });

  it('keeps apostrophes out of quotations', () => {
    assert.deepEqual(quoted('Russia’s terrorists’ ranks in the ’90s rock ’n’ roll don\'t'), []);
  });

  it('pairs top-level single quotes but not nested ones', () => {
    assert.deepEqual(quoted('She called it ‘a fair deal for everyone’ today.'), ['a fair deal for everyone']);
    assert.deepEqual(quoted('‘Rock ’n’ roll is here to stay,’ she said.'), ['Rock ’n’ roll is here to stay,']);
    assert.deepEqual(quoted('"He said \'stop\' twice," she said.'), ['He said \'stop\' twice,']);
  });

  it('runs a quotation across a line break but not across a blank line', () => {
    assert.deepEqual(quoted('"first line\nsecond line" end'), ['first line\nsecond line']);
    const scan = findQuotes('"never closed\n\nnext paragraph', splitParagraphs('"never closed\n\nnext paragraph'));
    assert.deepEqual(scan.quotes.map((q) => q.end), [13]);
    assert.equal(scan.problems.length, 1);
    assert.equal(scan.problems[0].code, 'unbalanced-quote');
  });

  it('marks a quotation continued by a reopened paragraph, without a problem', () => {
    const text = '"First paragraph of the speech.\n\n"Second paragraph," she said.';
    const scan = findQuotes(text, splitParagraphs(text));
    assert.deepEqual(scan.quotes.map((q) => [q.continues, q.resumes]), [[true, false], [false, true]]);
    assert.equal(scan.problems.length, 0);
  });

  it('stops an unclosed quotation before a dash signature', () => {
    assert.deepEqual(quoted('"We need this now. – Jane Doe, mayor'), ['We need this now.']);
  });

  it('survives a text made only of quotation marks', () => {
    const text = '"“”'.repeat(1000);
    const scan = findQuotes(text, splitParagraphs(text));
    for (const q of scan.quotes) assert.ok(q.start >= 0 && q.end <= text.length && q.start <= q.end);
  });
});
