import * as assert from 'node:assert/strict';
import { cueAt } from '../../src/core/cues';
import { stream } from './helpers';


function cueOf(text: string, verb: string) {
  const s = stream(text);
  const cue = cueAt(s.tokens, s.index(verb), 0, s.tokens.length);
  return { cue, speaker: cue?.phrase ? s.slice(cue.phrase.first, cue.phrase.last) : null };
}

describe('cueAt', () => {
  it('finds the subject before the verb, skipping adverbs', () => {
    assert.equal(cueOf('Schumer today announced that it passed.', 'announced').speaker, 'Schumer');
  });

  it('reads no cue in a passive participle with its agent (`a decision criticised by the union`), but does in `said by phone`', () => {
    assert.equal(cueOf('It would cut jobs, a decision criticised by Jane Morgan of the Tenants Union.', 'criticised').cue, null);
    assert.equal(cueOf('Ann Lee said by phone that the road was closed.', 'said').speaker, 'Ann Lee');
  });

  it('reads a speech verb\'s `-s` form before a finite verb as a plural noun: `Corvane PLC shares fell`', () => {
    assert.equal(cueOf('Corvane PLC shares fell 18% on Thursday.', 'shares').cue, null);
    assert.equal(cueOf('Industry reports were mixed.', 'reports').cue, null);
    assert.equal(cueOf('Ann Lee notes the deal was late.', 'notes').speaker, 'Ann Lee');
  });

  it('gives a report at second hand to the passive\'s subject: `Ann Holt is understood to have told colleagues that …`', () => {
    assert.equal(cueOf('Ann Holt is understood to have told colleagues that the party would vote no.', 'told').speaker, 'Ann Holt');
    assert.equal(cueOf('Ann Holt is said to have warned that the party would split.', 'warned').speaker, 'Ann Holt');
    assert.equal(cueOf('Ann Holt wants to have said it first.', 'said').cue, null);
  });

  it('gives a participle the whole body\'s name opening the sentence: `The Royal College of Nursing has rejected …, saying …`', () => {
    assert.equal(cueOf('The Royal College of Nursing (RCN) has rejected the offer, saying it was too low.', 'saying').speaker, 'Royal College of Nursing');
  });

  it('skips a time phrase between the subject and the verb', () => {
    assert.equal(cueOf('The Ministry of Foreign Affairs on Tuesday confirmed that two citizens were held.', 'confirmed').speaker, 'The Ministry of Foreign Affairs');
    assert.equal(cueOf('Paul Smith on Monday night said the deal was off.', 'said').speaker, 'Paul Smith');
    assert.equal(cueOf('The company last week said profits would fall.', 'said').speaker, 'The company');
  });

  it('takes the name a source is identified as for the speaker', () => {
    assert.equal(cueOf('A mother of four, who asked to be identified only as Samira, said she had walked for nine days.', 'said').speaker, 'Samira');
  });

  it('does not take the state or country after a place set off by commas for the speaker', () => {
    assert.equal(cueOf('Denise Albright, of Marlow, Kentucky, said her lid burst.', 'said').speaker, 'Denise Albright');
    assert.equal(cueOf('Hestia Home Appliances, based in Larkfield, Ohio, said it was sorry.', 'said').speaker, 'Hestia Home Appliances');
    assert.equal(cueOf('Gladys Moore, who lives in Marlow, Kentucky, said her lid burst.', 'said').speaker, 'Gladys Moore');
    assert.equal(cueOf('Jane Doe of Marlow, Kentucky, said her lid burst.', 'said').speaker, 'Jane Doe');
    assert.equal(cueOf('The Secretary of State, Anna Holt, said the talks went well.', 'said').speaker, 'Anna Holt');
    // A name set off after a title that holds an organisation is still the speaker.
    assert.equal(cueOf('The head of NHS England, Amanda Pritchard, said the plan was fine.', 'said').speaker, 'Amanda Pritchard');
  });

  it('finds the subject after the verb', () => {
    const { cue, speaker } = cueOf('"Yes," said Senator Tim Scott.', 'said');
    assert.equal(speaker, 'Senator Tim Scott');
    assert.equal(cue?.inverted, true);
  });

  it('reaches over an apposition or a relative clause', () => {
    assert.equal(cueOf('Ann Cole, a spokeswoman for the city, said it was fine.', 'said').speaker, 'Ann Cole');
    assert.equal(cueOf('Ann Cole, who runs the office, said it was fine.', 'said').speaker, 'Ann Cole');
    assert.equal(cueOf('The study was funded by the Halden Youth Trust, which said it was delighted.', 'said').speaker, 'the Halden Youth Trust');
  });

  it('reads the base form as a present tense after a plural third-person subject only', () => {
    assert.equal(cueOf('Critics say the claims are overblown.', 'say').speaker, 'Critics');
    assert.equal(cueOf('They say the road is closed.', 'say').speaker, 'They');
    assert.equal(cueOf('We believe the road is closed.', 'believe').cue, null);
    assert.equal(cueOf('The mayor will say the road is closed.', 'say').cue, null);
  });

  it('gives an infinitive speech verb the subject of the past-tense verb that governs it, unless that verb declines to speak', () => {
    const interjected = cueOf('Mayor Rosalind Achebe interjected to say the council had approved a bond.', 'say');
    assert.equal(interjected.speaker, 'Mayor Rosalind Achebe');
    assert.equal(cueOf('Pike went on to add that the pipe was old.', 'add').speaker, 'Pike');
    assert.equal(cueOf('Pike declined to say whether the pipe was old.', 'say').cue, null);
    assert.equal(cueOf('It is too early to say whether the pipe was old.', 'say').cue, null);
  });

  it('gives a coordinated verb the unnamed group that opens the sentence', () => {
    assert.equal(cueOf('Officials declined to say whether the road would reopen, but said crews were working.', 'said').speaker, 'Officials');
  });

  it('gives a verb coordinated with a past-tense verb that verb\'s subject, after an opening phrase', () => {
    assert.equal(cueOf('Asked whether the fee was too high, she smiled and replied that strikers were never cheap.', 'replied').speaker, 'she');
    assert.equal(cueOf('Asked about it, Mayor Lund paused and said no.', 'said').speaker, 'Mayor Lund');
  });

  it('gives the person before a relative clause or an affiliation set off by commas, not the name inside it', () => {
    assert.equal(cueOf("Tom Lindqvist, who chairs the Harbourside Residents' Association, said the group grew.", 'said').speaker, 'Tom Lindqvist');
    assert.equal(cueOf('Football finance expert Priya Raman, of the University of Lowbridge, said the fee was high.', 'said').speaker, 'Priya Raman');
    assert.equal(cueOf('The sponsor, state Sen. Dale Hunt, said the bill would pass.', 'said').speaker, 'Sen. Dale Hunt');
  });

  it('gives the person, not the organisation, when a title with its organisation is set off after the name', () => {
    assert.equal(cueOf('Jane Doe, Chief Executive of Acme, said the deal was done.', 'said').speaker, 'Jane Doe');
    assert.equal(cueOf('Commenting on the deal, Tor Evensen, Chief Executive Officer of Halvern, said the deal was done.', 'said').speaker, 'Tor Evensen');
    assert.equal(cueOf('The company, Brightwater Industries, said the deal was done.', 'said').speaker, 'Brightwater Industries');
  });

  it('gives a coordinated speech verb the person after a body and a lower-case title, not the body (`Transit Authority spokesperson Kevin Park declined … but said`)', () => {
    const { speaker } = cueOf('Harbour Board spokeswoman Tina Moala declined to comment on the tender but said the wharf would reopen.', 'said');
    assert.ok(speaker && speaker.includes('Tina Moala'), String(speaker));
  });

  it('gives the person when a capitalised title with no name in it is set off after the name (`Additional Commissioner`, `Joint Director of …`)', () => {
    assert.equal(cueOf('Mr. Vikram Sethi, Additional Commissioner, said the camps would close.', 'said').speaker, 'Mr. Vikram Sethi');
    assert.equal(cueOf('Dr. Leela Nair, Deputy Director of Public Instruction, said the exams would go ahead.', 'said').speaker, 'Dr. Leela Nair');
  });

  it('gives a coordinated verb the name set off after an opening description, not a name inside its of-phrase', () => {
    const text = 'The leader of the Conservative group, Councillor Frances Abel (Eastgate), said her members would back the plan but warned that costs would rise.';
    assert.equal(cueOf(text, 'warned').speaker, 'Councillor Frances Abel');
    assert.equal(cueOf('The spokesman for the Harbour Trust backed the plan but warned that costs would rise.', 'warned').speaker, 'The spokesman');
  });

  it('reads a possessive right before `said` as a name, but not before an adjectival participle', () => {
    assert.equal(cueOf("Hallworth's said the drones cut errors.", 'said').speaker, "Hallworth's");
    assert.equal(cueOf("Regarding Justice Breyer's announced retirement, she was silent.", 'announced').cue?.phrase ?? null, null);
  });

  it('gives a participle after a comma the main clause subject', () => {
    assert.equal(cueOf('Lund agreed, stressing that it matters.', 'stressing').speaker, 'Lund');
  });

  it('gives the verb the description before a restrictive relative clause with no comma', () => {
    assert.equal(cueOf('A cyclist who was riding behind the van and asked not to be named said the driver braked hard.', 'said').speaker, 'A cyclist');
    assert.equal(cueOf('Two nurses who work nights said the ward was understaffed.', 'said').speaker, 'Two nurses');
  });

  it('gives a participle the name that opens the sentence across a bracketed party and state', () => {
    assert.equal(cueOf('Rep. Ann Cole (D-Maine) took a harder line, insisting that fares must fall.', 'insisting').speaker, 'Rep. Ann Cole');
  });

  it('reads `according to`, and ignores passives and capitalised non-verbs', () => {
    assert.equal(cueOf('According to Dr. Eve Lund, it peaked.', 'According').speaker, 'Dr. Eve Lund');
    assert.equal(cueOf('It was announced that prices rose.', 'announced').cue, null);
    assert.equal(cueOf('Max Said arrived.', 'Said').cue, null);
  });

  it('reads the banks that ran a deal as a source after `according to`', () => {
    assert.equal(cueOf('The bonds were oversubscribed, according to the joint bookrunners.', 'according').speaker, 'the joint bookrunners');
  });

  it('never reads the object of a naming participle as a speaker after its verb', () => {
    assert.equal(cueOf('The device, called the Orbis Fold, will cost $1,999.', 'called').speaker, null);
    assert.equal(cueOf('The charity, dubbed Hope Street, will open a shelter.', 'dubbed').speaker, null);
  });

  it('gives `was quoted … as saying` to the subject of the passive', () => {
    assert.equal(cueOf('Chief executive Paolo Venturi was quoted by Corriere della Sera as saying the group would cut jobs.', 'saying').speaker, 'Chief executive Paolo Venturi');
    assert.equal(cueOf('Jane Doe was quoted as saying that talks had broken down.', 'saying').speaker, 'Jane Doe');
    assert.equal(cueOf('A statement from the agency quoted Mike Ochoa as saying that staff would arrive.', 'saying').speaker, 'Mike Ochoa');
    assert.equal(cueOf('The paper described it as saying nothing new.', 'saying').cue, null);
  });

  it('needs the particle of a phrasal verb', () => {
    assert.equal(cueOf('Doe pointed out that costs rose.', 'pointed').speaker, 'Doe');
    assert.equal(cueOf('Doe pointed at the map.', 'pointed').cue, null);
  });
});
