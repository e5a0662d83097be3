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

  it('ends a person\'s name before `of`: `Shares of Nimbus` is nobody, `John Culberson of Texas` is John Culberson', () => {
    const registry = new Registry();
    collectNames('Shares of Nimbus fell. Rep. John Culberson of Texas voted no.', registry, new Interner());
    assert.deepEqual(registry.resolveName(['Nimbus'], null, false, { start: 70, end: 76 }).parts, ['Nimbus']);
    assert.deepEqual(registry.resolveName(['Culberson'], null, false, { start: 80, end: 89 }).parts, ['John', 'Culberson']);
  });

  it('reads a capital after a closing guillemet or German mark as a sentence opener, not a name', () => {
    for (const [open, close] of [['«', '»'], ['»', '«'], ['„', '“']]) {
      const registry = new Registry();
      collectNames(`He had ${open}never seen it.${close} Mere hours later, ${open}yes.${close} Soon it ended.`, registry, new Interner());
      assert.equal(registry.knownName('mere'), false, open);
      assert.equal(registry.knownName('soon'), false, open);
    }
  });

  it('reads the defined terms after a name: a short form stands for it, `the Company` refers to it', () => {
    const registry = new Registry();
    const text = 'OSLO – Halvern Foods ASA ("Halvern" or "the Company") and Kilbeg Dairy Ltd (the "Seller") agreed a deal. The Company said so.';
    collectNames(text, registry, new Interner());
    const end = { start: text.length - 20, end: text.length - 8 };
    assert.deepEqual(registry.resolveName(['Halvern'], null, true, end).parts, ['Halvern', 'Foods', 'ASA']);
    assert.deepEqual(registry.resolveName(['Company'], null, true, end).parts, ['Halvern', 'Foods', 'ASA']);
    assert.deepEqual(registry.resolveDescription('seller', end)?.parts, ['Kilbeg', 'Dairy', 'Ltd']);
    // A lower-case company suffix may stand between the name and its definition.
    const suffixed = new Registry();
    collectNames('LONDON – Corvant Systems plc (the "Company" or "Corvant") agreed. The Company said so.', suffixed, new Interner());
    assert.deepEqual(suffixed.resolveName(['Corvant'], null, true, { start: 70, end: 77 }).parts, ['Corvant', 'Systems']);
    assert.deepEqual(suffixed.resolveName(['Company'], null, true, { start: 70, end: 77 }).parts, ['Corvant', 'Systems']);
    // A stock listing in brackets may stand between the name and its definition.
    const listed = new Registry();
    collectNames('DENVER – Ridgeline Bancorp, Inc. (NASDAQ: RDGB) ("Ridgeline" or the "Company") reported. The Company said so.', listed, new Interner());
    assert.deepEqual(listed.resolveName(['Company'], null, true, { start: 90, end: 97 }).parts, ['Ridgeline', 'Bancorp']);
    assert.deepEqual(listed.resolveName(['Ridgeline'], null, true, { start: 90, end: 97 }).parts, ['Ridgeline', 'Bancorp']);
    // A name with a defined short form is a company's, even where it reads like a person's.
    const company = new Registry();
    collectNames('Brenner Logistik AG ("Brenner") bought a firm.', company, new Interner());
    assert.equal(company.resolveName(['Brenner', 'Logistik', 'AG'], null, false, { start: 0, end: 19 }).organization, true);
    // In every house style's marks, and across a hard wrap.
    for (const [o, c] of [['„', '“'], ['«', '»'], ['‘', '’'], ["'", "'"]]) {
      const styled = new Registry();
      const t = `OSLO – Halvern Foods ASA (${o}Halvern${c} or\n${o}the Company${c}) agreed a deal. The Company said so.`;
      collectNames(t, styled, new Interner());
      const at = { start: t.length - 20, end: t.length - 8 };
      assert.deepEqual(styled.resolveName(['Company'], null, true, at).parts, ['Halvern', 'Foods', 'ASA'], o);
      assert.deepEqual(styled.resolveName(['Halvern'], null, true, at).parts, ['Halvern', 'Foods', 'ASA'], o);
    }
    // Brackets with no quoted term define nothing.
    const plain = new Registry();
    collectNames('Jane Doe (the mayor) spoke. The Company said so.', plain, new Interner());
    assert.deepEqual(plain.resolveName(['Company'], null, true, { start: 30, end: 37 }).parts, ['Company']);
  });

  it('remembers the title of a full name in running text, with the team it belongs to', () => {
    const registry = new Registry();
    const text = 'A switch by Rovers manager Stuart Pennock changed it, and Athletic manager Graham Oyelaran sulked. The Rovers boss said so.';
    collectNames(text, registry, new Interner());
    const end = { start: text.length - 20, end: text.length - 8 };
    assert.deepEqual(registry.resolveDescription('manager', end)?.parts, ['Graham', 'Oyelaran']);
    assert.deepEqual(registry.resolveDescription('boss', { start: end.start + 1, end: end.end }, 'rovers')?.parts, ['Stuart', 'Pennock']);
    assert.deepEqual(registry.resolveDescription('boss', { start: end.start + 2, end: end.end }, 'athletic')?.parts, ['Graham', 'Oyelaran']);
  });

  it('remembers the full name after the last title of a run that opens with an organisation word', () => {
    const registry = new Registry();
    const text = 'The transcript of the press conference with Health Minister Clara Dunne follows.';
    collectNames(text, registry, new Interner());
    assert.deepEqual(registry.resolveName(['DUNNE'], null, false, { start: 90, end: 95 }).parts, ['Clara', 'Dunne']);
  });

  it('joins a name hard-wrapped across a line break when it is met mid-sentence', () => {
    for (const br of ['\n', '\r\n']) {
      const registry = new Registry();
      const text = `The sitting MP, Richard${br}Hollins, lost. Later Hollins spoke.`;
      collectNames(text, registry, new Interner());
      assert.deepEqual(registry.resolveName(['Hollins'], null, false, { start: text.length - 15, end: text.length - 8 }).parts, ['Richard', 'Hollins']);
    }
    // Not across a blank line.
    const registry = new Registry();
    collectNames('He thanked Richard\n\nHollins Road was closed.', registry, new Interner());
    assert.notDeepEqual(registry.resolveName(['Hollins'], null, false, { start: 40, end: 44 }).parts, ['Richard', 'Hollins']);
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
