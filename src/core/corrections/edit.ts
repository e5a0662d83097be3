// Recording a new decision in a sidecar: the latest decision about a span replaces earlier ones.
import { Span } from '../types';
import { Correction, Sidecar, nextCorrectionId } from './format';
import { resolveAnchor } from './anchor';
import { isSpeakerAction } from './apply';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> & { id?: string } : never;
export type NewCorrection = WithoutId<Correction>;

/**
 * Returns a new sidecar with `correction` appended (given the next free id if it has none).
 * An earlier correction of the same sort on the same span is replaced (a speaker decision replaces
 * a speaker decision; mark replaces mark-not and back), and marking a span as not a statement also
 * drops speaker decisions about it. With `text`, earlier anchors are resolved in the current text,
 * so a correction made before an edit is still recognised as being about the same span.
 */
export function addCorrection(sidecar: Sidecar, correction: NewCorrection, text?: string): Sidecar {
  const { id, ...rest } = correction;
  const added = { id: id ?? nextCorrectionId(sidecar), ...rest } as Correction;
  const where = (c: Correction): Span | null => (text === undefined ? c.target : resolveAnchor(text, c.target));
  const target = where(added);
  const supersedes = (earlier: Correction): boolean => {
    const span = where(earlier);
    if (!span || !target || span.start !== target.start || span.end !== target.end) return false;
    if (isSpeakerAction(earlier.action)) return isSpeakerAction(added.action) || added.action === 'mark-not-statement';
    return !isSpeakerAction(added.action);
  };
  return { version: sidecar.version, corrections: [...sidecar.corrections.filter((c) => !supersedes(c)), added] };
}
