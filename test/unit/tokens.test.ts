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

  it('ends a sentence after U.S. only before a sentence opener', () => {
    assert.deepEqual(sentences('He flew to the U.S. The trip was long.'), ['He flew to the U.S.', 'The trip was long.']);
    assert.deepEqual(sentences('The U.S. Senate voted.'), ['The U.S. Senate voted.']);
  });

  it('treats a quotation as one token, ending the sentence only after terminal punctuation', () => {
    assert.deepEqual(sentences('"We won," Doe said. "It was hard." Roe agreed.'), ['"We won," Doe said.', '"It was hard."', 'Roe agreed.']);
  });

  it('breaks after a heading line and before a line that opens a quotation', () => {
    assert.deepEqual(sentences('Mayor Opens Park\nThe park opened.'), ['Mayor Opens Park', 'The park opened.']);
    assert.deepEqual(sentences('"Yes," he said\n"No."'), ['"Yes," he said', '"No."']);
    assert.deepEqual(sentences('they asked for the\n"moderate" list.'), ['they asked for the\n"moderate" list.']);
    assert.deepEqual(sentences('"We kept it," County Executive\nLaura Kim said.'), ['"We kept it," County Executive\nLaura Kim said.']);
  });

  it('keeps words whole across inner apostrophes, hyphens and decimal points', () => {
    const text = 'Russia’s step-by-step plan costs $2.25 million.';
    const paragraphs = splitParagraphs(text);
    const { tokens } = tokenize(text, paragraphs, [], 0, 1, new TokenPool());
    const pool = tokens.slice(0, 8).map((t) => t.lower);
    assert.deepEqual(pool, ["russia's", 'step-by-step', 'plan', 'costs', '$', '2.25', 'million', '.']);
  });
});

describe('Interner', () => {
  it('lower-cases every word right in a table far smaller than the vocabulary, and shares equal words', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `Word${i.toString(36)}’s`);
    const text = words.join(' ');
    const interner = new Interner(0); // the smallest table: words collide all the time
    let start = 0;
    const first = words.map((word) => {
      const lower = interner.read(text, start, text.length);
      assert.equal(lower, word.toLowerCase().replace('’', "'"));
      assert.equal(interner.end, start + word.length);
      start += word.length + 1;
      return lower;
    });
    // A word read again right after itself comes back as the very same string.
    assert.ok(first.every((lower, i) => interner.read(text, text.indexOf(words[i]), text.length) === lower));
  });
});
