import assert from 'node:assert/strict';
import { contentSpan, guessKind, isStatementKind } from '../../src/extension/model/selection';

describe('extension selection', () => {
  const text = 'He said "we will win." and that talks are active.';

  it('drops the quotation marks and spaces around a selection', () => {
    const start = text.indexOf(' "we');
    const end = text.indexOf('." ') + 3;
    const span = contentSpan(text, start, end);
    assert.equal(text.slice(span.start, span.end), 'we will win.');
    assert.deepEqual(contentSpan(text, end, start), span);
  });

  it('guesses direct for quoted words and indirect otherwise', () => {
    assert.equal(guessKind(text, text.indexOf('"we'), text.indexOf('." ') + 2), 'direct');
    assert.equal(guessKind(text, text.indexOf('talks'), text.length), 'indirect');
  });

  it('knows the statement kinds', () => {
    assert.equal(isStatementKind('partial'), true);
    assert.equal(isStatementKind('quote'), false);
  });
});
