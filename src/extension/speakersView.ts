// The "Speakers" view: every speaker across the workspace's releases, with their statements.
// Releases are analysed lazily (only while the view is shown), one cached result per file,
// dropped when the file, its sidecar or an open editor on it changes.
import * as vscode from 'vscode';
import { type AnalysisCache, isRelease } from './analysisCache';
import { annotateRelease } from '../core/exports';
import { COMMANDS, SPEAKERS_VIEW } from './model/commandIds';
import { groupBySpeaker, UNATTRIBUTED_KEY, UNNAMED_KEY, type ReleaseAnalysis, type SpeakerGroup, type StatementRef } from './model/speakerTree';
import { KIND_LABELS, plural, quoted } from './model/text';
import { RELEASE_GLOB, TEXT_GLOB } from './model/releaseFiles';
import { affectsAnalysis, analyzeOptions } from './settings';
import { type SidecarStore, usableSidecar } from './sidecarStore';
import { findReleases, readRelease, workspacePath } from './workspaceReleases';
import { FILE_LANES, runInLanes } from './model/lanes';

type Node = { group: SpeakerGroup } | { ref: StatementRef };

const REFRESH_DELAY_MS = 500;

export class SpeakersTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly #releases = new Map<string, ReleaseAnalysis>();
  /** The workspace's release files; searched again only when files appear or disappear (or a .txt changes its first line). */
  #releaseFiles: Promise<vscode.Uri[]> | undefined;
  readonly #onDidChange = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#onDidChange.event;
  readonly #disposables: vscode.Disposable[] = [this.#onDidChange];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly cache: AnalysisCache, private readonly sidecars: SidecarStore) {
    for (const glob of [RELEASE_GLOB, TEXT_GLOB]) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const changed = (uri: vscode.Uri) => this.#invalidate(uri);
      const listChanged = (uri: vscode.Uri) => {
        this.#releaseFiles = undefined;
        this.#invalidate(uri);
      };
      this.#disposables.push(watcher, watcher.onDidCreate(listChanged), watcher.onDidDelete(listChanged), watcher.onDidChange(glob === TEXT_GLOB ? listChanged : changed));
    }
    this.#disposables.push(
      sidecars.onDidChange((release) => this.#invalidate(release)),
      vscode.workspace.onDidChangeTextDocument((e) => isRelease(e.document) && e.contentChanges.length > 0 && this.#invalidate(e.document.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => isRelease(d) && d.isDirty && this.#invalidate(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => affectsAnalysis(e) && this.refresh()),
    );
  }

  refresh(): void {
    this.#releases.clear();
    this.#releaseFiles = undefined;
    this.#onDidChange.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return 'group' in node ? node.group.statements.map((ref) => ({ ref })) : [];
    return vscode.window.withProgress({ location: { viewId: SPEAKERS_VIEW } }, async () => groupBySpeaker(await this.#analyseWorkspace()).map((group) => ({ group })));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('group' in node) {
      const { group } = node;
      const item = new vscode.TreeItem(group.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `speaker:${group.key}`;
      item.description = [group.title, `${plural(group.statements.length, 'statement')} in ${plural(group.releaseCount, 'release')}`].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(group.key === UNATTRIBUTED_KEY ? 'question' : group.key === UNNAMED_KEY ? 'eye-closed' : 'person');
      item.contextValue = 'speaker';
      return item;
    }
    const { uri, label, statement } = node.ref;
    const item = new vscode.TreeItem(quoted(statement.text, 70), vscode.TreeItemCollapsibleState.None);
    item.id = `statement:${uri}#${statement.start}`;
    item.description = `${label}:${statement.range.start.line + 1}`;
    item.tooltip = new vscode.MarkdownString().appendText(`${KIND_LABELS[statement.kind]}${statement.cue ? ` · ${statement.cue.text}` : ''}\n\n${statement.text}`);
    item.iconPath = new vscode.ThemeIcon('quote');
    const { start, end } = statement.range;
    const selection = new vscode.Range(start.line, start.character, end.line, end.character);
    item.command = { title: 'Reveal statement', command: 'vscode.open', arguments: [vscode.Uri.parse(uri), { selection } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }

  async #analyseWorkspace(): Promise<ReleaseAnalysis[]> {
    this.#releaseFiles ??= findReleases().catch((error: unknown) => {
      this.#releaseFiles = undefined;
      throw error;
    });
    const files = await this.#releaseFiles;
    const releases: ReleaseAnalysis[] = new Array<ReleaseAnalysis>(files.length);
    await runInLanes(files, FILE_LANES, () => false, async (uri, i) => {
      const key = uri.toString();
      let release = this.#releases.get(key);
      if (!release) {
        release = await this.#analyse(uri);
        this.#releases.set(key, release);
      }
      releases[i] = release;
    });
    return releases;
  }

  /** An open editor's analysis is already cached and shows unsaved edits; other files are read from disk. */
  async #analyse(uri: vscode.Uri): Promise<ReleaseAnalysis> {
    const label = workspacePath(uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && isRelease(d));
    const cached = open && (await this.cache.get(open));
    if (cached) return { uri: uri.toString(), label, annotation: cached.annotation };
    const { text } = await readRelease(uri);
    const sidecar = await this.sidecars.read(uri);
    const { annotation } = annotateRelease(text, { path: null, sidecar: usableSidecar(sidecar), analyze: analyzeOptions(uri) });
    return { uri: uri.toString(), label, annotation };
  }

  #invalidate(uri: vscode.Uri): void {
    this.#releases.delete(uri.toString());
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#onDidChange.fire(undefined), REFRESH_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    for (const d of this.#disposables) d.dispose();
  }

  static register(cache: AnalysisCache, sidecars: SidecarStore): vscode.Disposable {
    const provider = new SpeakersTreeProvider(cache, sidecars);
    return vscode.Disposable.from(
      provider,
      vscode.window.createTreeView(SPEAKERS_VIEW, { treeDataProvider: provider, showCollapseAll: true }),
      vscode.commands.registerCommand(COMMANDS.refreshSpeakers, () => provider.refresh()),
    );
  }
}
