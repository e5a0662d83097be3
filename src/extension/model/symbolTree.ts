// Outline of a release: speakers, with each speaker's statements under them. Plain offsets;
// documentSymbols.ts turns them into editor ranges.
import type { Annotation, Statement } from '../../core/types';
import { AnnotationIndex, isUnattributed } from './annotationIndex';
import { KIND_LABELS, quoted, snippet } from './text';

export type SymbolNodeKind = 'person' | 'organization' | 'unnamed' | 'unattributed' | 'statement';

export interface SymbolNode {
  name: string;
  detail: string;
  kind: SymbolNodeKind;
  /** Full extent, covering every child. */
  start: number;
  end: number;
  /** The part to select and reveal. */
  selectionStart: number;
  selectionEnd: number;
  children: SymbolNode[];
}

export function buildSymbolTree(annotation: Annotation, index = new AnnotationIndex(annotation)): SymbolNode[] {
  const nodes: SymbolNode[] = index.activeSpeakers.map((speaker) => {
    const first = speaker.mentions[0] ?? index.statementsBy(speaker.id)[0];
    return group(speaker.name, speaker.title ?? '', speaker.kind, first, index.statementsBy(speaker.id), speaker.mentions);
  });
  const unnamed = annotation.statements.filter((s) => s.speakerId === null && s.speakerMention !== null);
  if (unnamed.length > 0) nodes.push(group('(unnamed sources)', '', 'unnamed', unnamed[0], unnamed, []));
  const unattributed = annotation.statements.filter(isUnattributed);
  if (unattributed.length > 0) nodes.push(group('(unattributed)', '', 'unattributed', unattributed[0], unattributed, []));
  return nodes;
}

function group(
  name: string, detail: string, kind: SymbolNodeKind, selection: { start: number; end: number },
  statements: readonly Statement[], extra: readonly { start: number; end: number }[],
): SymbolNode {
  const children = statements.map(statementNode);
  let start = selection.start;
  let end = selection.end;
  for (const span of [...children, ...extra]) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return {
    name, detail, kind, start, end,
    selectionStart: selection.start,
    selectionEnd: selection.end,
    children,
  };
}

function statementNode(statement: Statement): SymbolNode {
  const detail = [KIND_LABELS[statement.kind], statement.cue?.text, statement.speakerId === null && statement.speakerMention ? snippet(statement.speakerMention.text, 30) : undefined];
  return {
    name: quoted(statement.text, 50),
    detail: detail.filter(Boolean).join(' · '),
    kind: 'statement',
    start: statement.start, end: statement.end,
    selectionStart: statement.start, selectionEnd: statement.end,
    children: [],
  };
}
