import * as assert from 'node:assert/strict';
import fc from 'fast-check';
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

  it('puts every offset on the line a line-break regex gives, with and without carriage returns', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', 'é'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (text) => {
      const starts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
      const index = new LineIndex(text);
      assert.equal(index.lineCount, starts.length);
      for (let offset = 0; offset <= text.length; offset++) {
        let line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
        assert.deepEqual(index.position(offset), { line, character: offset - starts[line] });
      }
    }));
  });
});
