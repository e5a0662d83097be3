import * as assert from 'node:assert/strict';
import { splitParagraphs } from '../../src/core/paragraphs';

describe('splitParagraphs', () => {
  it('splits at blank lines with LF, CRLF, CR and whitespace-only lines', () => {
    const text = 'one\ntwo\n\nthree\r\n \r\nfour\r\rfive';
    const paragraphs = splitParagraphs(text).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(paragraphs, ['one\ntwo', 'three', 'four', 'five']);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitParagraphs(''), []);
    assert.deepEqual(splitParagraphs(' \n\t\n'), []);
  });
});
