// Small text helpers shared by lenses, hovers, symbols and the Speakers view.
import type { Speaker, Statement, StatementKind } from '../../core/types';

/** A statement's text on one line, shortened with an ellipsis: for labels and lists. */
export function snippet(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function quoted(text: string, max?: number): string {
  return `“${snippet(text, max)}”`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export const KIND_LABELS: Record<StatementKind, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  indirect: 'reported speech',
};

/** `Sergey Shoigu, Russian Defense Minister`, or `unnamed: the photographer`, or null when nobody is known. */
export function speakerLabel(statement: Statement, speaker: Speaker | undefined): string | null {
  if (speaker) return speaker.title ? `${speaker.name}, ${speaker.title}` : speaker.name;
  if (statement.speakerMention) return `unnamed: ${snippet(statement.speakerMention.text, 40)}`;
  return null;
}
