// Export Annotated JSON (one release) and Export Workspace (all of them). The bytes equal
// `statement-lens annotate` on the same file: same engine, same corrections, same serialiser.
import * as vscode from 'vscode';
import { EXPORT_FORMATS, exportPathsFor, type ExportFormat } from '../../core/exports';
import { exportContent } from '../model/exportContent';
import { decideExport, sha256Hex, type ExportDecision } from '../model/exportGuard';
import { basename, dirname, exportFolder, type ExportFormatSetting } from '../model/exportPaths';
import { plural } from '../model/text';
import { analyzeOptions, exportSettings } from '../settings';
import { type SidecarStore, usableSidecar } from '../sidecarStore';
import { findReleases, readRelease, workspacePath } from '../workspaceReleases';
import { FILE_LANES, runInLanes } from '../model/lanes';
import { targetUri } from './target';

export interface ExportOutput {
  uri: vscode.Uri;
  content: string;
}

export type WriteResult = 'written' | 'unchanged' | 'kept';

export interface ExportSummary {
  /** Releases found. */
  total: number;
  written: string[];
  unchanged: string[];
  /** Exports that were edited by hand, left as they are. */
  editedByHand: string[];
  failed: { path: string; error: string }[];
  cancelled: boolean;
}

const WRITTEN_HASHES = 'statementLens.exportHashes';

export class Exporter {
  /** Hash of what we last wrote, per export file; persisted by flush() once per command, not per file. */
  #writtenHashes: Record<string, string> | undefined;

  constructor(private readonly state: vscode.Memento, private readonly sidecars: SidecarStore) {}

  /** What an export of `release` writes, without writing it. */
  async render(release: vscode.Uri, format: ExportFormatSetting): Promise<ExportOutput[]> {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new Error(`the "${format}" export format is not available in this version`);
    const { text, bytes } = await readRelease(release);
    // As the CLI does, a broken sidecar still contributes the corrections that could be read.
    const sidecar = usableSidecar(await this.sidecars.read(release));
    const content = await exportContent(text, bytes, workspacePath(release), analyzeOptions(release), sidecar, format as ExportFormat);
    const folder = vscode.workspace.getWorkspaceFolder(release);
    const directory = exportFolder(release.path, exportSettings(release).folder, folder ? folder.uri.path : null);
    const [main, ...extra] = exportPathsFor(basename(release.path), format as ExportFormat).map((name) => release.with({ path: `${directory}/${name}` }));
    const outputs = [{ uri: main, content }];
    // Only brat adds a file (a copy of the text); never let it replace the release itself.
    for (const uri of extra) if (uri.toString() !== release.toString()) outputs.push({ uri, content: text });
    return outputs;
  }

  /**
   * Writes one output unless the file there was edited by hand since we last wrote it; then
   * `confirm` decides (the workspace export never asks, and keeps the user's file).
   */
  async write(output: ExportOutput, confirm: (uri: vscode.Uri) => Thenable<boolean>): Promise<WriteResult> {
    const bytes = new TextEncoder().encode(output.content);
    const fresh = await sha256Hex(bytes);
    const key = output.uri.toString();
    const hashes = (this.#writtenHashes ??= { ...this.state.get<Record<string, string>>(WRITTEN_HASHES, {}) });
    const decision: ExportDecision = decideExport(await existingHash(output.uri), hashes[key], fresh);
    if (decision === 'edited-by-hand' && !(await confirm(output.uri))) return 'kept';
    // An identical file counts as ours too, so a later export may replace it.
    hashes[key] = fresh;
    if (decision === 'unchanged') return 'unchanged';
    await writeCreatingFolder(output.uri, bytes);
    return 'written';
  }

  async flush(): Promise<void> {
    if (this.#writtenHashes) await this.state.update(WRITTEN_HASHES, this.#writtenHashes);
  }
}

/** Writes a file, creating its folder only when it is missing: most exports sit beside their release, and each call is a round trip. */
async function writeCreatingFolder(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  try {
    await vscode.workspace.fs.writeFile(uri, bytes);
  } catch (error) {
    if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
    await vscode.workspace.fs.createDirectory(uri.with({ path: dirname(uri.path) }));
    await vscode.workspace.fs.writeFile(uri, bytes);
  }
}

async function existingHash(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return await sha256Hex(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

async function askToOverwrite(uri: vscode.Uri): Promise<boolean> {
  const overwrite = 'Overwrite';
  const answer = await vscode.window.showWarningMessage(
    `${basename(uri.path)} was changed since Statement Lens last wrote it. Overwrite it with a fresh export?`,
    { modal: true }, overwrite);
  return answer === overwrite;
}

/**
 * `statementLens.exportJson (uri?, options?)`: exports one release and opens the result. Returns the
 * written (or already up-to-date) file's Uri, or undefined when nothing was exported.
 * `options.overwrite: true` replaces an export edited by hand without asking (for scripted use).
 */
export async function exportJson(exporter: Exporter, uri?: unknown, options?: { overwrite?: boolean; open?: boolean }): Promise<vscode.Uri | undefined> {
  const release = targetUri(uri);
  if (!release) return undefined;
  try {
    const outputs = await exporter.render(release, exportSettings(release).format);
    const confirm = options?.overwrite ? async () => true : askToOverwrite;
    const results = [];
    try {
      for (const output of outputs) results.push(await exporter.write(output, confirm));
    } finally {
      await exporter.flush();
    }
    if (results[0] === 'kept') {
      void vscode.window.showInformationMessage(`Statement Lens: kept your edited ${basename(outputs[0].uri.path)}.`);
      return undefined;
    }
    if (options?.open !== false) await vscode.window.showTextDocument(outputs[0].uri, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    return outputs[0].uri;
  } catch (error) {
    void vscode.window.showErrorMessage(`Statement Lens: could not export ${basename(release.path)}: ${(error as Error).message}`);
    return undefined;
  }
}

type Outcome = { bucket: 'written' | 'unchanged' | 'editedByHand' } | { bucket: 'failed'; error: string };

/** `statementLens.exportWorkspace`: every release, with a cancellable progress notification. Returns an ExportSummary. */
export function exportWorkspace(exporter: Exporter): Thenable<ExportSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Statement Lens: exporting releases', cancellable: true },
    async (progress, token) => {
      const releases = await findReleases(token);
      const outcomes: Outcome[] = [];
      let finished = 0;
      let reported = 0;
      const started = await runInLanes(releases, FILE_LANES, () => token.isCancellationRequested, async (release, i) => {
        outcomes[i] = await exportRelease(exporter, release);
        // Report about once a percent.
        const percent = Math.floor((++finished * 100) / releases.length);
        if (percent > reported) {
          progress.report({ increment: percent - reported, message: `${finished} of ${releases.length}: ${workspacePath(release)}` });
          reported = percent;
        }
      });
      await exporter.flush();
      const summary: ExportSummary = { total: releases.length, written: [], unchanged: [], editedByHand: [], failed: [], cancelled: started < releases.length };
      // In the order of the releases, whatever order the lanes finished them in.
      for (const [i, outcome] of outcomes.entries()) {
        const path = workspacePath(releases[i]);
        if (outcome.bucket === 'failed') summary.failed.push({ path, error: outcome.error });
        else summary[outcome.bucket].push(path);
      }
      void showSummary(summary);
      return summary;
    },
  );
}

/** One release of a workspace export; an export edited by hand is kept without asking. */
async function exportRelease(exporter: Exporter, release: vscode.Uri): Promise<Outcome> {
  try {
    const results = [];
    for (const output of await exporter.render(release, exportSettings(release).format)) results.push(await exporter.write(output, async () => false));
    return { bucket: results.includes('kept') ? 'editedByHand' : results.includes('written') ? 'written' : 'unchanged' };
  } catch (error) {
    return { bucket: 'failed', error: (error as Error).message };
  }
}

async function showSummary(summary: ExportSummary): Promise<void> {
  const parts = [`${summary.written.length} written`, `${summary.unchanged.length} unchanged`];
  if (summary.editedByHand.length) parts.push(`${summary.editedByHand.length} edited by hand and kept (${summary.editedByHand.slice(0, 3).join(', ')}${summary.editedByHand.length > 3 ? ', …' : ''})`);
  if (summary.failed.length) parts.push(`${summary.failed.length} failed (${summary.failed.slice(0, 3).map((f) => `${f.path}: ${f.error}`).join('; ')})`);
  const done = summary.written.length + summary.unchanged.length + summary.editedByHand.length + summary.failed.length;
  const head = summary.cancelled ? `Export cancelled after ${done} of ${plural(summary.total, 'release')}` : `Exported ${plural(summary.total, 'release')}`;
  const message = `Statement Lens: ${head}: ${parts.join(', ')}.`;
  await (summary.failed.length ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
}
