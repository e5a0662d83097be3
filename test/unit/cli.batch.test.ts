// runBatch as the editor's Export Workspace uses it: progress, cancellation, a worker script given.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBatch } from '../../src/cli/batch';

const root = resolve(__dirname, '../..');
const workerScript = join(root, 'dist/cli.js');

describe('cli/batch runBatch', function () {
  let work: string;
  let files: string[];
  before(() => execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root }));
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'statement-lens-batch-'));
    files = Array.from({ length: 200 }, (_, i) => {
      const file = join(work, `r${i}.release`);
      writeFileSync(file, `PRESS RELEASE\n"Quote number ${i}," said Jane Doe.\n`);
      return file;
    });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('reports progress for every release and exports each', async () => {
    const seen: number[] = [];
    const summary = await runBatch({ files, outDir: join(work, 'out'), format: 'csv', jobs: 2, workerScript, onProgress: (done) => seen.push(done) });
    assert.deepEqual(seen, files.map((_, i) => i + 1));
    assert.deepEqual([summary.total, summary.exported, summary.outputs, summary.failures.length, summary.cancelled], [200, 200, 200, 0, false]);
    assert.match(readFileSync(join(work, 'out/r7.statements.csv'), 'utf8'), /^id,speaker,/);
  });

  it('stops when cancelled, without finishing the rest', async () => {
    const controller = new AbortController();
    const summary = await runBatch({
      files, outDir: join(work, 'out'), format: 'json', jobs: 1, workerScript, signal: controller.signal,
      onProgress: (done) => { if (done === 1) controller.abort(); },
    });
    assert.equal(summary.cancelled, true);
    assert.ok(summary.exported < files.length, `${summary.exported} exported`);
    assert.equal(existsSync(join(work, 'out/r199.statements.json')), false);
  });

  it('reports every file as failed when the worker script cannot run, rather than hang or skip', async () => {
    const summary = await runBatch({ files: files.slice(0, 5), outDir: join(work, 'out'), format: 'json', jobs: 1, workerScript: join(work, 'missing.js') });
    assert.equal(summary.exported, 0);
    assert.deepEqual(summary.failures.map((f) => f.file).sort(), files.slice(0, 5).sort());
  });
});
