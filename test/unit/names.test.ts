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

  it('reads a capital after a closing guillemet or German mark as a sentence opener, not a name', () => {
    for (const [open, close] of [['«', '»'], ['»', '«'], ['„', '“']]) {
      const registry = new Registry();
      collectNames(`He had ${open}never seen it.${close} Mere hours later, ${open}yes.${close} Soon it ended.`, registry, new Interner());
      assert.equal(registry.knownName('mere'), false, open);
      assert.equal(registry.knownName('soon'), false, open);
    }
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
