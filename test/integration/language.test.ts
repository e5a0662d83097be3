import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, SEED, workspaceFile, writeWorkspaceFile } from './helpers';
import { KICKERS, startsWithKicker } from './seed';
const BODY = '\nAcme Opens a Plant\n\n"We are proud," Jane Doe said.\n';

async function languageOf(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).languageId;
}

describe('language press-release', () => {
  it('is given to *.release files', async () => {
    assert.equal(await languageOf(workspaceFile(SEED)), LANGUAGE_ID);
  });

  it('is given to *.release.txt files whatever their first line', async () => {
    assert.equal(await languageOf(await writeWorkspaceFile('no-kicker.release.txt', 'Acme Opens a Plant\n')), LANGUAGE_ID);
  });

  it('is given to a .txt file by its first line only', async () => {
    assert.equal(await languageOf(await writeWorkspaceFile('kicker.txt', KICKERS[0] + BODY)), LANGUAGE_ID);
    assert.equal(await languageOf(await writeWorkspaceFile('notes.txt', 'Shopping list' + BODY)), 'plaintext');
  });

  for (const [i, kicker] of KICKERS.entries()) {
    it(`is given to a .txt file whose first line is "${kicker}"`, async () => {
      assert.equal(await languageOf(await writeWorkspaceFile(`kicker-${i}.txt`, kicker + BODY)), LANGUAGE_ID);
    });
  }

  it('is given to the .txt releases in examples/', async () => {
    const texts = await vscode.workspace.findFiles('**/*.txt', '**/{kicker*,notes,*.release}.txt');
    const releases = [];
    for (const uri of texts) {
      if (startsWithKicker(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)))) releases.push(uri);
    }
    assert.ok(releases.length > 0, 'examples/ should hold a .txt release recognised by its first line');
    for (const uri of releases) assert.equal(await languageOf(uri), LANGUAGE_ID, vscode.workspace.asRelativePath(uri));
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
