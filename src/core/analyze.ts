import { Annotation, AnalyzeOptions, SCHEMA, Statement } from './types';
import { LineIndex } from './lineIndex';
import { parseReleaseHeader } from './header';

/** Placeholder pipeline: pairs double quotation marks. The real stages replace this. */
export function analyze(text: string, options: AnalyzeOptions = {}): Annotation {
  const lines = new LineIndex(text);
  const statements: Statement[] = [];
  const re = /["“]([^"“”]+)["”]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    statements.push({
      id: `st-${statements.length + 1}`, kind: 'direct', start, end, text: m[1],
      range: lines.range(start, end), speakerId: null, speakerMention: null, cue: null,
      confidence: 0.5, origin: 'auto', rule: 'none',
    });
  }
  return {
    schema: SCHEMA,
    offsetEncoding: 'utf-16',
    source: { path: options.path ?? null, sha256: options.sha256 ?? null, length: text.length },
    release: parseReleaseHeader(text, options.extraKickers),
    speakers: [],
    statements,
    problems: [],
  };
}
