// File I/O around the pure core: reading a release (refusing what is not text), reading its
// sidecar (never trusting a broken one for writing), and atomic writes.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { Sidecar, SidecarParse, emptySidecar, parseSidecar, sidecarPathFor } from '../core/corrections';
import { UserError, describeFsError } from './errors';

export interface ReleaseText {
  /** The path as given, with forward slashes; null for stdin. */
  path: string | null;
  text: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
}

const BINARY_SNIFF = 8000;

/** Reads a release file (or stdin for `-`), refusing directories and files that are not UTF-8 text. */
export function readRelease(path: string): ReleaseText {
  const label = path === '-' ? 'standard input' : path;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path); // a folder fails with EISDIR
  } catch (error) {
    throw new UserError(describeFsError(label, error));
  }
  if (bytes.subarray(0, BINARY_SNIFF).includes(0)) throw new UserError(`${label}: is a binary file, not a release`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError(`${label}: is not UTF-8 text`);
  }
  return { path: path === '-' ? null : toForwardSlashes(path), text, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function toForwardSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

export interface LoadedSidecar {
  path: string;
  /** The corrections to apply: all of them, or those that could be read from a broken file. */
  sidecar: Sidecar;
  exists: boolean;
  /** Why the file cannot be trusted (and must not be overwritten); null when it is fine or absent. */
  error: string | null;
}

export function loadSidecar(releasePath: string): LoadedSidecar {
  const path = sidecarPathFor(releasePath);
  // Most releases have no sidecar: a cheap existence check spares a thrown ENOENT per file.
  if (!existsSync(path)) return { path, sidecar: emptySidecar(), exists: false, error: null };
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, sidecar: emptySidecar(), exists: false, error: null };
    return { path, sidecar: emptySidecar(), exists: true, error: `cannot be read (${describeFsError(path, error).slice(path.length + 2)})` };
  }
  const parse: SidecarParse = parseSidecar(json);
  return parse.ok
    ? { path, sidecar: parse.sidecar, exists: true, error: null }
    : { path, sidecar: parse.salvaged, exists: true, error: parse.error };
}

/** Writes through a temporary file in the same folder and a rename, so readers never see half a file. */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UserError(describeFsError(path, error));
  }
}
