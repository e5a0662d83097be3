// Finding and reading the releases of a workspace, for the exports and the Speakers view.
import * as vscode from 'vscode';
import { parseReleaseHeader } from '../core/header';
import { isReleaseName, isTextRelease, RELEASE_GLOB, TEXT_GLOB } from './model/releaseFiles';
import { basename, relativePath } from './model/exportPaths';
import { analyzeOptions } from './settings';
import { FILE_LANES, runInLanes } from './model/lanes';

const EXCLUDE = '**/{node_modules,.git}/**';

/** Every `*.release`, `*.release.txt`, and `.txt` whose first line is a kicker, sorted by path. */
export async function findReleases(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const [named, texts, anns] = await Promise.all([
    vscode.workspace.findFiles(RELEASE_GLOB, EXCLUDE, undefined, token),
    vscode.workspace.findFiles(TEXT_GLOB, EXCLUDE, undefined, token),
    vscode.workspace.findFiles('**/*.ann', EXCLUDE, undefined, token),
  ]);
  // A brat export writes a `.txt` copy of the release beside its `.ann`: not a release of its own.
  const bratTexts = new Set(anns.map((u) => u.with({ path: u.path.replace(/\.ann$/, '.txt') }).toString()));
  const candidates = texts.filter((uri) => !isReleaseName(basename(uri.path)) && !bratTexts.has(uri.toString()));
  const kicked = new Array<boolean>(candidates.length).fill(false);
  await runInLanes(candidates, FILE_LANES, () => token?.isCancellationRequested ?? false, async (uri, i) => {
    kicked[i] = isTextReleaseFile(uri, (await readRelease(uri)).text);
  });
  const releases = [...named, ...candidates.filter((_, i) => kicked[i])];
  return releases.sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** A `.txt` file whose first line is a kicker (built in or from the settings). */
export function isTextReleaseFile(uri: vscode.Uri, text: string): boolean {
  const kickers = analyzeOptions(uri).extraKickers;
  return isTextRelease(basename(uri.path), text, (line) => parseReleaseHeader(line, kickers).kicker !== null);
}

/**
 * The release's text and the bytes it came from. An unsaved editor wins over the disk, so what is
 * exported is what the user sees; otherwise the bytes are decoded as the CLI decodes them (a BOM is kept).
 */
export async function readRelease(uri: vscode.Uri): Promise<{ text: string; bytes: Uint8Array }> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open && (open.isDirty || open.isUntitled)) {
    const text = open.getText();
    return { text, bytes: new TextEncoder().encode(text) };
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), bytes };
}

/** The path written into `source.path`: relative to the workspace folder, with forward slashes. */
export function workspacePath(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return (folder && relativePath(folder.uri.path, uri.path)) || basename(uri.path);
}
