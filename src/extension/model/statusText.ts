import type { Annotation } from '../../core/types';
import { isUnattributed } from './annotationIndex';
import { plural } from './text';

/** `12 statements · 4 speakers · 1 unattributed`; only speakers who made a statement count. */
export function statusText(annotation: Annotation): string {
  const speakers = new Set<string>();
  let unattributed = 0;
  for (const statement of annotation.statements) {
    if (statement.speakerId !== null) speakers.add(statement.speakerId);
    if (isUnattributed(statement)) unattributed++;
  }
  return `${plural(annotation.statements.length, 'statement')} · ${plural(speakers.size, 'speaker')} · ${unattributed} unattributed`;
}
