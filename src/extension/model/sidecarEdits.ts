// How a new correction joins a sidecar: it replaces the earlier decisions it contradicts on the
// same text, so the file stays a short list of the user's current intent.
import type { Correction, Sidecar, TextAnchor } from '../../core/corrections';

const SPEAKER_ACTIONS = new Set<Correction['action']>(['set-speaker', 'clear-speaker']);

/** A correction before it gets its id in the sidecar. */
export type NewCorrection = Correction extends infer C ? (C extends Correction ? Omit<C, 'id'> : never) : never;

export function withCorrection(sidecar: Sidecar, correction: NewCorrection): Sidecar {
  const kept = sidecar.corrections.filter((old) => !(sameTarget(old.target, correction.target) && supersedes(correction.action, old.action)));
  return { ...sidecar, corrections: [...kept, { ...correction, id: nextId(sidecar) } as Correction] };
}

function supersedes(action: Correction['action'], old: Correction['action']): boolean {
  if (action === 'mark-not-statement') return true;
  if (action === 'mark-statement') return old === 'mark-statement' || old === 'mark-not-statement';
  return SPEAKER_ACTIONS.has(old) || old === 'mark-not-statement';
}

function sameTarget(a: TextAnchor, b: TextAnchor): boolean {
  return a.exact === b.exact && ((a.start === b.start && a.end === b.end) || (a.prefix === b.prefix && a.suffix === b.suffix));
}

function nextId(sidecar: Sidecar): string {
  let max = 0;
  for (const { id } of sidecar.corrections) {
    const n = /^c(\d+)$/.exec(id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `c${max + 1}`;
}
