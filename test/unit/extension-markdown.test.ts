import assert from 'node:assert/strict';
import { commandLink, escapeMarkdown } from '../../src/extension/model/markdown';

describe('extension markdown helpers', () => {
  it('escapes every character that could start markup', () => {
    assert.equal(escapeMarkdown('*a* [b](c) `d` <e> #f'), '\\*a\\* \\[b\\]\\(c\\) \\`d\\` \\<e\\> \\#f');
  });

  it('builds a command link whose arguments survive the round trip', () => {
    const args = ['file:///w/a b.release', 42];
    const link = commandLink('Set speaker…', 'statementLens.setSpeaker', args);
    const match = /^\[Set speaker…\]\(command:statementLens\.setSpeaker\?([^)\s]+)\)$/.exec(link);
    assert.ok(match, link);
    assert.deepEqual(JSON.parse(decodeURIComponent(match[1])), args);
  });
});
