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

  it('quotes with single marks where a paragraph opens its first quotation with one (British style), nesting doubles', () => {
    assert.deepEqual(quoted('‘He called it “a disaster”, and I agree,’ she said. ‘We won’t stop.’'),
      ['He called it “a disaster”, and I agree,', 'We won’t stop.']);
    assert.deepEqual(quoted("'He called it \"a disaster\", and I agree,' she said. 'We won't stop.'"),
      ['He called it "a disaster", and I agree,', "We won't stop."]);
    // A single-quoted title first, then a double quotation with its own nested single one.
    assert.deepEqual(quoted('He starred in ‘Salute to Veterans,’ a series. “He said ‘go’ twice,” Doe said.'),
      ['Salute to Veterans,', 'He said ‘go’ twice,']);
    // A paragraph that starts with a double mark keeps the American reading.
    assert.deepEqual(quoted('"He said \'stop\' twice," she said.'), ['He said \'stop\' twice,']);
  });

  it('runs a single-quoted quotation on into a paragraph that reopens it', () => {
    const text = '‘First paragraph of the speech.\n\n‘Second paragraph,’ she said.';
    const scan = findQuotes(text, splitParagraphs(text));
    assert.deepEqual(scan.quotes.map((q) => [text.slice(q.start, q.end), q.continues, q.resumes]),
      [['First paragraph of the speech.', true, false], ['Second paragraph,', false, true]]);
    assert.equal(scan.problems.length, 0);
  });

  it('tells plural possessives from closing single marks in a single-quoted paragraph', () => {
    assert.deepEqual(quoted('‘As a member of the Veterans’ Affairs Committee, I fought,’ she wrote.'),
      ['As a member of the Veterans’ Affairs Committee, I fought,']);
    assert.deepEqual(quoted('He backed the so-called ‘voting rights’ legislation.\n\n‘It is time,’ he said.'),
      ['voting rights', 'It is time,']);
    assert.deepEqual(quoted('‘We stand for parents’ rights and parents’ involvement.\n\n‘And more,’ he said.')[0],
      'We stand for parents’ rights and parents’ involvement.');
  });

  it('reads an elision inside a straight single quotation as an apostrophe', () => {
    assert.deepEqual(quoted("'Cut 'em off and it'll ripen,' he said."), ["Cut 'em off and it'll ripen,"]);
  });

  it('opens a single quotation at a bracket, or glued to the previous sentence', () => {
    assert.deepEqual(quoted('‘[The Act] is important,’ he said.'), ['[The Act] is important,']);
    assert.deepEqual(quoted('‘Yes,’ said Thune.‘I’m proud.’'), ['Yes,', 'I’m proud.']);
    assert.deepEqual(quoted("'Yes,' said Thune.'I'm proud.'"), ['Yes,', "I'm proud."]);
  });

  it('stops an unclosed single quotation before a dash signature', () => {
    assert.deepEqual(quoted('‘We need this now. – Jane Doe, mayor\n\nFull text.'), ['We need this now.']);
  });

  it('reads the direction of guillemets from their neighbours: «…» and »…« both pair', () => {
    assert.deepEqual(quoted('«Oui,» dit-il. »Ja,« sagte er. Er sagte: »Nein.«'), ['Oui,', 'Ja,', 'Nein.']);
    assert.deepEqual(quoted('»First.«»Second.« « spaced » end'), ['First.', 'Second.', 'spaced']);
    const text = '»First paragraph.\n\n»Second,« he said.';
    assert.deepEqual(findQuotes(text, splitParagraphs(text)).quotes.map((q) => q.continues), [true, false]);
  });

  it('closes a German „…“ quotation after a nested ‚…‘ one', () => {
    assert.deepEqual(quoted('„Sie sagte: ‚Nein,‘“ sagte er. „Gut.“'), ['Sie sagte: ‚Nein,‘', 'Gut.']);
    // A paragraph whose opening mark is missing: the paragraph start stands in.
    assert.deepEqual(quoted('She told her mother, ‚I missed you,‘“ said Franks.'), ['She told her mother, ‚I missed you,‘']);
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
    assert.deepEqual(quoted('"We need this now. -- Jane Doe, mayor'), ['We need this now.']);
    assert.deepEqual(quoted('"We need this now.—Jane Doe, mayor'), ['We need this now.']);
    assert.deepEqual(quoted('"We need this now. –\r\nJane Doe, mayor'), ['We need this now.']);
    // A closed dash inside the sentence is no signature.
    assert.deepEqual(quoted('"We need an alternative—I am speaking of Aleppo'), ['We need an alternative—I am speaking of Aleppo']);
  });

  it('survives a text made only of quotation marks', () => {
    const text = '"“”'.repeat(1000);
    const scan = findQuotes(text, splitParagraphs(text));
    for (const q of scan.quotes) assert.ok(q.start >= 0 && q.end <= text.length && q.start <= q.end);
  });
});
