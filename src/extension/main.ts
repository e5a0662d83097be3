import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Editor features are added per file under src/extension/.
}

export function deactivate(): void {}
