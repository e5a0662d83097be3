// W3C Web Annotation (JSON-LD) collection: one Annotation per statement, targeting the release with
// a TextQuoteSelector and a TextPositionSelector. The W3C model counts positions in code points;
// the UTF-16 offsets of the v1 contract ride along as `utf16Start` / `utf16End`.
import { Annotation } from '../types';
import { anchorFor } from '../corrections/anchor';
import { CodePointIndex } from './codePoints';
import { speakerLookup } from './speaker';

const VOCAB = 'https://statement-lens.github.io/ns#';

export function toW3c(annotation: Annotation, text: string): unknown {
  const codePoints = new CodePointIndex(text);
  const speakerOf = speakerLookup(annotation);
  const source = annotation.source.path ?? (annotation.source.sha256 ? `urn:sha256:${annotation.source.sha256}` : 'urn:statement-lens:stdin');
  const items = annotation.statements.map((statement) => {
    const { speaker, label } = speakerOf(statement);
    const { exact, prefix, suffix } = anchorFor(text, statement);
    const body: object[] = [{ type: 'TextualBody', purpose: 'classifying', value: statement.kind, role: 'kind' }];
    if (label) {
      body.push({
        type: 'TextualBody', purpose: 'describing', value: label, role: 'speaker',
        ...(speaker ? { speakerId: speaker.id, ...(speaker.title ? { speakerTitle: speaker.title } : {}) } : {}),
      });
    }
    if (statement.cue) body.push({ type: 'TextualBody', purpose: 'describing', value: statement.cue.text, role: 'cue' });
    return {
      id: `${source}#${statement.id}`,
      type: 'Annotation',
      motivation: 'describing',
      body,
      target: {
        source,
        selector: [
          { type: 'TextQuoteSelector', exact, prefix, suffix },
          {
            type: 'TextPositionSelector', start: codePoints.codePoint(statement.start), end: codePoints.codePoint(statement.end),
            utf16Start: statement.start, utf16End: statement.end,
          },
        ],
      },
      confidence: statement.confidence,
      origin: statement.origin,
    };
  });
  return {
    '@context': [
      'http://www.w3.org/ns/anno.jsonld',
      {
        sl: VOCAB, role: 'sl:role', speakerId: 'sl:speakerId', speakerTitle: 'sl:speakerTitle',
        utf16Start: 'sl:utf16Start', utf16End: 'sl:utf16End', confidence: 'sl:confidence', origin: 'sl:origin',
        offsetEncoding: 'sl:offsetEncoding',
      },
    ],
    type: 'AnnotationCollection',
    label: `Statements in ${annotation.source.path ?? 'the release'}`,
    generator: { type: 'Software', name: 'Statement Lens' },
    offsetEncoding: 'TextPositionSelector start/end: Unicode code points (W3C); utf16Start/utf16End: UTF-16 code units',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
