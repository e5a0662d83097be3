import assert from 'node:assert/strict';
import { AnnotationIndex } from '../../src/extension/model/annotationIndex';
import { mentionHover, statementHover } from '../../src/extension/model/hoverText';
import { annotation } from './extension-fixture';

describe('extension hover text', () => {
  const data = annotation();
  const index = new AnnotationIndex(data);
  const uri = 'file:///w/x.release';

  it('shows who, cue, kind, rule and mention, count, and a link to change the speaker', () => {
    const md = statementHover(data.statements[1], index, uri);
    assert.match(md, /\*\*Sergey Shoigu\*\*, Russian Defense Minister/);
    assert.match(md, /direct quote/);
    assert.match(md, /cue \*\*told\*\*/);
    assert.match(md, /trailing attribution/);
    assert.match(md, /resting on “Shoigu”/);
    assert.match(md, /has 3 statements in this release/);
    const link = /\[Change speaker…\]\(command:statementLens\.setSpeaker\?([^)]*)\)/.exec(md);
    assert.ok(link, md);
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1])), [uri, data.statements[1].start]);
  });

  it('offers "Set speaker…" and no clear link for an unattributed statement', () => {
    const md = statementHover(data.statements[3], index, uri);
    assert.match(md, /unattributed/);
    assert.match(md, /\[Set speaker…\]\(command:statementLens\.setSpeaker/);
    assert.doesNotMatch(md, /clearSpeaker/);
  });

  it('escapes markdown in text from the release', () => {
    const tricky = { ...data.speakers[1], name: 'A [link](http://x) *b*' };
    const md = mentionHover(tricky, false, new AnnotationIndex({ ...data, speakers: [data.speakers[0], tricky] }));
    assert.doesNotMatch(md, /\[link\]\(http/);
    assert.match(md, /\\\[link\\\]/);
  });

  it('lists the statements of a mentioned speaker, and says when a pronoun was resolved', () => {
    const md = mentionHover(data.speakers[0], true, index);
    assert.match(md, /resolved pronoun/);
    assert.match(md, /3 statements:/);
    assert.match(md, /line 4: “We are approaching an alternative,”/);
    assert.equal((md.match(/^- line/gm) ?? []).length, 3);
  });
});
