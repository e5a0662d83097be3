// Shared by the integration tests. Expected values come from the real CLI (`dist/cli.js annotate`,
// the same engine), run in the workspace folder, so the tests check the editor against the contract
// instead of against answers copied into the tests.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation, Speaker, Statement } from '../../src/core/types';
import { annotateWithCli } from './seed';

export { SEED, SEED_QUOTE, SEED_SPEAKER } from './seed';
export const LANGUAGE_ID = 'press-release';

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite needs a workspace folder (a copy of examples/)');
  return folder.uri;
}

export function workspaceFile(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...relative.split('/'));
}

export async function openInEditor(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

export async function writeWorkspaceFile(relative: string, content: string): Promise<vscode.Uri> {
  const uri = workspaceFile(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

/** `statement-lens annotate RELATIVE` run in the workspace folder. */
export function annotateInWorkspace(relative: string): string {
  const repo = process.env.STATEMENT_LENS_REPO;
  assert.ok(repo, 'STATEMENT_LENS_REPO must point at the repository (the runners set it)');
  return annotateWithCli(repo, workspaceFolder().fsPath, relative);
}

export function cliAnnotation(relative: string): Annotation {
  return JSON.parse(annotateInWorkspace(relative)) as Annotation;
}

export function statementStartingWith(annotation: Annotation, prefix: string): Statement {
  const statement = annotation.statements.find((s) => s.text.startsWith(prefix));
  assert.ok(statement, `the engine finds no statement starting with "${prefix}"`);
  return statement;
}

export function speakerOf(annotation: Annotation, statement: Statement): Speaker | undefined {
  return annotation.speakers.find((speaker) => speaker.id === statement.speakerId);
}

/** Polls `probe` until it returns something other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface LensTitle {
  line: number;
  title: string;
}

/** The code lenses of a document, resolved, as the editor would show them. */
export async function lensTitles(uri: vscode.Uri): Promise<LensTitle[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 1000);
  return lenses.map((lens) => ({ line: lens.range.start.line, title: lens.command?.title ?? '' }));
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Sets a setting for the workspace for the length of `body`. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration();
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await body();
  } finally {
    await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}
