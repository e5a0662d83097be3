import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { COMMANDS } from './model/commandIds';
import { mentionHover, statementHover } from './model/hoverText';

/** Hover on a speaker mention shows their statements; on a statement, who said it and why. */
export class StatementHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analysis = await this.cache.get(document, token);
    if (!analysis) return undefined;
    const offset = document.offsetAt(position);
    const mention = analysis.index.mentionAt(offset);
    if (mention) {
      return hover(mentionHover(mention.speaker, mention.mention.pronoun === true, analysis.index), document, mention.mention);
    }
    const statement = analysis.index.statementAt(offset);
    if (statement) return hover(statementHover(statement, analysis.index, document.uri.toString()), document, statement);
    return undefined;
  }
}

function hover(markdown: string, document: vscode.TextDocument, span: { start: number; end: number }): vscode.Hover {
  const contents = new vscode.MarkdownString(markdown);
  contents.isTrusted = { enabledCommands: [COMMANDS.setSpeaker, COMMANDS.clearSpeaker] };
  return new vscode.Hover(contents, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
}
