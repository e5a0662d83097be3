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
});
