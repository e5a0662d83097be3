import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/types';
import { annotateInWorkspace, lensTitles, openInEditor, SEED, SEED_QUOTE, statementStartingWith, waitFor, workspaceFile } from './helpers';

// A name the engine can never have found in the seed.
const NAME = 'Maria Testova';
const RELEASE = 'set-speaker.release';
const INSERTED = 'An inserted paragraph, written after the correction.\n\n';

/** The export of RELEASE through the command, checked against the CLI (which applies the same sidecar). */
async function exportAndCompare(): Promise<Annotation> {
  const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('statementLens.exportJson', workspaceFile(RELEASE));
  assert.ok(written, 'the export command returns the written file');
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(written));
  assert.equal(content, annotateInWorkspace(RELEASE), 'the export equals `statement-lens annotate` with the sidecar applied');
  return JSON.parse(content) as Annotation;
}

function assertCorrected(annotation: Annotation): void {
  const statement = statementStartingWith(annotation, SEED_QUOTE);
  assert.equal(statement.origin, 'manual');
  assert.equal(annotation.speakers.find((s) => s.id === statement.speakerId)?.name, NAME);
}

async function lensOnQuote(document: vscode.TextDocument): Promise<string | undefined> {
  const start = document.getText().indexOf(SEED_QUOTE);
  const line = document.positionAt(start).line;
  return (await lensTitles(document.uri)).find((lens) => lens.line === line && lens.title.includes(NAME))?.title;
}

describe('Set Speaker', () => {
  // A copy of the seed, so the correction cannot leak into the other tests.
  before(async () => {
    await vscode.workspace.fs.copy(workspaceFile(SEED), workspaceFile(RELEASE), { overwrite: true });
  });

  it('shows the new speaker in the lens and in the export, and keeps it in a sidecar', async () => {
    const document = await openInEditor(RELEASE);
    const offset = document.getText().indexOf(SEED_QUOTE);
    assert.ok(offset >= 0);
    await vscode.commands.executeCommand('statementLens.setSpeaker', document.uri, offset + 3, NAME);
    const sidecar = await vscode.workspace.fs.readFile(workspaceFile(`${RELEASE}.corrections.json`));
    assert.ok(new TextDecoder().decode(sidecar).includes(NAME), 'the sidecar records the correction');
    await waitFor(`a lens naming ${NAME}`, () => lensOnQuote(document));
    assertCorrected(await exportAndCompare());
  });

  it('survives an edit elsewhere in the document', async () => {
    const document = await openInEditor(RELEASE);
    const before = document.getText().indexOf(SEED_QUOTE);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(document.positionAt(before).line, 0), INSERTED);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save(), 'the edited release is saved, so the CLI reads it too');
    assert.equal(document.getText().indexOf(SEED_QUOTE), before + INSERTED.length);
    await waitFor(`a lens naming ${NAME} after the edit`, () => lensOnQuote(document));
    const annotation = await exportAndCompare();
    assertCorrected(annotation);
    assert.equal(statementStartingWith(annotation, SEED_QUOTE).start, before + INSERTED.length);
  });
});
