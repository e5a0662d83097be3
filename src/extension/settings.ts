import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core';
import type { ExportFormatSetting } from './model/exportPaths';

export const SECTION = 'statementLens';
export const LANGUAGE_ID = 'press-release';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

function config(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];
}

/** The settings that change what the engine finds; part of the analysis cache key. */
export function analyzeOptions(scope?: vscode.Uri): Required<Pick<AnalyzeOptions, 'extraSpeechVerbs' | 'extraKickers'>> {
  return { extraSpeechVerbs: stringList(config(scope).get('speechVerbs')), extraKickers: stringList(config(scope).get('kickers')) };
}

export function codeLensEnabled(scope?: vscode.Uri): boolean {
  return config(scope).get<boolean>('codeLens.enabled', true);
}

export function unattributedSeverity(scope?: vscode.Uri): vscode.DiagnosticSeverity | null {
  const severities: Record<SeveritySetting, vscode.DiagnosticSeverity | null> = {
    error: vscode.DiagnosticSeverity.Error,
    warning: vscode.DiagnosticSeverity.Warning,
    information: vscode.DiagnosticSeverity.Information,
    hint: vscode.DiagnosticSeverity.Hint,
    off: null,
  };
  const value = config(scope).get<SeveritySetting>('diagnostics.unattributedSeverity', 'warning');
  return value in severities ? severities[value] : vscode.DiagnosticSeverity.Warning;
}

export function exportSettings(scope?: vscode.Uri): { folder: string; format: ExportFormatSetting } {
  return { folder: config(scope).get<string>('export.folder', ''), format: config(scope).get<ExportFormatSetting>('export.format', 'json') };
}

export function affectsAnalysis(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.speechVerbs`) || event.affectsConfiguration(`${SECTION}.kickers`);
}
