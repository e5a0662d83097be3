import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliAnnotation, openInEditor, waitFor, withSetting, writeWorkspaceFile } from './helpers';

const UNATTRIBUTED = 'unattributed';
const UNBALANCED = 'unbalanced-quote';

// A release whose quotes name nobody, and whose last quotation mark never closes.
const RELEASE = [
  'PRESS RELEASE',
  'Prices fall at every store',
  '',
  '"Prices will fall again next year."',
  '',
  'The notice was not signed. "Nobody told us anything.',
  '',
].join('\n');

const byNumber = (a: number, b: number) => a - b;

function ours(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Statement Lens' && d.code === code);
}

describe('diagnostics', () => {
  it('report the statements with no speaker and the unbalanced quotation marks the CLI finds', async () => {
    await writeWorkspaceFile('diagnostics.release', RELEASE);
    const document = await openInEditor('diagnostics.release');
    const annotation = cliAnnotation('diagnostics.release');
    const unattributed = annotation.statements.filter((s) => s.speakerId === null && s.speakerMention === null);
    const unbalanced = annotation.problems.filter((p) => p.code === UNBALANCED);
    assert.ok(unattributed.length > 0 && unbalanced.length > 0, 'the engine sees both problems in the test release');
    await waitFor('diagnostics', () => (vscode.languages.getDiagnostics(document.uri).length > 0 ? true : undefined));
    const found = ours(document.uri, UNATTRIBUTED);
    assert.deepEqual(found.map((d) => document.offsetAt(d.range.start)).sort(byNumber), unattributed.map((s) => s.start).sort(byNumber));
    assert.ok(found.every((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'warning by default');
    assert.deepEqual(ours(document.uri, UNBALANCED).map((d) => document.offsetAt(d.range.start)).sort(byNumber), unbalanced.map((p) => p.start).sort(byNumber));
  });

  it('follow statementLens.diagnostics.unattributedSeverity', async () => {
    const document = await openInEditor('diagnostics.release');
    await waitFor('unattributed diagnostics', () => (ours(document.uri, UNATTRIBUTED).length > 0 ? true : undefined));
    await withSetting('statementLens.diagnostics.unattributedSeverity', 'error', () =>
      waitFor('error severity', () => (ours(document.uri, UNATTRIBUTED).every((d) => d.severity === vscode.DiagnosticSeverity.Error) ? true : undefined)));
    await withSetting('statementLens.diagnostics.unattributedSeverity', 'off', () =>
      waitFor('no unattributed diagnostics', () => (ours(document.uri, UNATTRIBUTED).length === 0 ? true : undefined)));
    // Unbalanced quotation marks are reported whatever that setting says.
    assert.ok(ours(document.uri, UNBALANCED).length > 0);
  });

  it('offer "Set speaker…" as a quick fix on an unattributed statement', async () => {
    const document = await openInEditor('diagnostics.release');
    const [diagnostic] = await waitFor('an unattributed diagnostic', () => {
      const found = ours(document.uri, UNATTRIBUTED);
      return found.length > 0 ? found : undefined;
    });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const fix = actions.find((action) => action.title === 'Set speaker…');
    assert.ok(fix, actions.map((action) => action.title).join(', '));
    assert.equal(fix.command?.command, 'statementLens.setSpeaker');
  });
});
