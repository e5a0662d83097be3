import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// Manifest keys whose string values name a file of the extension.
const FILE_KEYS = new Set(['icon', 'main', 'browser', 'path', 'url', 'configuration', 'light', 'dark']);

/** Every file path the manifest refers to, with where it was found. */
function referencedFiles(value: unknown, where = 'package.json'): { file: string; where: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => referencedFiles(item, `${where}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = `${where}.${key}`;
    if (typeof child === 'string' && FILE_KEYS.has(key) && !/^(\$\(|https?:)/.test(child)) return [{ file: child, where: here }];
    return referencedFiles(child, here);
  });
}

describe('the installed extension', () => {
  // Under code-server the extension is installed from exactly the files `vsce package` ships.
  it('contains every file its package.json refers to', async () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'statement-lens');
    assert.ok(extension, 'the Statement Lens extension is installed');
    const { icon, main, browser, contributes } = extension.packageJSON;
    const references = referencedFiles({ icon, main, browser, contributes });
    assert.ok(references.some((r) => r.where === 'package.json.main'), 'the walk finds the main entry');
    const missing = [];
    for (const { file, where } of references) {
      const candidates = [file, `${file}.js`].map((name) => vscode.Uri.joinPath(extension.extensionUri, name));
      const found = await Promise.all(candidates.map((uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false)));
      if (!found.includes(true)) missing.push(`${file} (${where})`);
    }
    assert.deepEqual(missing, [], 'files referenced by package.json but not shipped (check .vscodeignore)');
  });
});
