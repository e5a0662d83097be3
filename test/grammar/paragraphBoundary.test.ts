import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, IGrammar, parseRawGrammar, Registry } from 'vscode-textmate';

// The assertion files pin down chosen examples; this property covers the promise they cannot
// enumerate: whatever mix of quotation marks and apostrophes a paragraph holds, no quotation
// survives the blank line that ends it.
const root = join(__dirname, '..', '..');
const grammarPath = join(root, 'syntaxes', 'press-release.tmLanguage.json');

async function loadGrammar(): Promise<IGrammar> {
  await loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
      createOnigString: (text: string) => new OnigString(text),
    }),
    loadGrammar: async () => parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath),
  });
  const grammar = await registry.loadGrammar('text.press-release');
  assert.ok(grammar);
  return grammar;
}

const fragment = fc.constantFrom(
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›',
  'word', 'Russia’s', "don't", '’90s', ' ', ', ', '. ', '\n', 'Shoigu said', 'said Jane Doe',
);
/** A paragraph of fragments, never itself containing a blank line. */
const paragraph = fc
  .array(fragment, { minLength: 1, maxLength: 30 })
  .map((parts) => `Para ${parts.join('').replace(/\n\s*\n/g, '\n')}`);

describe('press-release grammar at paragraph ends', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('closes every quotation, however unbalanced, at the blank line that ends its paragraph', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), (paragraphs) => {
        const lines = `PRESS RELEASE\nHeadline\nWASHINGTON – Lede.\n\n${paragraphs.join('\n\n')}`.split('\n');
        let state = INITIAL;
        lines.forEach((line, index) => {
          const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
          state = ruleStack;
          if (index > 0 && lines[index - 1] === '' && line.startsWith('Para')) {
            assert.deepEqual(
              tokens[0]!.scopes.filter((scope) => scope.startsWith('string.')),
              [],
              `line ${index + 1} starts inside a quotation`,
            );
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
