import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliAnnotation, openInEditor, SEED, SEED_QUOTE, SEED_SPEAKER, statementStartingWith } from './helpers';

describe('document symbols', () => {
  it('list each speaker with their statements under them, every statement once', async () => {
    const document = await openInEditor(SEED);
    const annotation = cliAnnotation(SEED);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols.length > 0);
    const leaves = symbols.flatMap((symbol) => symbol.children);
    assert.equal(leaves.length, annotation.statements.length);
    const leafStarts = leaves.map((leaf) => document.offsetAt(leaf.selectionRange.start)).sort((a, b) => a - b);
    assert.deepEqual(leafStarts, annotation.statements.map((s) => s.start).sort((a, b) => a - b));
    for (const speaker of annotation.speakers) {
      const said = annotation.statements.filter((s) => s.speakerId === speaker.id);
      if (said.length === 0) continue;
      const symbol = symbols.find((s) => s.name === speaker.name);
      assert.ok(symbol, `no symbol for ${speaker.name}`);
      assert.equal(symbol.children.length, said.length, speaker.name);
    }
  });

  it(`put the "${SEED_QUOTE}" quote under ${SEED_SPEAKER}`, async () => {
    const document = await openInEditor(SEED);
    const statement = statementStartingWith(cliAnnotation(SEED), SEED_QUOTE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const shoigu = symbols.find((symbol) => symbol.name === SEED_SPEAKER);
    assert.ok(shoigu, `symbols: ${symbols.map((s) => s.name).join(', ')}`);
    assert.ok(shoigu.children.some((child) => document.offsetAt(child.selectionRange.start) === statement.start));
  });
});
