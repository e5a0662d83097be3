// Problems: statements with no speaker (severity from settings), unbalanced quotation marks,
// corrections that no longer match the text, and an unreadable sidecar. "Set speaker…" is the quick fix.
import * as vscode from 'vscode';
import { type AnalysisCache, type DocumentAnalysis, isRelease } from './analysisCache';
import { isUnattributed } from './model/annotationIndex';
import { COMMANDS } from './model/commandIds';
import { SECTION, unattributedSeverity } from './settings';

const SOURCE = 'Statement Lens';
const UNATTRIBUTED = 'unattributed';

export class DiagnosticsManager implements vscode.Disposable {
  readonly #collection = vscode.languages.createDiagnosticCollection('statementLens');
  readonly #disposables: vscode.Disposable[] = [this.#collection];
  readonly #reportedSidecarErrors = new Set<string>();

  constructor(private readonly cache: AnalysisCache) {
    const refreshAll = () => vscode.workspace.textDocuments.forEach((d) => void this.refresh(d));
    this.#disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => void this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => void this.refresh(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.#collection.delete(d.uri)),
      cache.onDidInvalidate(refreshAll),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SECTION}.diagnostics`) && refreshAll()),
    );
    refreshAll();
  }

  async refresh(document: vscode.TextDocument): Promise<void> {
    if (!isRelease(document)) {
      // The language may have changed away from press-release.
      if (this.#collection.has(document.uri)) this.#collection.delete(document.uri);
      return;
    }
    const analysis = await this.cache.get(document);
    // A newer version is on its way; its own refresh will report.
    if (!analysis || analysis.version !== document.version || document.isClosed) return;
    this.#collection.set(document.uri, diagnosticsFor(analysis, document));
    if (analysis.sidecarError && !this.#reportedSidecarErrors.has(analysis.sidecarError)) {
      this.#reportedSidecarErrors.add(analysis.sidecarError);
      void vscode.window.showErrorMessage(`Statement Lens: ${analysis.sidecarError}`);
    }
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}

function diagnosticsFor(analysis: DocumentAnalysis, document: vscode.TextDocument): vscode.Diagnostic[] {
  const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
  const diagnostics: vscode.Diagnostic[] = [];
  const severity = unattributedSeverity(document.uri);
  if (severity !== null) {
    for (const statement of analysis.annotation.statements.filter(isUnattributed)) {
      const what = statement.kind === 'indirect' ? 'Reported speech' : 'Quotation';
      diagnostics.push(diagnostic(range(statement.start, statement.end), `${what} with no speaker.`, severity, UNATTRIBUTED));
    }
  }
  // Unbalanced quotation marks, and corrections that no longer match the text (applyCorrections reports those).
  for (const problem of analysis.annotation.problems) {
    if (problem.code !== UNATTRIBUTED) diagnostics.push(diagnostic(range(problem.start, problem.end), problem.message, vscode.DiagnosticSeverity.Warning, problem.code));
  }
  if (analysis.sidecarError) diagnostics.push(diagnostic(range(0, 0), analysis.sidecarError, vscode.DiagnosticSeverity.Error, 'unreadable-corrections'));
  return diagnostics;
}

function diagnostic(range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity, code: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, message, severity);
  d.source = SOURCE;
  d.code = code;
  return d;
}

export class SetSpeakerQuickFix implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return context.diagnostics
      .filter((d) => d.source === SOURCE && d.code === UNATTRIBUTED)
      .map((d) => {
        const action = new vscode.CodeAction('Set speaker…', vscode.CodeActionKind.QuickFix);
        action.command = { title: 'Set speaker…', command: COMMANDS.setSpeaker, arguments: [document.uri, document.offsetAt(d.range.start)] };
        action.diagnostics = [d];
        action.isPreferred = true;
        return action;
      });
  }
}
