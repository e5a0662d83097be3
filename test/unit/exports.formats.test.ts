import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { Annotation, SCHEMA, Statement } from '../../src/core/types';
import { LineIndex } from '../../src/core/lineIndex';
import { CodePointIndex, EXPORT_FORMATS, formatAnnotation, isExportFormat } from '../../src/core/exports';
import { lineFragments } from '../../src/core/exports/brat';
import { CSV_COLUMNS } from '../../src/core/exports/csv';

/** A hand-built analysis of `text`, so these tests hold whatever the engine finds. */
function annotationOf(text: string, quotes: { quote: string; kind?: Statement['kind']; by?: string; mention?: string; cue?: string }[]): Annotation {
  const lines = new LineIndex(text);
  const find = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    assert.ok(start >= 0, needle);
    return { start, end: start + needle.length, text: needle };
  };
  const speakers = [...new Set(quotes.map((q) => q.by).filter((by): by is string => !!by))]
    .map((name) => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, title: 'Chief Executive', aliases: [], kind: 'person' as const, mentions: [] }));
  const statements = quotes.map(({ quote, kind, by, mention, cue }, i): Statement => {
    const span = find(quote);
    return {
      id: `st-${i + 1}`, kind: kind ?? 'direct', start: span.start, end: span.end, text: quote, range: lines.range(span.start, span.end),
      speakerId: by ? speakers.find((s) => s.name === by)!.id : null,
      speakerMention: mention ? find(mention, span.end) : null, cue: cue ? find(cue, span.end) : null,
      confidence: 0.9, origin: 'auto', rule: 'test',
    };
  });
  return {
    schema: SCHEMA, offsetEncoding: 'utf-16', source: { path: 'news/x.release', sha256: null, length: text.length },
    release: { kicker: null, headline: null, dateline: null, date: null, agency: null }, speakers, statements, problems: [],
  };
}

const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

const EMOJI_TEXT = 'PRESS RELEASE 🎉🚀\nLaunch day 👩‍🚀. "We made it, at last," said Ana Ruiz.\n"Next stop:\nthe Moon 🌕," Ruiz added.';
const emojiAnnotation = () => annotationOf(EMOJI_TEXT, [
  { quote: 'We made it, at last,', by: 'Ana Ruiz', mention: 'Ana Ruiz', cue: 'said' },
  { quote: 'Next stop:\nthe Moon 🌕,', by: 'Ana Ruiz', mention: 'Ruiz', cue: 'added' },
]);

/** RFC 4180 reader, just enough to read back what the exporter wrote. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && csv[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  assert.equal(field + row.join(''), '', 'the CSV ends with CRLF');
  return rows;
}

describe('exports: formats', () => {
  it('names its formats', () => {
    assert.deepEqual([...EXPORT_FORMATS], ['json', 'w3c', 'brat', 'csv']);
    assert.ok(isExportFormat('brat'));
    assert.ok(!isExportFormat('xml'));
  });

  it('json is the v1 object, pretty, with a final newline', () => {
    const annotation = emojiAnnotation();
    const json = formatAnnotation(annotation, EMOJI_TEXT);
    assert.equal(json, formatAnnotation(annotation, EMOJI_TEXT, 'json'));
    assert.deepEqual(JSON.parse(json), annotation);
    assert.ok(json.startsWith('{\n  "schema": "statement-lens/v1"') && json.endsWith('}\n'));
  });

  describe('code points', () => {
    it('match Array.from counting for any string (property)', () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const index = new CodePointIndex(text);
        let units = 0;
        Array.from(text).forEach((char, cp) => {
          assert.equal(index.codePoint(units), cp);
          units += char.length;
        });
        assert.equal(index.codePoint(text.length), Array.from(text).length);
      }));
    });
  });

  describe('w3c', () => {
    const collection = JSON.parse(formatAnnotation(emojiAnnotation(), EMOJI_TEXT, 'w3c'));

    it('is an AnnotationCollection with one Annotation per statement', () => {
      assert.deepEqual(collection['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(collection.type, 'AnnotationCollection');
      assert.equal(collection.total, 2);
      assert.equal(collection.first.items.length, 2);
      assert.match(collection.offsetEncoding, /code points/);
    });

    it('targets each statement with quote and position selectors, positions in code points', () => {
      for (const [i, item] of collection.first.items.entries()) {
        const statement = emojiAnnotation().statements[i];
        assert.equal(item.type, 'Annotation');
        assert.equal(item.target.source, 'news/x.release');
        const quote = item.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
        const position = item.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
        assert.equal(quote.exact, statement.text);
        assert.ok(EMOJI_TEXT.includes(quote.prefix + quote.exact + quote.suffix));
        assert.equal(codePointSlice(EMOJI_TEXT, position.start, position.end), statement.text);
        assert.equal(EMOJI_TEXT.slice(position.utf16Start, position.utf16End), statement.text);
        assert.notEqual(position.start, position.utf16Start, 'the emoji before the quote shifts UTF-16 but not code points');
      }
    });

    it('names the speaker and the kind in the body', () => {
      const body = collection.first.items[0].body as { role: string; value: string; purpose: string }[];
      assert.deepEqual(body.map((b) => [b.role, b.value]), [['kind', 'direct'], ['speaker', 'Ana Ruiz'], ['cue', 'said']]);
    });
  });

  describe('brat', () => {
    const ann = formatAnnotation(emojiAnnotation(), EMOJI_TEXT, 'brat');
    const textBound = ann.split('\n').filter((line) => line.startsWith('T'));

    it('has Statement, Speaker and Cue text-bound annotations, at code point offsets', () => {
      assert.deepEqual(textBound.map((line) => line.split('\t')[1].split(' ')[0]).sort(),
        ['Cue', 'Cue', 'Speaker', 'Speaker', 'Statement', 'Statement']);
      // Span texts are checked against code-point slicing in exports.real.test.ts.
      const statement = textBound.find((line) => line.includes('We made it'));
      const utf16Start = EMOJI_TEXT.indexOf('We made it');
      const codePointStart = Array.from(EMOJI_TEXT.slice(0, utf16Start)).length;
      assert.ok(codePointStart < utf16Start, 'the emoji before the quote count once each');
      assert.match(statement ?? '', new RegExp(`^T\\d+\tStatement ${codePointStart} `));
    });

    it('splits a statement across a line break into fragments', () => {
      const multi = textBound.find((line) => line.includes('Next stop:'));
      assert.match(multi ?? '', /^T\d+\tStatement \d+ \d+;\d+ \d+\tNext stop: the Moon 🌕,$/);
    });

    it('links statements to speakers and cues, with kind attributes and the resolved name', () => {
      const lines = ann.trimEnd().split('\n');
      assert.equal(lines.filter((l) => /^R\d+\tSaidBy Arg1:T\d+ Arg2:T\d+$/.test(l)).length, 2);
      assert.equal(lines.filter((l) => /^R\d+\tCuedBy Arg1:T\d+ Arg2:T\d+$/.test(l)).length, 2);
      assert.equal(lines.filter((l) => /^A\d+\tKind T\d+ direct$/.test(l)).length, 2);
      assert.ok(lines.includes('#2\tAnnotatorNotes T4\tAna Ruiz, Chief Executive'), ann);
    });

    it('splits spans only at line breaks, dropping empty pieces', () => {
      const text = 'ab\r\ncd\n\nef';
      assert.deepEqual(lineFragments(text, { start: 0, end: text.length }).map((f) => text.slice(f.start, f.end)), ['ab', 'cd', 'ef']);
      assert.deepEqual(lineFragments(text, { start: 2, end: 4 }), []);
    });
  });

  describe('csv', () => {
    const tricky = 'PRESS RELEASE\n"Prices, they said, are \"\"fair\"\"; we disagree," said Ana Ruiz.\n😀 "Line one\nline two," she said.';
    const annotation = annotationOf(tricky, [
      { quote: 'Prices, they said, are ""fair""; we disagree,', by: 'Ana Ruiz', mention: 'Ana Ruiz', cue: 'said' },
      { quote: 'Line one\nline two,', kind: 'partial', mention: 'she' },
    ]);
    const rows = parseCsv(formatAnnotation(annotation, tricky, 'csv'));

    it('has a header naming the offset units and one row per statement', () => {
      assert.deepEqual(rows[0], [...CSV_COLUMNS]);
      assert.ok(rows[0].includes('start_utf16') && rows[0].includes('start_code_point'));
      assert.equal(rows.length, 3);
      assert.ok(rows.every((row) => row.length === CSV_COLUMNS.length));
    });

    it('quotes text with commas, quotes and line breaks so it reads back unchanged', () => {
      const column = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
      assert.deepEqual(rows.slice(1).map((row) => row[column('text')]), annotation.statements.map((s) => s.text));
      assert.deepEqual(rows[1].slice(0, 8), ['st-1', 'Ana Ruiz', 'Chief Executive', 'direct', 'said', annotation.statements[0].text, '2', '0.9']);
      assert.deepEqual([rows[2][column('speaker')], rows[2][column('line')]], ['unnamed: she', '3']);
      const [start, end] = [Number(rows[2][column('start_code_point')]), Number(rows[2][column('end_code_point')])];
      assert.equal(codePointSlice(tricky, start, end), 'Line one\nline two,');
      assert.equal(Number(rows[2][column('start_utf16')]), start + 1);
    });
  });
});
