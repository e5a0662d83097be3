import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { decideExport, sha256Hex } from '../../src/extension/model/exportGuard';

describe('extension exportGuard', () => {
  it('creates a missing file and leaves an identical one alone', () => {
    assert.equal(decideExport(undefined, undefined, 'new'), 'create');
    assert.equal(decideExport('same', undefined, 'same'), 'unchanged');
  });

  it('overwrites only what it wrote itself', () => {
    assert.equal(decideExport('old', 'old', 'new'), 'overwrite');
    assert.equal(decideExport('edited', 'old', 'new'), 'edited-by-hand');
    assert.equal(decideExport('someone-elses', undefined, 'new'), 'edited-by-hand');
  });

  it('hashes like Node crypto, over the exact bytes', async () => {
    const bytes = new TextEncoder().encode('\uFEFFRussia’s "quote"\r\n');
    assert.equal(await sha256Hex(bytes), createHash('sha256').update(bytes).digest('hex'));
  });
});
