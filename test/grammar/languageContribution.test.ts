import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The regular expressions below are compiled the way VS Code compiles them (languagesRegistry.ts for
// firstLine, languageConfigurationExtensionPoint.ts and wordHelper.ts for wordPattern), because VS
// Code runs them with JavaScript's engine, not with the Oniguruma engine the grammar tests use.
const root = join(__dirname, '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

interface LanguageContribution {
  id: string;
  extensions: string[];
  firstLine: string;
  configuration: string;
  icon: { light: string; dark: string };
}
interface GrammarContribution {
  language: string;
  scopeName: string;
  path: string;
}

const pkg = readJson('package.json');
const language: LanguageContribution = pkg.contributes.languages.find((l: LanguageContribution) => l.id === 'press-release');
const grammar: GrammarContribution = pkg.contributes.grammars.find((g: GrammarContribution) => g.language === 'press-release');

describe('press-release language contribution', () => {
  describe('firstLine', () => {
    const firstLine = new RegExp(language.firstLine);

    it('recognises every kicker, in any case, with a BOM, indentation, trailing punctuation or a date', () => {
      for (const line of [
        'PRESS RELEASE',
        'FOR IMMEDIATE RELEASE',
        'NEWS RELEASE',
        'MEDIA RELEASE',
        'PRESS STATEMENT',
        'Press Release',
        'for immediate release:',
        '\uFEFFPRESS RELEASE',
        '   NEWS  RELEASE  ',
        'MEDIA RELEASE —',
        'Press statement.',
        'FOR IMMEDIATE RELEASE: March 3, 2022',
        'PRESS RELEASE – Oct. 15, 2021',
        'NEWS RELEASE 2022-03-03',
      ]) {
        assert.ok(firstLine.test(line), line);
      }
    });

    it('recognises the seed by its first line', () => {
      const seedFirstLine = readFileSync(join(root, 'examples', 'shoigu-syria.release'), 'utf8').split(/\r?\n/)[0];
      assert.ok(firstLine.test(seedFirstLine));
    });

    it('leaves lines that only mention a kicker alone', () => {
      for (const line of [
        'Press release fixes the build',
        'PRESS RELEASES',
        'See the press release below.',
        'PRESSRELEASE',
        'PRESS RELEASE: Acme Names New Chief Executive',
        'FOR IMMEDIATE RELEASE 2022',
        'Shoigu: Active U.S.-Russia Engagement in Syria War on ISIS',
        '',
      ]) {
        assert.ok(!firstLine.test(line), line);
      }
    });
  });

  describe('language configuration', () => {
    const configuration = readJson(language.configuration);
    const wordPattern = new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags}g`);
    const words = (text: string) => text.match(wordPattern) ?? [];

    it('keeps possessives, contractions and compounds as one word, and quotation marks outside words', () => {
      assert.deepEqual(words('Russia’s “well-organized” plan: don\'t, the ’90s, rock ’n’ roll, Raúl'), [
        'Russia’s',
        'well-organized',
        'plan',
        "don't",
        'the',
        '90s',
        'rock',
        'n',
        'roll',
        'Raúl',
      ]);
    });

    it('auto-closes and surrounds with every quotation mark pair and bracket', () => {
      const closing = new Map<string, string>(
        configuration.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]),
      );
      const surrounding = new Map<string, string>(configuration.surroundingPairs);
      for (const [open, close] of [['"', '"'], ['“', '”'], ['‘', '’'], ['«', '»'], ['(', ')'], ['[', ']']]) {
        assert.equal(closing.get(open), close, `auto-close ${open}`);
        assert.equal(surrounding.get(open), close, `surround ${open}`);
      }
    });

    it('does not auto-close a straight apostrophe', () => {
      const opens = configuration.autoClosingPairs.map((p: { open: string }) => p.open);
      assert.ok(!opens.includes("'"));
    });
  });

  it('points at files that exist, and the grammar declares the scope the contribution names', () => {
    assert.deepEqual(language.extensions, ['.release', '.release.txt']);
    const grammarFile = readJson(grammar.path);
    assert.equal(grammarFile.scopeName, grammar.scopeName);
    for (const path of [language.configuration, language.icon.light, language.icon.dark, pkg.icon, 'media/speakers.svg']) {
      assert.ok(existsSync(join(root, path)), path);
    }
  });

  it('ships a 128×128 PNG extension icon', () => {
    const png = readFileSync(join(root, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('ships a monochrome view icon that follows the theme colour', () => {
    const svg = readFileSync(join(root, 'media/speakers.svg'), 'utf8');
    assert.match(svg, /currentColor/);
    assert.doesNotMatch(svg, /#[0-9a-f]{3,8}\b|rgb\(/i);
  });
});
