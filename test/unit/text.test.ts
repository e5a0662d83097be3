import * as assert from 'node:assert/strict';
import { isApostrophe, isLetter, isSpace, isUpper, isWordChar, NextMatch } from '../../src/core/text';

describe('text', () => {
  it('classifies characters by code without allocating', () => {
    assert.equal(isLetter('é'.charCodeAt(0)), true);
    assert.equal(isLetter('—'.charCodeAt(0)), false);
    assert.equal(isLetter(0xd83d), false); // half of an emoji
    assert.equal(isUpper('É'.charCodeAt(0)), true);
    assert.equal(isSpace(0xa0) && isSpace(0xfeff) && isSpace(10), true);
    assert.equal(isWordChar('7'.charCodeAt(0)), true);
    assert.equal(isApostrophe('’'.charCodeAt(0)), true);
  });

  it('finds successive matches and reuses a search that already went past the position', () => {
    const next = new NextMatch(/x/g, 'a x b x');
    assert.equal(next.at(0), 2);
    assert.equal(next.at(1), 2);
    assert.equal(next.at(3), 6);
    assert.equal(next.at(7), Infinity);
  });
});
