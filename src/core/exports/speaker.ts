import { Annotation, Speaker, Statement } from '../types';

/** Who a statement is by, as exports show it: a named speaker, an unnamed description, or nobody. */
export interface SpeakerLabel {
  speaker: Speaker | null;
  /** `Sergey Shoigu`, `unnamed: the photographer`, or '' when unknown. */
  label: string;
}

export function speakerLookup(annotation: Annotation): (statement: Statement) => SpeakerLabel {
  const byId = new Map(annotation.speakers.map((speaker) => [speaker.id, speaker]));
  return (statement) => {
    const speaker = statement.speakerId === null ? null : byId.get(statement.speakerId) ?? null;
    if (speaker) return { speaker, label: speaker.name };
    return { speaker: null, label: statement.speakerMention ? `unnamed: ${statement.speakerMention.text}` : '' };
  };
}
