import assert from 'node:assert/strict';
import { plural, quoted, snippet, speakerLabel } from '../../src/extension/model/text';
import { annotation } from './extension-fixture';

describe('extension text helpers', () => {
  it('puts a statement on one line and shortens it at a word-friendly length', () => {
    assert.equal(snippet('We are\n  step-by-step', 60), 'We are step-by-step');
    const long = snippet('a'.repeat(100), 10);
    assert.equal(long.length, 10);
    assert.ok(long.endsWith('…'));
    assert.equal(quoted('x'), '“x”');
  });

  it('pluralises', () => {
    assert.equal(plural(1, 'speaker'), '1 speaker');
    assert.equal(plural(0, 'speaker'), '0 speakers');
  });

  it('labels a speaker with title, an unnamed source by its description, and nobody as null', () => {
    const data = annotation();
    assert.equal(speakerLabel(data.statements[0], data.speakers[0]), 'Sergey Shoigu, Russian Defense Minister');
    assert.equal(speakerLabel(data.statements[4], undefined), 'unnamed: a spokesperson');
    assert.equal(speakerLabel(data.statements[3], undefined), null);
  });
});
