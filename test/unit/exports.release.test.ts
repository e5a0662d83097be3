import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { exportPathFor, exportRelease, formatAnnotation } from '../../src/core/exports';
import { addCorrection, anchorFor, emptySidecar } from '../../src/core/corrections';

const text = 'PRESS RELEASE\n"We are ready," said Jane Doe.\n';

describe('exports: one release', () => {
  it('names exports after the release without its release extension', () => {
    const cases: [string, Parameters<typeof exportPathFor>[1], string][] = [
      ['news/x.release', 'json', 'news/x.statements.json'],
      ['x.release.txt', 'w3c', 'x.statements.jsonld'],
      ['a/b/x.txt', 'brat', 'a/b/x.ann'],
      ['x.release', 'csv', 'x.statements.csv'],
      ['notes.md', 'json', 'notes.md.statements.json'],
    ];
    for (const [release, format, expected] of cases) assert.equal(exportPathFor(release, format), expected);
  });

  it('gives the same bytes as analysing and formatting directly, with the path as given', () => {
    const out = exportRelease(text, { path: 'news/x.release', format: 'json', sha256: 'f'.repeat(64) });
    assert.deepEqual(out.files.map((f) => f.path), ['news/x.statements.json']);
    const direct = formatAnnotation(analyze(text, { path: 'news/x.release', sha256: 'f'.repeat(64) }), text);
    assert.equal(out.files[0].content, direct);
    assert.equal(JSON.parse(out.files[0].content).source.path, 'news/x.release');
  });

  it('adds a copy of the text beside a brat export', () => {
    const out = exportRelease(text, { path: 'x.release', format: 'brat' });
    assert.deepEqual(out.files.map((f) => f.path), ['x.ann', 'x.txt']);
    assert.equal(out.files[1].content, text);
  });

  it('applies the sidecar', () => {
    const start = text.indexOf('We are ready,');
    const sidecar = addCorrection(emptySidecar(), { action: 'mark-statement', target: anchorFor(text, { start, end: start + 6 }), kind: 'partial' });
    const gone = addCorrection(sidecar, { action: 'clear-speaker', target: { exact: 'nowhere to be found', prefix: '', suffix: '', start: 0, end: 19 } });
    const out = exportRelease(text, { path: 'x.release', format: 'json', sidecar: gone });
    assert.ok(out.annotation.statements.some((s) => s.origin === 'manual' && s.text === 'We are'));
    assert.deepEqual(out.unanchored.map((c) => c.id), ['c2']);
  });
});
