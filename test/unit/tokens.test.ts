import * as assert from 'node:assert/strict';
import { splitParagraphs } from '../../src/core/paragraphs';
import { findQuotes } from '../../src/core/quotes';
import { tokenize, TokenPool, Interner } from '../../src/core/tokens';

function sentences(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  const { quotes } = findQuotes(text, paragraphs);
  const { sentences: found } = tokenize(text, paragraphs, quotes, 0, paragraphs.length, new TokenPool());
  return found.map((s) => text.slice(s.start, s.end));
}

describe('tokenize', () => {
  it('does not end sentences at abbreviations and initials', () => {
    assert.deepEqual(sentences('Sen. Charles E. Schumer met Gov. Hochul on Aug. 4. They spoke.'), [
      'Sen. Charles E. Schumer met Gov. Hochul on Aug. 4.', 'They spoke.',
    ]);
  });

  it('keeps the period of `No.` only before a number', () => {
    assert.deepEqual(sentences('He lives at No. 10 Park Lane. She voted no. Republican leaders were pleased.'), [
      'He lives at No. 10 Park Lane.', 'She voted no.', 'Republican leaders were pleased.',
    ]);
  });

  it('ends a sentence after U.S. only before a sentence opener', () => {
    assert.deepEqual(sentences('He flew to the U.S. The trip was long.'), ['He flew to the U.S.', 'The trip was long.']);
    assert.deepEqual(sentences('The U.S. Senate voted.'), ['The U.S. Senate voted.']);
    // `another`, `other` and `such` open sentences as determiners do.
    assert.deepEqual(sentences('It opens at 8 a.m. Another shop opens at nine.'), ['It opens at 8 a.m.', 'Another shop opens at nine.']);
    assert.deepEqual(sentences('It opens at 8 a.m. Monday.'), ['It opens at 8 a.m. Monday.']);
  });

  it('treats a quotation as one token, ending the sentence only after terminal punctuation', () => {
    assert.deepEqual(sentences('"We won," Doe said. "It was hard." Roe agreed.'), ['"We won," Doe said.', '"It was hard."', 'Roe agreed.']);
  });

  it('breaks after a heading line and before a line that opens a quotation', () => {
    assert.deepEqual(sentences('Mayor Opens Park\nThe park opened.'), ['Mayor Opens Park', 'The park opened.']);
    assert.deepEqual(sentences('"Yes," he said\n"No."'), ['"Yes," he said', '"No."']);
    assert.deepEqual(sentences('they asked for the\n"moderate" list.'), ['they asked for the\n"moderate" list.']);
    assert.deepEqual(sentences('"We kept it," County Executive\nLaura Kim said.'), ['"We kept it," County Executive\nLaura Kim said.']);
    assert.deepEqual(sentences('It was published under the title\n"Spatial memory in bees", the team said.'),
      ['It was published under the title\n"Spatial memory in bees", the team said.']);
  });

  it('goes on across a hard wrap before a lower-case quotation, or after a line with a comma and a small word', () => {
    assert.deepEqual(sentences('She said the board\n"takes its decisions on the evidence." He left.'),
      ['She said the board\n"takes its decisions on the evidence."', 'He left.']);
    assert.deepEqual(sentences('Rep. Karen Bass (D-Calif.), the Ranking Democrat on the House Foreign\nAffairs Subcommittee, spoke.'),
      ['Rep. Karen Bass (D-Calif.), the Ranking Democrat on the House Foreign\nAffairs Subcommittee, spoke.']);
  });

  it('keeps words whole across inner apostrophes, hyphens and decimal points', () => {
    const text = 'Russia’s step-by-step plan costs $2.25 million.';
    const paragraphs = splitParagraphs(text);
    const { tokens } = tokenize(text, paragraphs, [], 0, 1, new TokenPool());
    const pool = tokens.slice(0, 8).map((t) => t.lower);
    assert.deepEqual(pool, ["russia's", 'step-by-step', 'plan', 'costs', '$', '2.25', 'million', '.']);
  });

  it('keeps the apostrophe of a plural possessive with its word, but not a closing mark at a stop', () => {
    const text = 'The National Farmers’ Union and the teachers\' union met the boys\'.';
    const paragraphs = splitParagraphs(text);
    const { tokens } = tokenize(text, paragraphs, [], 0, 1, new TokenPool());
    assert.deepEqual(tokens.map((t) => t.lower), ['the', 'national', "farmers'", 'union', 'and', 'the', "teachers'", 'union', 'met', 'the', 'boys', "'", '.']);
  });
});

describe('Interner', () => {
  // More distinct words than the table may hold: it grows from its smallest size, then starts afresh.
  const words = Array.from({ length: 70_000 }, (_, i) => `Word${i.toString(36)}’s`);
  const text = words.join(' ');

  it('lower-cases every word, as its table grows and when it starts afresh', () => {
    const interner = new Interner();
    let start = 0;
    for (const word of words) {
      assert.equal(interner.read(text, start, text.length), word.toLowerCase().replace('’', "'"));
      assert.equal(interner.end, start + word.length);
      start += word.length + 1;
    }
  });

  it('gives an equal word the very same string, and reads speech verbs', () => {
    const interner = new Interner();
    const sample = words.slice(0, 3000);
    const first = sample.map((word) => interner.read(text, text.indexOf(word), text.length));
    assert.ok(sample.every((word, i) => interner.read(text, text.indexOf(word), text.length) === first[i]));
    const said = 'Said told the cat';
    assert.equal(interner.read(said, 0, said.length), 'said');
    assert.equal(interner.verb?.base, 'say');
    interner.read(said, 10, said.length);
    assert.equal(interner.verb, undefined);
  });

  it('marks a word seen once, whichever occurrence it is read from', () => {
    const text = 'Grassley said Grassley';
    const interner = new Interner();
    interner.read(text, 0, text.length);
    assert.equal(interner.markSeen(), true);
    interner.read(text, 9, text.length);
    assert.equal(interner.markSeen(), true);
    interner.read(text, 14, text.length);
    assert.equal(interner.markSeen(), false);
  });

  it('reads a word longer than its character buffer can count, each time it occurs', () => {
    const long = 'A'.repeat(70_000);
    const text = `${long} ${long}`;
    const interner = new Interner();
    assert.equal(interner.read(text, 0, text.length), long.toLowerCase());
    assert.equal(interner.read(text, long.length + 1, text.length), long.toLowerCase());
    assert.equal(interner.end, text.length);
  });
});
