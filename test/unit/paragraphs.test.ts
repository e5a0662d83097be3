import * as assert from 'node:assert/strict';
import { blankLineBetween, MAX_PARAGRAPH, paragraphAt, splitParagraphs } from '../../src/core/paragraphs';

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

  it('cuts a paragraph longer than MAX_PARAGRAPH after a sentence, losing no text', () => {
    const sentence = 'The council said the bridge would reopen in May. ';
    const text = sentence.repeat(Math.ceil((3 * MAX_PARAGRAPH) / sentence.length)).trim();
    const pieces = splitParagraphs(text);
    assert.ok(pieces.length >= 3, `${pieces.length} pieces`);
    for (const p of pieces) {
      assert.ok(p.end - p.start <= MAX_PARAGRAPH);
      assert.equal(text[p.end - 1], '.', 'each piece ends with a sentence');
    }
    assert.equal(pieces.map((p) => text.slice(p.start, p.end)).join(' '), text);
  });

  it('cuts a paragraph with no space anywhere but never inside a surrogate pair', () => {
    const text = '😀'.repeat(MAX_PARAGRAPH);
    const pieces = splitParagraphs(text);
    assert.ok(pieces.length >= 2);
    assert.equal(pieces.map((p) => text.slice(p.start, p.end)).join(''), text);
    for (const p of pieces) assert.equal(text.charCodeAt(p.start) & 0xfc00, 0xd800, 'a piece starts with a high surrogate');
  });
});

describe('blankLineBetween', () => {
  it('finds a blank line in LF, CRLF and CR text, and not a single line break', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `One said so.${nl}  ${nl}She said no.`;
      assert.equal(blankLineBetween(text, 0, text.length), true, JSON.stringify(nl));
      const one = `One said so.${nl}She said no.`;
      assert.equal(blankLineBetween(one, 0, one.length), false, JSON.stringify(nl));
    }
  });

  it('finds the paragraph that holds an offset', () => {
    const text = 'One.\n\nTwo two.\n\nThree.';
    const paragraphs = splitParagraphs(text);
    assert.deepEqual([0, 4, 5, text.indexOf('Two'), text.indexOf('Three'), text.length].map((o) => paragraphAt(paragraphs, o)), [0, 0, 0, 1, 2, 2]);
  });
});
