// Colours what a regular expression cannot see: mentions the engine resolved to a speaker,
// pronouns included, and the cue verbs of statements.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { TOKEN_MODIFIERS, TOKEN_TYPES, tokenSpans } from './model/tokenSpans';

const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

export class SpeakerSemanticTokensProvider implements vscode.DocumentSemanticTokensProvider {
  readonly #onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.#onDidChange.event;

  constructor(private readonly cache: AnalysisCache) {}

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    const analysis = await this.cache.get(document, token);
    if (!analysis) return undefined;
    const builder = new vscode.SemanticTokensBuilder(LEGEND);
    for (const span of tokenSpans(analysis.annotation)) {
      const type = TOKEN_TYPES.indexOf(span.type);
      const modifiers = span.pronoun ? 1 << TOKEN_MODIFIERS.indexOf('pronoun') : 0;
      // A token may not cross a line break ("Sergey\nShoigu"): emit one piece per line.
      const start = document.positionAt(span.start);
      const end = document.positionAt(span.end);
      for (let line = start.line; line <= end.line; line++) {
        const from = line === start.line ? start.character : 0;
        const to = line === end.line ? end.character : document.lineAt(line).text.length;
        if (to > from) builder.push(line, from, to - from, type, modifiers);
      }
    }
    return builder.build();
  }

  static register(cache: AnalysisCache, selector: vscode.DocumentSelector): vscode.Disposable {
    const provider = new SpeakerSemanticTokensProvider(cache);
    return vscode.Disposable.from(
      provider.#onDidChange,
      vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, LEGEND),
      cache.onDidInvalidate(() => provider.#onDidChange.fire()),
    );
  }
}
