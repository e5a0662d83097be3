// brat standoff (.ann) so a release opens in brat or INCEpTION. brat counts offsets in Unicode code
// points and a text-bound annotation may not cross a line break: such spans become fragments
// (`T1	Statement 10 42;43 80	first line second line`).
import { Annotation, Span } from '../types';
import { CodePointIndex } from './codePoints';
import { speakerLookup } from './speaker';

export function toBrat(annotation: Annotation, text: string): string {
  const codePoints = new CodePointIndex(text);
  const speakerOf = speakerLookup(annotation);
  const lines: string[] = [];
  const entities = new Map<string, string>();
  const counters = { T: 0, R: 0, A: 0, '#': 0 };
  const next = (kind: keyof typeof counters): string => `${kind}${++counters[kind]}`;

  /** The id of the text-bound annotation of this type and span, added once. */
  const entity = (type: string, span: Span): string | null => {
    const key = `${type} ${span.start} ${span.end}`;
    const known = entities.get(key);
    if (known) return known;
    const fragments = lineFragments(text, span);
    if (fragments.length === 0) return null;
    const id = next('T');
    const offsets = fragments.map((f) => `${codePoints.codePoint(f.start)} ${codePoints.codePoint(f.end)}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${fragments.map((f) => text.slice(f.start, f.end)).join(' ')}`);
    entities.set(key, id);
    return id;
  };

  for (const statement of annotation.statements) {
    const id = entity('Statement', statement);
    if (!id) continue;
    lines.push(`${next('A')}\tKind ${id} ${statement.kind}`);
    if (statement.origin === 'manual') lines.push(`${next('A')}\tManual ${id}`);
    const speaker = statement.speakerMention && entity('Speaker', statement.speakerMention);
    if (speaker) lines.push(`${next('R')}\tSaidBy Arg1:${id} Arg2:${speaker}`);
    const cue = statement.cue && entity('Cue', statement.cue);
    if (cue) lines.push(`${next('R')}\tCuedBy Arg1:${id} Arg2:${cue}`);
    const { speaker: named, label } = speakerOf(statement);
    if (label) lines.push(`${next('#')}\tAnnotatorNotes ${id}\t${named?.title ? `${label}, ${named.title}` : label}`);
  }
  return lines.map((line) => line + '\n').join('');
}

/** The non-empty pieces of `span` between line breaks. */
export function lineFragments(text: string, span: Span): Span[] {
  const fragments: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    const c = i < span.end ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i > start) fragments.push({ start, end: i });
    start = i + 1;
  }
  return fragments;
}
