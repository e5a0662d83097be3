import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliAnnotation, openInEditor, SEED, SEED_SPEAKER } from './helpers';

interface Token {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** Decodes the relative five-number encoding of semantic tokens. */
function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const result: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    result.push({ line, character, length, type: legend.tokenTypes[type], modifiers });
  }
  return result;
}

describe('semantic tokens', () => {
  it('have a legend with speaker and speech verb types', async () => {
    const document = await openInEditor(SEED);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    assert.ok(legend, 'a semantic tokens provider is registered for press-release');
    assert.ok(legend.tokenTypes.includes('speaker'), legend.tokenTypes.join());
    assert.ok(legend.tokenTypes.includes('speechVerb'), legend.tokenTypes.join());
  });

  it(`colour every resolved mention of ${SEED_SPEAKER} (pronouns marked) and every cue`, async () => {
    const document = await openInEditor(SEED);
    const annotation = cliAnnotation(SEED);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const tokens = decode(await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri), legend);
    const tokenAt = (offset: number) => {
      const position = document.positionAt(offset);
      return tokens.find((token) => token.line === position.line && token.character === position.character);
    };
    const speaker = annotation.speakers.find((s) => s.name === SEED_SPEAKER);
    assert.ok(speaker, `the engine finds ${SEED_SPEAKER}`);
    for (const mention of speaker.mentions) {
      const token = tokenAt(mention.start);
      const text = document.getText(new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
      assert.equal(token?.type, 'speaker', `mention "${text}" at ${mention.start}`);
      assert.equal(token.modifiers.includes('pronoun'), mention.pronoun === true, `pronoun modifier of "${text}"`);
    }
    const cues = annotation.statements.flatMap((s) => (s.cue ? [s.cue] : []));
    assert.ok(cues.length > 0, 'the engine finds cue verbs in the seed');
    for (const cue of cues) assert.equal(tokenAt(cue.start)?.type, 'speechVerb', `cue "${cue.text}" at ${cue.start}`);
  });
});
