import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotateInWorkspace, openInEditor, SEED, workspaceFile } from './helpers';

describe('Export Annotated JSON', () => {
  it('writes <name>.statements.json beside the release, equal to `statement-lens annotate` byte for byte', async () => {
    await openInEditor(SEED);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('statementLens.exportJson', workspaceFile(SEED));
    assert.ok(written, 'the command returns the written file');
    assert.equal(written.toString(), workspaceFile('shoigu-syria.statements.json').toString());
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(written));
    assert.equal(content, annotateInWorkspace(SEED));
    assert.equal(JSON.parse(content).schema, 'statement-lens/v1');
  });

  it('exports the active editor when called without arguments', async () => {
    const document = await openInEditor(SEED);
    await vscode.workspace.fs.delete(workspaceFile('shoigu-syria.statements.json'));
    await vscode.window.showTextDocument(document);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('statementLens.exportJson');
    assert.ok(written, 'the command returns the written file');
    assert.equal(written.toString(), workspaceFile('shoigu-syria.statements.json').toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(written)), annotateInWorkspace(SEED));
  });
});
