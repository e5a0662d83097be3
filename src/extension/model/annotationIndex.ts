// Lookups the providers need on every hover, lens and command, built once per analysis so
// that none of them scans the whole annotation again.
import type { Annotation, Mention, Speaker, Statement } from '../../core/types';

export interface MentionHit {
  speaker: Speaker;
  mention: Mention;
}

export class AnnotationIndex {
  readonly #statements: readonly Statement[];
  /** prefixMaxEnd[i] = max end of statements[0..i]; lets statementAt stop scanning early. */
  readonly #prefixMaxEnd: number[] = [];
  readonly #mentions: MentionHit[] = [];
  readonly #speakers = new Map<string, Speaker>();
  readonly #statementsBySpeaker = new Map<string, Statement[]>();

  constructor(readonly annotation: Annotation) {
    this.#statements = [...annotation.statements].sort((a, b) => a.start - b.start || b.end - a.end);
    let maxEnd = -1;
    for (const statement of this.#statements) {
      maxEnd = Math.max(maxEnd, statement.end);
      this.#prefixMaxEnd.push(maxEnd);
      if (statement.speakerId !== null) {
        const list = this.#statementsBySpeaker.get(statement.speakerId);
        if (list) list.push(statement);
        else this.#statementsBySpeaker.set(statement.speakerId, [statement]);
      }
    }
    for (const speaker of annotation.speakers) {
      this.#speakers.set(speaker.id, speaker);
      for (const mention of speaker.mentions) this.#mentions.push({ speaker, mention });
    }
    this.#mentions.sort((a, b) => a.mention.start - b.mention.start);
  }

  speaker(id: string | null): Speaker | undefined {
    return id === null ? undefined : this.#speakers.get(id);
  }

  statementsBy(speakerId: string): readonly Statement[] {
    return this.#statementsBySpeaker.get(speakerId) ?? [];
  }

  /** Speakers who made at least one statement, in order of their first statement. */
  get activeSpeakers(): Speaker[] {
    return [...this.#statementsBySpeaker.keys()].flatMap((id) => this.#speakers.get(id) ?? []);
  }

  /** The innermost statement whose span contains `offset` (ends inclusive, so a cursor just after a quote counts). */
  statementAt(offset: number): Statement | undefined {
    let best: Statement | undefined;
    for (let i = lastIndexAtOrBefore(this.#statements, offset, (s) => s.start); i >= 0 && this.#prefixMaxEnd[i] >= offset; i--) {
      const s = this.#statements[i];
      if (s.end >= offset && (!best || s.end - s.start < best.end - best.start)) best = s;
    }
    return best;
  }

  mentionAt(offset: number): MentionHit | undefined {
    const i = lastIndexAtOrBefore(this.#mentions, offset, (m) => m.mention.start);
    const hit = i >= 0 ? this.#mentions[i] : undefined;
    return hit && offset <= hit.mention.end ? hit : undefined;
  }
}

/** Binary search: index of the last item whose key is <= value, or -1. */
function lastIndexAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A statement nobody is credited with, not even a description such as "a spokesperson". */
export function isUnattributed(statement: Pick<Statement, 'speakerId' | 'speakerMention'>): boolean {
  return statement.speakerId === null && statement.speakerMention === null;
}
