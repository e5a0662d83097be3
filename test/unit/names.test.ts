import * as assert from 'node:assert/strict';
import { collectNames } from '../../src/core/names';
import { Registry } from '../../src/core/speakers';
import { Interner } from '../../src/core/tokens';

describe('collectNames', () => {
  it('remembers full names, acronym definitions and mid-sentence capitals', () => {
    const registry = new Registry();
    const text = 'Soon the bill was backed by Senator Ruth Baker. The Government Accountability Office (GAO) agreed.';
    collectNames(text, registry, new Interner());
    assert.deepEqual(registry.resolveName(['Baker'], null, false, { start: 90, end: 95 }).parts, ['Ruth', 'Baker']);
    assert.deepEqual(registry.resolveName(['GAO'], null, true, { start: 95, end: 98 }).parts, ['Government', 'Accountability', 'Office']);
    assert.equal(registry.knownName('baker'), true);
    assert.equal(registry.knownName('soon'), false);
  });

  it('remembers the full name after the last title of a run that opens with an organisation word', () => {
    const registry = new Registry();
    const text = 'The transcript of the press conference with Health Minister Clara Dunne follows.';
    collectNames(text, registry, new Interner());
    assert.deepEqual(registry.resolveName(['DUNNE'], null, false, { start: 90, end: 95 }).parts, ['Clara', 'Dunne']);
  });

  it('takes a run whose head comes before `of` for an organisation that `the ministry` and `the university` refer to', () => {
    const registry = new Registry();
    const text = 'Pupils may move under a proposal from the Ministry of Education, studied at the University of Eastmoor. The ministry said so.';
    collectNames(text, registry, new Interner());
    const end = { start: text.length - 20, end: text.length - 8 };
    assert.deepEqual(registry.resolveDescription('ministry', end)?.parts, ['Ministry', 'of', 'Education']);
    assert.deepEqual(registry.resolveDescription('university', end)?.parts, ['University', 'of', 'Eastmoor']);
    assert.equal(registry.resolveDescription('education', { start: 0, end: 5 }), null);
  });
});
