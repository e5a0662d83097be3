import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exportPathFor } from '../../src/core/exports';
import type { ExportSummary } from '../../src/extension/commands/export';
import { annotateInWorkspace, SEED, workspaceFile, writeWorkspaceFile } from './helpers';

const exportWorkspace = () => vscode.commands.executeCommand<ExportSummary>('statementLens.exportWorkspace');
const exportOf = (release: string) => exportPathFor(release, 'json');
const read = async (relative: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(relative)));

describe('Export Workspace', () => {
  it('exports every release of the workspace as `statement-lens annotate` does, and accounts for each', async () => {
    const summary = await exportWorkspace();
    assert.equal(summary.cancelled, false);
    assert.deepEqual(summary.failed, []);
    const exported = [...summary.written, ...summary.unchanged];
    assert.ok(exported.includes(SEED) && exported.includes('city-council.txt'), `the examples are exported: ${exported.join(', ')}`);
    assert.equal(summary.total, exported.length + summary.editedByHand.length);
    // Releases open with unsaved edits export what the editor shows: compare the saved ones with the CLI.
    const dirty = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    for (const release of exported.filter((r) => !dirty.has(workspaceFile(r).toString()))) {
      assert.equal(await read(exportOf(release)), annotateInWorkspace(release), `${exportOf(release)} equals the CLI's output`);
    }
  });

  it('keeps an export edited by hand, and leaves the others unchanged', async () => {
    await exportWorkspace();
    const edited = '{"edited": "by hand"}\n';
    await writeWorkspaceFile(exportOf(SEED), edited);
    const summary = await exportWorkspace();
    assert.deepEqual(summary.editedByHand, [SEED]);
    assert.deepEqual(summary.written, []);
    assert.equal(summary.unchanged.length, summary.total - 1);
    assert.equal(await read(exportOf(SEED)), edited, 'the hand-edited file is untouched');
    await vscode.workspace.fs.delete(workspaceFile(exportOf(SEED)));
  });
});
