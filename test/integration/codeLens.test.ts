import * as assert from 'node:assert/strict';
import { cliAnnotation, lensTitles, openInEditor, SEED, SEED_QUOTE, SEED_SPEAKER, speakerOf, statementStartingWith, withSetting } from './helpers';

describe('code lenses', () => {
  it('show one lens per statement, naming its speaker', async () => {
    const document = await openInEditor(SEED);
    const annotation = cliAnnotation(SEED);
    const lenses = await lensTitles(document.uri);
    assert.equal(lenses.length, annotation.statements.length);
    for (const statement of annotation.statements) {
      const line = document.positionAt(statement.start).line;
      const speaker = speakerOf(annotation, statement);
      const expected = speaker ? speaker.name : statement.speakerMention ? 'unnamed' : 'unattributed';
      assert.ok(
        lenses.some((lens) => lens.line === line && lens.title.startsWith('— ') && lens.title.includes(expected)),
        `no lens on line ${line + 1} mentions "${expected}": ${JSON.stringify(lenses.filter((lens) => lens.line === line))}`,
      );
    }
  });

  it(`name ${SEED_SPEAKER} and the cue on the "${SEED_QUOTE}" quote`, async () => {
    const document = await openInEditor(SEED);
    const statement = statementStartingWith(cliAnnotation(SEED), SEED_QUOTE);
    const line = document.positionAt(statement.start).line;
    const titles = (await lensTitles(document.uri)).filter((lens) => lens.line === line).map((lens) => lens.title);
    assert.ok(titles.some((title) => title.startsWith(`— ${SEED_SPEAKER}`)), JSON.stringify(titles));
    assert.ok(statement.cue, 'the engine finds the cue of the seed quote');
    assert.ok(titles.some((title) => title.endsWith(`· ${statement.cue?.text}`)), JSON.stringify(titles));
  });

  it('disappear when statementLens.codeLens.enabled is false', async () => {
    const document = await openInEditor(SEED);
    assert.ok((await lensTitles(document.uri)).length > 0);
    await withSetting('statementLens.codeLens.enabled', false, async () => {
      assert.deepEqual(await lensTitles(document.uri), []);
    });
    assert.ok((await lensTitles(document.uri)).length > 0);
  });
});
