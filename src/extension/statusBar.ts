// `12 statements · 4 speakers · 1 unattributed` for the active release.
import * as vscode from 'vscode';
import { type AnalysisCache, isRelease } from './analysisCache';
import { SPEAKERS_VIEW } from './model/commandIds';
import { statusText } from './model/statusText';

export class StatementStatusBar implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('statementLens.status', vscode.StatusBarAlignment.Right, 100);
  readonly #disposables: vscode.Disposable[] = [this.#item];

  constructor(private readonly cache: AnalysisCache) {
    this.#item.name = 'Statement Lens';
    this.#item.tooltip = 'Statements in this release. Click to show the Speakers view.';
    this.#item.command = `${SPEAKERS_VIEW}.focus`;
    this.#disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && void this.update()),
      cache.onDidInvalidate(() => void this.update()),
    );
    void this.update();
  }

  async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isRelease(document)) {
      this.#item.hide();
      return;
    }
    const analysis = await this.cache.get(document);
    // Only the latest request for the still-active document may write the text.
    if (!analysis || document !== vscode.window.activeTextEditor?.document || analysis.version !== document.version) return;
    this.#item.text = `$(quote) ${statusText(analysis.annotation)}`;
    this.#item.show();
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
