import * as assert from 'node:assert/strict';
import { DESCRIPTION_HEADS, inflect, Lexicon, TITLE_WORDS } from '../../src/core/lexicon';

describe('Lexicon', () => {
  it('inflects regular and irregular speech verbs', () => {
    assert.deepEqual(inflect('say'), ['say', 'said', 'says', 'saying']);
    assert.deepEqual(inflect('admit'), ['admit', 'admits', 'admitted', 'admitting']);
    assert.deepEqual(inflect('note'), ['note', 'notes', 'noted', 'noting']);
    assert.deepEqual(inflect('testify'), ['testify', 'testifies', 'testified', 'testifying']);
    assert.deepEqual(inflect('stress'), ['stress', 'stresses', 'stressed', 'stressing']);
    // `quip` doubles its consonant though its vowel follows a `u`; `murmur` does not, its stress being on the first syllable.
    assert.deepEqual(inflect('quip'), ['quip', 'quips', 'quipped', 'quipping']);
    assert.deepEqual(inflect('murmur'), ['murmur', 'murmurs', 'murmured', 'murmuring']);
  });

  it('knows the verbs features attribute quotations with: hinted, fumed, yelled, muttered', () => {
    const lexicon = new Lexicon();
    for (const form of ['hinted', 'enthused', 'fumed', 'snapped', 'yelled', 'murmured', 'muttered', 'quipped']) assert.ok(lexicon.verb(form)?.finite, form);
  });

  it('inflects verbs ending in -el and -al in both American and British spelling', () => {
    assert.ok(inflect('label').includes('labeled') && inflect('label').includes('labelled'));
    assert.ok(inflect('signal').includes('signaled') && inflect('signal').includes('signalled'));
    assert.equal(new Lexicon().verb('labeled')?.naming, true);
  });

  it('knows the British `-iser` spelling of every `-izer` title and description', () => {
    for (const words of [TITLE_WORDS, DESCRIPTION_HEADS]) {
      for (const word of words) if (word.endsWith('izer')) assert.ok(words.has(word.replace(/izer$/, 'iser')), word);
    }
    assert.ok(TITLE_WORDS.has('organiser') && DESCRIPTION_HEADS.has('organiser'));
  });

  it('knows finite forms, participles and verb classes', () => {
    const lex = new Lexicon();
    assert.equal(lex.verb('said')?.finite, true);
    assert.equal(lex.verb('say')?.finite, false);
    assert.equal(lex.verb('adding')?.gerund, true);
    assert.equal(lex.verb('told')?.object, true);
    assert.equal(lex.verb('recalled')?.memory, true);
    assert.equal(lex.verb('emphasised')?.base, 'emphasise');
    assert.equal(lex.verb('table'), undefined);
  });

  it('adds extra verbs given as base forms or inflections', () => {
    const lex = new Lexicon(['opine', 'Quipped']);
    assert.equal(lex.verb('opined')?.finite, true);
    assert.equal(lex.verb('quipped')?.finite, true);
  });
});
