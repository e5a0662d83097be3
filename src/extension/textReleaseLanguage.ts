// VS Code's built-in `.txt` → Plain Text mapping outranks a language's `firstLine` pattern, so a
// plain-text release would never reach our features. We switch such documents ourselves.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './settings';
import { isTextReleaseFile } from './workspaceReleases';

export function registerTextReleaseLanguage(): vscode.Disposable {
  const adopt = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'plaintext' || !isTextReleaseFile(document.uri, firstLine(document))) return;
    void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  };
  vscode.workspace.textDocuments.forEach(adopt);
  return vscode.workspace.onDidOpenTextDocument(adopt);
}

/** The kicker test reads one line; never copy a large document for it. */
function firstLine(document: vscode.TextDocument): string {
  return document.lineAt(0).text;
}
