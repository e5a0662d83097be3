import * as assert from 'node:assert/strict';
import { phraseAfter, phraseBefore } from '../../src/core/mentions';
import { stream } from './helpers';

describe('mentions', () => {
  it('splits a title from a name before the verb', () => {
    const { tokens, index, slice } = stream('Russian Defense Minister Sergey Shoigu said yesterday.');
    const phrase = phraseBefore(tokens, index('said'), 0);
    assert.ok(phrase && phrase.kind === 'name');
    assert.equal(slice(phrase.nameFirst, phrase.nameLast), 'Sergey Shoigu');
    assert.equal(slice(phrase.first, phrase.nameFirst), 'Russian Defense Minister');
  });

  it('reads a role with its team (`the Rovers boss`) and an age (`the 24-year-old`) as descriptions of a person', () => {
    for (const [text, head] of [['"Yes," the Rovers boss said.', 'boss'], ['"Yes," the 24-year-old said.', '24-year-old'], ['The GAO report said so.', 'report']]) {
      const { tokens, index } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase?.head, head);
      assert.equal(phrase?.kind, head === 'report' ? 'name' : 'description', text);
    }
  });

  it('reads a spokesperson for a described company as an unnamed source, as one for the company alone', () => {
    for (const text of ['A spokesperson for developer Castlegate Homes said so.', 'A spokeswoman for the retailer Halden said so.']) {
      const { tokens, index } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase?.kind, 'description', text);
      assert.equal(phrase?.indefinite, true, text);
    }
  });

  it('keeps a body\'s name whole after `the` though it opens with a head word: `the International Wetlands Panel`', () => {
    const { tokens, index, slice } = stream('Wetlands could be lost, a report by the International Wetlands Panel said.');
    const phrase = phraseBefore(tokens, index('said'), 0);
    assert.ok(phrase && phrase.kind === 'name');
    assert.equal(slice(phrase.nameFirst, phrase.nameLast), 'International Wetlands Panel');
  });

  it('reads a party before a name as its title: `Conservative James Holloway`', () => {
    const { tokens, index, slice } = stream('Conservative James Holloway said taxes would fall.');
    const phrase = phraseBefore(tokens, index('said'), 0);
    assert.ok(phrase && phrase.kind === 'name');
    assert.equal(slice(phrase.nameFirst, phrase.nameLast), 'James Holloway');
  });

  it('reads `the mayor of Dunmore` as a description of an office holder, not a person named Dunmore', () => {
    for (const [text, head] of [['The mayor of Dunmore said so.', 'mayor'], ['The chief executive of Acme said so.', 'executive'], ['The Mayor of New York said so.', 'mayor'], ['The leader of Kellsbridge District Council said so.', 'leader']]) {
      const { tokens, index } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase?.kind, 'description', text);
      assert.equal(phrase?.head, head, text);
    }
    for (const text of ['Mayor of London Sadiq Khan said so.', 'The Mayor of London Sadiq Khan said so.']) {
      const { tokens, index, slice } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.ok(phrase && phrase.kind === 'name', text);
      assert.equal(slice(phrase.nameFirst, phrase.nameLast), 'Sadiq Khan', text);
    }
  });

  it('ends a person\'s name before `of the` and the organisation after it', () => {
    const { tokens, index, slice } = stream('"It is bad," said Jane Doe of the Green League.');
    const phrase = phraseAfter(tokens, index('said') + 1, tokens.length);
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Jane Doe');
    assert.equal(phrase?.organization, false);
  });

  it('reads lower-case words between a capitalised adjective and a title after the verb', () => {
    const { tokens, index, slice } = stream('"We are close," said German finance minister Katrin Vogel.');
    const phrase = phraseAfter(tokens, index('said') + 1, tokens.length);
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Katrin Vogel');
    assert.equal(phrase && slice(phrase.first, phrase.nameFirst), 'German finance minister');
  });

  it("keeps a plural possessive inside an organisation's name, but not a possessor before it", () => {
    const name = (text: string) => {
      const { tokens, index, slice } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      return phrase && slice(phrase.nameFirst, phrase.nameLast);
    };
    assert.equal(name("Water is short, the United Nations Children's Relief Fund said today."), "United Nations Children's Relief Fund");
    assert.equal(name("Water is short, Russia's Defence Ministry said today."), 'Defence Ministry');
  });

  it('splits the title of a member of parliament or a co-author from the name (`MP`, `MEP`, `MSP`, `Co-author`)', () => {
    for (const title of ['MP', 'MEP', 'MSP', 'Co-author']) {
      const { tokens, index, slice } = stream(`Labour ${title} Jess Ford said it would fail.`);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Jess Ford', title);
    }
  });

  it('reads a body after a capitalised compound such as `SNP-led` as a description, naming no organisation', () => {
    for (const text of ['The SNP-led administration said the cuts were needed.', 'The Labour-run council said the cuts were needed.']) {
      const { tokens, index } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase?.kind, 'description', text);
    }
  });

  it('splits a school year or `Pupil` from the name after it (`Senior Ethan Brandt`, `Sophomore Ava Lin`)', () => {
    for (const title of ['Senior', 'Sophomore', 'Freshman', 'Pupil']) {
      const { tokens, index, slice } = stream(`${title} Maya Ortiz said the bus was late.`);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Maya Ortiz', title);
    }
  });

  it('splits an Indian administrative or police title from the name (`District Collector`, `Corporator`, `Sub-Inspector`)', () => {
    for (const title of ['District Collector', 'Corporator', 'Tahsildar', 'Sub-Inspector']) {
      const { tokens, index, slice } = stream(`${title} Kavya Reddy said the relief camps would close.`);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Kavya Reddy', title);
    }
  });

  it('splits a rural trade from the name after it (`Grazier Bill Tarrant`, `Orchardist Mere Walker`)', () => {
    for (const title of ['Grazier', 'Orchardist', 'Vigneron', 'Pastoralist']) {
      const { tokens, index, slice } = stream(`${title} Hana Pirika said the hail had stripped the vines.`);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Hana Pirika', title);
    }
  });

  it("takes the person before `of` and a possessor's institution for the speaker", () => {
    const { tokens, index, slice } = stream("Pediatrician Dr. Sanjay Mehta of Toronto's Children's Hospital said bead hazards were common.");
    const phrase = phraseBefore(tokens, index('said'), 0);
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Sanjay Mehta');
  });

  it('names a body of a state from its nationality to its head, not from the nationality alone', () => {
    const before = stream('The French foreign ministry said.');
    const ministry = phraseBefore(before.tokens, before.index('said'), 0);
    assert.equal(ministry && before.slice(ministry.nameFirst, ministry.nameLast), 'French foreign ministry');
    assert.equal(ministry?.organization, true);
    const after = stream('According to the Borvanian health ministry, prices rose.');
    const health = phraseAfter(after.tokens, 2, after.tokens.length);
    assert.equal(health && after.slice(health.nameFirst, health.nameLast), 'Borvanian health ministry');
    const bare = stream('The French government said.');
    const government = phraseBefore(bare.tokens, bare.index('said'), 0);
    assert.equal(government && bare.slice(government.nameFirst, government.nameLast), 'French government');
    // A nationality before any other body describes one named before: `the Dutch club`.
    const club = stream('The Dutch club said.');
    assert.equal(phraseBefore(club.tokens, club.index('said'), 0)?.kind, 'description');
    // A name right before the head still speaks for it: `the GAO report`, `the Albanese government`.
    const gao = stream('The GAO report said.');
    assert.equal(phraseBefore(gao.tokens, gao.index('said'), 0)?.kind, 'name');
  });

  it('reads a place after the body a described person speaks for (`a spokeswoman for the hospice in Leeds`) as part of the description', () => {
    const { tokens, index, slice } = stream('A spokeswoman for the hospice in Leeds said the ward would reopen.');
    const phrase = phraseBefore(tokens, index('said'), 0);
    assert.equal(phrase?.kind, 'description');
    assert.equal(phrase && slice(phrase.first, phrase.last), 'A spokeswoman for the hospice in Leeds');
  });

  it('reads no speaker after a verb from a phrase that opens with a link word (`wrote on X:`, `posted on Facebook`)', () => {
    const { tokens, index } = stream('Kim Pardo, who voted no, wrote on X: "We will repeal it."');
    assert.equal(phraseAfter(tokens, index('wrote') + 1, tokens.length), null);
  });

  it('leaves a capitalised compound ending in a lower-case word (`Second-placed`, `Dutch-born`) out of the name after it, but not a hyphenated first name', () => {
    for (const [text, name] of [['Second-placed Lars Holm said.', 'Lars Holm'], ['Dutch-born Anna Berg said.', 'Anna Berg'], ['Jean-Luc Moreau said.', 'Jean-Luc Moreau']]) {
      const { tokens, index, slice } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), name);
    }
  });

  it('does not take a relative `that` before a name for its determiner', () => {
    const { tokens, index, slice } = stream('The pauses that Shoigu had announced are not working.');
    const phrase = phraseBefore(tokens, index('had'), 0);
    assert.equal(phrase && slice(phrase.first, phrase.last), 'Shoigu');
  });

  it('reads lower-case titles and a party label', () => {
    const { tokens, index, slice } = stream('State Department spokeswoman Ann Lee (D-Ohio) said.');
    const phrase = phraseBefore(tokens, index('said'), 0);
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Ann Lee');
  });

  it('takes the final words as the name after a long title with `of`', () => {
    const { tokens, index, slice } = stream('said Superintendent of Public Instruction Tony Reyes.');
    const phrase = phraseAfter(tokens, index('said') + 1, tokens.length);
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Tony Reyes');
  });

  it('stops a name at `of`: `Rep. John Culver of Iowa`', () => {
    const { tokens, index, slice } = stream('said Rep. John Culver of Iowa.');
    const phrase = phraseAfter(tokens, index('said') + 1, tokens.length);
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'John Culver');
  });

  it('runs an untitled organisation\'s name through its `and`, but not a titled person\'s name', () => {
    for (const [text, name] of [
      ['The Irish Nurses and Midwives Organisation said pay was low.', 'Irish Nurses and Midwives Organisation'],
      ["The Transport and Allied Workers' Union said pay was low.", "Transport and Allied Workers' Union"],
      ['The Health and Safety Executive said falls were rising.', 'Health and Safety Executive'],
      ['Health and Safety Executive Jane Doe said falls were rising.', 'Jane Doe'],
      ['Mayor Jane Doe of the City Council said pay was low.', 'Jane Doe'],
    ]) {
      const { tokens, index, slice } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), name);
    }
  });

  it('reads a word for a kind of person before a full name as a role (`Neighbour Carla Stevens`), not an organisation\'s first word', () => {
    for (const [text, name] of [
      ['Neighbour Carla Stevens said she heard a bang.', 'Carla Stevens'],
      ['Parent Tom Gallagher says the trip is long.', 'Tom Gallagher'],
      ['Union Pacific Railroad said the line was closed.', 'Union Pacific Railroad'],
      ['Patient Safety Council said the line was closed.', 'Patient Safety Council'],
    ]) {
      const { tokens, index, slice } = stream(text);
      const phrase = phraseBefore(tokens, index(text.includes('says') ? 'says' : 'said'), 0);
      assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), name);
    }
  });

  it('takes no word for a pronoun because it names a property of every object', () => {
    // `constructor` and `toString` exist on Object.prototype: a lookup table that is a plain object finds them.
    for (const word of ['constructor', 'tostring', 'valueof']) {
      const { tokens } = stream(`the ${word} said`);
      assert.notEqual(phraseBefore(tokens, 2, 0)?.kind, 'pronoun', word);
    }
  });

  it('reads a bare group with the modifiers that open its clause: `Federal prosecutors`, `City police`, `Board staff`', () => {
    for (const [text, speaker] of [['Federal prosecutors said', 'Federal prosecutors'], ['City police said', 'City police'], ['Board staff said', 'Board staff'], ['He left, state police said', 'state police']]) {
      const { tokens, slice } = stream(text);
      const phrase = phraseBefore(tokens, tokens.length - 1, 0);
      assert.equal(phrase?.kind, 'description', text);
      assert.equal(phrase && slice(phrase.first, phrase.last), speaker, text);
    }
    // Modifiers that do not open the clause belong to something else.
    const { tokens, slice } = stream('In Ohio police said');
    const phrase = phraseBefore(tokens, 3, 0);
    assert.equal(phrase && slice(phrase.first, phrase.last), 'police');
  });

  it('reads a clause-opening `a`/`one` with any noun before the verb as an unnamed source, and nothing mid-clause', () => {
    for (const [text, source] of [['One senior backbencher told', 'One senior backbencher'], ['A longtime regular said', 'A longtime regular'], ['Prices rose, a local baker said', 'a local baker']]) {
      const { tokens, slice } = stream(text);
      const phrase = phraseBefore(tokens, tokens.length - 1, 0);
      assert.equal(phrase?.kind, 'description', text);
      assert.equal(phrase && slice(phrase.first, phrase.last), source, text);
    }
    const { tokens } = stream('He bought a bakery said');
    assert.equal(phraseBefore(tokens, 4, 0), null);
  });

  it('tells pronouns, definite and indefinite descriptions and organisations apart', () => {
    const he = stream('he said');
    assert.equal(phraseBefore(he.tokens, 1, 0)?.kind, 'pronoun');
    const witness = stream('a witness said');
    const description = phraseBefore(witness.tokens, 2, 0);
    assert.equal(description?.kind, 'description');
    assert.equal(description?.indefinite, true);
    const ministry = stream('the Foreign Ministry said');
    const org = phraseBefore(ministry.tokens, 3, 0);
    assert.equal(org?.kind, 'name');
    assert.equal(org?.organization, true);
  });

  it('reads a member of a described body as an unnamed source, whatever the body', () => {
    for (const [text, expected] of [
      ['A spokesperson for the utility said', 'A spokesperson for the utility'],
      ['The director of the museum said', 'The director of the museum'],
    ]) {
      const { tokens, index, slice } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase?.kind, 'description', text);
      assert.equal(phrase?.organization, false, text);
      assert.equal(phrase && slice(phrase.first, phrase.last), expected);
    }
  });

  it('reads a bare plural after `according to` as an unnamed group', () => {
    const { tokens, index, slice } = stream('according to analysts at Baird, prices will rise.');
    const phrase = phraseAfter(tokens, index('to') + 1, tokens.length);
    assert.equal(phrase?.kind, 'description');
    assert.equal(phrase && slice(phrase.first, phrase.last), 'analysts');
  });

  it('reads the author of a statement or a note after `according to`', () => {
    const { tokens, index, slice } = stream('according to a joint statement from hospital president Laura Finch.');
    const phrase = phraseAfter(tokens, index('to') + 1, tokens.length);
    assert.equal(phrase?.kind, 'name');
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Laura Finch');
    const filing = stream('according to a filing with regulators.');
    assert.equal(phraseAfter(filing.tokens, filing.index('to') + 1, filing.tokens.length)?.kind, 'description');
  });

  it('reads `X\'s office` and `X\'s campaign` as X', () => {
    const { tokens, index, slice } = stream("Mayor Linda Chu's office said.");
    const phrase = phraseBefore(tokens, index('said'), 0);
    assert.equal(phrase?.kind, 'name');
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), "Linda Chu's");
    assert.equal(phrase && slice(phrase.first, phrase.last), "Mayor Linda Chu's office");
  });

  it('reads `his campaign` / `her office` as the pronoun of the person they speak for', () => {
    for (const [text, head] of [['Brennan lost, his campaign said.', 'he'], ['Her office said.', 'she']]) {
      const { tokens, index } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase?.kind, 'pronoun', text);
      assert.equal(phrase?.head, head, text);
    }
  });

  it('reads an anonymous source with its qualifier: `familiar with`, `close to`', () => {
    for (const [text, source] of [['Talks stalled, two diplomats familiar with the talks said.', 'two diplomats familiar with the talks'], ['A source close to the negotiations said no.', 'A source close to the negotiations']]) {
      const { tokens, index, slice } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase?.kind, 'description');
      assert.equal(phrase?.indefinite, true);
      assert.equal(phrase && slice(phrase.first, phrase.last), source);
    }
  });

  it('reads a description with a possessor, and a plural group with adjectives after `according to`', () => {
    const possessed = stream("Acme's chief economist said.");
    const captain = phraseBefore(possessed.tokens, possessed.index('said'), 0);
    assert.equal(captain?.kind, 'description');
    assert.equal(captain && possessed.slice(captain.first, captain.last), "Acme's chief economist");
    const state = stream("Italy's civil protection agency said.");
    const agency = phraseBefore(state.tokens, state.index('said'), 0);
    assert.equal(agency?.kind, 'description');
    assert.equal(agency && state.slice(agency.first, agency.last), "Italy's civil protection agency");
    const group = stream('according to local authorities.');
    const authorities = phraseAfter(group.tokens, group.index('to') + 1, group.tokens.length);
    assert.equal(authorities?.kind, 'description');
    assert.equal(authorities && group.slice(authorities.first, authorities.last), 'local authorities');
  });

  it('keeps lower-case particles inside names', () => {
    const before = stream('President Ursula von der Leyen said.');
    const leyen = phraseBefore(before.tokens, before.index('said'), 0);
    assert.equal(leyen && before.slice(leyen.nameFirst, leyen.nameLast), 'Ursula von der Leyen');
    const after = stream('said Crown Prince Mohammed bin Salman.');
    const salman = phraseAfter(after.tokens, 1, after.tokens.length);
    assert.equal(salman && after.slice(salman.nameFirst, salman.nameLast), 'Mohammed bin Salman');
  });

  it('does not take a place inside an unnamed source\'s qualifier for the speaker', () => {
    const { tokens, index, slice } = stream('Tenants on the Ashgrove estate in Northfleet said.');
    const phrase = phraseBefore(tokens, index('said'), 0);
    assert.equal(phrase?.kind, 'description');
    assert.equal(phrase && slice(phrase.first, phrase.last), 'Tenants on the Ashgrove estate in Northfleet');
  });

  it('reads a person before `of the University` as the person, before or after the verb', () => {
    const { tokens, slice } = stream('said Professor Anna Ricci of the University of Bologna.');
    const phrase = phraseAfter(tokens, 1, tokens.length);
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Anna Ricci');
    assert.equal(phrase?.organization, false);
    const before = stream('Keisha Latimer of the Riverton Riders Union said.');
    const subject = phraseBefore(before.tokens, before.index('said'), 0);
    assert.equal(subject && before.slice(subject.nameFirst, subject.nameLast), 'Keisha Latimer');
  });

  it('reads an organisation named with `of` whole, and a title with `of` before a person', () => {
    for (const [text, name, organization] of [
      ['The Department of Justice said.', 'Department of Justice', true],
      ['The Royal College of Nursing said.', 'Royal College of Nursing', true],
      ['Bank of England Governor Andrew Bailey said.', 'Andrew Bailey', false],
      ['Ministry of Foreign Affairs spokesperson Mao Ning said.', 'Mao Ning', false],
    ] as const) {
      const { tokens, index, slice } = stream(text);
      const phrase = phraseBefore(tokens, index('said'), 0);
      assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), name);
      assert.equal(phrase?.organization, organization);
    }
  });

  it('splits a news role off a name at a sentence start', () => {
    for (const role of ['Comedian', 'Striker', 'Chef', 'Candidate']) {
      const { tokens, index, slice } = stream(`${role} Dev Patel tweeted.`);
      const phrase = phraseBefore(tokens, index('tweeted'), 0);
      assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Dev Patel', role);
    }
  });

  it('treats a report naming its organisation as that organisation', () => {
    const { tokens, index, slice } = stream('The latest GAO report found that costs rose.');
    const phrase = phraseBefore(tokens, index('found'), 0);
    assert.equal(phrase?.organization, true);
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'GAO');
  });

  it('does not take a possessor or a sentence opener for a subject', () => {
    const possessive = stream('regarding Justice Breyer’s announced retirement');
    assert.equal(phraseBefore(possessive.tokens, possessive.index('announced'), 0), null);
    const opener = stream('However said nothing');
    assert.equal(phraseBefore(opener.tokens, 1, 0), null);
  });

  it('reads a surname that is also a title word: `Stacy Dean`', () => {
    const { tokens, index, slice } = stream('said Deputy Under Secretary Stacy Dean.');
    const phrase = phraseAfter(tokens, index('said') + 1, tokens.length);
    assert.equal(phrase?.kind, 'name');
    assert.equal(phrase && slice(phrase.nameFirst, phrase.nameLast), 'Stacy Dean');
  });
});
