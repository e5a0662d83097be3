// Runs the real built CLI (dist/cli.js) on temporary files.
import * as assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Annotation } from '../../src/core/types';
import { EXPORT_FORMATS } from '../../src/core/exports';
import { addCorrection, anchorFor, emptySidecar, serializeSidecar } from '../../src/core/corrections';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');
const seed = readFileSync(join(root, 'examples/shoigu-syria.release'), 'utf8');
const QUIET = 'PRESS RELEASE\nAcme opens a plant in Dayton\nDAYTON, Ohio — Acme opened its new plant on Monday.\n';

interface Run { status: number | null; stdout: string; stderr: string }

function run(args: string[], options: { cwd?: string; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? work, input: options.input ?? '', encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function annotate(file: string, cwd = work): Annotation {
  const result = run(['annotate', file], { cwd });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Annotation;
}

function assertOneLineError(result: Run, pattern: RegExp): void {
  assert.notEqual(result.status, 0);
  assert.equal(result.stdout, '');
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
}

let work: string;

describe('cli (dist/cli.js)', function () {
  before(() => {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root });
  });
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'statement-lens-cli-'));
    writeFileSync(join(work, 'seed.release'), seed);
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  describe('--help and --version', () => {
    it('prints the version of package.json', () => {
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      assert.equal(run(['--version']).stdout, `${version}\n`);
      assert.equal(run(['-v']).stdout, `${version}\n`);
    });

    it('describes every command and format, and every command it names exists', () => {
      const help = run(['--help']);
      assert.equal(help.status, 0);
      for (const format of EXPORT_FORMATS) assert.match(help.stdout, new RegExp(`\\b${format}\\b`));
      const commands = [...help.stdout.matchAll(/^ {2}statement-lens ([a-z-]+)/gm)].map((m) => m[1]);
      assert.deepEqual([...new Set(commands)], ['annotate', 'check', 'set-speaker', 'clear-speaker']);
      for (const command of commands) assert.doesNotMatch(run([command]).stderr, /unknown command/);
      assertOneLineError(run(['frobnicate']), /unknown command "frobnicate"/);
    });
  });

  describe('annotate', () => {
    it('prints v1 JSON with the path as given and the SHA-256 of the bytes', () => {
      mkdirSync(join(work, 'news'));
      writeFileSync(join(work, 'news/x.release'), seed);
      const annotation = annotate('news/x.release');
      assert.equal(annotation.schema, 'statement-lens/v1');
      assert.equal(annotation.offsetEncoding, 'utf-16');
      assert.equal(annotation.source.path, 'news/x.release');
      assert.equal(annotation.source.sha256, createHash('sha256').update(seed).digest('hex'));
      for (const statement of annotation.statements) assert.equal(seed.slice(statement.start, statement.end), statement.text);
    });

    it('reads standard input for -', () => {
      const result = run(['annotate', '-'], { input: seed });
      assert.equal(result.status, 0, result.stderr);
      const annotation = JSON.parse(result.stdout) as Annotation;
      assert.equal(annotation.source.path, null);
      assert.deepEqual(annotation.statements, annotate('seed.release').statements);
    });

    it('writes each format', () => {
      assert.equal(JSON.parse(run(['annotate', '--format', 'w3c', 'seed.release']).stdout).type, 'AnnotationCollection');
      const ann = run(['annotate', '-f', 'brat', 'seed.release']).stdout;
      assert.equal(ann.split('\n').filter((l) => /^T\d+\tStatement /.test(l)).length, annotate('seed.release').statements.length);
      assert.match(run(['annotate', '--format=csv', 'seed.release']).stdout, /^id,speaker,title,kind,cue,text,line,confidence,/);
    });

    it('refuses bad input with one line on stderr and no stack trace', () => {
      mkdirSync(join(work, 'folder.release'));
      writeFileSync(join(work, 'binary.release'), Buffer.from([0x50, 0x52, 0, 1, 2, 0xff]));
      writeFileSync(join(work, 'latin1.release'), Buffer.from('caf\xe9 "bien," dit-il', 'latin1'));
      assertOneLineError(run(['annotate', 'missing.release']), /missing\.release: no such file/);
      assertOneLineError(run(['annotate', 'folder.release']), /folder\.release: is a directory/);
      assertOneLineError(run(['annotate', 'binary.release']), /binary\.release: is a binary file/);
      assertOneLineError(run(['annotate', 'latin1.release']), /latin1\.release: is not UTF-8 text/);
      assertOneLineError(run(['annotate', '--format', 'xml', 'seed.release']), /unknown format "xml"/);
      assertOneLineError(run(['annotate', '--nope', 'seed.release']), /unknown option --nope/);
      assertOneLineError(run(['annotate', 'a.release', 'b.release']), /give one FILE/);
    });
  });

  describe('check', () => {
    it('exits 0 and prints nothing for a clean release', () => {
      writeFileSync(join(work, 'quiet.release'), QUIET);
      assert.deepEqual(run(['check', 'quiet.release']), { status: 0, stdout: '', stderr: '' });
    });

    it('lists unattributed statements as file:line:col and exits 1', () => {
      // The sidecar makes a statement with no speaker, whatever the engine finds.
      const start = QUIET.indexOf('Acme opened');
      const target = anchorFor(QUIET, { start, end: start + 'Acme opened its new plant on Monday'.length });
      let sidecar = addCorrection(emptySidecar(), { action: 'mark-statement', target, kind: 'indirect' });
      sidecar = addCorrection(sidecar, { action: 'clear-speaker', target });
      writeFileSync(join(work, 'quiet.release'), QUIET);
      writeFileSync(join(work, 'quiet.release.corrections.json'), serializeSidecar(sidecar));
      const result = run(['check', 'quiet.release']);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, 'quiet.release:3:16: unattributed indirect statement: "Acme opened its new plant on Monday"\n');
      assert.match(result.stderr, /1 problem in 1 of 1 file/);
    });

    it('reports every problem the annotation carries and every statement without a speaker, in order', () => {
      writeFileSync(join(work, 'odd.release'), `${seed}\nShe said: "This quotation never closes.\n`);
      const annotation = annotate('odd.release');
      const lines = run(['check', 'odd.release']).stdout.trimEnd().split('\n').filter(Boolean);
      const expected = annotation.problems.length + annotation.statements.filter((s) => !s.speakerId && !s.speakerMention).length;
      assert.equal(lines.length, expected);
      const positions = lines.map((line) => /^odd\.release:(\d+):(\d+): /.exec(line)!.slice(1).map(Number));
      assert.deepEqual(positions, [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    });

    it('reports a correction that no longer anchors and a sidecar it cannot read, without touching it', () => {
      writeFileSync(join(work, 'quiet.release'), QUIET);
      writeFileSync(join(work, 'quiet.release.corrections.json'), serializeSidecar({ version: 1, corrections: [
        { id: 'c1', action: 'clear-speaker', target: { exact: 'a sentence that was deleted', prefix: '', suffix: '', start: 20, end: 47 } }] }));
      const gone = run(['check', 'quiet.release']);
      assert.equal(gone.status, 1);
      assert.match(gone.stdout, /^quiet\.release:2:7: correction c1 \(clear speaker\) no longer matches the release: "a sentence that was deleted" was not found\n$/);

      writeFileSync(join(work, 'seed.release.corrections.json'), '{"version": 1, "corrections": [');
      const broken = run(['check', 'seed.release']);
      assert.equal(broken.status, 1);
      assert.match(broken.stdout, /^seed\.release\.corrections\.json:1:1: not valid JSON/m);
      assert.equal(readFileSync(join(work, 'seed.release.corrections.json'), 'utf8'), '{"version": 1, "corrections": [');
    });

    it('exits 2 for a file it cannot read, after checking the others', () => {
      writeFileSync(join(work, 'quiet.release'), QUIET);
      const result = run(['check', 'missing.release', 'quiet.release']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /missing\.release: no such file/);
    });
  });

  describe('set-speaker and clear-speaker', () => {
    const sidecarPath = () => join(work, 'seed.release.corrections.json');

    it('sets the speaker of the statement at an offset, whatever the engine said', () => {
      const before = annotate('seed.release');
      assert.ok(before.statements.length > 0);
      const target = before.statements[0];
      const offset = Math.floor((target.start + target.end) / 2);
      const result = run(['set-speaker', '--title', 'Chief Pundit', 'seed.release', String(offset), 'Zed Quill']);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^seed\.release:\d+:\d+: speaker of ".*" set to Zed Quill/);
      const after = annotate('seed.release');
      const changed = after.statements.find((s) => s.start === target.start && s.end === target.end);
      const speaker = after.speakers.find((s) => s.id === changed?.speakerId);
      assert.deepEqual([speaker?.name, speaker?.title, changed?.origin], ['Zed Quill', 'Chief Pundit', 'manual']);
      assert.deepEqual(readdirSync(work).sort(), ['seed.release', 'seed.release.corrections.json'], 'no temporary file is left');
    });

    it('replaces the earlier decision, and clear-speaker clears it', () => {
      const target = annotate('seed.release').statements[0];
      assert.equal(run(['set-speaker', 'seed.release', String(target.start), 'A. Person']).status, 0);
      assert.equal(run(['clear-speaker', 'seed.release', String(target.end - 1)]).status, 0);
      const sidecar = JSON.parse(readFileSync(sidecarPath(), 'utf8'));
      assert.deepEqual(sidecar.corrections.map((c: { action: string }) => c.action), ['clear-speaker']);
      const cleared = annotate('seed.release').statements.find((s) => s.start === target.start);
      assert.deepEqual([cleared?.speakerId, cleared?.origin], [null, 'manual']);
    });

    it('keeps the correction after text is inserted above the statement', () => {
      const target = annotate('seed.release').statements[0];
      assert.equal(run(['set-speaker', 'seed.release', String(target.start + 2), 'Zed Quill']).status, 0);
      const inserted = 'UPDATED with a correction from the ministry.\n';
      writeFileSync(join(work, 'seed.release'), inserted + seed);
      const after = annotate('seed.release');
      const moved = after.statements.find((s) => s.start === target.start + inserted.length);
      assert.equal(after.speakers.find((s) => s.id === moved?.speakerId)?.name, 'Zed Quill');
      assert.equal(after.problems.filter((p) => p.code === 'unanchored-correction').length, 0);
    });

    it('refuses a bad offset or a missing statement and writes nothing', () => {
      writeFileSync(join(work, 'quiet.release'), QUIET);
      assertOneLineError(run(['set-speaker', 'seed.release', 'ten', 'X']), /OFFSET must be a whole number/);
      assertOneLineError(run(['set-speaker', 'seed.release', '999999', 'X']), /past the end/);
      assertOneLineError(run(['clear-speaker', 'quiet.release', '3']), /quiet\.release:1:4: no statement at offset 3/);
      assertOneLineError(run(['set-speaker', 'missing.release', '3', 'X']), /no such file/);
      assertOneLineError(run(['set-speaker', 'seed.release', '3']), /usage: statement-lens set-speaker/);
      assert.equal(existsSync(sidecarPath()), false);
      assert.equal(existsSync(join(work, 'quiet.release.corrections.json')), false);
    });

    it('never overwrites a sidecar it cannot read, or one from a newer version', () => {
      const target = annotate('seed.release').statements[0];
      for (const content of ['{ not json', JSON.stringify({ version: 2, corrections: [] })]) {
        writeFileSync(sidecarPath(), content);
        const result = run(['set-speaker', 'seed.release', String(target.start), 'X']);
        assertOneLineError(result, /seed\.release\.corrections\.json .*left untouched/);
        assert.equal(readFileSync(sidecarPath(), 'utf8'), content);
      }
    });

    it('still applies the readable corrections of a broken sidecar, with a warning', () => {
      const target = annotate('seed.release').statements[0];
      assert.equal(run(['set-speaker', 'seed.release', String(target.start), 'Zed Quill']).status, 0);
      const sidecar = JSON.parse(readFileSync(sidecarPath(), 'utf8'));
      sidecar.corrections.push({ id: 'c2', action: 'teleport', target: sidecar.corrections[0].target });
      writeFileSync(sidecarPath(), JSON.stringify(sidecar));
      const result = run(['annotate', 'seed.release']);
      assert.equal(result.status, 0);
      assert.match(result.stderr, /warning: .*correction 2 \(c2\): unknown action "teleport"/);
      const annotation = JSON.parse(result.stdout) as Annotation;
      assert.ok(annotation.speakers.some((s) => s.name === 'Zed Quill'));
    });
  });

  describe('annotate --out (batch)', () => {
    beforeEach(() => {
      mkdirSync(join(work, 'in/top'), { recursive: true });
      writeFileSync(join(work, 'in/top/seed.release'), seed);
      mkdirSync(join(work, 'in/deep/er'), { recursive: true });
      writeFileSync(join(work, 'in/deep/er/a.release.txt'), seed);
      writeFileSync(join(work, 'in/deep/b.release'), QUIET);
      writeFileSync(join(work, 'in/deep/bad.release'), Buffer.from([0, 0, 0]));
    });

    it('writes one file per release with the layout kept, quiet on a pipe, and reports the bad file at the end', () => {
      const result = run(['annotate', '--out', 'out', 'in/**/*.release', 'in/deep/er', 'missing.release', 'in/nothing/*.release']);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.doesNotMatch(result.stderr, /\r/, 'no progress without a terminal');
      const written = readdirSync(join(work, 'out'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
        .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(work.length + 5)).sort();
      // missing.release sits in the working folder, so the common folder is the working folder.
      assert.deepEqual(written, ['in/deep/b.statements.json', 'in/deep/er/a.statements.json', 'in/top/seed.statements.json']);
      assert.match(result.stderr, /^annotated 3 of 5 releases into out \(json, 3 files\) in [\d.]+ s, \d+\/s on 2 workers; 3 failed:$/m);
      assert.match(result.stderr, /^ {2}in\/nothing\/\*\.release: matched no files$/m);
      assert.match(result.stderr, /^ {2}in\/deep\/bad\.release: is a binary file/m);
      assert.match(result.stderr, /^ {2}missing\.release: no such file$/m);
    });

    it('shows progress on a terminal', function () {
      // util-linux `script` gives the CLI a pseudo-terminal.
      if (spawnSync('script', ['--version']).status !== 0) this.skip();
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} annotate --out out in/deep/b.release in/deep/er`;
      const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: work, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stdout);
      assert.match(result.stdout, /\r\x1b\[Kannotating 2\/2/);
      assert.match(result.stdout, /annotated 2 of 2 releases into out/);
    });

    it('writes the same bytes as annotating one file, with the path as given', () => {
      assert.equal(run(['annotate', '-o', 'out', '-j', '1', 'in/deep/er/a.release.txt', 'in/deep/b.release']).status, 0);
      assert.equal(readFileSync(join(work, 'out/er/a.statements.json'), 'utf8'), run(['annotate', 'in/deep/er/a.release.txt']).stdout);
      assert.equal(JSON.parse(readFileSync(join(work, 'out/b.statements.json'), 'utf8')).source.path, 'in/deep/b.release');
    });

    it('writes brat standoff with its text copy', () => {
      const result = run(['annotate', '--out', 'out', '--format', 'brat', 'in/deep/b.release']);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(readdirSync(join(work, 'out')).sort(), ['b.ann', 'b.txt']);
      assert.equal(readFileSync(join(work, 'out/b.txt'), 'utf8'), QUIET);
    });

    it('rejects a bad --jobs and an empty input list', () => {
      assertOneLineError(run(['annotate', '--out', 'out', '--jobs', '0', 'in']), /--jobs must be a positive whole number/);
      assertOneLineError(run(['annotate', '--out', 'out']), /give the release files/);
      assertOneLineError(run(['annotate', '--out', 'out', '-']), /not standard input/);
    });
  });
});
