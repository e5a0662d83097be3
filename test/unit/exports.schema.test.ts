import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { analyze } from '../../src/core';
import { formatAnnotation } from '../../src/core/exports';
import { addCorrection, anchorFor, applyCorrections, emptySidecar, serializeSidecar } from '../../src/core/corrections';

const root = resolve(__dirname, '../..');
const ajv = new Ajv({ allErrors: true, strict: false });
const validateV1 = ajv.compile(JSON.parse(readFileSync(join(root, 'schema/statement-lens-v1.schema.json'), 'utf8')));
const validateSidecar = ajv.compile(JSON.parse(readFileSync(join(root, 'schema/statement-lens-corrections-v1.schema.json'), 'utf8')));

function releasesIn(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.release(\.txt)?$|\.txt$/.test(name)).map((name) => join(dir, name));
}

function assertValid(json: string, label: string): void {
  const value = JSON.parse(json);
  assert.ok(validateV1(value), `${label}: ${ajv.errorsText(validateV1.errors)}`);
}

describe('exports: JSON Schema for statement-lens/v1', () => {
  it('accepts the JSON export of every example release', () => {
    const files = releasesIn(join(root, 'examples'));
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assertValid(formatAnnotation(analyze(text, { path: file }), text, 'json'), file);
    }
  });

  it('accepts the JSON export of every corpus release', function () {
    const corpus = resolve(root, '../shared/corpus');
    if (!existsSync(corpus)) this.skip();
    const files = releasesIn(corpus);
    assert.ok(files.length > 20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assertValid(formatAnnotation(analyze(text, { path: file, sha256: 'a'.repeat(64) }), text, 'json'), file);
    }
  });

  it('accepts a corrected export, with a manual statement and an unanchored-correction problem', () => {
    const text = 'PRESS RELEASE\nDoe said the plant opens in May. "We are ready," she said.';
    const start = text.indexOf('the plant');
    let sidecar = addCorrection(emptySidecar(), { action: 'mark-statement', target: anchorFor(text, { start, end: start + 28 }), kind: 'indirect' });
    sidecar = addCorrection(sidecar, { action: 'set-speaker', target: anchorFor(text, { start, end: start + 28 }), speaker: { name: 'Jane Doe' } });
    sidecar = addCorrection(sidecar, { action: 'clear-speaker', target: { exact: 'gone from the text', prefix: '', suffix: '', start: 3, end: 21 } });
    const { annotation } = applyCorrections(text, analyze(text), sidecar);
    assert.ok(annotation.statements.some((s) => s.origin === 'manual'));
    assert.ok(annotation.problems.some((p) => p.code === 'unanchored-correction'));
    assertValid(formatAnnotation(annotation, text), 'corrected');
    assert.ok(validateSidecar(JSON.parse(serializeSidecar(sidecar))), ajv.errorsText(validateSidecar.errors));
  });

  it('rejects what breaks the contract', () => {
    const text = '"Hi," he said.';
    const good = JSON.parse(formatAnnotation(analyze(text), text)) as Record<string, unknown>;
    assert.ok(validateV1(good));
    const broken = [
      { ...good, schema: 'statement-lens/v2' },
      { ...good, offsetEncoding: 'utf-8' },
      { ...good, statements: undefined },
      { ...good, statements: [{ kind: 'quote', start: 1, end: 3, text: 'Hi', speakerId: null }] },
      { ...good, statements: [{ kind: 'direct', start: -1, end: 3, text: 'Hi', speakerId: null }] },
      { ...good, speakers: [{ id: 'x', name: 'X' }] },
    ];
    for (const value of broken) assert.equal(validateV1(value), false, JSON.stringify(value).slice(0, 80));
  });

  it('is contributed to the editor for *.statements.json and *.corrections.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.jsonValidation as { fileMatch: string; url: string }[];
    for (const { url } of contributed) assert.ok(existsSync(join(root, url)), url);
    assert.deepEqual(contributed.map((c) => c.fileMatch).sort(), ['*.corrections.json', '*.statements.json']);
  });
});
