import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation, Statement } from '../../src/core/types';
import { cliAnnotation, hoverText, openInEditor, SEED, SEED_QUOTE, SEED_SPEAKER, speakerOf, statementStartingWith } from './helpers';

/** An offset inside `statement` but in no mention and no statement nested in it, where its own hover shows. */
function offsetOnlyIn(annotation: Annotation, statement: Statement): number {
  const nested = annotation.statements.filter((s) => s !== statement && s.start >= statement.start && s.end <= statement.end);
  const others = [...annotation.speakers.flatMap((s) => s.mentions), ...nested];
  for (let offset = statement.start; offset < statement.end; offset++) {
    if (!others.some((span) => span.start <= offset && offset < span.end)) return offset;
  }
  assert.fail(`statement "${statement.text}" is covered by other spans`);
}

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
}

describe('hovers', () => {
  it(`on the "${SEED_QUOTE}" quote name ${SEED_SPEAKER}, the cue, and the speaker's statement count (and none outside statements)`, async () => {
    const document = await openInEditor(SEED);
    const annotation = cliAnnotation(SEED);
    const statement = statementStartingWith(annotation, SEED_QUOTE);
    const speaker = speakerOf(annotation, statement);
    assert.equal(speaker?.name, SEED_SPEAKER);
    const text = await hoverAt(document.uri, document.positionAt(statement.start + SEED_QUOTE.length));
    assert.ok(text.includes(SEED_SPEAKER), text);
    if (statement.cue) assert.ok(text.includes(statement.cue.text), text);
    const count = annotation.statements.filter((s) => s.speakerId === statement.speakerId).length;
    assert.ok(text.includes(`${count} statement`), `expected "${count} statement(s)" in: ${text}`);
    // Outside statements and mentions (the kicker line) there is nothing to say.
    assert.equal(await hoverAt(document.uri, new vscode.Position(0, 0)), '');
  });

  it('on every statement name its speaker as the CLI does', async () => {
    const document = await openInEditor(SEED);
    const annotation = cliAnnotation(SEED);
    const attributed = annotation.statements.filter((statement) => speakerOf(annotation, statement));
    assert.ok(attributed.length > 0, 'the engine attributes statements in the seed');
    for (const statement of attributed) {
      const speaker = speakerOf(annotation, statement);
      if (!speaker) continue;
      const text = await hoverAt(document.uri, document.positionAt(offsetOnlyIn(annotation, statement)));
      assert.ok(text.includes(speaker.name), `hover on "${statement.text.slice(0, 40)}…" lacks ${speaker.name}: ${text}`);
    }
  });

  it("on a speaker's mention list that speaker's statements", async () => {
    const document = await openInEditor(SEED);
    const annotation = cliAnnotation(SEED);
    const speaker = annotation.speakers.find((s) => s.name === SEED_SPEAKER);
    assert.ok(speaker && speaker.mentions.length > 0, `the engine resolves mentions of ${SEED_SPEAKER}`);
    const mention = speaker.mentions[0];
    const text = await hoverAt(document.uri, document.positionAt(mention.start + 1));
    assert.ok(text.includes(SEED_SPEAKER), text);
    const count = annotation.statements.filter((s) => s.speakerId === speaker.id).length;
    assert.ok(text.includes(`${count} statement`), `expected "${count} statement(s)" in: ${text}`);
  });
});
