import * as assert from 'node:assert/strict';
import {
  SIDECAR_VERSION, emptySidecar, parseSidecar, serializeSidecar, sidecarPathFor, Sidecar,
} from '../../src/core/corrections';

const target = { exact: 'We are ready', prefix: 'He said: "', suffix: '," he added.', start: 10, end: 22 };
const valid: Sidecar = {
  version: SIDECAR_VERSION,
  corrections: [
    { id: 'c1', action: 'set-speaker', target, speaker: { name: 'Jane Doe', title: 'CEO' } },
    { id: 'c2', action: 'mark-statement', target, kind: 'indirect' },
  ],
};

describe('corrections/format', () => {
  it('names the sidecar after the release, beside it', () => {
    assert.equal(sidecarPathFor('news/x.release'), 'news/x.release.corrections.json');
  });

  it('round-trips a sidecar through its text form', () => {
    const text = serializeSidecar(valid);
    assert.ok(text.endsWith('\n'));
    assert.deepEqual(parseSidecar(text), { ok: true, sidecar: valid });
    assert.deepEqual(parseSidecar(serializeSidecar(emptySidecar())), { ok: true, sidecar: emptySidecar() });
  });

  it('accepts a byte order mark', () => {
    assert.equal(parseSidecar('\ufeff' + serializeSidecar(valid)).ok, true);
  });

  it('rejects text that is not JSON, saying so', () => {
    const parse = parseSidecar('{"version": 1, "corrections": [');
    assert.equal(parse.ok, false);
    if (!parse.ok) {
      assert.match(parse.error, /not valid JSON/);
      assert.deepEqual(parse.salvaged.corrections, []);
    }
  });

  it('rejects a file without a version but keeps its readable corrections', () => {
    const parse = parseSidecar(JSON.stringify({ corrections: valid.corrections }));
    assert.equal(parse.ok, false);
    if (!parse.ok) {
      assert.match(parse.error, /version/);
      assert.equal(parse.salvaged.corrections.length, 2);
    }
  });

  it('refuses a newer version and salvages the corrections it understands', () => {
    const newer = { version: SIDECAR_VERSION + 1, corrections: [valid.corrections[0], { id: 'c9', action: 'merge-speakers', target }] };
    const parse = parseSidecar(JSON.stringify(newer));
    assert.equal(parse.ok, false);
    if (!parse.ok) {
      assert.match(parse.error, /newer/);
      assert.match(parse.error, /version 2/);
      assert.deepEqual(parse.salvaged.corrections.map((c) => c.id), ['c1']);
    }
  });

  it('names each malformed correction and salvages the others', () => {
    const broken = {
      version: 1,
      corrections: [
        valid.corrections[0],
        { id: 'c2', action: 'set-speaker', target },
        { id: 'c3', action: 'clear-speaker', target: { ...target, start: 30, end: 5 } },
        { id: 'c4', action: 'mark-statement', target, kind: 'shouted' },
        'not a correction',
      ],
    };
    const parse = parseSidecar(JSON.stringify(broken));
    assert.equal(parse.ok, false);
    if (!parse.ok) {
      assert.match(parse.error, /correction 2 \(c2\): set-speaker needs "speaker.name"/);
      assert.match(parse.error, /correction 3 \(c3\): bad "target"/);
      assert.match(parse.error, /and 1 more/);
      assert.deepEqual(parse.salvaged.corrections.map((c) => c.id), ['c1']);
    }
  });

  it('rejects a JSON value that is not a corrections file', () => {
    for (const json of ['[]', '42', 'null', '{"version": 1}']) {
      const parse = parseSidecar(json);
      assert.equal(parse.ok, false, json);
    }
  });
});
