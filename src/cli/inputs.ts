// Which files a batch reads and where their exports go. Shared with the editor's Export Workspace
// (which finds files its own way but names outputs the same).
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
// Required, not imported, so the bundle takes tinyglobby's CommonJS build (its ES build needs import.meta).
import tinyglobby = require('tinyglobby');
import { toForwardSlashes } from './releaseFile';

const GLOB_CHARS = /[*?[\]{}]/;
const RELEASES_IN_FOLDER = ['**/*.release', '**/*.release.txt'];

export interface ExpandedInputs {
  /** Paths as given or as the glob spelled them, forward slashes, in order, without repeats. */
  files: string[];
  /** Arguments that matched nothing: reported, not silently skipped. */
  unmatched: string[];
}

/** Files, folders (their `*.release` and `*.release.txt`, recursively) and globs, expanded. */
export function expandInputs(inputs: readonly string[]): ExpandedInputs {
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: string[] = [];
  const add = (file: string): void => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(toForwardSlashes(file));
    }
  };
  for (const input of inputs) {
    let matches: string[];
    if (GLOB_CHARS.test(input) && !existsSync(input)) {
      matches = tinyglobby.globSync(toForwardSlashes(input), { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(input) }).sort();
    } else if (isDirectory(input)) {
      matches = tinyglobby.globSync(RELEASES_IN_FOLDER, { cwd: input, onlyFiles: true, expandDirectories: false }).sort().map((f) => join(input, f));
    } else {
      matches = [input]; // a missing file is reported when it is read, with the reason
    }
    if (matches.length === 0) unmatched.push(input);
    matches.forEach(add);
  }
  return { files, unmatched };
}

/** The folder all `files` share, so outputs keep their relative layout under the output folder. */
export function commonFolder(files: readonly string[]): string {
  if (files.length === 0) return process.cwd();
  let common = dirname(resolve(files[0]));
  for (const file of files) {
    const folder = dirname(resolve(file));
    while (common !== folder && !folder.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
  }
  return common;
}

/** `news/a/x.statements.json` with base `news` and output `out` → `out/a/x.statements.json`. */
export function relocate(exportPath: string, base: string, outDir: string): string {
  return join(outDir, relative(base, resolve(exportPath)));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
