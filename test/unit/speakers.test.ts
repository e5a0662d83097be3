import * as assert from 'node:assert/strict';
import { Registry } from '../../src/core/speakers';

const at = (start: number) => ({ start, end: start + 1 });

describe('Registry', () => {
  it('merges a surname into the earlier full name and keeps the fullest form', () => {
    const registry = new Registry();
    const shoigu = registry.resolveName(['Shoigu'], null, false, at(0));
    const full = registry.resolveName(['Sergey', 'Shoigu'], 'Defense Minister', false, at(10));
    assert.equal(full, shoigu);
    assert.deepEqual(full.parts, ['Sergey', 'Shoigu']);
    assert.ok(full.forms.has('Shoigu'));
    assert.equal(full.title, 'Defense Minister');
  });

  it('keeps two people with the same surname apart by first name', () => {
    const registry = new Registry();
    const tim = registry.resolveName(['Tim', 'Scott'], null, false, at(0));
    const rick = registry.resolveName(['Rick', 'Scott'], null, false, at(10));
    assert.notEqual(tim, rick);
    assert.equal(registry.resolveName(['Scott'], null, false, at(20)), rick);
  });

  it('completes a lone surname from a full name seen elsewhere, and expands acronyms', () => {
    const registry = new Registry();
    registry.noteFullName(['Chuck', 'Grassley']);
    assert.deepEqual(registry.resolveName(['Grassley'], 'Senator', false, at(0)).parts, ['Chuck', 'Grassley']);
    registry.noteAcronym('GAO', ['Government', 'Accountability', 'Office']);
    const gao = registry.resolveName(['GAO'], null, true, at(5));
    assert.deepEqual(gao.parts, ['Government', 'Accountability', 'Office']);
    assert.equal(registry.resolveName(['Government', 'Accountability', 'Office'], null, true, at(9)), gao);
  });

  it('resolves `the zoo` to the organisation named earlier, and `the report` to its author', () => {
    const registry = new Registry();
    registry.noteOrganization(['National', 'Zoo'], 0);
    assert.deepEqual(registry.resolveDescription('zoo', at(50))?.parts, ['National', 'Zoo']);
    const gao = registry.resolveName(['GAO'], null, true, at(60));
    registry.addDescriptor(gao, 'report');
    assert.equal(registry.resolveDescription('report', at(90)), gao);
  });

  it('resolves `the company` to the organisation that last acted, but not to a person', () => {
    const registry = new Registry();
    assert.equal(registry.resolveDescription('company', at(5)), null);
    const acme = registry.resolveName(['Acme', 'Motors'], null, true, at(10));
    registry.resolveName(['Jane', 'Roe'], null, false, at(20));
    assert.equal(registry.resolveDescription('company', at(30)), acme);
    assert.equal(registry.resolveDescription('photographer', at(30)), null);
  });

  it('resolves `the agency` to the public body named last, even after a company has spoken', () => {
    const registry = new Registry();
    const commission = registry.resolveName(['National', 'Product', 'Safety', 'Commission'], null, true, at(10));
    const company = registry.resolveName(['Hestia', 'Home', 'Appliances'], null, true, at(20));
    assert.equal(registry.resolveDescription('agency', at(30)), commission);
    assert.equal(registry.resolveDescription('company', at(30)), company);
    // `the company` is no public body, even one that spoke since.
    registry.touch(commission, at(40), false);
    assert.equal(registry.resolveDescription('company', at(50)), company);
  });

  it('takes a bare one-word name for `the company`, but not a person known by full name', () => {
    const registry = new Registry();
    registry.noteFullName(['Jane', 'Roe']);
    registry.resolveName(['European', 'Commission'], null, true, at(0));
    const orbital = registry.resolveName(['Orbital'], null, false, at(10));
    registry.resolveName(['Roe'], null, false, at(20));
    assert.equal(registry.resolveDescription('company', at(30)), orbital);
    assert.equal(orbital.organization, true);
  });

  it('resolves the same pronoun mention the same way twice', () => {
    const registry = new Registry();
    const beaty = registry.resolveName(['Bob', 'Beaty'], null, false, at(0));
    registry.resolveName(['John', 'Boozman'], 'Senator', false, at(5));
    registry.resolveName(['Beaty'], null, false, at(10));
    const first = registry.resolvePronoun('he', 20);
    assert.equal(first, beaty);
    registry.touch(beaty, at(20), true);
    assert.equal(registry.resolvePronoun('he', 20), beaty);
  });

  it('resolves pronouns by gender and recency, and descriptions by title', () => {
    const registry = new Registry();
    const wu = registry.resolveName(['Irene', 'Wu'], 'Councilwoman', false, at(0));
    const vega = registry.resolveName(['Paul', 'Vega'], 'Mayor', false, at(10));
    assert.equal(registry.resolvePronoun('she', 20), wu);
    assert.equal(registry.resolvePronoun('he', 20), vega);
    assert.equal(registry.resolveDescription('mayor', at(20)), vega);
    assert.equal(registry.resolveDescription('photographer', at(20)), null);
  });
});
