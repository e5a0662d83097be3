import * as assert from 'node:assert/strict';
import { addCorrection, anchorFor, emptySidecar } from '../../src/core/corrections';

const text = 'Intro. "We are ready," said Jane Doe. "Go," he said.';
const ready = anchorFor(text, { start: 8, end: 20 });
const go = anchorFor(text, { start: 38, end: 41 });

describe('corrections/edit', () => {
  it('appends with fresh ids', () => {
    let sidecar = addCorrection(emptySidecar(), { action: 'clear-speaker', target: ready });
    sidecar = addCorrection(sidecar, { action: 'clear-speaker', target: go });
    assert.deepEqual(sidecar.corrections.map((c) => c.id), ['c1', 'c2']);
    assert.deepEqual(emptySidecar().corrections, [], 'the input is not mutated');
  });

  it('replaces an earlier speaker decision on the same span, keeping the others', () => {
    let sidecar = addCorrection(emptySidecar(), { action: 'mark-statement', target: ready, kind: 'direct' });
    sidecar = addCorrection(sidecar, { action: 'set-speaker', target: ready, speaker: { name: 'A' } });
    sidecar = addCorrection(sidecar, { action: 'set-speaker', target: go, speaker: { name: 'B' } });
    sidecar = addCorrection(sidecar, { action: 'clear-speaker', target: ready });
    assert.deepEqual(sidecar.corrections.map((c) => `${c.id}:${c.action}`), ['c1:mark-statement', 'c3:set-speaker', 'c4:clear-speaker']);
  });

  it('lets mark and mark-not replace each other, and mark-not drop speaker decisions', () => {
    let sidecar = addCorrection(emptySidecar(), { action: 'set-speaker', target: ready, speaker: { name: 'A' } });
    sidecar = addCorrection(sidecar, { action: 'mark-statement', target: ready, kind: 'partial' });
    sidecar = addCorrection(sidecar, { action: 'mark-not-statement', target: ready });
    assert.deepEqual(sidecar.corrections.map((c) => c.action), ['mark-not-statement']);
  });

  it('lets a speaker decision undo mark-not-statement on the same span', () => {
    let sidecar = addCorrection(emptySidecar(), { action: 'mark-not-statement', target: ready });
    sidecar = addCorrection(sidecar, { action: 'mark-not-statement', target: go });
    sidecar = addCorrection(sidecar, { action: 'set-speaker', target: ready, speaker: { name: 'A' } });
    assert.deepEqual(sidecar.corrections.map((c) => `${c.id}:${c.action}`), ['c2:mark-not-statement', 'c3:set-speaker']);
  });

  it('tells apart different texts at the same position', () => {
    let sidecar = addCorrection(emptySidecar(), { action: 'clear-speaker', target: ready });
    sidecar = addCorrection(sidecar, { action: 'clear-speaker', target: { ...ready, exact: 'We are steady,' } });
    assert.equal(sidecar.corrections.length, 2);
  });

  it('recognises an earlier decision about the same span after the text moved', () => {
    const edited = 'New first line.\n' + text;
    let sidecar = addCorrection(emptySidecar(), { action: 'set-speaker', target: ready, speaker: { name: 'A' } });
    sidecar = addCorrection(sidecar, { action: 'set-speaker', target: anchorFor(edited, { start: 24, end: 36 }), speaker: { name: 'B' } }, edited);
    assert.equal(sidecar.corrections.length, 1);
    assert.equal(sidecar.corrections[0].action === 'set-speaker' && sidecar.corrections[0].speaker.name, 'B');
  });
});
