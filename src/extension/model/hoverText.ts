// The text of hovers, built from plain data so it can be tested without an editor.
import type { Speaker, Statement } from '../../core/types';
import type { AnnotationIndex } from './annotationIndex';
import { COMMANDS } from './commandIds';
import { commandLink, escapeMarkdown } from './markdown';
import { KIND_LABELS, plural, quoted, snippet } from './text';

const MAX_LISTED = 10;

/** Hover over a statement: who, how (cue and kind), why (rule and mention), how often, and a link to change it. */
export function statementHover(statement: Statement, index: AnnotationIndex, uri: string): string {
  const speaker = index.speaker(statement.speakerId);
  const lines = [speakerLine(statement, speaker)];
  const how = [`*${KIND_LABELS[statement.kind]}*`];
  if (statement.cue) how.push(`cue **${escapeMarkdown(statement.cue.text)}**`);
  if (statement.origin === 'manual') how.push('set by you');
  lines.push(how.join(' · '));
  if (statement.origin === 'auto' && statement.rule && statement.rule !== 'none') {
    const why = [`Attributed by ${escapeMarkdown(statement.rule)}`];
    if (statement.speakerMention) why.push(`resting on ${escapeMarkdown(quoted(statement.speakerMention.text, 40))}`);
    lines.push(why.join(', '));
  }
  if (speaker) lines.push(`${escapeMarkdown(speaker.name)} has ${plural(index.statementsBy(speaker.id).length, 'statement')} in this release.`);
  const links = [commandLink(statement.speakerId || statement.speakerMention ? 'Change speaker…' : 'Set speaker…', COMMANDS.setSpeaker, [uri, statement.start])];
  if (statement.speakerId !== null) links.push(commandLink('Clear speaker', COMMANDS.clearSpeaker, [uri, statement.start]));
  lines.push(links.join(' · '));
  return lines.join('\n\n');
}

/** Hover over a speaker mention (a pronoun too): the speaker and their statements. */
export function mentionHover(speaker: Speaker, pronoun: boolean, index: AnnotationIndex): string {
  const statements = index.statementsBy(speaker.id);
  const head = `**${escapeMarkdown(speaker.name)}**${speaker.title ? `, ${escapeMarkdown(speaker.title)}` : ''}${pronoun ? ' *(resolved pronoun)*' : ''}`;
  const lines = [head, statements.length === 0 ? 'No statements in this release.' : `${plural(statements.length, 'statement')}:`];
  const listed = statements.slice(0, MAX_LISTED).map((s) => `- line ${s.range.start.line + 1}: ${escapeMarkdown(quoted(s.text))}`);
  if (statements.length > MAX_LISTED) listed.push(`- and ${statements.length - MAX_LISTED} more`);
  return [...lines, listed.join('\n')].filter(Boolean).join('\n\n');
}

function speakerLine(statement: Statement, speaker: Speaker | undefined): string {
  if (speaker) return `**${escapeMarkdown(speaker.name)}**${speaker.title ? `, ${escapeMarkdown(speaker.title)}` : ''}`;
  if (statement.speakerMention) return `**unnamed source:** ${escapeMarkdown(snippet(statement.speakerMention.text, 60))}`;
  return '**unattributed**: no speaker found';
}
