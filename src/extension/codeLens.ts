// One lens per statement: `— Sergey Shoigu, Russian Defense Minister · told`. provideCodeLenses
// only places lenses; resolveCodeLens, called for the visible ones, writes their titles.
// VS Code keeps showing the previous lenses (moved with the edits) until a new result arrives,
// so waiting for the debounced analysis never makes them flicker.
import * as vscode from 'vscode';
import type { Speaker, Statement } from '../core';
import type { AnalysisCache } from './analysisCache';
import { lensTitle } from './model/lensText';
import { COMMANDS } from './model/commandIds';
import { codeLensEnabled, SECTION } from './settings';

class StatementLens extends vscode.CodeLens {
  constructor(range: vscode.Range, readonly uri: vscode.Uri, readonly statement: Statement, readonly speaker: Speaker | undefined) {
    super(range);
  }
}

export class StatementCodeLensProvider implements vscode.CodeLensProvider<StatementLens> {
  readonly #onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.#onDidChange.event;

  constructor(private readonly cache: AnalysisCache) {}

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<StatementLens[] | undefined> {
    if (!codeLensEnabled(document.uri)) return [];
    const analysis = await this.cache.get(document, token);
    if (!analysis) return undefined;
    return analysis.annotation.statements.map((statement) => {
      const start = document.positionAt(statement.start);
      return new StatementLens(new vscode.Range(start, start), document.uri, statement, analysis.index.speaker(statement.speakerId));
    });
  }

  resolveCodeLens(lens: StatementLens): StatementLens {
    lens.command = {
      title: lensTitle(lens.statement, lens.speaker),
      tooltip: 'Set or change the speaker of this statement',
      command: COMMANDS.setSpeaker,
      arguments: [lens.uri, lens.statement.start],
    };
    return lens;
  }

  refresh(): void {
    this.#onDidChange.fire();
  }

  static register(cache: AnalysisCache, selector: vscode.DocumentSelector): vscode.Disposable {
    const provider = new StatementCodeLensProvider(cache);
    return vscode.Disposable.from(
      provider.#onDidChange,
      vscode.languages.registerCodeLensProvider(selector, provider),
      cache.onDidInvalidate(() => provider.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SECTION}.codeLens.enabled`) && provider.refresh()),
    );
  }
}
