// Recording a new decision in a sidecar: the latest decision about a span replaces earlier ones.
import { Correction, CorrectionAction, Sidecar, TextAnchor, nextCorrectionId } from './format';
import { resolveAnchor } from './anchor';
import { isSpeakerAction } from './apply';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> & { id?: string } : never;
export type NewCorrection = WithoutId<Correction>;

/**
 * Returns a new sidecar with `correction` appended (given the next free id if it has none), minus
 * the earlier decisions about the same span that it contradicts: a speaker decision replaces
 * speaker decisions and a mark-not-statement; mark and mark-not replace each other; mark-not also
 * drops speaker decisions. With `text`, earlier anchors are resolved in the current text, so a
 * correction made before an edit is still recognised as being about the same span.
 */
export function addCorrection(sidecar: Sidecar, correction: NewCorrection, text?: string): Sidecar {
  const { id, ...rest } = correction;
  const added = { id: id ?? nextCorrectionId(sidecar), ...rest } as Correction;
  const sameSpan = text === undefined ? (a: TextAnchor) => sameAnchor(a, added.target) : sameResolvedSpan(text, added.target);
  const kept = sidecar.corrections.filter((earlier) => !(contradicts(added.action, earlier.action) && sameSpan(earlier.target)));
  return { version: sidecar.version, corrections: [...kept, added] };
}

function contradicts(added: CorrectionAction, earlier: CorrectionAction): boolean {
  if (added === 'mark-not-statement') return true;
  if (added === 'mark-statement') return !isSpeakerAction(earlier);
  return isSpeakerAction(earlier) || earlier === 'mark-not-statement';
}

/** Without the text: the same exact text, at the same place or in the same context. */
function sameAnchor(a: TextAnchor, b: TextAnchor): boolean {
  return a.exact === b.exact && ((a.start === b.start && a.end === b.end) || (a.prefix === b.prefix && a.suffix === b.suffix));
}

function sameResolvedSpan(text: string, target: TextAnchor): (anchor: TextAnchor) => boolean {
  const span = resolveAnchor(text, target);
  return (anchor) => {
    const other = resolveAnchor(text, anchor);
    return span !== null && other !== null && other.start === span.start && other.end === span.end;
  };
}
