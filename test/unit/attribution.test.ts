import * as assert from 'node:assert/strict';
import { attributionSentence, colonLead, endsTerminal, isTitleCase, leadingCue, startsUpper, trailingCue, wordCount } from '../../src/core/attribution';
import { stream } from './helpers';


function speakerOf(s: ReturnType<typeof stream>, attribution: ReturnType<typeof trailingCue>): string | null {
  const phrase = attribution?.cue.phrase;
  return phrase ? s.slice(phrase.first, phrase.last) : null;
}

describe('attribution sieves', () => {
  it('reads trailing cues: name-verb, verb-name, dash', () => {
    for (const [text, speaker] of [['"Go," Doe said.', 'Doe'], ['"Go," said Jane Doe.', 'Jane Doe'], ['"Go." — Jane Doe, mayor', 'Jane Doe'], ['"Go," the Tory leader, Graham Pell, said.', 'Graham Pell']]) {
      const s = stream(text);
      assert.equal(speakerOf(s, trailingCue(s.tokens, 0, 0, s.sentences[0].last)), speaker);
    }
  });

  it('does not take a later clause for a trailing cue', () => {
    const s = stream('"Go," and then the crowd left as Doe said.');
    assert.equal(trailingCue(s.tokens, 0, 0, s.sentences[0].last), null);
  });

  it('reads leading cues with a colon or a comma', () => {
    const s = stream('Mayor Doe told the crowd: "Go home."');
    const qi = s.tokens.findIndex((t) => t.kind === 'q');
    assert.equal(speakerOf(s, leadingCue(s.tokens, qi, 0)), 'Mayor Doe');
  });

  it('recognises a sentence that only attributes, and one that reports', () => {
    const only = stream('Shoigu told Rossiya 24 TV.');
    assert.ok(attributionSentence(only.tokens, only.sentences[0]));
    const report = stream('Shoigu said talks were going well.');
    assert.equal(attributionSentence(report.tokens, report.sentences[0]), null);
  });

  it('reads colon lead-ins and subheads', () => {
    const lead = stream('Leader Ann Fox delivered these remarks:');
    assert.equal(speakerOf(lead, colonLead(lead.tokens, lead.sentences[0])), 'Leader Ann Fox');
    const subhead = stream('Ann Fox, CEO of Acme:');
    assert.equal(speakerOf(subhead, colonLead(subhead.tokens, subhead.sentences[0])), 'Ann Fox');
    const topic = stream('On the budget:');
    assert.equal(colonLead(topic.tokens, topic.sentences[0]), null);
  });

  it('reads a label that attributes the quotations below it', () => {
    const label = stream('Quotes attributable to Western Sydney Business Chamber CEO Adrian Hollis:');
    const phrase = colonLead(label.tokens, label.sentences[0])?.cue.phrase;
    assert.equal(phrase && label.slice(phrase.nameFirst, phrase.nameLast), 'Adrian Hollis');
    const plain = stream('Quotes from the meeting:');
    assert.notEqual(colonLead(plain.tokens, plain.sentences[0])?.rule, 'quotations attributed in a label');
  });

  it('measures quotation text without allocating', () => {
    assert.equal(wordCount('It’s a well-known fact.', 0, 23, 10), 4);
    assert.equal(isTitleCase('The Story with Martha Lane', 0, 26), true);
    assert.equal(isTitleCase('The story goes on', 0, 17), false);
    assert.equal(startsUpper('... Yes', 0, 7), true);
    assert.equal(endsTerminal('done.)', 0, 6), true);
  });
});
