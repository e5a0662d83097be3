// Every format, on the real engine's output for the examples and the corpus, and on random text.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core';
import { Annotation, SCHEMA } from '../../src/core/types';
import { LineIndex } from '../../src/core/lineIndex';
import { formatAnnotation } from '../../src/core/exports';

const root = resolve(__dirname, '../..');
const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

/** Checks each brat text-bound annotation against a code-point slicing of the text. */
function assertBratSpans(ann: string, text: string): number {
  let count = 0;
  for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
    const [, typeAndOffsets, ...rest] = line.split('\t');
        const shown = rest.join('\t'); // the text itself may hold tabs
    const fragments = typeAndOffsets.slice(typeAndOffsets.indexOf(' ') + 1).split(';').map((f) => f.split(' ').map(Number));
    const pieces = fragments.map(([start, end]) => codePointSlice(text, start, end));
    assert.ok(pieces.every((p) => p.length > 0 && !/[\r\n]/.test(p)), line);
    assert.equal(pieces.join(' '), shown, line);
    count++;
  }
  return count;
}

function assertW3cPositions(jsonld: string, text: string, annotation: Annotation): void {
  const items = JSON.parse(jsonld).first.items as { target: { selector: { type: string; exact?: string; start?: number; end?: number }[] } }[];
  assert.equal(items.length, annotation.statements.length);
  for (const item of items) {
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
    assert.equal(codePointSlice(text, position.start!, position.end!), quote.exact);
  }
}

function releases(): string[] {
  const folders = [join(root, 'examples'), resolve(root, '../shared/corpus')].filter(existsSync);
  return folders.flatMap((dir) => readdirSync(dir).filter((n) => /\.release(\.txt)?$/.test(n)).map((n) => join(dir, n)));
}

describe('exports on real releases', () => {
  it('brat spans and W3C positions hold their text, and CSV has a row per statement, for every example and corpus release', () => {
    const files = releases();
    assert.ok(files.length > 0);
    let spans = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const annotation = analyze(text, { path: file });
      spans += assertBratSpans(formatAnnotation(annotation, text, 'brat'), text);
      assertW3cPositions(formatAnnotation(annotation, text, 'w3c'), text, annotation);
      const csv = formatAnnotation(annotation, text, 'csv');
      assert.equal(csv.split('\r\n').filter((row) => /^st-\d+,/.test(row)).length, annotation.statements.length, file);
    }
    assert.ok(spans > 0);
  });

  it('brat and W3C offsets hold their text for any text and span, emoji and line breaks included (property)', () => {
    const piece = fc.constantFrom('a', 'é', '😀', '👩‍🚀', '\n', '\r\n', ' ', '"', '\t', '“');
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
      const text = pieces.join('');
      // Spans start and end on code point boundaries, as the engine's do.
      const boundaries = [0];
      for (const char of Array.from(text)) boundaries.push(boundaries[boundaries.length - 1] + char.length);
      const [start, end] = [boundaries[a % boundaries.length], boundaries[b % boundaries.length]].sort((x, y) => x - y);
      const annotation: Annotation = {
        schema: SCHEMA, offsetEncoding: 'utf-16', source: { path: 'p.release', sha256: null, length: text.length },
        release: { kicker: null, headline: null, dateline: null, date: null, agency: null }, speakers: [], problems: [],
        statements: [{ id: 'st-1', kind: 'direct', start, end, text: text.slice(start, end), range: new LineIndex(text).range(start, end),
          speakerId: null, speakerMention: null, cue: null, confidence: 1, origin: 'manual', rule: 'test' }],
      };
      assertBratSpans(formatAnnotation(annotation, text, 'brat'), text);
      assertW3cPositions(formatAnnotation(annotation, text, 'w3c'), text, annotation);
    }));
  });
});
