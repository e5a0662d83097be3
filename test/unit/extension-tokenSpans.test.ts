import assert from 'node:assert/strict';
import { tokenSpans } from '../../src/extension/model/tokenSpans';
import { annotation, at } from './extension-fixture';

describe('extension tokenSpans', () => {
  it('marks resolved mentions (pronouns flagged) and cue verbs, sorted and without overlaps', () => {
    const spans = tokenSpans(annotation());
    assert.deepEqual(spans.map((s) => [s.type, s.start, s.pronoun]).slice(0, 5), [
      ['speaker', at('Sergey Shoigu').start, false],
      ['speechVerb', at('said').start, false],
      ['speaker', at('Shoigu', 1).start, false],
      ['speechVerb', at('told').start, false],
      ['speaker', at('He').start, true],
    ]);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start);
  });

  it('emits a cue shared by two statements once', () => {
    const data = annotation();
    data.statements.push({ ...data.statements[1], id: 'again' });
    assert.equal(tokenSpans(data).filter((s) => s.start === at('told').start).length, 1);
  });
});
