import assert from 'node:assert/strict';
import { AnnotationIndex, isUnattributed } from '../../src/extension/model/annotationIndex';
import { annotation, at } from './extension-fixture';

describe('extension AnnotationIndex', () => {
  const index = new AnnotationIndex(annotation());

  it('finds the statement under an offset, ends included, and nothing between statements', () => {
    const quote = at('We are approaching an alternative,');
    assert.equal(index.statementAt(quote.start)?.id, 'st-2');
    assert.equal(index.statementAt(quote.end)?.id, 'st-2');
    assert.equal(index.statementAt(quote.start + 5)?.id, 'st-2');
    assert.equal(index.statementAt(at('Rossiya').start), undefined);
    assert.equal(index.statementAt(0), undefined);
  });

  it('prefers the innermost of nested statements', () => {
    const data = annotation();
    // An indirect statement that covers the partial quote, as the engine reports reported speech with quoted words.
    const outer = { ...data.statements[2], id: 'outer', kind: 'indirect' as const, start: at('called').start, end: at('well-organized.').end };
    const nested = new AnnotationIndex({ ...data, statements: [...data.statements, outer] });
    assert.equal(nested.statementAt(at('concrete').start)?.id, 'st-3');
    assert.equal(nested.statementAt(at('called').start + 2)?.id, 'outer');
  });

  it('finds speaker mentions, pronouns included', () => {
    assert.equal(index.mentionAt(at('Shoigu', 1).start + 2)?.speaker.id, 'sergey-shoigu');
    const he = index.mentionAt(at('He').start);
    assert.equal(he?.speaker.id, 'sergey-shoigu');
    assert.equal(he?.mention.pronoun, true);
    assert.equal(index.mentionAt(at('Rossiya').start), undefined);
  });

  it('counts statements per speaker and lists active speakers in order of first statement', () => {
    assert.equal(index.statementsBy('sergey-shoigu').length, 3);
    assert.equal(index.statementsBy('nasa').length, 1);
    assert.deepEqual(index.activeSpeakers.map((s) => s.id), ['sergey-shoigu', 'nasa']);
    assert.equal(index.speaker(null), undefined);
  });

  it('calls a statement unattributed only when not even a description is known', () => {
    const [, , , nobody, described] = annotation().statements;
    assert.equal(isUnattributed(nobody), true);
    assert.equal(isUnattributed(described), false);
  });
});
