import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { exportContent } from '../../src/extension/model/exportContent';

// The editor's export must equal `statement-lens annotate` run from the workspace root.
describe('extension exportContent', () => {
  const path = 'examples/shoigu-syria.release';

  it('is byte for byte the CLI output for the same file', async function () {
    if (!existsSync('dist/cli.js')) this.skip(); // built by `npm test` before the unit tests
    const cli = execFileSync(process.execPath, ['dist/cli.js', 'annotate', path], { encoding: 'utf8' });
    const bytes = readFileSync(path);
    const editor = await exportContent(bytes.toString('utf8'), new Uint8Array(bytes), path, {}, null, 'json');
    assert.equal(editor, cli);
    assert.match(editor, /"sha256": "[0-9a-f]{64}"/);
  });
});
