import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, SEED, waitFor, workspaceFile, writeWorkspaceFile } from './helpers';
import { KICKERS, startsWithKicker } from './seed';

const BODY = '\nAcme Opens a Plant\n\n"We are proud," Jane Doe said.\n';

/**
 * Opens `uri` and waits until its language is `expected`. VS Code's own `.txt` → plaintext mapping
 * outranks a `firstLine` pattern, so a .txt release may get its language a moment after opening,
 * when the extension sets it; the wait allows for that.
 */
async function opensAs(uri: vscode.Uri, expected: string): Promise<void> {
  await vscode.workspace.openTextDocument(uri);
  const current = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed)?.languageId;
  await waitFor(`language ${expected}`, () => (current() === expected ? true : undefined), 5_000).catch(() => undefined);
  assert.equal(current(), expected, vscode.workspace.asRelativePath(uri));
}

describe('language press-release', () => {
  it('is given to *.release files', async () => {
    await opensAs(workspaceFile(SEED), LANGUAGE_ID);
  });

  it('is given to *.release.txt files whatever their first line', async () => {
    await opensAs(await writeWorkspaceFile('no-kicker.release.txt', 'Acme Opens a Plant\n'), LANGUAGE_ID);
  });

  it('is given to a .txt file by its first line only', async () => {
    const notes = await writeWorkspaceFile('notes.txt', 'Shopping list' + BODY);
    await vscode.workspace.openTextDocument(notes);
    await opensAs(await writeWorkspaceFile('kicker.txt', KICKERS[0] + BODY), LANGUAGE_ID);
    // Opened first, so whatever the extension does on opening has happened to it by now.
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === notes.toString() && !d.isClosed)?.languageId, 'plaintext');
  });

  for (const [i, kicker] of KICKERS.entries()) {
    it(`is given to a .txt file whose first line is "${kicker}"`, async () => {
      await opensAs(await writeWorkspaceFile(`kicker-${i}.txt`, kicker + BODY), LANGUAGE_ID);
    });
  }

  it('is given to the .txt releases in examples/', async () => {
    const texts = await vscode.workspace.findFiles('**/*.txt', '**/{kicker*,notes,*.release}.txt');
    const releases = [];
    for (const uri of texts) {
      if (startsWithKicker(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)))) releases.push(uri);
    }
    assert.ok(releases.length > 0, 'examples/ should hold a .txt release recognised by its first line');
    for (const uri of releases) await opensAs(uri, LANGUAGE_ID);
  });

  it('activates Statement Lens, whose commands are then registered', async () => {
    await vscode.workspace.openTextDocument(workspaceFile(SEED));
    const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'statement-lens');
    assert.ok(extension, 'the Statement Lens extension is installed');
    await extension.activate();
    const commands = await vscode.commands.getCommands(true);
    const contributed = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.ok(contributed.includes('statementLens.exportJson'));
    assert.deepEqual(contributed.filter((id) => !commands.includes(id)), [], 'every contributed command is registered');
  });
});
