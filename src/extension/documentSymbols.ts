// Outline, breadcrumbs and Go to Symbol: speakers, with their statements under them.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { buildSymbolTree, type SymbolNode, type SymbolNodeKind } from './model/symbolTree';

const SYMBOL_KINDS: Record<SymbolNodeKind, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Class,
  organization: vscode.SymbolKind.Module,
  unnamed: vscode.SymbolKind.Namespace,
  unattributed: vscode.SymbolKind.Namespace,
  statement: vscode.SymbolKind.String,
};

export class SpeakerDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const analysis = await this.cache.get(document, token);
    if (!analysis) return undefined;
    const toSymbol = (node: SymbolNode): vscode.DocumentSymbol => {
      const symbol = new vscode.DocumentSymbol(
        node.name, node.detail, SYMBOL_KINDS[node.kind],
        new vscode.Range(document.positionAt(node.start), document.positionAt(node.end)),
        new vscode.Range(document.positionAt(node.selectionStart), document.positionAt(node.selectionEnd)),
      );
      symbol.children = node.children.map(toSymbol);
      return symbol;
    };
    return buildSymbolTree(analysis.annotation, analysis.index).map(toSymbol);
  }
}
