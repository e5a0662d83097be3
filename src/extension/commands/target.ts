// Commands take their target from arguments (lenses, hovers, tests) or from the active editor (palette).
import * as vscode from 'vscode';

/** Accepts a Uri, or a uri string as it arrives through a hover's command link. */
function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value !== '') return vscode.Uri.parse(value);
  return undefined;
}

export async function targetDocument(uri: unknown): Promise<vscode.TextDocument | undefined> {
  const given = toUri(uri);
  if (given) return vscode.workspace.openTextDocument(given);
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showInformationMessage('Statement Lens: open a press release first.');
  return document;
}

/** The given offset, or the cursor when the active editor shows `document`. */
export function targetOffset(document: vscode.TextDocument, offset: unknown): number | undefined {
  if (typeof offset === 'number') return offset;
  const editor = vscode.window.activeTextEditor;
  return editor?.document === document ? document.offsetAt(editor.selection.active) : undefined;
}

export function targetUri(uri: unknown): vscode.Uri | undefined {
  const target = toUri(uri) ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) void vscode.window.showInformationMessage('Statement Lens: open a press release first.');
  return target;
}
