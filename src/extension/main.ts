// Registers the editor features over one shared analysis cache. Each feature lives in its own file.
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { StatementCodeLensProvider } from './codeLens';
import { copyJson } from './commands/copy';
import { CorrectionCommands } from './commands/corrections';
import { Exporter, exportJson, exportWorkspace } from './commands/export';
import { DiagnosticsManager, SetSpeakerQuickFix } from './diagnostics';
import { SpeakerDocumentSymbolProvider } from './documentSymbols';
import { StatementHoverProvider } from './hover';
import { COMMANDS } from './model/commandIds';
import { SpeakerSemanticTokensProvider } from './semanticTokens';
import { LANGUAGE_ID } from './settings';
import { SidecarStore } from './sidecarStore';
import { SpeakersTreeProvider } from './speakersView';
import { StatementStatusBar } from './statusBar';
import { registerTextReleaseLanguage } from './textReleaseLanguage';

export function activate(context: vscode.ExtensionContext): void {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const sidecars = new SidecarStore();
  const cache = new AnalysisCache(sidecars);
  const exporter = new Exporter(context.workspaceState, sidecars);
  const corrections = new CorrectionCommands(cache, sidecars);

  // The Speakers view shows once a release (or a workspace with releases) activated us.
  void vscode.commands.executeCommand('setContext', 'statementLens.active', true);
  context.subscriptions.push(
    registerTextReleaseLanguage(),
    sidecars,
    cache,
    StatementCodeLensProvider.register(cache, selector),
    vscode.languages.registerHoverProvider(selector, new StatementHoverProvider(cache)),
    SpeakerSemanticTokensProvider.register(cache, selector),
    vscode.languages.registerDocumentSymbolProvider(selector, new SpeakerDocumentSymbolProvider(cache), { label: 'Speakers' }),
    new DiagnosticsManager(cache),
    vscode.languages.registerCodeActionsProvider(selector, new SetSpeakerQuickFix(), SetSpeakerQuickFix.metadata),
    new StatementStatusBar(cache),
    SpeakersTreeProvider.register(cache, sidecars),
    vscode.commands.registerCommand(COMMANDS.exportJson, (uri?: unknown, options?: { overwrite?: boolean; open?: boolean }) => exportJson(exporter, uri, options)),
    vscode.commands.registerCommand(COMMANDS.exportWorkspace, () => exportWorkspace(exporter)),
    vscode.commands.registerCommand(COMMANDS.copyJson, (uri?: unknown) => copyJson(exporter, uri)),
    vscode.commands.registerCommand(COMMANDS.setSpeaker, (uri?: unknown, offset?: unknown, name?: unknown) => corrections.setSpeaker(uri, offset, name)),
    vscode.commands.registerCommand(COMMANDS.clearSpeaker, (uri?: unknown, offset?: unknown) => corrections.clearSpeaker(uri, offset)),
    vscode.commands.registerCommand(COMMANDS.markStatement, (uri?: unknown, start?: unknown, end?: unknown, kind?: unknown) => corrections.markStatement(uri, start, end, kind)),
    vscode.commands.registerCommand(COMMANDS.markNotStatement, (uri?: unknown, offset?: unknown) => corrections.markNotStatement(uri, offset)),
  );
}

export function deactivate(): void {}
