import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/lineIndex';

describe('LineIndex', () => {
  it('maps offsets across LF, CRLF and lone CR line breaks', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual(index.position(0), { line: 0, character: 0 });
    assert.deepEqual(index.position(4), { line: 1, character: 1 });
    assert.deepEqual(index.position(7), { line: 2, character: 0 });
    assert.deepEqual(index.position(11), { line: 3, character: 1 });
    assert.equal(index.lineCount, 4);
  });
});
