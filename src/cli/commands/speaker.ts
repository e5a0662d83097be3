// `set-speaker FILE OFFSET NAME` and `clear-speaker FILE OFFSET`: scripted corrections, written to
// the same sidecar the editor writes.
import { Statement } from '../../core/types';
import { LineIndex } from '../../core/lineIndex';
import { annotateRelease } from '../../core/exports';
import { addCorrection, anchorFor, serializeSidecar } from '../../core/corrections';
import { excerpt } from '../diagnostics';
import { UserError } from '../errors';
import { loadSidecar, readRelease, writeFileAtomic } from '../releaseFile';
import { Output } from '../output';

export function setSpeaker(file: string, offsetArg: string, speaker: { name: string; title?: string } | null, out: Output): number {
  if (file === '-') throw new UserError('set-speaker and clear-speaker need a release file, not standard input');
  const release = readRelease(file);
  const path = release.path as string;
  const offset = parseOffset(offsetArg, release.text.length);
  const loaded = loadSidecar(path);
  if (loaded.error) throw new UserError(`${loaded.path} ${loaded.error}. It is left untouched: fix or move it, then run this again`, 1);
  const { annotation } = annotateRelease(release.text, { path, sha256: release.sha256, sidecar: loaded.sidecar });
  const statement = statementAt(annotation.statements, offset);
  const { line, character } = new LineIndex(release.text).position(offset);
  const where = `${path}:${line + 1}:${character + 1}`;
  if (!statement) throw new UserError(`${where}: no statement at offset ${offset}`, 1);
  const target = anchorFor(release.text, statement);
  const sidecar = addCorrection(loaded.sidecar, speaker
    ? { action: 'set-speaker', target, speaker: speaker.title ? { name: speaker.name, title: speaker.title } : { name: speaker.name } }
    : { action: 'clear-speaker', target }, release.text);
  writeFileAtomic(loaded.path, serializeSidecar(sidecar));
  const quote = `"${excerpt(statement.text, 50)}"`;
  out.line(speaker ? `${where}: speaker of ${quote} set to ${speaker.name} (${loaded.path})` : `${where}: speaker of ${quote} cleared (${loaded.path})`);
  return 0;
}

function parseOffset(arg: string, length: number): number {
  if (!/^\d+$/.test(arg)) throw new UserError(`OFFSET must be a whole number of UTF-16 code units, not "${arg}"`);
  const offset = Number(arg);
  if (offset > length) throw new UserError(`OFFSET ${offset} is past the end of the release (${length} UTF-16 code units)`);
  return offset;
}

/** The innermost statement containing `offset` (a partial quote inside reported speech wins). */
function statementAt(statements: Statement[], offset: number): Statement | undefined {
  let best: Statement | undefined;
  for (const statement of statements) {
    if (statement.start <= offset && offset <= statement.end && (!best || statement.end - statement.start < best.end - best.start)) best = statement;
  }
  return best;
}
