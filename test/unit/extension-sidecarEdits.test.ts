import assert from 'node:assert/strict';
import { anchorFor, emptySidecar } from '../../src/core/corrections';
import { withCorrection } from '../../src/extension/model/sidecarEdits';
import { at, TEXT } from './extension-fixture';

describe('extension withCorrection', () => {
  const target = anchorFor(TEXT, at('Nobody signed this.'));
  const other = anchorFor(TEXT, at('NASA agrees,'));

  it('appends corrections with fresh ids', () => {
    let sidecar = withCorrection(emptySidecar(), { action: 'set-speaker', target, speaker: { name: 'Jane Doe' } });
    sidecar = withCorrection(sidecar, { action: 'clear-speaker', target: other });
    assert.deepEqual(sidecar.corrections.map((c) => [c.id, c.action]), [['c1', 'set-speaker'], ['c2', 'clear-speaker']]);
  });

  it('replaces an earlier speaker decision on the same text and keeps the others', () => {
    let sidecar = withCorrection(emptySidecar(), { action: 'set-speaker', target, speaker: { name: 'Jane Doe' } });
    sidecar = withCorrection(sidecar, { action: 'mark-statement', target: other, kind: 'direct' });
    sidecar = withCorrection(sidecar, { action: 'set-speaker', target, speaker: { name: 'John Roe' } });
    assert.deepEqual(sidecar.corrections.map((c) => [c.action, c.target.exact]), [['mark-statement', 'NASA agrees,'], ['set-speaker', 'Nobody signed this.']]);
    assert.equal(sidecar.corrections.find((c) => c.action === 'set-speaker' && c.speaker.name === 'John Roe')?.id, 'c3');
  });

  it('lets "not a statement" replace everything decided about that text', () => {
    let sidecar = withCorrection(emptySidecar(), { action: 'mark-statement', target, kind: 'direct' });
    sidecar = withCorrection(sidecar, { action: 'set-speaker', target, speaker: { name: 'Jane Doe' } });
    sidecar = withCorrection(sidecar, { action: 'mark-not-statement', target });
    assert.deepEqual(sidecar.corrections.map((c) => c.action), ['mark-not-statement']);
  });
});
