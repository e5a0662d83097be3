import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

interface Found {
  kind: string;
  text: string;
  speaker: string | null;
}

/** The statements of a text as (kind, text, speaker name) triples, for readable assertions. */
function found(text: string, extraSpeechVerbs: string[] = []): Found[] {
  const annotation = analyze(text, { extraSpeechVerbs });
  const names = new Map(annotation.speakers.map((s) => [s.id, s.name]));
  return annotation.statements.map((s) => ({ kind: s.kind, text: s.text, speaker: s.speakerId ? names.get(s.speakerId) ?? null : null }));
}

function one(text: string, fragment: string): Found {
  const hit = found(text).find((s) => s.text.includes(fragment));
  assert.ok(hit, `no statement containing ${JSON.stringify(fragment)} in ${JSON.stringify(found(text))}`);
  return hit;
}

describe('analyze', () => {
  describe('quotation marks', () => {
    it('reads straight, curly, guillemet and low-high quotations', () => {
      for (const [open, close] of [['"', '"'], ['“', '”'], ['«', '»'], ['„', '“']]) {
        const text = `${open}We will rebuild the harbour before winter,${close} Mayor Ana Lopez said.`;
        const hit = one(text, 'rebuild the harbour');
        assert.equal(hit.kind, 'direct');
        assert.equal(hit.speaker, 'Ana Lopez');
        assert.equal(hit.text, 'We will rebuild the harbour before winter,');
      }
    });

    it('keeps a quotation that runs across a line break whole', () => {
      const hit = one('"The bridge will open in May and the ferry\nwill stop in June," Director Sam Okafor said.', 'ferry');
      assert.ok(hit.text.endsWith('stop in June,'));
      assert.equal(hit.speaker, 'Sam Okafor');
    });

    it('does not take apostrophes for quotation marks', () => {
      const text = 'Norway’s minister said the fleet’s ’90s boats and the sailors’ rock ’n’ roll band would stay.';
      assert.equal(found(text).filter((s) => s.kind !== 'indirect').length, 0);
    });

    it('reads British single quotation marks, interrupted', () => {
      const statements = found("'We want more firms like this,' Mr Sunak told the BBC. 'They create good jobs.'");
      assert.deepEqual(statements.map((s) => s.speaker), ['Sunak', 'Sunak']);
    });

    it('keeps a single-quoted quotation nested inside a double one', () => {
      const hit = one('"She told me, \'Keep going,\' and I did," coach Mia Berg said.', 'Keep going');
      assert.ok(hit.text.startsWith('She told me'));
      assert.equal(found('"She told me, \'Keep going,\' and I did," coach Mia Berg said.').length, 1);
    });

    it('bounds an unclosed quotation at its paragraph and reports it', () => {
      const text = '"We are ready to start the work now, said nobody.\n\nThe council met on Monday. Its members voted to approve the plan for the new library.';
      const annotation = analyze(text);
      assert.ok(annotation.statements.every((s) => s.end <= text.indexOf('\n\n')));
      assert.equal(annotation.problems[0].code, 'unbalanced-quote');
    });

    it('treats a closing mark with no opening one as closing the paragraph start', () => {
      const text = 'We cannot wait any longer for this road to be repaired," said Councillor Joe Park.';
      assert.equal(one(text, 'cannot wait').speaker, 'Joe Park');
    });
  });

  describe('trailing attribution', () => {
    it('reaches over a noun that modifies the title before the name, and reads a singular role before a name', () => {
      const text = 'Golden Spread said it had stopped production. "The health of our customers comes first," company president Dale Whitcomb said in a statement.\n\nShopper Tina Ruiz said her son fell ill.';
      assert.equal(one(text, 'customers comes first').speaker, 'Dale Whitcomb');
      assert.equal(analyze(text).speakers.find((s) => s.name.endsWith('Ruiz'))?.name, 'Tina Ruiz');
    });

    it('reaches over a role the lexicon does not know before a full name, and over legal roles', () => {
      for (const role of ['longtime resident', 'plaintiff']) {
        assert.equal(one(`"Nobody listened to us," ${role} Rosa Delgado said in an interview.`, 'Nobody listened').speaker, 'Rosa Delgado');
      }
    });

    it('takes a name set off by commas after a description that opens with a determiner or a possessor', () => {
      const text = 'The World Food Agency said it was cutting rations. "This is the last thing we want to do," the agency\'s country director, Pierre Lemaire, said.';
      assert.equal(one(text, 'last thing we want').speaker, 'Pierre Lemaire');
      // A title in quotation marks before a sentence's own subject gets no cue: `… "Right to Run" celebration, Senator Chuck Schumer announced …`.
      assert.deepEqual(found('After an order threatened the "Right to Run" celebration, Senator Chuck Schumer announced the park had approved it.').map((s) => s.kind), ['indirect']);
    });

    it('reads `"…," he said` after a named speaker', () => {
      const text = 'Governor Lena Ortiz visited the plant on Friday. "This is a great day for our workers," she said.';
      assert.equal(one(text, 'great day').speaker, 'Lena Ortiz');
    });

    it('reads the verb before the name with a title and an apposition after it', () => {
      const text = '"Sales doubled this year," said Jane Roe, chief executive of Acme Corp.';
      const annotation = analyze(text);
      assert.equal(annotation.speakers[0].name, 'Jane Roe');
      assert.equal(annotation.speakers[0].title, 'chief executive of Acme Corp');
    });

    it('reads an attribution on the next line', () => {
      const text = '"We expect the talks to continue next week,"\nKowalski told reporters.';
      assert.equal(one(text, 'talks to continue').speaker, 'Kowalski');
    });

    it('reads an apposition between the name and the verb', () => {
      const text = '"The numbers are encouraging," Priya Nair, a spokeswoman for the ministry, said.';
      assert.equal(one(text, 'encouraging').speaker, 'Priya Nair');
    });

    it('reads a name set off by commas after a description, and an age', () => {
      assert.equal(one('The finance director, Paul Stein, said that revenue will rise.', 'revenue').speaker, 'Paul Stein');
      assert.equal(one('Councilwoman Dee Brooks, 54, who voted no, said the plan fails riders.', 'riders').speaker, 'Dee Brooks');
    });

    it('reads a lower-case modifier before the title', () => {
      assert.equal(one('"It is a start," said union president Karen Holt.', 'start').speaker, 'Karen Holt');
    });

    it('reads a relative clause between the name and the verb', () => {
      const text = '"We will vote against it," Tom Hale, who chairs the budget panel, said on Tuesday.';
      assert.equal(one(text, 'vote against').speaker, 'Tom Hale');
    });
  });

  describe('leading attribution', () => {
    it('reads `X said: "…"` and `X said, "…"`', () => {
      assert.equal(one('Mayor Chen said: "The park reopens tomorrow."', 'park reopens').speaker, 'Chen');
      assert.equal(one('Dr. Ruth Adler said, "Vaccines save lives."', 'Vaccines').speaker, 'Ruth Adler');
    });

    it('reads a lead-in paragraph ending with a colon', () => {
      const text = 'Administrator Kim Sato said:\n\n"This mission is the first of its kind."';
      assert.equal(one(text, 'first of its kind').speaker, 'Kim Sato');
    });

    it('reads `Quotes attributable to X:` before the quotations', () => {
      const text = 'The Minister for Infrastructure, Catherine Yeo, today confirmed funding for the link.\n\nQuotes attributable to Minister Yeo:\n\n"The link will cut commute times by up to 40 minutes."\n\n"This is the biggest investment in the state\'s history."';
      assert.deepEqual(found(text).map((s) => s.speaker), ['Catherine Yeo', 'Catherine Yeo']);
      const following = 'Statement on the passing of Ruth Hale\n\nThe following statement is attributable to Governor Daniel Ortiz:\n\n"Ruth Hale spent four decades fighting for this state."';
      assert.equal(one(following, 'four decades').speaker, 'Daniel Ortiz');
    });

    it('reads a subhead with a name and a title', () => {
      const text = 'Maria Silva, President of the Farmers Union:\n\n"Our members need rain, and they need fair prices."';
      assert.equal(one(text, 'fair prices').speaker, 'Maria Silva');
    });
  });

  describe('quotation after a sentence about its speaker', () => {
    it('gives a quotation with no cue to the person the sentence before is about', () => {
      const text = '"We waited years," said Tom Reyes. Greenwater Alliance director Paula Kim was blunt. "This project will destroy the wetland."';
      assert.equal(one(text, 'wetland').speaker, 'Paula Kim');
    });

    it('gives a quotation after a colon to the subject of its sentence', () => {
      const text = 'Marcus Bell told the council that vacancies stood at 140.\n\nKeisha Latimer of the Riverton Riders Union put it plainly at the hearing: "Nobody in my neighborhood has ever asked for an app."';
      const hit = one(text, 'Nobody');
      assert.equal(hit.kind, 'direct');
      assert.equal(hit.speaker, 'Keisha Latimer');
    });

    it('does not take a fronted place name for that person', () => {
      const text = '"We waited years," said Keith Greene.\n\nIn Hawaii he found himself closer to the war. "We all stayed in tune to things."';
      assert.equal(one(text, 'stayed in tune').speaker, 'Keith Greene');
    });
  });

  describe('documents', () => {
    it('gives `the statement added` to whoever cited the statement while they still have the floor', () => {
      const text = 'In a statement, Harbor Air said the aircraft had a hydraulic fault.\n\nThe airline said hotel rooms had been booked for families.\n\n"We are truly sorry," the statement added.';
      assert.equal(one(text, 'truly sorry').speaker, 'Harbor Air');
      const interrupted = 'In a statement, Harbor Air said the aircraft had a fault.\n\nPassenger Jo Reid said nobody had told them anything.\n\n"We are sorry," the statement added.';
      assert.notEqual(one(interrupted, 'We are sorry').speaker, 'Harbor Air');
    });
  });

  describe('unquoted speech after a lead-in', () => {
    it('reads paragraphs in the first person after `X said:` as X\'s words, with no quotation marks (government house style)', () => {
      const text = 'Funding for rural schools\n\nThe government has announced £20 million for rural schools.\n\nEducation Secretary Dan Orme said:\n\n' +
        'Every child deserves a good school close to home, and we are making that happen.\n\nI want teachers to stay in our villages.\n\n' +
        'Head teacher Ruth Ames said:\n\nI am thrilled for our pupils.\n\nThe funding will be paid from April.';
      assert.deepEqual(found(text).map((s) => [s.kind, s.text.slice(0, 20), s.speaker]), [
        ['direct', 'Every child deserves', 'Dan Orme'],
        ['direct', 'I want teachers to s', 'Dan Orme'],
        ['direct', 'I am thrilled for ou', 'Ruth Ames'],
      ]);
    });
  });

  describe('interrupted and continued quotations', () => {
    it('keeps a short quotation after `he says, laughing,` as his words, not a scare quote', () => {
      const text = 'Her partner, Kwame Boateng, handles the accounts and, he says, laughing, "the tantrums – mostly hers".';
      assert.equal(one(text, 'the tantrums').speaker, 'Kwame Boateng');
      assert.equal(one(text, 'the tantrums').kind, 'partial');
      assert.equal(one('She worked for Harold Quayle, a builder who, she says, "swore at the pipes more than he ever swore at me".', 'swore').kind, 'partial');
      assert.equal(one('Mayor Ana Lopez said, "We will rebuild."', 'rebuild').kind, 'direct');
      assert.deepEqual(found('Her partner handles the accounts and, oddly, "the tantrums".'), []);
    });

    it('gives both halves of an interrupted quotation the same speaker', () => {
      const text = '"The storm was the worst in a decade," Chief Omar Diaz said. "Crews will work through the night."';
      const statements = found(text);
      assert.equal(statements.length, 2);
      assert.ok(statements.every((s) => s.speaker === 'Omar Diaz' && s.kind === 'direct'));
    });

    it('reads the second half of a quotation interrupted by its cue and a comma as direct, whatever its case', () => {
      const text = '"The economy," the governor said, "is stronger than anyone expected."';
      assert.deepEqual(found(text).map((s) => [s.kind, s.speaker]), [['direct', null], ['direct', null]]);
      assert.equal(one('"We train hard," said captain Ian Pryor, "and it shows."', 'and it shows').kind, 'direct');
      assert.equal(one('The council called the plan "reckless," the mayor said, "and it is far worse than that."', 'far worse').kind, 'partial');
    });

    it('gives a continuation paragraph the speaker of the quotation it continues', () => {
      const text = 'Senator Ada Grey spoke on the floor.\n\n"We owe our veterans more than words.\n\n"We owe them care, and we owe it now," Grey said.';
      const statements = found(text);
      assert.deepEqual(statements.map((s) => s.speaker), ['Ada Grey', 'Ada Grey']);
    });
  });

  describe('dash attribution', () => {
    it('reads `"…" — Jane Doe, Title` and `"…" -Commissioner Doe`', () => {
      assert.equal(one('"Clean water is a right." — Jane Doe, director of River Watch', 'Clean water').speaker, 'Jane Doe');
      assert.equal(one('"We are hiring." -Commissioner Bo Lind', 'hiring').speaker, 'Bo Lind');
    });

    it('reads a dash typed as two hyphens, on the line under the quotation or after it', () => {
      const text = '"Our new carrier has not missed an appointment since March."\n-- Dana Whitcombe, Vice President of Supply Chain, Brightwater Home Goods';
      assert.equal(one(text, 'missed an appointment').speaker, 'Dana Whitcombe');
      assert.equal(one('Mayor Ann Cole spoke first. "We are hiring." -- Commissioner Bo Lind', 'hiring').speaker, 'Bo Lind');
      assert.equal(one('"We are hiring."\n\n-- Commissioner Bo Lind', 'hiring').speaker, 'Bo Lind');
    });

    it('reads a signature line under the quotation', () => {
      const text = '"Rural clinics will stay open thanks to this grant."\n\n– Congresswoman Rita Vance';
      assert.equal(one(text, 'Rural clinics').speaker, 'Rita Vance');
    });
  });

  describe('speakers', () => {
    it('does not take the title of a work in apposition for a person a later pronoun refers to', () => {
      const text = 'Marisol Quint says she is tired. Her new album, Low Tide Lanterns, is out next month. Half the songs, she explains, were written at home.';
      assert.equal(one(text, 'written at home').speaker, 'Marisol Quint');
    });

    it('notes no name in a list after another name, nor a capitalised word before a group noun, for a later `the company`', () => {
      const text = 'Hestia Home Appliances said it was sorry.\n\nThe recall covers models HC-450, HC-600 and HC-650, sold at Brightmart.\n\nBy Priya Dalal, Consumer Affairs Reporter. Consumer advocates said the recall came too late. The company said the problem had been traced to one supplier.';
      assert.equal(one(text, 'traced to one supplier').speaker, 'Hestia Home Appliances');
      const names = analyze(text).speakers.map((s) => s.name);
      assert.ok(!names.includes('HC-600') && !names.includes('Consumer'), names.join(', '));
    });

    it('gives `the organisation` to a name ending in `International`, and no named body to a description with an owner of its own', () => {
      const text = 'The Food Security Network said prices had risen.\n\nRelief International is distributing cash. The organisation said it needed a further $14 million.\n\nThe government\'s disaster agency said on Monday it had begun distributing seed.';
      assert.equal(one(text, 'further $14 million').speaker, 'Relief International');
      assert.equal(one(text, 'distributing seed').speaker, null);
    });

    it('notes a person named in apposition with a bracketed party and ward as the subject a later pronoun refers to', () => {
      const text = 'Councillor Delia Strand said the plan was bad. Her partner, Councillor Owen Pryce (Labour, Harbourside Ward), backed the plan. He said 180 flats would be let at social rents.';
      assert.equal(one(text, '180 flats').speaker, 'Owen Pryce');
    });

    it('gives a word for a position or an age to the person just named, and a role with its team to the person with that title', () => {
      const text = 'A switch by Rovers manager Stuart Pennock changed the game.\n\n"We were brilliant," the Rovers boss said.\n\nLiam Costigan and Kofi Mensah scored.\n\nMensah, who joined in January, scored twice.\n\n"I was gutted not to start," the 24-year-old said.\n\nCostigan was blunt. "We gave them two," the midfielder said.\n\nAthletic manager Graham Oyelaran was left to rue the defeat.\n\n"That\'s on me," the Athletic boss said.';
      assert.equal(one(text, 'were brilliant').speaker, 'Stuart Pennock');
      assert.equal(one(text, 'gutted').speaker, 'Kofi Mensah');
      assert.equal(one(text, 'gave them two').speaker, 'Liam Costigan');
      assert.equal(one(text, 'on me').speaker, 'Graham Oyelaran');
      assert.equal(one('Tom Kessell, 22, had missed two kicks.\n\n"I just told myself to breathe," the youngster said, grinning.', 'breathe').speaker, 'Tom Kessell');
      // A position nobody was just named for stays unnamed, like `the photographer`.
      assert.equal(one('The match ended 1-1.\n\n"It was a fair result," the photographer said.', 'fair result').speaker, null);
    });

    it('reads a C-suite title\'s initials (`the CFO`) and `the judge` for a Justice as descriptions of the person so titled', () => {
      const call = 'Chief Executive Hannah Vukovic said sales rose.\n\nChief Financial Officer Rajiv Menon said costs fell.\n\n"We will not chase boxes," the CFO said.\n\n"We earned it," the CEO said.';
      assert.equal(one(call, 'chase boxes').speaker, 'Rajiv Menon');
      assert.equal(one(call, 'earned it').speaker, 'Hannah Vukovic');
      const court = 'Justice Miriam Hale wrote for the majority.\n\nIn a dissent, Justice Pieter Vandermolen said the majority was wrong.\n\nThe judge warned that the decision would invite challenges.';
      assert.equal(one(court, 'invite challenges').speaker, 'Pieter Vandermolen');
    });

    it('reads a first name with an age in apposition as a person, and a full name with an age in an opening phrase as the one a later `he` means', () => {
      const march = 'Fiona Abernethy said it was bad.\n\nGemma, 34, who did not want to give her surname, pushed a buggy. "The next unit is far away," she said.';
      assert.equal(one(march, 'next unit').speaker, 'Gemma');
      const study = '"Walking is free," said lead author Dr Samuel Adeyemi.\n\nFor Derek Holloway, 67, from Brackwater, walking has become a routine. The retired bus driver now walks every morning.\n\n"I could barely get to the end of the street," he said.';
      assert.equal(one(study, 'end of the street').speaker, 'Derek Holloway');
      // Without the age, the opening phrase names no subject: `he` keeps the person who spoke.
      assert.equal(one('"Walking is free," said Dr Samuel Adeyemi.\n\nFor Derek Holloway walking is hard.\n\n"It helps," he said.', 'It helps').speaker, 'Samuel Adeyemi');
    });

    it('gives a trade no title has (`the retired fisherman`) to the person just named, a first name alone once they have spoken', () => {
      const text = 'Gemma, 34, pushed a buggy. "It is far," she said.\n\nBeside her, Tom, 71, said he had been born in the unit. "My mother walked there in the snow," the retired fisherman said.';
      assert.equal(one(text, 'walked there').speaker, 'Tom');
      assert.equal(one('The storm passed.\n\n"It was bad," the fisherman said.', 'was bad').speaker, null);
    });

    it('gives `a police statement` to the body its modifier names, and keeps a person before `of` out of that body\'s name', () => {
      const text = 'Superintendent Carl Nwosu of Kellsport Police said the march had been peaceful. A police statement said two roads would remain closed.';
      assert.equal(one(text, 'march had been').speaker, 'Carl Nwosu');
      assert.equal(one(text, 'two roads').speaker, 'Kellsport Police');
      // With no such body named, the statement stays unnamed.
      assert.equal(one('The march was peaceful. A police statement said two roads would remain closed.', 'two roads').speaker, null);
    });

    it('takes an apposition between the name and its verb for the title, and stops it at the verb', () => {
      const annotation = analyze('Mark Ellison, a Republican, said the bill was fiscally responsible.');
      assert.equal(annotation.speakers.find((s) => s.name === 'Mark Ellison')?.title, 'a Republican');
      // A courtesy title gives way to the apposition: `said Dr. Alicia Moreno, chief medical officer of Greenfield Health.`
      const doctor = analyze('"Distance should never decide care," said Dr. Alicia Moreno, chief medical officer of Greenfield Health.');
      assert.equal(doctor.speakers.find((s) => s.name === 'Alicia Moreno')?.title, 'chief medical officer of Greenfield Health');
      // An age is no title, nor a relative clause after it; an apposition after the age is.
      const aged = analyze('"It was the best day of my life," recalled Edith Marsh, 88, who first danced at the hall in 1952. "We are ready," said Ann Lee, 54, a nurse at the hospital.');
      assert.deepEqual(aged.speakers.map((s) => [s.name, s.title]), [['Edith Marsh', null], ['Ann Lee', 'a nurse at the hospital']]);
      // An acronym in brackets stays in the title.
      const union = analyze('Daniel Kebede, general secretary of the National Education Union (NEU), told delegates: "Enough is enough."');
      assert.equal(union.speakers.find((s) => s.name === 'Daniel Kebede')?.title, 'general secretary of the National Education Union (NEU)');
      // The body in such a title is not the person: `the foundation said` means the foundation.
      const body = 'The Open Pages Foundation announced grants. "Reading matters," said Dr. Bea Oduya, president of the Open Pages Foundation. The foundation said the grants would fund 140 tutors.';
      assert.equal(one(body, 'fund 140 tutors').speaker, 'Open Pages Foundation');
    });

    it('notes a subject named after a role with lower-case words (`The billionaire investor Claire Dunmore`), and an age means that person', () => {
      for (const opening of ['The billionaire investor Claire Dunmore', 'Billionaire investor Claire Dunmore', 'The retired bus driver Ann Ruiz']) {
        const name = opening.split(' ').slice(-2).join(' ');
        assert.equal(one(`Rep. Mark Ellison spoke first. ${opening} also weighed in. She said she would fund a legal challenge.`, 'fund a legal').speaker, name);
      }
      // `the 67-year-old` is the person just named, even one who has a role of their own (`investor`).
      assert.equal(one('Rep. Mark Ellison spoke first. The billionaire investor Claire Dunmore also weighed in. The 67-year-old said she would fund a legal challenge.', 'fund a legal').speaker, 'Claire Dunmore');
      // A noun for a person is a role too, and a possessive before it tells nothing of the person's gender.
      assert.equal(one('Councilwoman Dana Reyes backed the plan. Her colleague Paul Brandt disagreed. He said the city could not afford it.', 'could not afford').speaker, 'Paul Brandt');
      // A verb before the name ends the subject: `The board hired Jane Morgan` gives her no title `board hired`, and makes her no `she`.
      assert.equal(one('The board hired Jane Morgan last year. She said the cuts were expected.', 'cuts were expected').speaker, null);
      // A verb among the lower-case words ends the subject: `She told the court Morrow was …` names no `She … Morrow`.
      assert.equal(one('Defending, Rachel Onwu argued for mercy. She told the court Morrow was haunted by the death.', 'haunted').speaker, 'Rachel Onwu');
      // Lower-case words that are no role leave the sentence without a subject: `The storm hit Florida`.
      assert.equal(one('Governor Ron Pike toured the coast. The storm hit Florida on Monday. He said the damage was severe.', 'damage was severe').speaker, 'Ron Pike');
    });

    it('finds a person later by the words of an apposition (`Jane Doe, a spokeswoman for Acme,` … `the spokeswoman`), not when another owner is named', () => {
      const text = 'Jane Doe, a spokeswoman for Acme, said the plant was safe. Bob Ray said it was not. "We are confident," the spokeswoman said.';
      assert.equal(one(text, 'We are confident').speaker, 'Jane Doe');
      // `the Prime Minister's spokesman` is someone else's spokesman.
      const other = "Their transport spokesman, Rhys Penhallow, criticised the rise. Asked about fares, the Prime Minister's official spokesman said: 'We will set out our plans.'";
      assert.equal(one(other, 'set out our plans').speaker, null);
    });

    it('reads `the lawmaker` as the member of a legislature named last, and notes both subjects of `X, a Democrat, and Rep. Y`', () => {
      const text = 'Rep. Mark Ellison said the bill was fiscally responsible. Economist Bob Ray said it was not. "We cannot keep borrowing," the lawmaker told reporters.';
      assert.equal(one(text, 'keep borrowing').speaker, 'Mark Ellison');
      const annotation = analyze('Sen. Ann Holt, a Democrat from Oregon, and Rep. Mark Ellison clashed over the bill.\n\nEllison said the bill was fiscally responsible.');
      assert.equal(annotation.speakers.find((s) => s.name === 'Mark Ellison')?.title, 'Rep.');
    });

    it('reads a party label as a title: `Democrat Ann Ruiz`, and `the Democrat` for the one described so, even in a coordinated subject', () => {
      const text = 'Sen. Patricia Holloway, a Democrat from Oregon, and Rep. Mark Ellison clashed over the bill.\n\n"This bill abandons families," the Democrat said.';
      assert.equal(one(text, 'abandons families').speaker, 'Patricia Holloway');
      const titled = analyze('Democrat Ann Ruiz said she would vote against it.');
      assert.deepEqual(titled.speakers.map((s) => [s.name, s.title]), [['Ann Ruiz', 'Democrat']]);
    });

    it('ends a person\'s name before `of` and the body after it: `said Kyle Nguyen of Redpoint Research`', () => {
      assert.equal(one('"The specs look great," said Kyle Nguyen of Redpoint Research.', 'specs look great').speaker, 'Kyle Nguyen');
      // A first name the lexicon does not know, before or after the verb.
      assert.equal(one('"It is fast," said Rania Haddad of Maple Capital.', 'It is fast').speaker, 'Rania Haddad');
      assert.equal(one('Tarek Benali of Redpoint Research said the chip was fast.', 'chip was fast').speaker, 'Tarek Benali');
      // An organisation's own `of` stays: `said the Bank of Ashford`.
      assert.equal(one('"Rates will rise," said the Bank of Ashford.', 'Rates will rise').speaker, 'Bank of Ashford');
    });

    it('keeps another person\'s name out of a title: `Police Chief Anna Weller and Sheriff Tom Briggs said`', () => {
      const annotation = analyze('Police Chief Anna Weller and Sheriff Tom Briggs said the investigation was continuing. Director of Health and Human Services Jane Doe said the water was safe.');
      assert.deepEqual(annotation.speakers.map((s) => [s.name, s.title]), [['Tom Briggs', 'Sheriff'], ['Jane Doe', 'Director of Health and Human Services']]);
    });

    it('splits British police and court titles from the name: `Detective Constable Rhian Morgan`, `Coroner Jane Blake`', () => {
      const annotation = analyze('Detective Constable Rhian Morgan said the fraud was never victimless. Coroner Jane Blake said the death was accidental.');
      assert.deepEqual(annotation.speakers.map((s) => [s.name, s.title]), [['Rhian Morgan', 'Detective Constable'], ['Jane Blake', 'Coroner']]);
    });

    it('reads `the star` as the person just named, as a player\'s position is', () => {
      assert.equal(one('The actress Tanya Rhys told fans she was heartbroken. The star later added that she would donate to flood relief.', 'donate').speaker, 'Tanya Rhys');
    });

    it('reports what a named owner\'s body said (`Apple\'s board said …`), but not a body after a preposition', () => {
      assert.equal(one("Apple's board said it backed the plan.", 'backed the plan').speaker, "Apple's board");
      assert.equal(one("A person close to Altis's board said directors had rejected the offer.", 'directors had rejected').speaker, null);
    });

    it('reads business-news sources: a company by its first word, `Shares of X` as no name, `people familiar with` as unnamed', () => {
      const text = 'Acme Widgets Corp said profits rose. Shares of Acme fell 4% in late trading. Acme said it would hire 200 people.';
      assert.equal(one(text, 'hire 200').speaker, 'Acme Widgets Corp');
      // A person's surname comes first: `Morgan said` after `lawyer Jane Morgan` and `Morgan Stanley said`.
      assert.equal(one('The report quotes lawyer Jane Morgan at length. Morgan Stanley said it would cut jobs. Morgan said the cuts were expected.', 'cuts were expected').speaker, 'Jane Morgan');
      const unnamed = one('People familiar with the matter told Reuters the talks had stalled over price.', 'talks had stalled');
      assert.equal(unnamed.kind, 'indirect');
      assert.equal(unnamed.speaker, null);
    });

    it('leaves a prepositional phrase with an article after an interposed cue to the writer', () => {
      const text = 'Orbital Freight agreed to buy two rival carriers for $400 million, the company said, in a deal that would double its fleet.';
      const reports = found(text).filter((s) => s.kind === 'indirect');
      assert.deepEqual(reports.map((s) => s.text), ['Orbital Freight agreed to buy two rival carriers for $400 million']);
    });

    it('names a body of a state by its nationality or its country, and a later `the government` means it', () => {
      const text = 'Renault said it would cut jobs. The French government said it would review the plan. "We will protect workers," the government said.';
      assert.equal(one(text, 'review the plan').speaker, 'French government');
      assert.equal(one(text, 'protect workers').speaker, 'French government');
      const possessed = 'Lufthansa cancelled flights. Germany\'s foreign ministry said the talks had been constructive. The ministry added that an envoy would travel.';
      assert.equal(one(possessed, 'talks had been').speaker, "Germany's foreign ministry");
      assert.equal(one(possessed, 'an envoy').speaker, "Germany's foreign ministry");
    });

    it('gives `The head of <body>` in a lead to the person named next with a title of high office, never to the body', () => {
      const text = 'The head of the National Rail Safety Board told lawmakers on Monday that inspections had lapsed.\n\nDirector Paul Okafor testified that staff had quit.';
      assert.equal(one(text, 'inspections had lapsed').speaker, 'Paul Okafor');
      const unnamed = 'The head of the National Rail Safety Board told lawmakers on Monday that inspections had lapsed.';
      assert.equal(one(unnamed, 'inspections had lapsed').speaker, null);
      const manager = 'The head of the city transit agency told lawmakers that trains were late.\n\nGeneral Manager Diane Okoro testified that repairs had lagged.';
      assert.equal(one(manager, 'trains were late').speaker, 'Diane Okoro');
    });

    it('gives a partial quotation after a cue inside someone else\'s report to the reporter', () => {
      const text = 'Mayor Lena Ortiz said the developer, Harlow Homes, had promised to "fix every crack" before winter.';
      const partial = (t: string) => found(t).find((s) => s.kind === 'partial' && s.text === 'fix every crack');
      assert.equal(partial(text)?.speaker, 'Lena Ortiz');
      // Outside any report, the cue before the quotation still attributes it.
      assert.equal(partial('Harlow Homes promised to "fix every crack" before winter.')?.speaker, 'Harlow Homes');
      // A quotation after a colon is the inner speaker's own words.
      assert.equal(one('Lena Ortiz said Harlow Homes had told her: "We will fix every crack."', 'We will fix').speaker, 'Harlow Homes');
    });

    it('counts a known person named as the addressee of `told` as mentioned there, for a later pronoun', () => {
      const text = 'Director Anna Moretti said the budget was tight. Sen. Maria Lopez said she had doubts. "Your staff is too big," Sen. Tom Ridge told Moretti. She disputed the number, saying that most staff worked in the field.';
      assert.equal(one(text, 'most staff worked').speaker, 'Anna Moretti');
      // Of the same gender, the pronoun goes on with the subject who spoke.
      const same = 'Mary Hale said the vote was close. Sen. Ann Ford told Hale the count was wrong. She said a recount was needed.';
      assert.equal(one(same, 'recount').speaker, 'Ann Ford');
    });

    it('never gives the pronoun of a cue interposed after a named subject to that subject', () => {
      const text = 'His son, Mark Rowe, said the boat had been sold. The harbour master, Paul Dent, said the mooring was free. Rowe, he said, had paid every fee on time.';
      assert.equal(one(text, 'had paid every fee').speaker, 'Paul Dent');
    });

    it('keeps a title\'s possessive inside an office\'s name, so `the sheriff\'s office` finds it', () => {
      const text = 'The Marion County Sheriff\'s Office closed two roads on Sunday.\n\n"Stay away from the river," the sheriff\'s office wrote on Facebook.';
      assert.equal(one(text, 'Stay away').speaker, "Marion County Sheriff's Office");
    });

    it('reads a verb of manner after a quotation as its cue, but not its participle after `says`', () => {
      const laughs = analyze('Her son, Emre Kaya, runs the accounts.\n\n"She gets bored," he laughs.');
      assert.equal(laughs.statements[0]?.cue?.text, 'laughs');
      assert.equal(laughs.speakers[0]?.name, 'Emre Kaya');
      const text = 'Kwame Boateng handles the contracts and, he says, laughing, "the tantrums, mostly hers".';
      assert.deepEqual(analyze(text).statements.map((s) => [s.kind, s.cue?.text]), [['partial', 'says']]);
    });

    it('reports a short clause before a trailing cue when it has a verb of its own: `Prices will rise, Jane Doe said.`', () => {
      assert.equal(one('Prices will rise, Jane Doe said.', 'Prices').text, 'Prices will rise');
      assert.equal(one('Charges were dropped, Jane Doe said.', 'Charges').speaker, 'Jane Doe');
      assert.deepEqual(found('In the morning, Jane Doe said.'), []);
    });

    it('reads a title\'s modifiers, a body\'s acronym first, as part of a trailing cue\'s title: `"…," EU competition chief Margit Holm told …`', () => {
      const speaker = (text: string) => analyze(text).speakers.map((s) => [s.name, s.title]);
      assert.deepEqual(speaker('"Orbital abused its position," EU competition chief Margit Holm told a news conference.'), [['Margit Holm', 'EU competition chief']]);
      assert.deepEqual(speaker('"It works," company president Dale Whitcomb said.'), [['Dale Whitcomb', 'company president']]);
    });

    it('knows the gender of common first names beyond its own short lists: `he asked` after Carla Mendez and Ray Hollis is Hollis', () => {
      const text = '"He said nothing," Carla Mendez told jurors.\n\nDefence attorney Ray Hollis suggested that Mendez had agreed to testify. "Isn\'t it true?" he asked.\n\n"I was told I might be," she replied.';
      assert.equal(one(text, 'it true').speaker, 'Ray Hollis');
      assert.equal(one(text, 'I might be').speaker, 'Carla Mendez');
    });

    it('gives no title to a titled name after `of` in a subject: `The partner of England defender Jack Moss has …` is not Moss', () => {
      const text = 'The partner of England defender Jack Moss has hit back at trolls.\n\nMoss shared her post with the words "proud of you."';
      assert.equal(analyze(text).speakers.find((s) => s.name === 'Jack Moss')?.title ?? null, null);
      // A body before the `of` keeps the title whole.
      assert.equal(analyze('Board of trustees chairwoman Mereana Paki says the ministry has got its numbers wrong.').speakers[0]?.title, 'Board of trustees chairwoman');
    });

    it('titles the second of two people joined by `and` with the role after a possessive: `Margaret Hill and her sister Joan Ferris`', () => {
      const annotation = analyze('Margaret Hill and her sister Joan Ferris met on Saturday.\n\n"We have a lot to catch up on," Joan Ferris said.');
      assert.equal(annotation.speakers.find((s) => s.name === 'Joan Ferris')?.title, 'sister');
    });

    it('reads no report after a verb of manner with a complement: `Okafor laughed off the suggestion that …`', () => {
      assert.deepEqual(found('Paul Okafor laughed off the suggestion that he was the brains of the operation.'), []);
      assert.equal(one('"She gets bored," Emre Kaya laughed nervously.', 'bored').speaker, 'Emre Kaya');
    });

    it('gives a body described in the lead to the first body a later statement introduces: `A leading charity has warned …`', () => {
      const text = 'Charity calls for action\n\nA leading children\'s charity has warned that one in three children is living in poverty.\n\nIn its annual report, Children First said the figure had risen.';
      assert.equal(one(text, 'one in three').speaker, 'Children First');
      // Not a person introduced later.
      const person = 'Charity calls for action\n\nA leading children\'s charity has warned that one in three children is living in poverty.\n\nHannah Price said the figure had risen.';
      assert.equal(one(person, 'one in three').speaker, null);
    });

    it('leaves a compound opening the sentence out of the names after it: `Co-founders Priya Desai and Oliver Grant started …`', () => {
      const text = 'Co-founders Priya Desai and Oliver Grant started Warmly in 2021. "It was a nightmare," Desai said.';
      assert.equal(one(text, 'nightmare').speaker, 'Priya Desai');
    });

    it('gives an office described in the lead to the person the story names next with that title: `A senior doctor has warned …`', () => {
      const lead = 'Hospital row\n\nA senior doctor has warned that the hospital is at breaking point.\n\n';
      assert.equal(one(`${lead}Dr Sam Patel said staff were exhausted.`, 'breaking point').speaker, 'Sam Patel');
      assert.equal(one(`${lead}Health minister Sam Patel said staff were exhausted.`, 'breaking point').speaker, null);
    });

    it('reads through Markdown\'s emphasis and quote marks: `> "…," said **Jane Doe**, CEO of Acme.`, `*"…,"* added Raj Patel`', () => {
      const text = '# Acme launches Orbit 2\n\n> "Orbit 2 is the speaker we wanted to build," said **Jane Doe**, CEO of Acme.\n\n*"We cut cloud processing by 90 percent,"* added Raj Patel.';
      assert.equal(one(text, 'Orbit 2 is').speaker, 'Jane Doe');
      assert.equal(one(text, 'cloud processing').speaker, 'Raj Patel');
    });

    it('gives no title from how a person spoke: `Ann Lee, speaking on BBC Radio 4, said`, `…, speaking after the meeting, said`', () => {
      assert.equal(analyze('Ann Lee, speaking on BBC Radio 4, said the deal was dead.').speakers[0]?.title, null);
      assert.equal(analyze('Ann Lee, speaking after the meeting, said the deal was dead.').speakers[0]?.title, null);
    });

    it('lets an abbreviated title give way to the office an apposition names, which ends before the statement\'s circumstances', () => {
      const title = (text: string) => analyze(text).speakers[0]?.title;
      assert.equal(title('"It is over," said Cllr Maria Dunn, leader of Eastvale Council.'), 'leader of Eastvale Council');
      assert.equal(title('"It is over," said Ann Lee, chief executive of Halvard, in her keynote.'), 'chief executive of Halvard');
      // A party tag is no office.
      assert.equal(title('"It is over," said Sen. Mark Ellison, R-Ohio.'), 'Sen.');
    });

    it('gives `it` to a name that cannot be a person\'s when no body is known, and a lead\'s `the network` to the body named next', () => {
      const text = 'Storm leaves thousands without power\n\nMore than 40,000 homes were without power, the electricity network said.\n\n' +
        'Northern Power Grid said engineers were working hard. Some properties could be without power until the weekend, it warned.';
      assert.equal(one(text, '40,000 homes').speaker, 'Northern Power Grid');
      assert.equal(one(text, 'until the weekend').speaker, 'Northern Power Grid');
      // A one-word name that has spoken, too.
      assert.equal(one('Acme said sales rose. It added that profits would fall.', 'profits').speaker, 'Acme');
      const union = 'Teachers vote to strike\n\nTeachers in Scotland have voted to strike, their largest union announced on Friday.\n\n' +
        'The Educational Institute of Scotland (EIS) said 82% of members backed action.';
      assert.equal(one(union, 'voted to strike').speaker, 'Educational Institute of Scotland');
    });

    it('knows the offices of councils, universities, churches and diplomacy as titles: `Transport convener`, `U.N. Secretary-General`', () => {
      const speaker = (text: string) => analyze(text).speakers.map((s) => [s.name, s.title]);
      assert.deepEqual(speaker('Transport convener Scott Arthur said the change would save lives.'), [['Scott Arthur', 'Transport convener']]);
      assert.deepEqual(speaker('U.N. Secretary-General Amara Osei said the fighting must stop.'), [['Amara Osei', 'U.N. Secretary-General']]);
    });

    it('reads a family role or count as the person just named: `the father-of-three said`, `the grandmother told the BBC`', () => {
      assert.equal(one('Tom Hale was hurt in the crash. "I was lucky," the father-of-three said.', 'lucky').speaker, 'Tom Hale');
      assert.equal(one('Ann Lee was hurt in the crash. "I was lucky," the grandmother told the BBC.', 'lucky').speaker, 'Ann Lee');
    });

    it('gives a role described in the lead to the person the next paragraph introduces by name: `A former chief of staff … testified …`', () => {
      const text = 'Aide testifies\n\nA former chief of staff to ex-mayor Victor Salas testified on Tuesday that she saw him accept cash.\n\n"He put it in his desk drawer," Carla Mendez told jurors.';
      assert.equal(one(text, 'accept cash').speaker, 'Carla Mendez');
      // Not a body the next paragraph names.
      const body = 'Aide testifies\n\nA former chief of staff to ex-mayor Victor Salas testified on Tuesday that she saw him accept cash.\n\nThe cash was counted, according to Halvorsen Markets.';
      assert.equal(one(body, 'accept cash').speaker, null);
    });

    it('reads `An adviser to the mayor said` as the adviser\'s words, not the mayor\'s', () => {
      assert.equal(one('Mayor Tom Reed spoke on Monday. An adviser to the mayor said the claims were false.', 'claims').speaker, null);
      // So are a source close to someone and their allies.
      assert.equal(one('Mayor Tom Reed spoke on Monday. A source close to the mayor said the claims were false.', 'claims').speaker, null);
      assert.equal(one('Mayor Tom Reed spoke on Monday. Allies of the mayor said the claims were false.', 'claims').speaker, null);
      assert.equal(one('Mayor Tom Reed spoke on Monday. A person with knowledge of the mayor\'s plans said the deal was close.', 'deal').speaker, null);
    });

    it('reads past a lawmaker\'s party tag to the name: `Sen. Mark Ellison, R-Ohio, said …`', () => {
      assert.equal(one('Sen. Mark Ellison, R-Ohio, said the bill was wasteful.', 'wasteful').speaker, 'Mark Ellison');
      assert.equal(one('Sen. Mark Ellison, D-N.Y., defended his vote, saying the bill was "wasteful."', 'the bill').speaker, 'Mark Ellison');
    });

    it('keeps a ranking out of the name and in the title: `"…," world No. 1 Elena Sorokina said`', () => {
      const annotation = analyze('"He is a legend," world No. 1 Elena Sorokina said.');
      assert.deepEqual(annotation.speakers.map((s) => [s.name, s.title]), [['Elena Sorokina', 'world No. 1']]);
      assert.equal(one('Told of the news, world No. 1 Elena Sorokina said: "He is a legend."', 'legend').speaker, 'Elena Sorokina');
    });

    it('leaves a conjunction opening the sentence out of a title set off before a name: `But the chairman of …, Musa Bello, said`', () => {
      const annotation = analyze('But the chairman of the traders association, Musa Bello, said promises had not been kept.');
      assert.equal(annotation.speakers[0]?.title, 'chairman of the traders association');
    });

    it('reads an unnamed source described by a long body\'s name: `A Department of Health and Social Care spokesperson said: "…"`', () => {
      const text = '"It was degrading," said Peter Whitlock.\n\nA Department of Health and Social Care spokesperson said: "We are determined to cut waiting times."';
      assert.deepEqual(one(text, 'determined').kind, 'direct');
      assert.equal(one(text, 'determined').speaker, null);
    });

    it('reads a headline\'s bare title as the office holder the story names: `\'We will rebuild,\' mayor vows`, `…, says mayor`', () => {
      const lead = '\n\nGREENFIELD, Kan. (AP) — Mayor Tobias Wren spoke to residents.';
      assert.equal(one(`'We will rebuild,' mayor vows after tornado${lead}`, 'We will rebuild').speaker, 'Tobias Wren');
      assert.equal(one(`'We will rebuild,' says mayor after tornado${lead}`, 'We will rebuild').speaker, 'Tobias Wren');
      assert.equal(one(`Tornado town will rebuild, mayor says${lead}`, 'Tornado town').speaker, 'Tobias Wren');
    });

    it('reports the clause before a mid-sentence `according to X,` that a subordinate clause follows: `…, according to a person …, as demand slows.`', () => {
      const text = 'Hon Lai will cut 2,000 jobs, according to a person familiar with the matter, as demand slows.';
      assert.deepEqual(found(text).map((s) => s.text), ['Hon Lai will cut 2,000 jobs']);
    });

    it('leaves a courtesy title after a role out of the role: `lead author Dr. Mei Tanaka` is the lead author, `Dr. Ann Lee` Dr.', () => {
      const title = (text: string) => analyze(text).speakers[0]?.title;
      assert.equal(title('"We were surprised," said lead author Dr. Mei Tanaka.'), 'lead author');
      assert.equal(title('"We were surprised," said Dr. Ann Lee.'), 'Dr.');
      // `Sir` and `Dame` are courtesy titles too, and give way to an office after the name.
      assert.equal(title('Chairman Sir David Lowe said: "Rachel is an outstanding leader."'), 'Chairman');
      assert.equal(title('"Fares must fall," said Dame Ann Lee, chairwoman of the committee.'), 'chairwoman of the committee');
    });

    it('gives a market story\'s `the company` to the company whose shares open it, not to `Shares` after a typed dateline', () => {
      const wire = 'LONDON (Reuters) - Shares of Corvane fell 18% on Thursday after the company warned that profit would fall.';
      assert.equal(one(wire, 'profit would fall').speaker, 'Corvane');
      // A business's kind (`the drugmaker`) is a source as `the company` is.
      assert.equal(one('Shares in Dunmore Biotech rose 30% after the drugmaker said the trial had succeeded.', 'trial had succeeded').speaker, 'Dunmore Biotech');
    });

    it('gives words quoted in what a named person does to that person, not the last speaker: `Parry thanked him, wishing him "…"`', () => {
      const before = '"He is hungry," manager Steve Callow said.\n\n';
      assert.equal(one(`${before}Chairman Neil Parry thanked Graves, wishing him "every success for the future."`, 'every success').speaker, 'Neil Parry');
      // Someone who undergoes the act has not said the words.
      assert.equal(one(`${before}Neil Parry was accused of "ruining the club for years."`, 'ruining').speaker, 'Steve Callow');
    });

    it('ends a title after the name before a relative clause: `said Priya Shah, Partner at Halcyon Ventures, who will join the board`', () => {
      const text = '"They built something clinicians love," said Priya Shah, Partner at Halcyon Ventures, who will join the board.';
      assert.deepEqual(analyze(text).speakers.map((s) => [s.name, s.title]), [['Priya Shah', 'Partner at Halcyon Ventures']]);
    });

    it('gives no title from a participle clause after the name: `says Janet Booth, 58, queuing for her loaf`', () => {
      const text = '"It\'s the best bread in the valley," says Janet Booth, 58, queuing for her usual loaf. "I come every day," said Tom Ash, managing director of Ash & Co.';
      assert.deepEqual(analyze(text).speakers.map((s) => [s.name, s.title]), [['Janet Booth', null], ['Tom Ash', 'managing director of Ash & Co']]);
    });

    it('keeps a title\'s office whole in a trailing cue: `…, the Lane County Sheriff\'s Office said`', () => {
      const text = 'The hiker was spotted near a ravine, the Lane County Sheriff\'s Office said in a news release. The charges were dropped, the U.S. Attorney\'s Office said.';
      assert.equal(one(text, 'The hiker').speaker, "Lane County Sheriff's Office");
      assert.equal(one(text, 'The charges').speaker, "U.S. Attorney's Office");
    });

    it('gives `according to a Kremlin readout` to the body that names the document, and reads `the readout said` as a cue', () => {
      const text = 'The ministers spoke for an hour, according to a Kremlin readout of the meeting.\n\nThe two delegations "agreed to keep talking," the readout said.';
      assert.equal(one(text, 'spoke for an hour').speaker, 'Kremlin');
      assert.ok(found(text).some((s) => s.kind === 'indirect' && s.text.startsWith('The two delegations')));
    });

    it('gives `the statement said` to whoever the statement just before was cited for', () => {
      const text = 'Mayor Dana Holt said in a statement that the pool would reopen in May. "We owe the swimmers of Elm Park a proper pool," the statement said.';
      assert.equal(one(text, 'owe the swimmers').speaker, 'Dana Holt');
      const letter = 'Councillor Tom Reyes wrote in a letter to residents that the road would close. "Nobody wants this," the letter said.';
      assert.equal(one(letter, 'Nobody wants').speaker, 'Tom Reyes');
    });

    it('reports a whole clause with a partial quotation before a trailing cue, and no second report for the cue inside it', () => {
      const text = 'Larkspur Systems Inc raised its forecast. The board believed the shares were "meaningfully undervalued", the company said in a statement.';
      const found = analyze(text).statements.filter((s) => s.kind === 'indirect');
      assert.deepEqual(found.map((s) => s.text), ['The board believed the shares were "meaningfully undervalued"']);
      assert.equal(one(text, 'The board believed').speaker, 'Larkspur Systems Inc');
    });

    it('reports the clause before an inverted cue after a partial quotation closed on its comma, not the description after the name', () => {
      const text = 'The ferry will run "every hour until midnight," said Nora Blake, a spokeswoman for the harbour board.';
      const indirect = analyze(text).statements.filter((s) => s.kind === 'indirect');
      assert.deepEqual(indirect.map((s) => s.text), ['The ferry will run "every hour until midnight,"']);
      assert.equal(one(text, 'every hour').speaker, 'Nora Blake');
    });

    it('reads a trade before a full name as a role, so the person is the subject a later `he` refers to', () => {
      const text = 'Minister Harriet Colquhoun said: "We will help."\n\nLocal farmer Gareth Penhallow, whose land borders the Lugg, has planted hedges.\n\n"The floods took my topsoil," he said.';
      assert.equal(one(text, 'floods took').speaker, 'Gareth Penhallow');
      assert.equal(one(`${text}\n\nA local farmer said the river rose fast.`, 'river rose').speaker, null);
    });

    it('notes a person named with an age in apposition at a sentence start as the subject a later pronoun refers to', () => {
      const text = '"It is the heartbeat," Judith Pardew says.\n\nOne of the apprentices, 23-year-old Suki Tanaka-Reid, studied physics. She says the job is fun.';
      assert.equal(one(text, 'the job is fun').speaker, 'Suki Tanaka-Reid');
    });

    it('reads `the Wolves skipper` as a description of the person titled `Wolves captain`, not a name', () => {
      const text = 'Wolves captain Ben Ashworth was downbeat.\n\n"It hurts," the Wolves skipper admitted.\n\nThe Health and Safety Executive, which investigated, said it had issued 212 notices.';
      assert.equal(one(text, 'It hurts').speaker, 'Ben Ashworth');
      assert.equal(one(text, '212 notices').speaker, 'Health and Safety Executive');
    });

    it('does not make `Neither` or `Either` opening a sentence part of a name', () => {
      const text = 'Tor Evensen of Halvern said the deal was good. Neither Halvern nor Brightwater undertakes any obligation. Halvern said it would pay in cash.';
      const names = analyze(text).speakers.map((s) => s.name);
      assert.ok(!names.some((n) => n.startsWith('Neither')), names.join(', '));
    });

    it('gives `the Company` to the name a release defines it as', () => {
      const text = 'OSLO – Halvern Foods ASA ("Halvern" or "the Company") today announced a deal.\n\nSiobhán Kearney will join the board, the Company said.';
      assert.equal(one(text, 'will join the board').speaker, 'Halvern Foods ASA');
      const founder = 'Brenner Logistik AG ("Brenner") bought Valdez Freight S.L. ("Valdez").\n\nLuis Valdez, founder of Valdez, stated: "Our drivers will keep their jobs."\n\nBrenner expects the deal to close in May, the company said.';
      assert.equal(one(founder, 'keep their jobs').speaker, 'Luis Valdez');
      assert.equal(one(founder, 'close in May').speaker, 'Brenner Logistik AG');
    });

    it('takes no speaker from a headline or a dateline, and gives `the company` to a speaker not known to be a person', () => {
      const text = 'Fire at depot forces evacuation\n\nDELMONT, Ky. (AP) — A fire tore through a depot early Wednesday, forcing the evacuation of 4,000 people, officials said.\n\nDelmont Fire Chief Renata Solis said crews arrived fast.\n\nGannet Agri-Supply said in a statement that all employees were safe. The company said it was "cooperating fully" with investigators.';
      const names = analyze(text).speakers.map((s) => s.name);
      assert.ok(!names.includes('Fire') && !names.includes('DELMONT'), names.join(', '));
      assert.equal(one(text, 'it was').speaker, 'Gannet Agri-Supply');
      assert.equal(one(text, 'cooperating fully').speaker, 'Gannet Agri-Supply');
    });

    it('resolves `he` to the person who last spoke, even in words that make no statement', () => {
      const text = '"That is a process problem," coordinator Tasha Greenberg said.\n\nCounty health officer Dr. Felix Amankwah urged residents to boil their water. He said there had been no reports of illness.';
      assert.equal(one(text, 'no reports').speaker, 'Felix Amankwah');
    });

    it('resolves `she` to the person named in the subordinate clause that opens the sentence', () => {
      const text = 'SALEM CREEK — When Gov. Elena Marsh signed the budget on Friday, she called it "a budget that lives within its means."';
      assert.equal(one(text, 'within its means').speaker, 'Elena Marsh');
      assert.equal(one('After the vote, she called it "a budget that lives within its means."', 'within its means').speaker, null);
    });

    it('resolves `she` to the person named after an opening participle phrase (`Born in Tacoma …, Ms. Hale learned`)', () => {
      for (const opener of ['Born in Tacoma to a fishing family', 'Raised on the waterfront', 'Growing up in Tacoma']) {
        const text = `Her daughter, Karin Berg, said the cause was pneumonia.\n\n${opener}, Margaret Lindqvist learned to sail early.\n\n"The men thought it was a hobby," she once said.`;
        assert.equal(one(text, 'hobby').speaker, 'Margaret Lindqvist', opener);
      }
    });

    it('keeps an organisation name whole across a plural possessive (`National Farmers\' Union`)', () => {
      assert.equal(one("The National Farmers' Union said the subsidy cut would close small farms.", 'subsidy').speaker, "National Farmers' Union");
    });

    it('gives `its governor` the person named with that title just after, but not one named much later', () => {
      const text = 'The central bank held rates on Thursday. Its governor said inflation was falling. Governor Maria Lind added that wages would decide the next move.';
      assert.equal(one(text, 'inflation').speaker, 'Maria Lind');
      const far = 'The central bank held rates. Its governor said inflation was falling.\n\nMarkets rose.\n\nBonds fell.\n\nGovernor Maria Lind spoke later.';
      assert.equal(one(far, 'inflation').speaker, null);
      // A wire puts a paragraph of market data between the description and the name.
      const afterData = "The crown fell after the central bank's governor signalled that rates would hold.\n\nThe crown lost 0.9%.\n\nIn a speech, Governor Maria Lind said inflation had turned.";
      assert.equal(one(afterData, 'rates would hold').speaker, 'Maria Lind');
    });

    it('finds the subject after a dateline ending with a colon, for a later `she`', () => {
      for (const dateline of ['NEW DELHI:', 'MUMBAI, Aug 14 (PTI):']) {
        const text = `Budget promises growth\n\n${dateline} Finance Minister Asha Verma unveiled the budget on Monday.\n\n"This is a budget for growth," she said.`;
        assert.equal(one(text, 'budget for growth').speaker, 'Asha Verma', dateline);
      }
    });

    it('gives a role named first the person the next statement of its paragraph introduces without a title', () => {
      const text = "Talks collapsed on Sunday.\n\nThe union's regional organiser told the Herald the company had walked away. Speaking on a picket line, Dave Kinsella said drivers were angry.";
      assert.equal(one(text, 'walked away').speaker, 'Dave Kinsella');
      const titled = "Talks collapsed on Sunday.\n\nThe union's regional organiser told the Herald the company had walked away. Dave Kinsella, a driver, said drivers were angry.";
      assert.equal(one(titled, 'walked away').speaker, null);
      const nextParagraph = "Talks collapsed on Sunday.\n\nThe union's regional organiser told the Herald the company had walked away.\n\nDave Kinsella said drivers were angry.";
      assert.equal(one(nextParagraph, 'walked away').speaker, null);
    });

    it('gives `you` in a letter the person its salutation addresses, and no one without a salutation', () => {
      const letter = 'Dear Secretary Mayorkas:\n\nHours after you received that statement, you called the photograph "horrifying" at a press conference.';
      assert.deepEqual(found(letter).map((s) => [s.kind, s.text, s.speaker]), [['partial', 'horrifying', 'Mayorkas']]);
      const bare = 'Hours after you received that statement, you called the photograph "horrifying" at a press conference.';
      assert.deepEqual(found(bare).map((s) => [s.kind, s.speaker]), [['partial', null]]);
    });

    it('splits a title from the name and merges the later surname', () => {
      const text = 'Finnish Trade Minister Ville Koski said on Monday that exports rose. "We are pleased," Koski said.';
      const annotation = analyze(text);
      assert.equal(annotation.speakers.length, 1);
      const [koski] = annotation.speakers;
      assert.equal(koski.name, 'Ville Koski');
      assert.equal(koski.title, 'Finnish Trade Minister');
      assert.ok(koski.aliases.includes('Koski'));
      assert.equal(koski.id, 'ville-koski');
    });

    it('resolves he and she to the right earlier speaker', () => {
      const text = 'Mayor Paul Vega and Councilwoman Irene Wu met on Monday. "The budget is balanced," Vega said. "We fought hard for the schools," she said.';
      assert.equal(one(text, 'schools').speaker, 'Irene Wu');
      const annotation = analyze(text);
      const wu = annotation.speakers.find((s) => s.name === 'Irene Wu');
      assert.ok(wu?.mentions.some((m) => m.pronoun === true));
    });

    it('merges `von der Leyen` into `Ursula von der Leyen`', () => {
      const text = 'Commission President Ursula von der Leyen said the bloc would stand firm. "Europe will not be divided," von der Leyen said.';
      assert.deepEqual(found(text).map((s) => s.speaker), ['Ursula von der Leyen', 'Ursula von der Leyen']);
    });

    it('learns a subject\'s gender from the possessive after it', () => {
      const text = 'Rovers manager Ingrid Solberg praised her team.\n\nCity boss Frank Delaney was furious with the referee. "We were robbed," Solberg said. He said the goal should have been ruled out.';
      assert.equal(one(text, 'goal should have').speaker, 'Frank Delaney');
    });

    it('reads a speaker after the verb that ends the sentence, and a name in apposition to a description', () => {
      const text = 'Margaret Ellis, a teacher for 38 years, died Sunday at 91, said her daughter, Susan Ellis.\n\n"The association held," said the study\'s lead author, Dr. Peter Kistler of the Alfred Hospital.';
      assert.equal(one(text, 'died Sunday').speaker, 'Susan Ellis');
      assert.equal(one(text, 'association held').speaker, 'Peter Kistler');
      assert.equal(one('Maya Chen, who has taught for a decade, said her class has 34 students.', 'class has').speaker, 'Maya Chen');
      assert.equal(found('The Oregon Kelp Alliance, a coalition of fishermen, welcomed the findings.').length, 0);
    });

    it('uses the full name seen earlier for a later title and surname', () => {
      const text = 'The bill is backed by Senators Ruth Baker and Alan Price.\n\n"It is overdue," said Senator Baker.';
      assert.equal(one(text, 'overdue').speaker, 'Ruth Baker');
    });

    it('lets organisations speak and resolves acronyms', () => {
      const text = 'The Federal Aviation Administration (FAA) reviewed the crash. "Safety comes first," the FAA said.';
      assert.equal(one(text, 'Safety').speaker, 'Federal Aviation Administration');
    });

    it('lets an acronym the text never spells out speak as an organisation, even opening a sentence', () => {
      const text = 'The storm cut power to 9,000 homes, Mayor Rita Gomez said. FEMA said it had sent teams to the coast. "We are here to help," NASA said.';
      const annotation = analyze(text);
      const fema = one(text, 'sent teams');
      assert.equal(fema.kind, 'indirect');
      assert.equal(fema.speaker, 'FEMA');
      assert.equal(one(text, 'here to help').speaker, 'NASA');
      assert.equal(annotation.speakers.find((s) => s.name === 'FEMA')?.kind, 'organization');
    });

    it('resolves `the company` to the organisation the text is about, not to one merely named', () => {
      const text = 'Greenfield Labs, a battery recycler, today announced a round led by Northgate Ventures.\n\nThe company said it would build a second plant in Nevada.';
      const hit = one(text, 'second plant');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.speaker, 'Greenfield Labs');
    });

    it('resolves `the club` to the club that acted before', () => {
      const text = 'Westbury United signed a new striker on Monday.\n\nThe club said the fee was undisclosed.';
      assert.equal(one(text, 'fee was').speaker, 'Westbury United');
    });

    it('resolves `it` to an organisation named in an apposition', () => {
      const text = "The developer, Ashdown Homes, welcomed what it called 'a sensible and balanced outcome'.";
      const hit = one(text, 'balanced outcome');
      assert.equal(hit.kind, 'partial');
      assert.equal(hit.speaker, 'Ashdown Homes');
    });

    it('reads an organisation set off by commas after a description as the speaker', () => {
      const text = 'The union, Amalgamated Workers Union, was disappointed.\n\nThe company, Brightwater Industries, said in a statement that the plant was no longer competitive.';
      assert.equal(one(text, 'no longer competitive').speaker, 'Brightwater Industries');
    });

    it('tracks candidates named after a news role for later pronouns', () => {
      const text = 'Mayoral candidates Janet Alvarez and Michael Torres clashed on Tuesday.\n\nAlvarez accused Torres of ignoring the housing crisis. He responded that her plan would raise taxes.';
      assert.equal(one(text, 'raise taxes').speaker, 'Michael Torres');
    });

    it('resolves `it` to a construction firm named in an apposition', () => {
      const text = 'The Port Authority approved the plan.\n\nThe contractor, Baymark Construction, said it would begin work in the spring. It said it expected to hire locally.';
      assert.equal(one(text, 'hire locally').speaker, 'Baymark Construction');
    });

    it('lets `the WHO` speak though `who` is a question word', () => {
      assert.equal(one('The WHO warned that staffing shortages were a global problem.', 'shortages').speaker, 'WHO');
    });

    it('takes an unknown capitalised word right before a speech verb for a speaker', () => {
      const text = 'The fine was large. Daniel Ek called it "a victory."\n\nReuters reported last month that the fine was expected.';
      assert.equal(one(text, 'fine was expected').speaker, 'Reuters');
    });

    it('knows company names by their heads: Health, Motors, Labs', () => {
      for (const name of ['Harbor Health', 'Halvorsen Motors', 'Greenfield Labs']) {
        const annotation = analyze(`${name} said it would open a new site in the spring.`);
        assert.equal(annotation.speakers[0]?.kind, 'organization', name);
      }
    });

    it('keeps a possessive inside an organisation\'s name and reads `for the` in it', () => {
      const text = "Lorraine Whitaker was arrested on Friday, according to the U.S. Attorney's Office for the Northern District.";
      assert.equal(one(text, 'arrested').speaker, "U.S. Attorney's Office for the Northern District");
    });

    it('leaves an unnamed source unattributed but keeps the description', () => {
      const annotation = analyze('"It was chaos," a witness said.');
      assert.equal(annotation.statements[0].speakerId, null);
      assert.equal(annotation.statements[0].speakerMention?.text, 'a witness');
    });

    it('reads a British `-iser` role as a description of the source', () => {
      const annotation = analyze("The union's regional organiser told the Herald the company had walked away from the table.");
      assert.equal(annotation.statements[0]?.text, 'the company had walked away from the table');
      assert.equal(annotation.statements[0].speakerMention?.text, "The union's regional organiser");
    });

    it('reads an abstract noun opening the sentence (`Management said`) as an unnamed source, but not a name seen elsewhere', () => {
      const text = '"We are ready to talk," said Priya Chandran. Management said in a statement that the offer was fair.';
      assert.equal(one(text, 'the offer was fair').speaker, null);
      const statement = analyze(text).statements.find((st) => st.text === 'the offer was fair');
      assert.equal(statement?.speakerMention?.text, 'Management');
      assert.equal(one('"We are ready," said Priya Chandran. Campaigners said the figures were a disgrace.', 'disgrace').speaker, null);
      assert.equal(one('"We are ready," said Priya Chandran. Firefighters said the roof had fallen in.', 'roof').speaker, null);
      const named = 'The firm Fulfillment Co. hired Atonement last year, and Atonement grew. Atonement said the offer was fair.';
      assert.equal(one(named, 'the offer was fair').speaker, 'Atonement');
    });

    it('keeps `she said` after an unnamed source\'s statement in the same paragraph with that source', () => {
      const text = '"We are ready," Maeve Doherty said.\n\nOne nurse, who did not want to be named, said she had worked four double shifts. "I love this job," she said.';
      assert.equal(one(text, 'I love this job').speaker, null);
      const later = '"We are ready," Maeve Doherty said.\n\nOne nurse, who did not want to be named, said she had worked four double shifts.\n\n"I love this job," she said.';
      assert.equal(one(later, 'I love this job').speaker, 'Maeve Doherty');
    });

    it('takes capitals joined by `and` before a lower-case title for the title, not for a second subject', () => {
      const text = 'Warehouse fire\n\nHalifax Regional Fire and Emergency division chief Paul Arsenault said the roof fell in. The company said its staff would be paid.';
      assert.deepEqual(analyze(text).speakers.map((sp) => sp.name), ['Paul Arsenault']);
      assert.equal(one(text, 'staff would be paid').speaker, null);
    });

    it('keeps an unnamed group unnamed instead of inheriting the last speaker', () => {
      const text = '"This is a historic day," said Ana Diaz. Critics, however, warned that costs could rise.';
      assert.equal(one(text, 'costs could rise').speaker, null);
    });

    it('keeps common unnamed groups of news copy unnamed', () => {
      for (const group of ['Opponents', 'Skeptics', 'Commuters', 'Others']) {
        const hit = one(`Mayor Ann Cole backed the bill. ${group} said the bill was a giveaway to contractors.`, 'giveaway');
        assert.equal(hit.speaker, null, group);
      }
    });

    it('keeps a spokesperson for an organisation unnamed', () => {
      const annotation = analyze('"We are reviewing the plans," a spokesperson for the Ministry of Transport said.');
      assert.equal(annotation.statements[0].speakerId, null);
      assert.equal(annotation.statements[0].speakerMention?.text, 'a spokesperson for the Ministry of Transport');
    });

    it('makes a name set off by commas the subject that a later pronoun refers to', () => {
      const text = 'Dr. Hanna Lind spoke first. The board chair, Erik Holm, welcomed her. "She brings energy," he said.';
      assert.equal(one(text, 'energy').speaker, 'Erik Holm');
    });

    it('tracks subjects after a fronted phrase and in an apposition for later pronouns', () => {
      const text = 'Every morning at dawn, Rosa Alvarez opens her bakery. She says the first hour is quiet. Her son, Diego, 19, helps on weekends. "Not yet," he says.';
      assert.equal(one(text, 'first hour').speaker, 'Rosa Alvarez');
      assert.equal(one(text, 'Not yet').speaker, 'Diego');
    });

    it('tracks a subject after a fronted phrase with an age apposition, or a participle phrase', () => {
      const text = 'KELL ISLAND, Maine — Every morning at 5:30, Tom Brannigan, 71, walks to the dock.\n\n"I have done this for forty years," he says.\n\nA spokesperson, Mark Delacroix, said a new boat was coming. "We thank Tom," Delacroix said.\n\nAsked whether he would stay on, Brannigan laughed. "We will see," he said.';
      assert.equal(one(text, 'forty years').speaker, 'Tom Brannigan');
      assert.equal(one(text, 'We will see').speaker, 'Tom Brannigan');
    });

    it('reads an appositive name after lower-case title modifiers', () => {
      const hit = one('The law\'s sponsor, state Sen. Dale Hunt, called the ruling "judicial activism at its worst."', 'activism');
      assert.equal(hit.kind, 'partial');
      assert.equal(hit.speaker, 'Dale Hunt');
    });

    it('does not take a capitalised sentence opener for a name', () => {
      const text = 'Rep. Carl Mendez toured the dam. Afterwards he said the repairs were finished on time.';
      assert.equal(one(text, 'repairs').speaker, 'Carl Mendez');
    });

    it('gives a nationality used as a noun (`the Dane`, `the 19-year-old Colombian`) to the person just named, and a later one to the same person', () => {
      const text = 'Coach Henrik Mortensen praised his side after the draw.\n\n"We were patient," the Dane said.\n\nWinger Luis Caldera, signed in the summer, watched from the bench. The 19-year-old Colombian said he was ready to start.\n\nThe club has lost one game since March.\n\n"Nobody panics here," the Dane said.';
      assert.equal(one(text, 'were patient').speaker, 'Henrik Mortensen');
      assert.equal(one(text, 'ready to start').speaker, 'Luis Caldera');
      assert.equal(one(text, 'Nobody panics').speaker, 'Henrik Mortensen');
    });

    it('reads an athlete\'s sport before a name as a title (`Kenyan runner Daniel Ruto`), so `the runner` and `the Kenyan` mean him', () => {
      const text = 'Kenyan runner Daniel Ruto won the marathon on Sunday.\n\n"It was hot," the runner said. "But I was ready," the Kenyan added.';
      assert.equal(one(text, 'was hot').speaker, 'Daniel Ruto');
      assert.equal(one(text, 'was ready').speaker, 'Daniel Ruto');
    });

    it('reads a nationality before a full name as its title, and gives `the Ethiopian` to no one described with another nationality', () => {
      const lead = 'Ethiopian Tadesse Bekele won the race on Sunday.\n\nKenyan runner Daniel Ruto was second.\n\n"The last kilometre was cruel," the Ethiopian said.';
      assert.equal(one(lead, 'cruel').speaker, 'Tadesse Bekele');
      const unnamed = 'Tadesse Bekele won the race on Sunday.\n\nKenyan runner Daniel Ruto was second.\n\n"The last kilometre was cruel," the Ethiopian said.';
      assert.equal(one(unnamed, 'cruel').speaker, null);
    });

    it('names the government or embassy a nationality adjective goes with (`the Italian government`), and lets a later `it` mean it', () => {
      const text = 'The Italian government said in a statement that the talks would resume. It said a deal was close.';
      assert.equal(one(text, 'talks would resume').speaker, 'Italian government');
      assert.equal(one(text, 'deal was close').speaker, 'Italian government');
    });

    it('names a body owned by a named country or city by the whole phrase (`Norway\'s fisheries ministry`), one body per owner', () => {
      const text = "Norway's fisheries ministry said quotas would be cut. Denmark's environment ministry said it disagreed.";
      assert.equal(one(text, 'quotas').speaker, "Norway's fisheries ministry");
      assert.equal(one(text, 'disagreed').speaker, "Denmark's environment ministry");
    });

    it('takes a person already quoted, alone in an opening `For` phrase (`For Marsh, the worry is …`), as the `she` that follows', () => {
      const text = '"The rover is ready," said Dr Ines Marsh, the project lead.\n\n"The budget is not," said Dr Clara Odum, who chairs the review panel.\n\nFor Marsh, the worry is the landing.\n\n"Seven minutes of silence," she says.';
      assert.equal(one(text, 'Seven minutes').speaker, 'Ines Marsh');
    });

    it('keeps `of …` in the name of a confederation or a consortium set off by a relative clause', () => {
      const text = 'The Confederation of Shipowners, which speaks for 40 lines, said the levy was unfair. The Consortium of Ports, which runs six harbours, said it agreed.';
      assert.equal(one(text, 'levy was unfair').speaker, 'Confederation of Shipowners');
      assert.equal(one(text, 'it agreed').speaker, 'Consortium of Ports');
    });

    it('gives a post quoted after `wrote on X:` to the writer set off before it with a relative clause', () => {
      const text = 'Opposition leader Kim Pardo of the Green Party, which voted no, wrote on X: "We will repeal it."';
      assert.equal(one(text, 'repeal it').speaker, 'Kim Pardo');
    });

    it('reads `the groups said` as an unnamed group, and a `They said` right after it as the same group, not the last person named', () => {
      const text = 'Mayor Lena Voss said the plan was fair.\n\nThree charities wrote to the council. The groups said the cuts would hurt families. They said they would appeal.';
      assert.equal(one(text, 'hurt families').speaker, null);
      assert.equal(one(text, 'would appeal').speaker, null);
    });

    it('gives `the charities said` to a coalition named before as `a coalition of … charities`', () => {
      const text = 'The bill was drafted with the Clean Air Network, an alliance of the region’s largest health charities. In a joint statement, the charities said the bill would save lives.';
      assert.equal(one(text, 'save lives').speaker, 'Clean Air Network');
      assert.equal(one('The Clean Air Network, an alliance of charities and unions, met. The charities said it was late.', 'was late').speaker, null);
    });

    it('reads a sentence-opening number before a title (`One journalist asked`) as an unnamed source, and gives the answer to the one asked', () => {
      const text = 'Coach Maria Lund said the defeat hurt.\n\nOne journalist asked Lund whether she would resign. She smiled. "Not today," she said.';
      assert.equal(one(text, 'Not today').speaker, 'Maria Lund');
      assert.equal(one(text, 'would resign').speaker, null);
    });

    it('takes the apposition between a subject\'s name and its cue for the title, and stops at the cue', () => {
      const annotation = analyze('Nadia Ferreira, the hospital\'s head of nursing, explains that night shifts are now shorter and better staffed.');
      assert.equal(annotation.speakers[0].name, 'Nadia Ferreira');
      assert.equal(annotation.speakers[0].title, 'the hospital\'s head of nursing');
      const long = analyze('Tomas Lindgren, president and chief executive of Norrvik Shipping, said the new vessels would be delivered in batches over the next three years.');
      assert.equal(long.speakers[0].title, 'president and chief executive of Norrvik Shipping');
      const relative = analyze('Ines Okafor, a retired judge who now sits on the parole board, said the rules were too strict.');
      assert.equal(relative.speakers[0].title, 'a retired judge');
      const aged = analyze('Colm Brady, 64, however, said he doubted the new road would ever be built.');
      assert.equal(aged.speakers[0].title, null);
    });

    it('reads past degrees after a name: the person speaks, and the apposition after the degrees is the title', () => {
      const lead = analyze('Announcing the results, Priya Nandakumar, M.D., chief scientific officer of Halden Bio, said: "The response rates held up in every subgroup."');
      const names = new Map(lead.speakers.map((s) => [s.id, s]));
      assert.equal(names.get(lead.statements[0].speakerId!)?.name, 'Priya Nandakumar');
      assert.equal(names.get(lead.statements[0].speakerId!)?.title, 'chief scientific officer of Halden Bio');
      const trailing = analyze('"The response rates held up in every subgroup," said Owen Tull, M.D., Ph.D., Professor of Oncology at Rilke University.');
      assert.equal(trailing.speakers[0].title, 'Professor of Oncology at Rilke University');
    });

    it('takes a lone unknown name with a `who` clause for a person, her gender from the clause', () => {
      const text = '"The ferry timetable has been cut twice this year," said Councillor Ruth Bannerman.\n\nSiobhra, who asked that her surname be withheld, said the cuts had cost her a job. "I could not get to work by eight," she said.';
      assert.equal(one(text, 'cost her a job').speaker, 'Siobhra');
      assert.equal(one(text, 'get to work').speaker, 'Siobhra');
    });

    it('takes the company before `, Inc.` for the speaker, and reads its defined terms after the suffix', () => {
      assert.equal(one('Marrowfield Analytics, Inc. today announced that it had opened an office in Leeds.', 'office in Leeds').speaker, 'Marrowfield Analytics');
      const text = 'DENVER -- Kestrel Grid Solutions, LLC ("Kestrel" or "the Company") today announced a new battery plant. The Company said the plant would employ 300 people.';
      assert.equal(one(text, 'employ 300').speaker, 'Kestrel Grid Solutions');
    });

    it('reads `the charity` and `the nonprofit` as the organisation named before', () => {
      const text = 'BRISTOL – The Kestle Almshouse Trust has bought 12 flats for older tenants, the charity said on Monday.';
      assert.equal(one(text, 'bought 12 flats').speaker, 'Kestle Almshouse Trust');
      assert.equal(one('The Larkin Food Bank, a nonprofit, opened in 2019. Demand has doubled since then, the nonprofit said.', 'Demand has doubled').speaker, 'Larkin Food Bank');
    });

    it('takes a company\'s first word for the company named before with a legal suffix, unless a person has that surname', () => {
      const text = 'Ostrander Medical Devices, Inc. today opened a plant in Ohio. Ostrander said the plant would make 40,000 pumps a year.';
      const annotation = analyze(text);
      assert.deepEqual(annotation.speakers.map((s) => [s.name, s.kind]), [['Ostrander Medical Devices', 'organization']]);
      const person = 'Ostrander Medical Devices, Inc. today opened a plant. "We are proud of it," said Mae Ostrander, its founder. Ostrander said the plant would make pumps.';
      assert.equal(one(person, 'make pumps').speaker, 'Mae Ostrander');
    });

    it('takes a body\'s possessive before a titled document for the source, so a later `the agency` finds it', () => {
      const text = 'Rents in the county rose 9% last year, according to the Valdora Housing Agency\'s 2025 Tenancy Report. Rents for family homes rose faster still, the agency said.';
      assert.equal(one(text, 'Rents in the county').speaker, 'Valdora Housing Agency');
      assert.equal(one(text, 'family homes').speaker, 'Valdora Housing Agency');
    });

    it('takes the name after `Title of the Body` for the person, not the body\'s head word', () => {
      const text = 'Ruth Okoro will join the council in May.\n\nPresident of the Council Susan Lindqvist said: "We chose the strongest candidate we have ever interviewed."\n\nLindqvist praised the outgoing clerk, saying he had served for a decade. "He will be missed by everyone in this building," she said.';
      assert.equal(one(text, 'strongest candidate').speaker, 'Susan Lindqvist');
      assert.equal(one(text, 'missed by everyone').speaker, 'Susan Lindqvist');
    });
  });

  describe('reported speech', () => {
    it('reads a bare clause after a verb that may take an addressee when a noun phrase and an auxiliary follow it', () => {
      for (const verb of ['warned', 'cautioned']) {
        assert.deepEqual(found(`Finance Minister Petra Novak ${verb} the economy could shrink next year.`).map((s) => s.text), ['the economy could shrink next year']);
      }
      // An addressee and then an infinitive is no report: `warned the public to stay indoors`.
      assert.deepEqual(found('Finance Minister Petra Novak warned the public to stay indoors.'), []);
    });

    it('reports nothing after an inverted verb whose speaker has a relative clause (`says Dr X, a glaciologist, who has studied …`)', () => {
      const text = '"The ice is older than we thought," says Prof. Tomas Lindgren, a glaciologist, who has studied the sheet for thirty years.';
      const all = found(text);
      assert.deepEqual(all.map((s) => s.kind), ['direct'], JSON.stringify(all));
      assert.equal(all[0].speaker, 'Tomas Lindgren');
    });

    it('reads a name after `According to the official,` as the report\'s subject, not as the official\'s name', () => {
      const text = 'A second official said the talks could fail. According to the official, Lindqvist will brief senators next week.';
      const hit = one(text, 'will brief senators');
      assert.equal(hit.text, 'Lindqvist will brief senators next week');
      assert.equal(hit.speaker, null);
    });

    it('makes no report of a sentence whose own cue a trailing `according to` only sources', () => {
      const text = 'Wolves director of rugby Sian Pryce said the club would review the decision, according to a club statement.';
      assert.deepEqual(found(text).map((s) => s.text), ['the club would review the decision']);
    });

    it('reads a clause whose subject is a plural possessive, and reports a shared `and that` clause once', () => {
      assert.equal(one('Dr. Niamh Castellane said the bees\' performance was far better than assumed.', 'performance').text, 'the bees\' performance was far better than assumed');
      const shared = found('Castellane said the bees were building what she called "a rolling map" and that the effect lasted for days.').filter((s) => s.text === 'the effect lasted for days');
      assert.equal(shared.length, 1);
    });

    it('reads members of a group as unnamed sources, and a participle after a trailing cue as its manner', () => {
      const text = 'A deal could be announced as early as next week, two of the people said, speaking on condition of anonymity. One of them cautioned that the talks could still fall apart.';
      const deal = one(text, 'A deal');
      assert.equal(deal.text, 'A deal could be announced as early as next week');
      assert.equal(deal.kind, 'indirect');
      assert.equal(one(text, 'fall apart').text, 'the talks could still fall apart');
    });

    it('reads the clause before a trailing cue with a weekday when an adverbial clause follows the cue', () => {
      const text = 'DUNMORE — Residents should boil their tap water until at least Sunday, city officials said Wednesday, after a water main ruptured beneath Canal Street.';
      const hit = one(text, 'boil');
      assert.deepEqual([hit.kind, hit.text, hit.speaker], ['indirect', 'Residents should boil their tap water until at least Sunday', null]);
      assert.equal(found(text).length, 1);
      // A fronted phrase before the cue is no clause: the content is after the cue, adverbial or not.
      const fronted = one('Without that support, she said, after the storm the shelter might have closed.', 'might');
      assert.equal(fronted.text, 'after the storm the shelter might have closed');
    });

    it('gives a participle the name set off after the title that opens the sentence, not a place after a preposition', () => {
      const hit = one('The Transport Secretary, Alun Pritchard, has defended a rise in rail fares in England, insisting it was the smallest increase in years.', 'smallest increase');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.speaker, 'Alun Pritchard');
    });

    it('reads any organisation head after `the` as the organisation named before: `The foundation said`, `according to the foundation`', () => {
      const text = 'The Open Pages Foundation announced grants to libraries.\n\nThe foundation said the grants would fund 140 tutors.\n\nLibraries were picked from 112 applicants, according to the foundation.';
      const said = one(text, 'fund 140 tutors');
      assert.equal(said.kind, 'indirect');
      assert.equal(said.speaker, 'Open Pages Foundation');
      const according = one(text, 'picked from 112');
      assert.equal(according.kind, 'indirect');
      assert.equal(according.text, 'Libraries were picked from 112 applicants');
    });

    it('ends an outer report before the subordinator that opens a nested one', () => {
      const text = 'Mayor Andrea Lowe said the council would review how the alert was sent, after some people complained they received it twice.';
      assert.ok(found(text).some((st) => st.text === 'the council would review how the alert was sent'), JSON.stringify(found(text)));
    });

    it('ends a report before a second verb of the speaker that governs an infinitive, but not before a verb inside the report', () => {
      assert.equal(one('Governor Ann Marsh said the study gave the state a roadmap and urged legislators to act quickly.', 'roadmap').text, 'the study gave the state a roadmap');
      assert.equal(one('Ana Ruiz said workers had complained and asked for raises.', 'workers').text, 'workers had complained and asked for raises');
    });

    it('ends a report before a second speech verb of the speaker that takes an object, keeping the quoted words inside', () => {
      const accused = found('The teachers union said the delayed payment was "a raid on savings" and accused lawmakers of "balancing the books on the backs of teachers."');
      assert.deepEqual(accused.map((s) => [s.kind, s.text]), [
        ['indirect', 'the delayed payment was "a raid on savings"'],
        ['partial', 'a raid on savings'],
        ['partial', 'balancing the books on the backs of teachers.'],
      ]);
      assert.equal(one('Justice Meera Raghavan said the city could not "bulldoze first" and directed it to file an affidavit.', 'city').text, 'the city could not "bulldoze first"');
      assert.equal(one('One senior backbencher told the BBC the decision was rushed and predicted a rebellion.', 'decision').text, 'the decision was rushed');
    });

    it('gives a participle after a comma the description that opens the sentence', () => {
      const text = 'The club issued a statement on Sunday, saying the board takes its decisions on the evidence.';
      const hit = one(text, 'the board takes');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.text, 'the board takes its decisions on the evidence');
      assert.match(analyze(text).statements[0].speakerMention?.text ?? '', /^The club$/);
    });

    it('reads a reported clause whose subject carries an aside between commas', () => {
      const hit = one('Tom Reed has run the shop since 1994. He said his knees, not the business, were the reason he was retiring.', 'his knees');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.text, 'his knees, not the business, were the reason he was retiring');
      assert.equal(hit.speaker, 'Tom Reed');
    });

    it('reports speech by an unnamed group with its modifiers, before or after the content', () => {
      for (const text of ['Whitaker was charged with wire fraud, federal prosecutors said Monday.', 'City police said Whitaker was charged with wire fraud.', 'Board staff said Whitaker was charged with wire fraud.']) {
        const hit = one(text, 'charged with wire fraud');
        assert.equal(hit.kind, 'indirect', text);
        assert.equal(hit.text, 'Whitaker was charged with wire fraud', text);
        assert.equal(hit.speaker, null, text);
      }
    });

    it('reads the clause after `interjected to say`, `went on to add`', () => {
      const hit = one('Mayor Rosalind Achebe interjected to say the council had approved a $28 million bond in March.', 'council');
      assert.deepEqual([hit.kind, hit.text, hit.speaker], ['indirect', 'the council had approved a $28 million bond in March', 'Rosalind Achebe']);
      assert.equal(one('Gordon Pike went on to add that the pipe had failed at a joint.', 'joint').speaker, 'Gordon Pike');
      assert.equal(found('Gordon Pike declined to say whether the pipe had failed at a joint.').length, 0);
    });

    it('reads a bare clause after `told` and a definite addressee', () => {
      const hit = one('Vikram Sethi told the court the residents had been offered flats at Khajuri.', 'residents');
      assert.deepEqual([hit.kind, hit.text, hit.speaker], ['indirect', 'the residents had been offered flats at Khajuri', 'Vikram Sethi']);
      assert.equal(one('Sethi told his lawyer he would appeal.', 'appeal').text, 'he would appeal');
    });

    it('does not take a demonstrative `that` before a lone word for a that-clause', () => {
      assert.equal(found('Budget director Philip Acheampong disputed that figure, saying the office had assumed high returns.').filter((s) => s.text === 'figure').length, 0);
      assert.equal(found('Acheampong denied that claim.').length, 0);
      assert.equal(one('Acheampong said that inflation, which peaked in May, would fall.', 'inflation').text, 'inflation, which peaked in May, would fall');
    });

    it('reads `said that` and a bare clause, with the clause as the span', () => {
      const hit = one('Mayor Lee Chan said that the bridge will reopen in June.', 'bridge');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.text, 'the bridge will reopen in June');
      assert.equal(one('Chan said the council has approved the budget.', 'council').text, 'the council has approved the budget');
    });

    it('reads a trailing `according to` a document with a long complement, after a dateline', () => {
      const text = 'DETROIT (Reuters) - Halvorsen Motors is recalling 120,000 vehicles because a brake hose can leak, according to a filing with U.S. safety regulators.';
      const hit = one(text, 'recalling');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.text, 'Halvorsen Motors is recalling 120,000 vehicles because a brake hose can leak');
      assert.equal(hit.speaker, null);
    });

    it('gives both reports of `the governor said … but that …` the governor', () => {
      const text = '"We are ready," Governor Helena Marsh told reporters.\n\nAsked about the housing market, the governor said prices had fallen but that the bank saw no sign of a correction.';
      assert.deepEqual(found(text).map((s) => s.speaker), ['Helena Marsh', 'Helena Marsh', 'Helena Marsh']);
    });

    it('does not take the report after `According to X,` for X\'s title', () => {
      const text = 'According to Nimbus, a single drone can cover a warehouse in two nights.\n\nThe company said it plans to ship the drone in the spring.';
      const annotation = analyze(text);
      assert.equal(annotation.speakers.find((s) => s.name === 'Nimbus')?.title, null);
      assert.equal(one(text, 'plans to ship').speaker, 'Nimbus');
    });

    it('reads a trailing `according to` an unnamed source with a long description', () => {
      const text = 'The scheme came to light when a new director noticed the missing warehouse, according to a law enforcement official familiar with the investigation who was not authorized to speak publicly.';
      const hit = one(text, 'scheme came to light');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.speaker, null);
    });

    it('gives a coordinated verb the name set off by commas after the opening description', () => {
      const text = "The opposition leader on the council, Cllr Gareth Pryce, called the scheme 'social cleansing by spreadsheet' and said his party would call it in.";
      assert.deepEqual(found(text).map((s) => [s.kind, s.speaker]), [['partial', 'Gareth Pryce'], ['indirect', 'Gareth Pryce']]);
    });

    it('reads a second report after `but that`', () => {
      const text = 'Dana Whitfield said the company understood the anger but that safety came first.';
      assert.deepEqual(found(text).map((s) => [s.text, s.speaker]), [['the company understood the anger', 'Dana Whitfield'], ['safety came first', 'Dana Whitfield']]);
    });

    it('reads `according to X, …` and a trailing `…, X said.`', () => {
      assert.equal(one('According to Dr. Eve Lund, the outbreak has peaked.', 'outbreak').speaker, 'Eve Lund');
      const trailing = one('In the coming months the plant will hire 200 people, Manager Ben Ito said.', 'hire');
      assert.equal(trailing.kind, 'indirect');
      assert.equal(trailing.speaker, 'Ben Ito');
    });

    it('gives the words of `a statement from X` to X, before or after the quotation', () => {
      const trailing = '"We have made a fair offer," according to a statement from hospital president Laura Finch.';
      assert.equal(one(trailing, 'fair offer').speaker, 'Laura Finch');
      const leading = 'According to a letter from Senator Ida Moss, the base will stay open.';
      assert.equal(one(leading, 'base will stay').speaker, 'Ida Moss');
      const document = one('The plant will close, according to a filing with regulators.', 'plant will close');
      assert.equal(document.speaker, null);
    });

    it('gives reported speech with quoted words an indirect and a partial statement', () => {
      const statements = found('Governor Nia Hart said the plan was "bold and overdue." She signed it.');
      assert.deepEqual(statements.map((s) => s.kind), ['indirect', 'partial']);
      assert.equal(statements[1].text, 'bold and overdue.');
      assert.ok(statements.every((s) => s.speaker === 'Nia Hart'));
    });

    it('splits coordinated reports and honours extra speech verbs', () => {
      const text = 'Mayor Ken Ito claimed that taxes will fall and promised that roads will improve.';
      assert.deepEqual(found(text).map((s) => s.text), ['taxes will fall', 'roads will improve']);
      assert.equal(found('Ito opined that taxes will fall.').length, 0);
      assert.equal(found('Ito opined that taxes will fall.', ['opine']).length, 1);
    });

    it('keeps a modified group that opens a reported clause whole (`said local residents had told him …`)', () => {
      const text = 'Council leader Peter Vance held his seat. He blamed national issues and said local residents had told him they were "fed up with Westminster".';
      const st = one(text, 'local residents');
      assert.equal(st.text, 'local residents had told him they were "fed up with Westminster"');
      assert.equal(st.speaker, 'Peter Vance');
    });

    it('gives a coordinated speech verb the pronoun after an opening phrase, and makes no trailing cue of it', () => {
      const text = 'Tom Brennan lost the race.\n\nIn a statement, he thanked voters for their support and said he would help with the transition.';
      assert.equal(one(text, 'help with the transition').speaker, 'Tom Brennan');
      const memoir = 'Ann Lind was a ferry captain.\n\nAfter retiring in 2001, she taught seamanship and wrote a memoir, "Fog on the Sound," published in 2009.';
      assert.deepEqual(found(memoir), []);
    });

    it('gives a coordinated speech verb the subject of the speech verb before it, not the dateline', () => {
      const text = 'Engineers held abroad\n\nKOLVANY, Aug. 3 – The Ministry of Foreign Affairs on Tuesday confirmed that two citizens had been detained and said consular officers had visited them.';
      assert.equal(one(text, 'consular officers').speaker, 'Ministry of Foreign Affairs');
    });

    it('reports a clause before a trailing cue around a title in quotation marks, and gives `it` to the organisation the sentence is about', () => {
      const text = 'Hestia Home Appliances said it was sorry. The National Product Safety Commission said it had acted fast.\n\nThe company\'s "Cook With Confidence" guarantee does not cover lids damaged before the recall, it said.';
      const st = one(text, 'guarantee does not cover');
      assert.equal(st.kind, 'indirect');
      assert.equal(st.speaker, 'Hestia Home Appliances');
    });

    it('reads reported speech after an interview phrase and coordinated with `but`', () => {
      const statements = found('The Teachers Union said in a statement that it welcomed the funding but warned that classes remain too large.');
      assert.deepEqual(statements.map((s) => s.text), ['it welcomed the funding', 'classes remain too large']);
      assert.ok(statements.every((s) => s.speaker === 'Teachers Union'));
    });

    it('reads a quoted label after `called` as a partial quotation', () => {
      const hit = one('Senator Rose Lane called the ruling "a missed opportunity" on Monday.', 'missed');
      assert.equal(hit.kind, 'partial');
      assert.equal(hit.speaker, 'Rose Lane');
    });

    it('reads quoted words after naming verbs and nouns as partial quotations', () => {
      const text = 'Councilman Derek Faulk described the proposed cuts to libraries as "reckless and short-sighted." His aide, Aaron Pell, labeled the criticism "predictable." The budget, which Mayor Linda Chu has dubbed "a plan for the decade," passed. Faulk\'s office dismissed the vote as "a giveaway." She accused him of "playing games."';
      assert.deepEqual(found(text).map((s) => [s.kind, s.text, s.speaker]), [
        ['partial', 'reckless and short-sighted.', 'Derek Faulk'],
        ['partial', 'predictable.', 'Aaron Pell'],
        ['partial', 'a plan for the decade,', 'Linda Chu'],
        ['partial', 'a giveaway.', 'Derek Faulk'],
        ['partial', 'playing games.', 'Linda Chu'],
      ]);
    });

    it('reads short quoted complements after `to` and `of`, and `referred to X as`', () => {
      const text = 'Sen. Rob Lyle promised to "keep fighting" and vowed a "long and noisy campaign." Governor Ellen Park warned of "serious consequences" and has referred to the plan as "a tax."';
      assert.deepEqual(found(text).map((s) => [s.kind, s.text, s.speaker]), [
        ['partial', 'keep fighting', 'Rob Lyle'],
        ['partial', 'long and noisy campaign.', 'Rob Lyle'],
        ['partial', 'serious consequences', 'Ellen Park'],
        ['partial', 'a tax.', 'Ellen Park'],
      ]);
    });

    it('gives a participle after a time phrase the subject that opens the sentence', () => {
      const text = 'Governor Ellen Park vetoed the bill on Monday, calling it "a disaster for working families." The European Central Bank held rates on Thursday, saying inflation was still too high.';
      assert.equal(one(text, 'disaster').speaker, 'Ellen Park');
      const report = one(text, 'inflation');
      assert.equal(report.kind, 'indirect');
      assert.equal(report.speaker, 'European Central Bank');
    });

    it('reads `accused X of treating them as \'…\'` as a partial quotation by an unnamed group, with no reported clause', () => {
      const text = "Tenants on the Ashgrove estate in Northfleet have accused Medway Vale Borough Council of treating them as 'an inconvenience' after plans emerged.";
      assert.deepEqual(found(text).map((s) => [s.kind, s.text, s.speaker]), [['partial', 'an inconvenience', null]]);
    });

    it('does not take discoveries or time phrases after a verb of memory for speech', () => {
      assert.equal(found('Greene found that the skills he learned at home helped him.').length, 0);
      assert.equal(found('"It was time," he recalled before enlisting in the Army.').filter((s) => s.kind === 'indirect').length, 0);
      assert.equal(found('The audit found that costs doubled.')[0]?.kind, 'indirect');
    });

    it('reads a quoted predicate in reported speech', () => {
      const statements = found('A ministry official said the government "fully supports" the plan.');
      assert.deepEqual(statements.map((s) => s.kind), ['indirect', 'partial']);
      assert.ok(statements.every((s) => s.speaker === null));
    });

    it('reads both clauses around a cue interjected between them, with quoted words ending the first', () => {
      const text = 'Senate leader Daniel Whitfield defended the plan. The rainy-day fund exists "for exactly this kind of year," he told reporters, and tapping it spared schools from deeper cuts.';
      assert.deepEqual(found(text).map((s) => [s.kind, s.text, s.speaker]), [
        ['indirect', 'The rainy-day fund exists "for exactly this kind of year,"', 'Daniel Whitfield'],
        ['partial', 'for exactly this kind of year,', 'Daniel Whitfield'],
        ['indirect', 'tapping it spared schools from deeper cuts', 'Daniel Whitfield'],
      ]);
      assert.deepEqual(found('Prices will rise next year, Mayor Ann Cole said, and wages will lag behind them.').map((s) => s.text), ['Prices will rise next year', 'wages will lag behind them']);
      assert.deepEqual(found('The vote was close, Mayor Ann Cole said, and walked out of the chamber.').map((s) => s.text), ['The vote was close']);
      const participle = found('The fund was "running on fumes," treasurer Joe Banks said, adding that donations had halved.');
      assert.deepEqual(participle.map((s) => [s.kind, s.text]), [['indirect', 'The fund was "running on fumes,"'], ['partial', 'running on fumes,'], ['indirect', 'donations had halved']]);
      assert.equal(found('The message was clear: "We will win," Mayor Ann Cole said.').filter((s) => s.kind === 'indirect').length, 0);
    });

    it('reads a bare clause whose verb is a speech verb with a that-clause as the whole report', () => {
      const text = 'Castellane said the finding suggested that the bees were building what she called "a rolling map" and that this map decayed gradually.';
      assert.deepEqual(found(text).map((s) => [s.kind, s.text]), [
        ['indirect', 'the finding suggested that the bees were building what she called "a rolling map"'],
        ['partial', 'a rolling map'],
        ['indirect', 'this map decayed gradually'],
      ]);
    });

    it('ends a report before the speaker\'s coordinated refusal to say more', () => {
      const text = 'Cobalt Ridge founder Peter Amsel said the fund would support "any transaction that recognises the full value," but declined to say whether he had been briefed.';
      assert.deepEqual(found(text).map((s) => [s.kind, s.text]), [
        ['indirect', 'the fund would support "any transaction that recognises the full value,"'],
        ['partial', 'any transaction that recognises the full value,'],
      ]);
    });

    it('reads a second that-clause and an `As X wrote, …` aside', () => {
      assert.deepEqual(found('Mayor Ann Cole said the plan works and that costs will fall.').map((s) => s.text), ['the plan works', 'costs will fall']);
      const mixed = found('Mayor Ann Cole said "since the vote, prices have fallen" and that the plan is "a model for the state."');
      assert.deepEqual(mixed.map((s) => s.kind), ['partial', 'indirect', 'partial']);
      const aside = one('As Rep. Dan Levin wrote to the governor, the state taxes pensions twice.', 'pensions');
      assert.equal(aside.kind, 'indirect');
      assert.equal(aside.speaker, 'Dan Levin');
    });

    it('reads reported speech with a plural subject in the present tense', () => {
      const hit = one('Critics say the claims are overblown.', 'overblown');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.speaker, null);
    });

    it('takes a fronted question for no statement when the answer is quoted', () => {
      const statements = found('Renner declined to comment. Asked about the risk of a recession, she said: "We don\'t see that as our central scenario."');
      assert.deepEqual(statements.map((s) => s.kind), ['direct']);
    });

    it('reads a trailing cue with its complement, and a long phrase before a that-clause', () => {
      const trailing = one('LONDON — Andre Silva has left the club after talks collapsed, Manager Paul Keane told the BBC on Monday.', 'talks collapsed');
      assert.equal(trailing.kind, 'indirect');
      assert.equal(trailing.speaker, 'Paul Keane');
      const aside = one('The chairman, Richard Hale, said in an interview with the Westbury Gazette that the offer had been fair.', 'offer had been');
      assert.equal(aside.text, 'the offer had been fair');
      assert.equal(one('According to people familiar with the talks, Silva had asked for a four-year deal.', 'four-year').kind, 'indirect');
    });

    it('does not read narrative with a place name after a verb like `continued` as a parenthetical report', () => {
      assert.equal(found('Although the war was ending, he continued training at Fort Belvoir, Virginia for two months.').length, 0);
    });

    it('reports the clause before an inverted cue, not the apposition about the speaker after it', () => {
      const possessive = one('Demand for heat pumps has outgrown the supply of installers, says Rhona Gilchrist, the federation\'s head of training.', 'heat pumps');
      assert.equal(possessive.text, 'Demand for heat pumps has outgrown the supply of installers');
      assert.equal(possessive.speaker, 'Rhona Gilchrist');
      for (const tail of ['a spokesman for the port', 'who chairs the council', 'chief executive of Anvil Marine']) {
        const statements = found(`Most of the new berths will be ready by the spring, said Idris Mabe, ${tail}.`);
        assert.deepEqual(statements.map((s) => [s.text, s.speaker]), [['Most of the new berths will be ready by the spring', 'Idris Mabe']]);
      }
    });

    it('reads on through a list or a date inside the reported clause\'s subject', () => {
      const listed = one('The ministry said its tankers, ferries and harbour tugs would be refitted by the summer.', 'tankers');
      assert.equal(listed.text, 'its tankers, ferries and harbour tugs would be refitted by the summer');
      const dated = one('Orrin Vale said rent for the weeks after March 12, 2024 would be refunded.', 'rent');
      assert.equal(dated.text, 'rent for the weeks after March 12, 2024 would be refunded');
    });

    it('reports no request in the subjunctive after a verb of asking, but the indicative after it', () => {
      assert.equal(found('The tenants, who asked that their flat numbers not be printed, have lived on the estate for years.').length, 0);
      assert.equal(found('Counsel for the port demanded that the inquiry be reopened before the summer.').length, 0);
      assert.equal(one('The minister insisted that the subsidy would be paid on time.', 'subsidy').text, 'the subsidy would be paid on time');
    });

    it('takes `that` right after a preposition for a determiner, not for the start of the report', () => {
      assert.equal(one('The mayor said at that meeting that the ferry would run all winter.', 'ferry').text, 'the ferry would run all winter');
      assert.equal(found('The trust hopes to open a clinic in that district by the spring of next year.').length, 0);
    });

    it('reports nothing after an inverted cue whose speaker a relative clause describes', () => {
      const statements = found('"The fund is in better shape than it has been for a decade," said Leona Marsh, who joins from Eastgate Capital, where she ran the bond desk.');
      assert.deepEqual(statements.map((s) => [s.kind, s.speaker]), [['direct', 'Leona Marsh']]);
    });

    it('does not report a noun object as speech', () => {
      assert.equal(found('Senator Ida Moss announced the winners of the science fair.').length, 0);
    });

    it('reads `it` and `you` after a speech verb as an object unless a verb follows: `said it again`, not `said it was …`', () => {
      assert.deepEqual(found('The mayor said it again on Monday. Her deputy remembers it well.'), []);
      assert.equal(one('The mayor said it would close on Monday.', 'would close').text, 'it would close on Monday');
      assert.equal(one('The firm said it also plans to sell the unit.', 'plans to sell').text, 'it also plans to sell the unit');
    });

    it('reads a pronoun with a contracted verb as a clause\'s subject: `said it\'s ready`, `said they\'re close`', () => {
      const statements = found('The union said it\'s ready to talk, and the firm said they\'re close.');
      assert.deepEqual(statements.map((s) => s.text), ['it\'s ready to talk', 'they\'re close']);
    });

    it('ends the clause before a trailing cue at the description set off before the name: `…, the agency\'s chief economist, Dana Holt, said`', () => {
      const hit = one('Rents will rise next year, the agency\'s chief economist, Dana Holt, said on Monday.', 'Rents will rise');
      assert.equal(hit.text, 'Rents will rise next year');
      assert.equal(hit.speaker, 'Dana Holt');
    });

    it('reports the clause before a trailing `according to` whose source a relative clause ends the sentence on', () => {
      const hit = one('The plant will close in May, according to three people briefed on the plan, who asked not to be named because the talks are private.', 'plant will close');
      assert.equal(hit.text, 'The plant will close in May');
      assert.equal(found('The plant will close in May, according to three people briefed on the plan, who asked not to be named.').length, 1);
    });

    it('reports the clause before a trailing cue whose subject is a document by its author: `…, a report by the X Panel said`', () => {
      const hit = one('Most of the reefs could die by 2080, a new report by the Coral Futures Panel said on Friday.', 'reefs could die');
      assert.equal(hit.text, 'Most of the reefs could die by 2080');
      assert.equal(hit.speaker, 'Coral Futures Panel');
      assert.equal(one('Rents will keep rising, a study from the Harlow Housing Institute said.', 'Rents will keep rising').speaker, 'Harlow Housing Institute');
    });
  });

  describe('not statements', () => {
    it('takes the quoted wording of a stated purpose for no statement, unless a speech verb reports it', () => {
      assert.equal(found('The trust was set up in 1974. Its mission is to give "every coastal village a lifeboat within reach."').length, 0);
      assert.equal(found('Since then the club\'s motto has been unchanged. Its motto remains "nobody walks home alone after dark."').length, 0);
      const reported = found('Mayor Ines Carter said the goal was "a park within ten minutes of every home."');
      assert.deepEqual(reported.map((s) => s.kind), ['indirect', 'partial']);
    });

    it('takes a quotation after `title`, `entitled`, `headlined` for the name of a work', () => {
      for (const lead of ['under the title', 'in a paper entitled', 'in an editorial headlined']) {
        const text = `Dr. Ana Ruiz said the bees remember. The study appeared ${lead} "Spatial memory for depleted resources in foraging bumblebees".`;
        assert.deepEqual(found(text).filter((s) => s.text.includes('Spatial memory')), [], lead);
      }
    });

    it('takes a quotation right after a noun for a work (`the paper "…"`, `her memoir "…"`) for its title', () => {
      for (const work of ['The paper', 'Her memoir', 'The documentary', 'The annex', 'The report']) {
        const text = `Dr. Ana Ruiz said the bees remember. ${work} "Spatial memory for depleted resources in foraging bumblebees" is available online.`;
        assert.deepEqual(found(text).filter((s) => s.text.includes('Spatial memory')), [], work);
      }
    });

    it('takes a quotation right after a present-tense naming verb for a name, but not one after `called`', () => {
      const text = 'The app also has a feature the company calls "campfire mode," which lets phones share notes.';
      assert.equal(found(text).length, 0);
      assert.deepEqual(found('The court pulled up the city for what it called "a cut-and-paste approach" to the notices.').map((s) => s.kind), ['partial']);
      assert.deepEqual(found('Governor Ann Marsh calls it "a budget that lives within its means."').map((s) => s.kind), ['partial']);
    });

    it('keeps a quotation after `what X call(s)` as a partial quotation: it judges, it names nothing', () => {
      assert.deepEqual(found('Residents condemned what critics call "a betrayal of the valley" at the meeting.').map((s) => s.kind), ['partial']);
      assert.deepEqual(found('Unions rejected what the company calls "a fair and final offer" on Monday.').map((s) => s.kind), ['partial']);
    });

    it('takes a quotation followed by `a phrase`, `a nickname` and the like for words quoted as words', () => {
      assert.equal(found('One newspaper called her "the lady skipper," a phrase she loathed.').length, 0);
      assert.equal(found('Fans called him "the wall", a nickname that stuck.').length, 0);
      assert.deepEqual(found('One newspaper called her "the best skipper on the Sound," and she agreed.').map((s) => s.kind), ['partial']);
    });

    it('takes the quotation after an author list of surnames and initials for the title of a paper', () => {
      const text = 'Dr Imogen Castellane said the snouts were shorter.\n\n1. Castellane I, Rahimi B, Whitlow J. "Cranial shortening in urban red foxes across eleven cities." Ecology and Evolution Letters (2027).';
      assert.deepEqual(found(text).map((s) => s.text), ['the snouts were shorter']);
      // One capitalised word before a quotation is no author list.
      assert.equal(found('The singer, Malcolm X. "We will win," he said.').length, 1);
    });

    it('takes the quotation after `et al.` in a citation for the title of a paper', () => {
      const text = 'Dr. Ana Ruiz said the bees remember. Ruiz A, Chen B, et al. "Spatial memory for depleted resources in foraging bumblebees." Nature 2026.';
      assert.deepEqual(found(text).filter((s) => s.text.includes('Spatial memory')), []);
    });

    it('skips scare quotes, titles and nicknames', () => {
      const text = 'The so-called "experts" praised the film "Winter in Paris" and its star, Robert "Bobby" Lane.';
      assert.equal(found(text).length, 0);
    });
  });

  describe('short quotations at a sentence end', () => {
    it('keeps a short capitalised sentence of its own, but not a title at a sentence end', () => {
      const text = '"Where is she supposed to park?" Sandra Okoye said. "She\'s 84."';
      assert.equal(one(text, '84').speaker, 'Sandra Okoye');
      assert.equal(found('The family watched the film "Frozen."').length, 0);
    });

    it('skips one or two words after a determiner with the period inside, but keeps a quoted predicate', () => {
      assert.equal(found('Real-time screens are useful. But these are tools, not a "vision."').length, 0);
      assert.equal(found('The mayor announced the "pause" on Monday.').length, 0);
      assert.equal(found('Senator Kerr warned of a future conflict that is "much worse."').map((s) => s.text).join(), 'much worse.');
    });

    it('keeps a short quotation right after the verb of a relative reporting clause, as a partial quotation only', () => {
      const text = 'Banks rose, which one fund manager said were "finally getting some love".';
      assert.deepEqual(found(text).map((s) => [s.kind, s.text]), [['partial', 'finally getting some love']]);
      assert.equal(found('Banks rose, which were "finally getting some love".').length, 0);
    });
  });

  describe('interviews', () => {
    it('takes a label that opens several answers for their speaker, known or not, and no section label for one', () => {
      const text = 'Post-match: Hale reacts to Cup exit\n\nQ: How do you assess it?\n\nHale: We started slowly and paid for it.\n\nQ: And Dawson?\n\nHale: He has a tight hamstring, we will know more on Monday.';
      assert.deepEqual(found(text).map((s) => [s.text.slice(0, 10), s.speaker]), [['We started', 'Hale'], ['He has a t', 'Hale']]);
      // A label on one line only is a heading.
      assert.equal(one('Hye-jin Seo opened the summit.\n\nKeynote: ‘We are building for the last storm’\n\nSeo said cities must plan.', 'last storm').speaker, null);
    });

    it('reads initials that spell an honorific (`MS:`, `DR:`) as an answer label for the person with those initials', () => {
      const text = 'Maria Sandoval, 61, has run the food bank since 2009.\n\nQ: How busy is December?\n\nMS: Twice as busy as any other month, and we still run out of rice.';
      assert.equal(one(text, 'run out of rice').speaker, 'Maria Sandoval');
    });

    it('continues an `A:` answer into a paragraph with no label before a question however short (`Q: Regrets?`)', () => {
      const text = 'Jon Ekberg, 52, runs the lighthouse museum.\n\nQ: Why lighthouses?\n\nA: Because they were built to be seen. Nobody builds like that now.\n\nI grew up watching one from my bedroom window.\n\nQ: Regrets?\n\nA: None that I would print.';
      assert.equal(one(text, 'bedroom window').speaker, 'Jon Ekberg');
    });

    it('gives answers labelled with initials (`TB:`) to the person named before whose initials they are', () => {
      const text = 'Tomas Brandt has coached the national team for a decade. "Sit anywhere," he said.\n\nQ: Why stay so long?\n\nTB: Because the job is not finished. We have never won a final.';
      assert.equal(one(text, 'not finished').speaker, 'Tomas Brandt');
      assert.deepEqual(analyze(text).speakers.map((s) => s.name), ['Tomas Brandt']);
    });

    it('continues an answer into a paragraph with no label when the next paragraph is a question, and not into the narrative after the last answer', () => {
      const text = 'Rosa Ortiz runs the ferry. We talked on deck.\n\nQ: What went wrong last winter?\n\nOrtiz: The engines. We ordered the wrong parts, twice.\n\nThe crew never complained, and I still owe them for that.\n\nQ: And next year?\n\nOrtiz: A new boat, if the council pays for it.\n\nHer memoir comes out in June.';
      const answers = found(text);
      assert.deepEqual(answers.map((s) => [s.text, s.speaker]), [
        ['The engines. We ordered the wrong parts, twice.', 'Rosa Ortiz'],
        ['The crew never complained, and I still owe them for that.', 'Rosa Ortiz'],
        ['A new boat, if the council pays for it.', 'Rosa Ortiz'],
      ]);
    });

    it('does not take a dateline in capitals ending with a colon for a speaker label', () => {
      const statements = found('Court stays demolition\n\nKESARPUR: The Kesarpur High Court on Tuesday stayed the demolition, observing that the city had not given residents "even a semblance of a hearing" first.');
      assert.deepEqual(statements.map((s) => [s.kind, s.speaker]), [['indirect', 'Kesarpur High Court'], ['partial', 'Kesarpur High Court']]);
    });

    it('reads `Name:` and `A:` answers as direct statements and skips questions', () => {
      const text = 'The institute spoke with Dr. Hanna Lindahl.\n\nQ: What is the biggest challenge?\n\nLindahl: Funding, without a doubt.\n\nQ: And next year?\n\nA: We will share ships with Norway.';
      const statements = found(text);
      assert.deepEqual(statements.map((s) => [s.kind, s.text, s.speaker]), [
        ['direct', 'Funding, without a doubt.', 'Hanna Lindahl'],
        ['direct', 'We will share ships with Norway.', 'Hanna Lindahl'],
      ]);
    });

    it('reads an answer hard-wrapped across lines whole, up to the next label', () => {
      const text = 'Elena Vasquez took over the museum in March.\n\nQ: What drew you to the museum in the first place?\nA: Honestly, it was the collection. There are very few regional\nmuseums with holdings this deep, and I wanted to be part of\nbringing them to a wider audience.\nQ: What comes next?\nA: Longer opening hours on Thursdays and Fridays.';
      const statements = found(text);
      assert.deepEqual(statements.map((s) => [s.text.replace(/\s+/g, ' '), s.speaker]), [
        ['Honestly, it was the collection. There are very few regional museums with holdings this deep, and I wanted to be part of bringing them to a wider audience.', 'Elena Vasquez'],
        ['Longer opening hours on Thursdays and Fridays.', 'Elena Vasquez'],
      ]);
    });

    it('does not run an answer into the next paragraph of a one-line-per-paragraph text', () => {
      const text = 'Lindahl: We will share ships with Norway next year.\nThe institute was founded in 1990 and employs sixty researchers.';
      assert.deepEqual(found(text).map((s) => s.text), ['We will share ships with Norway next year.']);
    });

    it('reads a transcript with capitalised surnames and an interviewer label', () => {
      const text = 'Transcript: Interview with Governor Ray Patel\n\nINTERVIEWER: Governor, what is your top priority this session?\n\nPATEL: Housing, without question. We have a shortage of about\n40,000 units, and every month we wait it gets worse.';
      assert.deepEqual(found(text).map((s) => [s.text.replace(/\s+/g, ' '), s.speaker]), [
        ['Housing, without question. We have a shortage of about 40,000 units, and every month we wait it gets worse.', 'Ray Patel'],
      ]);
    });

    it('reads a government transcript whose labels put a courtesy title before the surname in capitals', () => {
      const text = 'Spokesperson Irena Vasquez-Holm answered questions.\n\nMS. VASQUEZ-HOLM: Let me be very clear. These are two civil engineers.\n\nQUESTION: Has the minister spoken to his counterpart?\n\nMS. VASQUEZ-HOLM: He raised the case last night. The message was clear.\n\nMR. OKONJO: Thank you, that is all for today.';
      assert.deepEqual(found(text).map((s) => [s.kind, s.text, s.speaker]), [
        ['direct', 'Let me be very clear. These are two civil engineers.', 'Irena Vasquez-Holm'],
        ['direct', 'He raised the case last night. The message was clear.', 'Irena Vasquez-Holm'],
        ['direct', 'Thank you, that is all for today.', 'OKONJO'],
      ]);
    });

    it('reads `Q.` and `A.` labels with a period, but not an initial after an answer', () => {
      const text = 'Rita Gomez runs the county road department.\n\nQ. What happens next?\nA. We start construction in May and finish by the end of the\nyear, if the weather holds.\nQ. And the cost?\nA. About forty million dollars, give or take.\n\nA. Jones, the county clerk, said the vote was close.';
      const statements = found(text);
      assert.deepEqual(statements.map((s) => [s.kind, s.text.replace(/\s+/g, ' '), s.speaker]).slice(0, 2), [
        ['direct', 'We start construction in May and finish by the end of the year, if the weather holds.', 'Rita Gomez'],
        ['direct', 'About forty million dollars, give or take.', 'Rita Gomez'],
      ]);
      assert.equal(one(text, 'vote was close').kind, 'indirect');
    });

    it('does not read a headline or a contact line as an answer', () => {
      assert.equal(found('Shoigu: Active Engagement in Syria War on ISIS\nContact: Jane Roe, press office, 555-0100').length, 0);
    });
  });

  describe('layout', () => {
    it('handles CRLF line ends and a byte order mark with exact offsets', () => {
      const text = '\ufeffPRESS RELEASE\r\n\r\n"We won," said Coach Dana Reyes.\r\n';
      const annotation = analyze(text);
      const statement = annotation.statements[0];
      assert.equal(text.slice(statement.start, statement.end), 'We won,');
      assert.equal(statement.range.start.line, 2);
    });

    it('skips a long dateline with a state and a date before the subject', () => {
      const text = 'SAN JOSE, Calif., March 3, 2026 – Greenfield Labs, a battery recycler, today announced a new plant.\n\nThe company said it would hire 150 people.';
      assert.equal(one(text, 'hire 150').speaker, 'Greenfield Labs');
    });

    it('does not throw on a line that ends with a dash, like the `-30-` end mark', () => {
      const text = 'The union is calling on the state to intervene.\n\n-30-\n';
      assert.doesNotThrow(() => analyze(text));
    });

    it('reads the subject after a long dateline with a two-word wire service and a typed dash', () => {
      const text = 'PORTLAND, Maine, Jan. 12, 2027 (GLOBE NEWSWIRE) -- Harbor Light Foods, Inc., a maker of frozen seafood, today opened a new plant.\n\nThe company said the plant would employ 240 people by the end of the year.';
      assert.equal(one(text, 'employ 240').speaker, 'Harbor Light Foods');
    });

    it('skips a dateline before the speaker', () => {
      const text = 'BOSTON, Mass. – Governor Ray Cole delivered these remarks today:\n\n"Thank you all for coming tonight to celebrate the new port."';
      assert.equal(one(text, 'Thank you').speaker, 'Ray Cole');
    });
  });

  describe('sentence openers and subjects', () => {
    it('names no one with a preposition that opens a sentence after a dateline: `LIMA (Reuters) - Up to half of …`', () => {
      assert.equal(one('LIMA (Reuters) - Up to half of the harvest was lost in the floods.\n\nExports fell 4 percent, the company said.', 'Exports fell').speaker, null);
      assert.equal(one('LIMA (Reuters) - Nearly half of the harvest was lost in the floods. He said exports would fall.', 'exports would fall').speaker, null);
    });

    it('reads a name followed by an auxiliary or a past tense as the subject, not a title: `Kelby Town have sacked coach Mark Oyelaran`', () => {
      const annotation = analyze('Kelby Town have sacked coach Mark Oyelaran after nine defeats.\n\nOyelaran, 47, said he was "gutted".');
      const coach = annotation.speakers.find((s) => s.name === 'Mark Oyelaran');
      assert.ok(coach, JSON.stringify(annotation.speakers));
      assert.ok(!(coach.title ?? '').includes('sacked'), coach.title ?? '');
    });

    it('gives a participle after the object of a description\'s verb to the description: `The union thanked Mayor Ann Pike …, saying …`', () => {
      const text = 'The Harbor Workers Union said talks had resumed.\n\nThe union thanked Mayor Ann Pike for her support, saying the deal would protect 300 jobs.';
      assert.equal(one(text, 'deal would protect').speaker, 'Harbor Workers Union');
    });

    it('finds the subject after a fronted adverb of place: `Back in the kitchen, Vale is calmer. "…," he says.`', () => {
      const text = 'Tom Vale runs the bakery. "It is hard," Vale says.\n\n"We have no staff," said Ian Eyre, the baker next door.\n\nBack in the kitchen, Vale is calmer. "We will manage," he says.';
      assert.equal(one(text, 'We will manage').speaker, 'Tom Vale');
    });

    it('takes no clause that opens with a name and its verb for the description of a name set off after it', () => {
      const annotation = analyze('Marsh took over the farm from his uncle, Alfie, in 1989.\n\n"It was a mess," Alfie said.');
      assert.deepEqual(annotation.speakers.map((s) => [s.name, s.title]), [['Alfie', null]]);
    });

    it('finds the subject after a fronted phrase that opens with a preposition: `Across the street, Dan Ross …`', () => {
      const text = '"It is a disgrace," said Mary Ode, a tenant.\n\nAcross the street, Dan Ross sees it differently. He said the block was safe.';
      assert.equal(one(text, 'block was safe').speaker, 'Dan Ross');
    });
  });

  describe('descriptions of people and clubs', () => {
    it('gives an age description the same person in a report and in the partial quotation inside it: `The 29-year-old said … "…"`', () => {
      const text = '"We go again," said captain Ian Pryor.\n\nDale Hurst, who joined in July, has scored twice. The 29-year-old said in August that he would "prove the doubters wrong".';
      assert.equal(one(text, 'he would').speaker, 'Dale Hurst');
      assert.equal(found(text).find((s) => s.kind === 'partial')?.speaker, 'Dale Hurst');
    });

    it('finds a person whose family name comes first by that name: `Wang Jianguo` … `Mr. Wang said`', () => {
      const text = 'The plant will open in 2028, the company\'s chairman, Wang Jianguo, said on Monday.\n\nMr. Wang said the company would hire 3,000 people.';
      assert.equal(one(text, 'hire 3,000').speaker, 'Wang Jianguo');
      // A title-case headline is no person: its first word alone stays a name of its own.
      assert.equal(one('Turner Brings Delphi Fight to Court\n\nTurner said the retirees had waited long enough.', 'retirees had waited').speaker, 'Turner');
    });

    it('reads a month after a first name as a surname: `Chief Nursing Officer Ruth May said`', () => {
      assert.equal(one('Chief Nursing Officer Ruth May said the wards were full.', 'wards were full').speaker, 'Ruth May');
      assert.equal(one('The Chief Nursing Officer for England, Ruth May, said: "I am delighted."', 'delighted').speaker, 'Ruth May');
      assert.equal(one('On Tuesday, May 5, officials said the wards were full.', 'wards were full').speaker, null);
      // A month right before a speech verb is the surname said alone: no date speaks.
      assert.equal(one('Former Prime Minister Theresa May spoke in Leeds. May said the deal was good.', 'deal was good').speaker, 'Theresa May');
    });

    it('keeps `of the` and `for the` inside a body\'s name: `the U.S. Court of Appeals for the Ninth Circuit said`', () => {
      assert.equal(one('The ruling was wrong, the U.S. Court of Appeals for the Ninth Circuit said.', 'ruling was wrong').speaker, 'U.S. Court of Appeals for the Ninth Circuit');
      assert.equal(one('Rates will stay high, the Bank of the West said.', 'Rates will').speaker, 'Bank of the West');
      assert.equal(one('The result is robust, Anna Ricci of the University of Bologna said.', 'result is robust').speaker, 'Anna Ricci');
    });

    it('reads a spokesman for a body a nationality modifies as an unnamed source: `a spokesman for the French transport ministry told AFP`', () => {
      const text = 'Party leader Ricarda Lang said the minister was wrong.\n\n"We follow the debate with interest," a spokesman for the French transport ministry told AFP.';
      assert.equal(one(text, 'We follow the debate').speaker, null);
      assert.equal(one(text, 'minister was wrong').speaker, 'Ricarda Lang');
    });

    it('keeps a saint\'s possessive inside an organisation\'s name: `at St Aidan\'s Hospital …, the hospital said`', () => {
      assert.equal(one('Forty people were treated overnight at St Aidan\'s Hospital in Leeds, the hospital said on Sunday.', 'Forty people').speaker, 'St Aidan\'s Hospital');
    });

    it('reads a family firm or a trade\'s name as an organisation, which `it` means: `Harwood & Sons said …. It said …`', () => {
      const text = 'Harwood & Sons said on Thursday that Kestrel had erred. It said it would not proceed.';
      assert.equal(one(text, 'Kestrel had erred').speaker, 'Harwood & Sons');
      assert.equal(one(text, 'would not proceed').speaker, 'Harwood & Sons');
    });

    it('reads a capitalised title word after a lower-case role, before a surname alone, as a first name: `Town boss Dean Marsh`', () => {
      assert.equal(one('Town boss Dean Marsh said the result was unacceptable.', 'result was').speaker, 'Dean Marsh');
      assert.equal(one('Beef farmer Col Henderson said prices were too low.', 'prices were').speaker, 'Col Henderson');
      assert.equal(one('Council leader Major Tom Briggs said the plan was sound.', 'plan was sound').speaker, 'Tom Briggs');
    });

    it('reads a sports club as an organisation `the club` means: `Harwell Rovers confirmed …. …, the club said.`', () => {
      assert.equal(one('Harwell Rovers confirmed the signing on Friday.\n\nThe fee was undisclosed, the club said.', 'fee was undisclosed').speaker, 'Harwell Rovers');
    });
  });

  describe('blind12 rules', () => {
    it('ends a person\'s full name before `of` and an organisation whose head is last: `Nadia Perrin of Colfax Research`', () => {
      const text = 'Investors were cautious. Nadia Perrin of Colfax Research said demand for the chips would slow. She added that prices had peaked.';
      assert.equal(one(text, 'demand for the chips').speaker, 'Nadia Perrin');
      assert.equal(one(text, 'prices had peaked').speaker, 'Nadia Perrin');
    });

    it('gives a quotation to the person named after a named owner\'s title, singular or plural possessive: `said Open Hands\' regional director, Stefan Lindqvist`', () => {
      for (const owner of ["Harbour Aid's", "Safe Rivers'", 'Safe Rivers’']) {
        const text = `"The convoy reached the camp at dawn," said ${owner} field director, Marta Quell.`;
        assert.equal(one(text, 'convoy reached').speaker, 'Marta Quell', owner);
      }
      assert.equal(one("The Growers' head of policy, Ian Pratt, said the harvest had failed.", 'harvest had failed').speaker, 'Ian Pratt');
    });

    it('reads a trailing cue whose subject is a lower-case description before a name: `…, the conservation charity Wild Fen Trust said`', () => {
      const text = 'Otter numbers on the river have doubled since 2019, and the water is cleaner than at any time in fifty years, the conservation charity Wild Fen Trust said on Thursday.';
      const hit = one(text, 'Otter numbers');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.speaker, 'Wild Fen Trust');
      assert.equal(one('Bus fares will rise by a fifth from April, the union Transit Workers United warned.', 'Bus fares').speaker, 'Transit Workers United');
    });

    it('reads `According to X (ACRONYM),` as the source before the report', () => {
      const hit = one('According to the Coastal Monitoring Service (CMS), sea ice in the bay melted three weeks early this spring.', 'sea ice');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.text, 'sea ice in the bay melted three weeks early this spring');
      assert.equal(hit.speaker, 'Coastal Monitoring Service');
    });

    it('reports no owner\'s title set off before a name: `The council\'s housing spokesman, Ray Dunmore, called for …`', () => {
      const statements = found("The council's housing spokesman, Ray Dunmore, called for a review of the rents.");
      assert.deepEqual(statements, []);
    });

    it('reads `that` before a noun and a manner adverb as a demonstrative: `recalls that morning vividly` reports nothing', () => {
      assert.deepEqual(found('Her neighbour, Ellis Crane, recalls that morning vividly.'), []);
      assert.equal(one('Ellis Crane recalls that the morning was cold.', 'morning was cold').kind, 'indirect');
    });

    it('gives a surname shared by relatives to the one the text already calls by it alone, not to the relative named last', () => {
      const text = [
        'Marta Velde has kept bees on the hill for forty years. "They know me," Velde says.',
        'Her husband, Joost Velde, a retired pilot, keeps his distance. "I have been stung enough," he says.',
        '"She is patient," Velde says of her helper, Ilse Maren, who calls the hives "a second family".',
        'Asked whether she will ever stop, Velde shakes her head.',
        '"Not while they still need me," she says.',
      ].join('\n\n');
      assert.equal(one(text, 'still need me').speaker, 'Marta Velde');
      assert.equal(one(text, 'She is patient').speaker, 'Marta Velde');
      assert.equal(one(text, 'stung enough').speaker, 'Joost Velde');
    });

    it('reads `according to figures from X` and `according to new data by X` as X\'s report', () => {
      assert.equal(one('According to figures from the Rail Safety Board, 312 level crossings have no barrier.', 'level crossings').speaker, 'Rail Safety Board');
      assert.equal(one('Rents rose by 9 percent in a year, according to new data by Homeview Analytics.', 'Rents rose').speaker, 'Homeview Analytics');
    });

    it('reports the whole sentence when a cue splits a short clause\'s copula from its complement: `It was, he remembers, …`', () => {
      const hit = one('Colm Avery first flew in 1979. It was, he remembers, the loudest day of his childhood.', 'loudest day');
      assert.equal(hit.text, 'It was, he remembers, the loudest day of his childhood');
      assert.equal(hit.speaker, 'Colm Avery');
    });

    it('reports a short capitalised sentence right after its speech verb and a colon: `wrote on Facebook: "Goodbye, Dunmore!"`', () => {
      assert.equal(one('Rosa Keller is the club captain. Keller wrote on Facebook: "Goodbye, Dunmore!"', 'Goodbye').speaker, 'Rosa Keller');
      assert.equal(one('Tomas Brandt runs the mill. Asked whether he would sell, Brandt said: "Certainly not."', 'Certainly not').speaker, 'Tomas Brandt');
    });
  });

  describe('blind13 rules', () => {
    it('makes a sentence-opening name after an acronym and a role with a title word the subject a later pronoun means: `WHO malaria chief Lena Sorbo …`', () => {
      const text = '"The vaccine works," said Karen Obi, a virologist.\n\nWHO malaria chief Lena Sorbo was more cautious. Speaking in Geneva, she said supplies would run short.';
      assert.equal(one(text, 'supplies would run short').speaker, 'Lena Sorbo');
      assert.equal(one('"We will appeal," said Dr Omar Reyes.\n\nEU trade commissioner Pia Lund looked tired. She said the talks had stalled.', 'talks had stalled').speaker, 'Pia Lund');
    });

    it('reads past an adverb between the speech verb and its `that`: `said only that …`, `said repeatedly that …`', () => {
      const hit = one('Pressed on the delay, the mayor, Ann Cole, said only that "the money is coming" before the winter.', 'money is coming');
      assert.equal(hit.speaker, 'Ann Cole');
      assert.equal(one('Pressed on the delay, the mayor, Ann Cole, said only that "the money is coming" before the winter.', 'before the winter').text, '"the money is coming" before the winter');
      assert.equal(one('Grant Hollis said repeatedly that the vote had been fair.', 'vote had been fair').text, 'the vote had been fair');
    });

    it('gives no speaker to a lone `one` or `another` as the subject: `"…," one wrote. Another said …`', () => {
      const text = '"We start on Monday," Lara Voss wrote on Instagram.\n\nHer followers were delighted. "Best news all year," one wrote. Another said the tour would sell out.';
      assert.equal(one(text, 'Best news').speaker, null);
      assert.equal(one(text, 'tour would sell out').speaker, null);
    });

    it('reads a media calling before a name as a title, not part of the name: `Podcaster Greg Hale said`, `Co-star Mia Dunn said`', () => {
      assert.equal(one('Podcaster Nils Arden said the final season had been rushed.', 'final season').speaker, 'Nils Arden');
      assert.equal(one('Co-star Mia Dunn said the cast had known for weeks.', 'cast had known').speaker, 'Mia Dunn');
    });

    it('makes a titled name after a short opening phrase with no comma the subject a later pronoun means: `At one point Judge Mia Torres …`', () => {
      const text = '"I saw the van," Paul Greer testified.\n\nAt one point Judge Mia Torres told the lawyers to sit down. "We are not in a pub," she said.';
      assert.equal(one(text, 'not in a pub').speaker, 'Mia Torres');
      const later = '"The pipes burst," said Ruth Hale, a tenant.\n\nLater that day Sen. Omar Pike toured the block. He said repairs would start in May.';
      assert.equal(one(later, 'repairs would start').speaker, 'Omar Pike');
    });

    it('makes a person whose title has a named possessor the subject a later pronoun means: `Holt\'s brother Sam Holt arrived …`', () => {
      const text = '"Nobody warned us," said Karen Obi, a neighbour.\n\nVance\'s coach Rob Kell, who trained her for a decade, spoke to reporters. He said the team had been shaken.';
      assert.equal(one(text, 'team had been shaken').speaker, 'Rob Kell');
      const brother = '"Nobody warned us," said Karen Obi, a neighbour.\n\nHolt\'s brother Sam Holt arrived late. He said the roads were closed.';
      assert.equal(one(brother, 'roads were closed').speaker, 'Sam Holt');
    });

    it('gives `the statement said` to the person a sentence before said issued a statement, with no report between', () => {
      const text = '"I need a rest," Lara Voss wrote on Instagram.\n\nHer manager, Omar Reyes, confirmed the break in a statement to Billboard. "Lara is well and thanks her fans," the statement said.';
      assert.equal(one(text, 'Lara is well').speaker, 'Omar Reyes');
    });

    it('keeps a short sentence whose only long word is capitalised as speech when a short word is lower case: `"Maybe sit it out."`', () => {
      const text = '"He has never been here," Nina Rolfe wrote. "Maybe sit it out."';
      const hit = one(text, 'sit it out');
      assert.equal(hit.kind, 'direct');
      assert.equal(hit.speaker, 'Nina Rolfe');
    });

    it('alternates cue-less quotation paragraphs between asker and answerer once a question has drawn an answer', () => {
      const text = [
        'The prosecutor, Dana Lowe, questioned the witness, Mark Tellis, about the night of the crash.',
        '"You saw the truck leave the depot before midnight, didn\'t you?" Lowe asked.',
        '"It was dark, but yes," Tellis said.',
        '"And you told nobody until March?"',
        '"Nobody asked me until March."',
      ].join('\n\n');
      assert.equal(one(text, 'told nobody until March').speaker, 'Dana Lowe');
      assert.equal(one(text, 'Nobody asked me').speaker, 'Mark Tellis');
    });

    it('survives a trailing cue with no words before it and a comma after it (a property-test counterexample)', () => {
      assert.doesNotThrow(() => analyze(', told According to Doe, \u0000'));
    });
  });

  describe('blind14 rules', () => {
    it('makes a sentence-opening name after `Mr`, `Mrs` or `Ms` the subject a later pronoun means', () => {
      const text = '"The rent doubled," said Tom Aske.\n\nMrs. Clara Voss opened the bakery in 1979. She said the first winter nearly ruined her.';
      assert.equal(one(text, 'first winter').speaker, 'Clara Voss');
      assert.equal(one('"The rent doubled," said Tom Aske.\n\nMr Hollis opened the shop in 1982. He said trade had never been worse.', 'never been worse').speaker, 'Hollis');
    });

    it('reads `as she put it` before a quotation as its cue, but not `put it on the table`', () => {
      const text = '"We played every town," said Lee Park.\n\nNadia Brook left the band in 2001. As she later put it, "Twenty years on a bus is enough for anyone."';
      assert.equal(one(text, 'Twenty years').speaker, 'Nadia Brook');
      const act = found('"The vote is close," said Lee Park.\n\nMayor Ana Holt put it on the agenda for Monday, "to be safe."');
      assert.ok(act.every((s) => s.speaker !== 'Ana Holt'), JSON.stringify(act));
    });

    it('resolves a pronoun after an object pronoun of its gender to someone other than the subject: `X hired her because, as she recalled, …`', () => {
      const text = '"We had no money," said Lee Park.\n\nMrs. Dora Quint taught at the school for thirty years. The headmaster, Alvin Roke, hired her in 1961 because, as she recalled, "Nobody else had applied."';
      assert.equal(one(text, 'Nobody else had applied').speaker, 'Dora Quint');
    });

    it('does not take a name after `joined by` between a subject and its verb as the speaker: `Judge X, joined by Judge Y, wrote …`', () => {
      assert.equal(one('Judge Rosa Inman, joined by Judge Carl Betts, wrote that the statute was void.', 'statute was void').speaker, 'Rosa Inman');
    });

    it('gives `the statement said` to a speaker whose sentence opened with `In a statement,`', () => {
      const text = 'In an emailed statement, council spokesman Ivo Brandt said the road would reopen in May. "We apologise for the delay," the statement said.';
      assert.equal(one(text, 'apologise for the delay').speaker, 'Ivo Brandt');
    });

    it('ends a report at a quotation whose comma sits inside its closing mark before a participle: `"…," noting that …`', () => {
      const text = 'The researchers said in their report that the cuts "hit rural clinics first," noting that two had closed in March.';
      assert.deepEqual(found(text).filter((s) => s.kind === 'indirect').map((s) => s.text), ['the cuts "hit rural clinics first,"', 'two had closed in March']);
    });

    it('reads the term in `what economists call "…"` as no statement, while `what critics call "…"` still judges', () => {
      assert.deepEqual(found('Rents rose again in what housing economists call "the lock-in effect," with few homes for sale.'), []);
      assert.equal(found('Residents opposed what critics call "a land grab by the county" at the meeting.').length, 1);
    });

    it('reads a body\'s name on through `for the` and an ordinal: `the Court of Appeals for the 3rd Circuit`, then `the court said`', () => {
      const text = '"We will appeal," said Mona Ilic.\n\nThe Court of Appeals for the 3rd Circuit heard the case in May. The court said in its ruling that the law was vague.';
      assert.equal(one(text, 'law was vague').speaker, 'Court of Appeals for the 3rd Circuit');
      assert.equal(one('"The law is vague," said the Court of Appeals for the 2nd Circuit.', 'law is vague').speaker, 'Court of Appeals for the 2nd Circuit');
      assert.equal(one('"We will appeal," said Mona Ilic.\n\nThe Court of Appeals for the Ninth Circuit said the statute was void.', 'statute was void').speaker, 'Court of Appeals for the Ninth Circuit');
      assert.equal(one('A spokesman for the Ninth Circuit said the hearing was postponed.', 'hearing was postponed').speaker, null);
    });

    it('gives a bare `Police said` the one police force the story names, even later, and no one when it names two', () => {
      const text = '"It was over in seconds," said Ivy Marsh.\n\nPolice said two men had fled on foot. Det Sgt Omar Hale, of Westmere Police, appealed for witnesses.';
      assert.equal(one(text, 'two men had fled').speaker, 'Westmere Police');
      const two = '"It was over in seconds," said Ivy Marsh.\n\nPolice said two men had fled on foot. Westmere Police and Eastcombe Police are working together.';
      assert.equal(one(two, 'two men had fled').speaker, null);
    });

    it('gives a lone surname that several people share, none yet called by it alone, to the one not named as a relative', () => {
      const text = 'Edna Plover, who ran the Plover Bakery for 50 years, died on Monday. She was 88.\n\nHer nephew, Carl Plover, said she had baked until last spring.\n\nPlover told the Argus in 2004 that she never used a recipe card.';
      assert.equal(one(text, 'never used a recipe card').speaker, 'Edna Plover');
    });

    it('counts a widow as kin, so a lone shared surname stays the late husband\'s; her title is `widow`, not the clause before it', () => {
      const text = 'Otto Brand, a sculptor, died on Friday. He was 90.\n\nHis death was announced by his widow, Lena Brand, who said he had been ill for months.\n\nBrand told the Herald in 1990 that he carved only in oak.';
      assert.equal(one(text, 'carved only in oak').speaker, 'Otto Brand');
      assert.equal(analyze(text).speakers.find((s) => s.name === 'Lena Brand')?.title, 'widow');
    });

    it('reads a relative named after a quotation (`"…," her son, Tom Vale, said`) as kin, titled `son`', () => {
      const text = 'Rita Vale, a former mayor, died on Monday. She was 81.\n\n"She never gave up," her son, Tom Vale, said.\n\nVale once told the Courier that she hated long speeches.';
      assert.equal(one(text, 'hated long speeches').speaker, 'Rita Vale');
      assert.equal(analyze(text).speakers.find((s) => s.name === 'Tom Vale')?.title, 'son');
    });

    it('reads a quoted title set off by commas after a work (`In her memoir, "Salt Roads," …`) as no statement', () => {
      const hits = found('"The sea raised me," said Lee Park.\n\nIn her 1998 memoir, "Salt Roads," Ines Moll wrote that the sea had raised her.');
      assert.ok(!hits.some((s) => s.text.includes('Salt Roads')), JSON.stringify(hits));
      assert.ok(hits.some((s) => s.text === 'the sea had raised her'), JSON.stringify(hits));
    });

    it('reads `The judges said …` and `Inspectors said …` as reports of unnamed sources', () => {
      const hit = one('The judges said the rule was "plainly unfair" to tenants.', 'rule was');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.speaker, null);
      assert.equal(one('Inspectors said the roof had been unsafe for years.', 'roof had been').speaker, null);
    });

    it('finds the person named after an owner\'s title even with an affiliation after the name: `said the survey\'s lead scientist, Dr. X of …`', () => {
      const text = '"The melt came early," said Lee Park.\n\n"The ice is thinning," said the survey\'s lead scientist, Dr. Ines Falk of the institute\'s Polar Unit.';
      assert.equal(one(text, 'ice is thinning').speaker, 'Ines Falk');
    });

    it('finds the person after an owner\'s title word that is no description head: `said the club\'s captain, X`', () => {
      const text = '"We train at dawn," said Lee Park.\n\n"The pitch is heavy today," said the club\'s vice captain, Ola Berg.';
      assert.equal(one(text, 'pitch is heavy').speaker, 'Ola Berg');
    });

    it('takes neither the quotation opening the sentence nor `in a statement` after the name for the speaker\'s title', () => {
      const speaker = analyze('"The season starts Monday," said Lee Park.\n\n"We are ready," said the club\'s founder, Ola Berg, in a statement.').speakers.find((s) => s.name === 'Ola Berg');
      assert.ok(speaker, 'no speaker Ola Berg');
      assert.equal(speaker.title, "club's founder");
    });

    it('gives `X and his colleagues said …` to X', () => {
      const text = '"The data are clear," said Lee Park.\n\nDr. Ana Lisle led the trial. Lisle and her colleagues wrote that larger trials were needed.';
      assert.equal(one(text, 'larger trials').speaker, 'Ana Lisle');
      const present = '"The data are clear," said Lee Park.\n\nDr. Ana Lisle led the trial. Lisle and her co-authors note that the doses were small.';
      assert.equal(one(present, 'doses were small').speaker, 'Ana Lisle');
    });

    it('reads British police ranks without periods as titles: `Det Insp Ann Reid`, `Ch Supt Tom Bell`', () => {
      assert.equal(one('Det Insp Ann Reid said the search would go on.', 'search would go on').speaker, 'Ann Reid');
      assert.equal(one('Ch Supt Tom Bell said more officers would patrol.', 'more officers').speaker, 'Tom Bell');
      assert.equal(one('PC Nina Shaw said the lane would stay closed overnight.', 'lane would stay').speaker, 'Nina Shaw');
      assert.equal(one('DCI Ravi Sood said the two men had fled abroad.', 'fled abroad').speaker, 'Ravi Sood');
    });
  });

  describe('blind15 rules', () => {
    it('reports no statement for the words a crowd chanted or sang: `chanted "…"`, `Chants of "…"`, `was singing "…"`', () => {
      const texts = [
        'Outside the court, protesters chanted "Free them all now!" as the van left.',
        'Chants of "Hands off our library!" rang out across the square.',
        'The home end was singing "Blue skies over Dunmore" long after the whistle.',
      ];
      for (const text of texts) assert.deepEqual(found(text), [], text);
      // A person's words after a speech verb are still a statement.
      assert.equal(one('Outside the court, Rita Vale said "they will all walk free" by June.', 'walk free').speaker, 'Rita Vale');
    });

    it('gives a description the name its relative clause gives it: `said a nurse who gave her name only as Maria`', () => {
      const text = '"We have not had a raise in six years," said a driver who gave his name only as Stefan. "Enough is enough."\n\nHe said he would stay out until Christmas.';
      assert.equal(one(text, 'raise in six years').speaker, 'Stefan');
      assert.equal(one(text, 'Enough is enough').speaker, 'Stefan');
      assert.equal(one(text, 'stay out until Christmas').speaker, 'Stefan');
      assert.equal(one('"The night shifts are the worst," said a technician who asked to be identified only as Yara.', 'night shifts').speaker, 'Yara');
    });

    it('ends a report at a comma inside the closing mark of a partial quotation before a participle: `said it was "…," noting that …`', () => {
      const text = 'Lena Fisk said the merger was "overdue but welcome," adding that job cuts were unlikely.';
      assert.equal(one(text, 'merger was').text, 'the merger was "overdue but welcome,"');
      const next = one(text, 'job cuts');
      assert.equal(next.text, 'job cuts were unlikely');
      assert.equal(next.speaker, 'Lena Fisk');
      // A participle with no that-clause ends the report too: `…," calling it …`.
      assert.equal(one('Omar Diallo said the budget was "thin but honest," calling it a start.', 'budget was').text, 'the budget was "thin but honest,"');
    });

    it('ends a sentence at a dotted abbreviation before a quoted sentence: `… shortly after 9 p.m. "Go home."`', () => {
      const text = '"This county decided that a teacher should be able to rent a home here," Omar Lutz told volunteers at a church hall on the North Side shortly after 11:15 p.m. "Go home and sleep. You earned it."';
      const hit = one(text, 'You earned it');
      assert.equal(hit.kind, 'direct');
      assert.equal(hit.speaker, 'Omar Lutz');
      // A lower-case quotation after the abbreviation stays inside its sentence.
      const inside = found('Officials in the U.S. "remain concerned about the outbreak," Sam Ito said.').find((st) => st.text.startsWith('remain concerned'));
      assert.equal(inside?.kind, 'partial');
    });

    it('types an interrupted quotation resumed in lower case as direct, like its first half: `"…," she said, "and …"`', () => {
      const text = '"The depot will reopen in March," said Piet Andersen, "unless the council changes its mind again."';
      const second = one(text, 'unless the council');
      assert.equal(second.kind, 'direct');
      assert.equal(second.speaker, 'Piet Andersen');
      // Quoted words after a comma inside a reporting sentence stay partial.
      assert.equal(one('Andersen said the plan, which he called "a fudge," would fail.', 'a fudge').kind, 'partial');
    });

    it('names a person first met as a possessor without the possessive: `Nadia Brook’s cross …` then `Brook said`', () => {
      for (const mark of ["'", '’']) {
        const text = `Harwell equalised from Nadia Brook${mark}s cross in the 70th minute.\n\n"We never stopped running," Brook said.`;
        assert.equal(one(text, 'never stopped running').speaker, 'Nadia Brook');
      }
    });

    it('keeps title words inside a body\'s name: `The Dalton Republican Party said`, `the Senior Anglers Association said`', () => {
      assert.equal(one('The Dalton Republican Party said it would name a new chair in March.', 'new chair').speaker, 'Dalton Republican Party');
      assert.equal(one('The Kessock Senior Anglers Association said the river was closed.', 'river was closed').speaker, 'Kessock Senior Anglers Association');
      // A title before a person's name is still a title.
      assert.equal(one('Party Leader Ines Varga said the vote was close.', 'vote was close').speaker, 'Ines Varga');
    });

    it('finds the person after an inverted speech verb, an article and words of mood: `said a visibly shaken Ruth Amari`', () => {
      assert.equal(one('"I did not see the second car," said a visibly shaken Ruth Amari.', 'second car').speaker, 'Ruth Amari');
      const text = 'Ilse Morgan lost the final in three sets.\n\n"I gave everything I had today," said a tearful Morgan.';
      assert.equal(one(text, 'gave everything').speaker, 'Ilse Morgan');
      // An unnamed source stays unnamed.
      assert.equal(one('"The talks are over," said an unnamed Treasury official.', 'talks are over').speaker, null);
    });

    it('reads the callings of people in vox pops as titles: `said retiree Alma Dorsey`, `the pensioner said`', () => {
      assert.equal(one('"Prices are the only thing anyone talks about," said retiree Alma Dorsey, 77.', 'Prices are').speaker, 'Alma Dorsey');
      const text = 'Pensioner Walt Greer, 80, waited in the rain.\n\n"I have voted in every election since 1966," the pensioner said.';
      assert.equal(one(text, 'every election').speaker, 'Walt Greer');
    });

    it('reads an age before a surname as a modifier, not part of the name: `The 29-year-old Kade, who …, said`', () => {
      const text = 'Ruben Kade scored the winner.\n\nThe 29-year-old Kade, whose contract ends in June, said he wanted to stay. "This club is my home," he said.';
      assert.equal(one(text, 'wanted to stay').speaker, 'Ruben Kade');
      assert.equal(one(text, 'my home').speaker, 'Ruben Kade');
    });

    it('reads the words that end listed companies\' names as heads: `Orrin Robotics`, `Calder Mining`, then `the company said`', () => {
      const text = 'Orrin Robotics posted a quarterly loss on Thursday.\n\nThe company expects orders to recover by June, it said in a filing.';
      assert.equal(one(text, 'orders to recover').speaker, 'Orrin Robotics');
      assert.equal(one('Calder Mining cut its forecast.\n\nCopper output would fall 8%, the company said.', 'Copper output').speaker, 'Calder Mining');
    });

    it('lets `the union said` mean a body met as `the RMT union` in running text', () => {
      const text = 'Signal workers walked out at dawn.\n\nStaff who belong to the RMT union backed the strike by four to one, the union said.';
      assert.equal(one(text, 'backed the strike').speaker, 'RMT');
      const party = 'Turnout fell in the north.\n\nVoters deserted the Greenway party in its heartland, but the party said it would recover.';
      assert.equal(one(party, 'would recover').speaker, 'Greenway');
    });

    it('reports what bodies in the plural said: `the two health boards said`, `The councils said`', () => {
      const hit = one('In a joint letter, the two health boards said waiting lists had grown.', 'waiting lists');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.speaker, null);
      assert.equal(one('The councils said the bridge would stay shut until May.', 'bridge would stay shut').kind, 'indirect');
    });

    it('reads a title word between a lower-case title and a lone surname as a first name: `City coach Dean Marsh`', () => {
      const text = 'Rangers won 2-0.\n\nCity coach Dean Marsh said the pitch had been poor. "We never settled," Marsh said.';
      assert.equal(one(text, 'pitch had been poor').speaker, 'Dean Marsh');
      // A capitalised title before it keeps it a title: `Assistant Dean Ruth Ellis`.
      assert.equal(one('Assistant Dean Ruth Ellis said the course would close.', 'course would close').speaker, 'Ruth Ellis');
    });

    it('takes the first name a relative clause gives after a comma: `said a welder who gave only his first name, Liam`', () => {
      const text = '"Nobody asked us before they signed," said a driver who gave only his first name, Ravi. He said he had two children.';
      assert.equal(one(text, 'Nobody asked us').speaker, 'Ravi');
      assert.equal(one(text, 'two children').speaker, 'Ravi');
    });

    it('gives a cue-less quotation to the pronoun subject after an opening participle phrase in the sentence before', () => {
      const text = '"We were poor," Owen Tate told Sky Sports.\n\nHarbour coach Lena Brandt was beaming. Pressed on whether the referee had helped, she shrugged. "Refs do not score goals."';
      assert.equal(one(text, 'Refs do not score').speaker, 'Lena Brandt');
    });

    it('reads an unknown word before `, which …,` and a speech verb as a body\'s name: `Plaid, which came third, said …`', () => {
      const text = 'Counting ended at dawn.\n\nPlaid, which came third, said the result was a warning to both big parties.';
      assert.equal(one(text, 'warning to both').speaker, 'Plaid');
    });

    it('leaves a plural possessor out of the name after it: `the Liberals\' Anna Berg`, not `Veterans\' Affairs`', () => {
      const text = 'The count was close, with the Liberals\' Anna Berg in second place.\n\n"We will be back," Berg said.';
      assert.equal(one(text, 'We will be back').speaker, 'Anna Berg');
      assert.equal(one('The Retired Miners\' Association said pensions had fallen.', 'pensions had fallen').speaker, "Retired Miners' Association");
    });
  });

  describe('blind17 rules', () => {
    it('reads `the chief of Some Capitalised Body, Name,` as a title of that body, not a person called by its name', () => {
      const text = 'The chair of Harwell Parish Council, Ruth Ambler, met residents on Tuesday.\n\n"Nobody will be left out," she said.';
      const hit = one(text, 'Nobody will be left out');
      assert.equal(hit.speaker, 'Ruth Ambler');
      // With no name, the title is a description: an unnamed source, not a person called `Northline Electricity`.
      assert.equal(one('The chief executive of Dunmore Water said supplies were safe.', 'supplies were safe').speaker, null);
      // A capitalised title before `of` still ends in the person's name.
      assert.equal(one('Secretary of State Joan Ferris said talks would resume.', 'talks would resume').speaker, 'Joan Ferris');
    });

    it('makes a name described as a business (`Corvell, the Leeds-based software firm,`) a company, so `the company` finds it', () => {
      const text = 'Tallo, the meal-planning app owned by Greenfork Media, said on Friday that customer emails had been exposed.\n\nIn a statement sent to reporters, the company said it had reset every password.';
      assert.equal(one(text, 'customer emails').speaker, 'Tallo');
      assert.equal(one(text, 'reset every password').speaker, 'Tallo');
      // Also when a headline named it first, with no word for its kind.
      const headed = `Recipe app Tallo says hackers took customer emails\n\n${text}`;
      assert.equal(one(headed, 'reset every password').speaker, 'Tallo');
      // A person described by her role at a company stays a person.
      const person = 'Anna Holt, the company founder, said data had been copied.\n\nThe company said it had no evidence of theft.';
      assert.equal(one(person, 'data had been copied').speaker, 'Anna Holt');
      assert.equal(one(person, 'no evidence of theft').speaker, null);
    });

    it('ends a report before the speaker\'s apology or thanks: `said … and apologised to …`', () => {
      const text = 'Harlow Water said repairs had been "delayed by the weather" and apologised to customers still without supply.';
      assert.equal(one(text, 'repairs had been').text, 'repairs had been "delayed by the weather"');
      assert.ok(found(text).some((st) => st.kind === 'partial' && st.text === 'delayed by the weather'));
      assert.equal(one('The mayor said the roads had been cleared and thanked the crews who worked overnight.', 'roads had been').text, 'the roads had been cleared');
    });

    it('reads `would say only that …` and `will only say that …` as reports, not `would not say whether …` or `might say that …`', () => {
      const text = 'Asked about the sequel, Corinne Vasseur would say only that she had "read a very good script".';
      assert.equal(one(text, 'she had').speaker, 'Corinne Vasseur');
      assert.ok(found(text).some((st) => st.kind === 'partial' && st.text === 'read a very good script' && st.speaker === 'Corinne Vasseur'));
      assert.equal(one('The club\'s owner, Piet Laan, will only say that talks are going well.', 'talks are going well').speaker, 'Piet Laan');
      assert.deepEqual(found('Piet Laan would not say whether talks were going well.'), []);
      assert.deepEqual(found('Some fans might say that the price is too high.'), []);
    });

    it('reports no statement for a line of a script or a song quoted after the noun that names it: `Its best-known line – "…" – drew applause`', () => {
      const texts = [
        'The film\'s most quoted line, spoken by the old ferryman as he sinks the boat – "Nobody crosses tonight" – drew laughter.',
        'Her line "Bring me the harbourmaster" got the biggest laugh of the night.',
        'The song\'s opening lyric – "Burn the boats and stay" – is painted on the wall.',
      ];
      for (const text of texts) assert.deepEqual(found(text), [], text);
      // A speaker's words after `held the line:` are still speech.
      assert.equal(found('Mayor Ada Brenn held the line: "We will not negotiate with strikers."').length, 1);
    });

    it('finds the critic behind `wrote X in The Paper, who nevertheless praised the "…" scene`', () => {
      const text = '"Long, loud and strangely moving," wrote Miriam Oakes in The Evening Ledger, who nevertheless praised the "fearless" lighting.';
      const hit = found(text).find((st) => st.text === 'fearless');
      assert.equal(hit?.kind, 'partial');
      assert.equal(hit?.speaker, 'Miriam Oakes');
      // `which` still has the body as its antecedent.
      assert.equal(one('The grant came from the Halden Youth Trust, which said it was "delighted".', 'delighted').speaker, 'Halden Youth Trust');
    });

    it('reads a live blog\'s timestamp and entry heading as no name and no interview answer: `14:05 GMT` / `Harlow: supply back by Friday for most`', () => {
      const text = '14:05 GMT\nHarlow: supply back by Friday for most homes\n\nHarlow said its crews were working through the night.';
      const statements = found(text);
      assert.equal(statements.length, 1, JSON.stringify(statements));
      // The time zone and a one-word name on the next line are no name together (`GMT Harlow`).
      assert.equal(statements[0].speaker, 'Harlow');
      // A real answer after its label still counts: `Castellane: Very sure. …`.
      assert.equal(one('Q: How sure are you?\n\nMaren Holt: Very sure. We measured it at forty sites.', 'Very sure').speaker, 'Maren Holt');
    });

    it('gives a posted statement after `X has posted a statement on its website. It reads:` to X', () => {
      const text = 'Burst main cuts supply to 4,000 homes\n\n"Nobody should be without water for this long," said Mayor Ada Brenn.\n\nDunmore Water has posted a statement on its website. It reads:\n\n"Our crews are working through the night to repair the burst main."';
      assert.equal(one(text, 'Our crews').speaker, 'Dunmore Water');
      // A person's name before `its` stays a person's.
      assert.equal(one('Vera Holm ran the club for a decade and cut its debts. "We had no choice," she said.', 'no choice').speaker, 'Vera Holm');
    });

    it('finds the critic named after a title with an owner: `The Gazette\'s theatre critic, X, gave it five stars and called it "…"`', () => {
      const text = '"I would do it all again," said the actor Tom Brill.\n\nThe Evening Ledger\'s chief film critic, Ruth Maddox, gave the film four stars and called it "a small miracle of a debut".';
      const hit = found(text).find((st) => st.text === 'a small miracle of a debut');
      assert.equal(hit?.speaker, 'Ruth Maddox');
    });

    it('ends a report at `, and she urged …`: the speaker\'s next act, even one that reports nothing', () => {
      const text = 'The coastguard\'s duty officer, Mark Tovey, told reporters that six people had been lifted from the cliffs, and he urged walkers to "stay well back from the edge".';
      assert.equal(one(text, 'six people').text, 'six people had been lifted from the cliffs');
      const partial = found(text).find((st) => st.text === 'stay well back from the edge');
      assert.equal(partial?.speaker, 'Mark Tovey');
    });

    it('reads a relative clause with a pronoun inside the reported subject: `said the pumps she ordered never came`, `told us the sandbags they were promised …`', () => {
      assert.equal(one('Councillor Jo Reyes said the pumps she ordered on Friday never came.', 'pumps').text, 'the pumps she ordered on Friday never came');
      assert.equal(one('Councillor Jo Reyes told reporters the pumps she ordered never came.', 'pumps').text, 'the pumps she ordered never came');
      assert.equal(one('Councillor Jo Reyes told us the sandbags they were promised never arrived.', 'sandbags').text, 'the sandbags they were promised never arrived');
      // An addressee with a phrase of its own still ends before the pronoun subject.
      assert.equal(one('Councillor Jo Reyes told reporters at the scene she had ordered more pumps.', 'ordered more').text, 'she had ordered more pumps');
    });

    it('reads capitals joined by `and` before a verb in the singular as one name: `Avery Power and Light says …`', () => {
      assert.equal(one('Tarran Gas and Electric says about 80,000 homes are without power.', 'homes are without').speaker, 'Tarran Gas and Electric');
      // Two people before a plural verb stay two.
      assert.ok(!analyze('Anna Smith and Tom Jones say the deal is done.').speakers.some((sp) => sp.name.includes(' and ')));
    });

    it('reads a lower-case judgement after a naming verb and a work\'s noun as speech: `called the film "a brave, exhausting thing"`', () => {
      const hit = found('In her review for the Argus, Nell Quayle called the play "a brave, exhausting thing" and gave it three stars.').find((st) => st.text === 'a brave, exhausting thing');
      assert.equal(hit?.speaker, 'Nell Quayle');
      // A work's title after the noun is still no statement.
      assert.deepEqual(found('Nell Quayle reviewed the play "Low Water" for the Argus.'), []);
    });
  });

  describe('blind16 rules', () => {
    it('measures the gap to the last statement in paragraphs across the engine\'s blocks of paragraphs', () => {
      const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} says nothing.`).join('\n\n');
      const text = `${filler(120)}\n\n"We are proud of this result," said Dr Lena Fisk.\n\n${filler(10)}\n\nStatements that are not historical facts are "forward-looking statements."`;
      assert.deepEqual(found(text).map((s) => s.text), ['We are proud of this result,']);
    });

    it('reports no short cue-less quotation paragraphs after the last statement: `… are "forward-looking statements."` in the boilerplate', () => {
      const text = '"We are proud of this result," said Dr Lena Fisk, the chief executive.\n\nAbout Tellin Bio\n\nTellin Bio develops drugs for lung disease.\n\nForward-Looking Statements\n\nStatements in this release that are not historical facts are "forward-looking statements."';
      assert.deepEqual(found(text).map((s) => s.text), ['We are proud of this result,']);
      // Next to the last statement, it is still that speaker's: `"…," said X. The plan was "a mess."`
      const near = '"We are proud of this result," said Dr Lena Fisk.\n\nThe old plan, by contrast, was "a mess."';
      assert.equal(one(near, 'a mess').speaker, 'Lena Fisk');
    });

    it('gives the words of `The governor, who was represented by his deputy, X, said …` to the governor, not the stand-in', () => {
      const text = 'The Governor of Ondo, Dr Sola Ade, has approved N2 billion for flood victims.\n\nThe governor, who was represented by his deputy, Mrs Bisi Ola, said the money would rebuild homes. He added that no victim would be abandoned.';
      assert.equal(one(text, 'rebuild homes').speaker, 'Sola Ade');
      assert.equal(one(text, 'no victim').speaker, 'Sola Ade');
      const stated = 'The Governor of Ondo, Dr Sola Ade, has approved N2 billion for flood victims.\n\nThe governor, who was represented by his deputy, Mrs Bisi Ola, stated this at Akure.\n\nHe said the money would rebuild homes.';
      assert.deepEqual(found(stated).map((s) => [s.text, s.speaker]), [['the money would rebuild homes', 'Sola Ade']]);
    });

    it('reads a subject past a ticker and a definition in brackets: `X, Inc. (NASDAQ: X) ("X" or the "Company") today announced that …`', () => {
      const text = 'BOSTON, Dec. 2, 2026 /PRNewswire/ -- Tellin Bio, Inc. (NASDAQ: TLLN) ("Tellin" or the "Company") today announced that regulators had approved its drug.';
      const report = one(text, 'regulators had approved');
      assert.equal(report.text, 'regulators had approved its drug');
      assert.equal(report.speaker, 'Tellin Bio');
    });

    it('reads `The chief executive of X admitted …` as the office holder, named later, not as the body X', () => {
      const text = 'The chief executive of Avonlea Water admitted on Tuesday that the company had got it wrong.\n\nAppearing before MPs, chief executive Mark Dorsey said spills had doubled.';
      assert.equal(one(text, 'got it wrong').speaker, 'Mark Dorsey');
      assert.equal(one('The head of Brill Foods said the plant would close.', 'plant would close').speaker, null);
    });

    it('reads `Both partners said` and `Both companies said` as the two bodies named before, and as a report', () => {
      const text = 'Hollin University and Brackett Robotics today opened a joint laboratory.\n\nBoth partners said the lab would be open to other firms.';
      assert.equal(one(text, 'open to other firms').speaker, 'Hollin University and Brackett Robotics');
      assert.equal(one('Talks ended on Friday.\n\nBoth companies said the deal would close in May.', 'close in May').speaker, null);
    });

    it('reads a description and a name set off by commas after a fronted phrase as the subject: `Speaking at the event, the head of X, Mr Y, thanked …`', () => {
      const text = 'Speaking at the event, the head of the agency, Mr Sam Obi, thanked the governor.\n\n"Our people have slept in classrooms for six weeks," the agency head said.';
      assert.equal(one(text, 'slept in classrooms').speaker, 'Sam Obi');
      const pronoun = 'In her remarks, the Commissioner for Health, Mrs Ada Eze, praised the nurses.\n\n"They never stopped," she said.';
      assert.equal(one(pronoun, 'never stopped').speaker, 'Ada Eze');
      // A link after a title word is the title's: `the Chief Press Secretary to the Governor, Mr X,` is `the press secretary`.
      const secretary = 'When contacted, the Chief Press Secretary to the Governor, Mr Tunde Ade, said the doors were open.\n\nThe governor toured the market.\n\n"Nobody will be left behind," the press secretary said.';
      assert.equal(one(secretary, 'left behind').speaker, 'Tunde Ade');
    });

    it('reads traditional rulers\' titles: `the traditional ruler of Atani, Igwe X,` is `the monarch` and `the traditional ruler`', () => {
      const text = 'The governor visited Atani on Monday.\n\nSpeaking at the event, the traditional ruler of Atani, Igwe Emmanuel Obi, thanked the governor.\n\nThe monarch said, "Our people need help now, not next year."\n\n"The rains are not over," the traditional ruler said.';
      assert.equal(one(text, 'need help now').speaker, 'Emmanuel Obi');
      assert.equal(one(text, 'need help now').kind, 'direct');
      assert.equal(one(text, 'rains are not over').speaker, 'Emmanuel Obi');
    });

    it('reads `According to her, …` and `…, according to him.` as reports of the person a pronoun means', () => {
      const text = 'Mrs Ngozi Eze spoke at the camp on Friday. According to her, 12,000 people had been displaced.';
      const report = one(text, '12,000 people');
      assert.equal(report.text, '12,000 people had been displaced');
      assert.equal(report.speaker, 'Ngozi Eze');
      assert.equal(one('Mr Femi Ade toured the site. The bridge is unsafe, according to him.', 'bridge is unsafe').speaker, 'Femi Ade');
    });

    it('reads nouns joined by `and` inside the addressee of `told`: `told the Commons health and social care committee that …`', () => {
      assert.equal(one('Ruth Obi told the Commons health and social care committee that waiting lists had grown.', 'waiting lists').text, 'waiting lists had grown');
      assert.equal(one('Ann Cole told staff and shareholders that the plan had failed.', 'plan had failed').text, 'the plan had failed');
    });

    it('reads West African courtesy titles as titles, not names, and their abbreviations as no sentence end: `Alhaji Musa Bello`, `Engr. Tunde Ade`', () => {
      assert.equal(one('Comrade Ada Nwosu said the strike would go ahead.', 'strike would').speaker, 'Ada Nwosu');
      assert.equal(one('The union will meet, Alhaji Sani Garba told reporters. "We are ready," he added.', 'We are ready').speaker, 'Sani Garba');
      assert.equal(one('The road will be finished by June, Engr. Tunde Ade said on Monday.', 'road will').speaker, 'Tunde Ade');
    });

    it('reports nothing for a title with a lower-case modifier before a name in apposition: `The state Commissioner for Works, Mr X, disclosed this …`', () => {
      const text = 'Contractors have been told to leave the site.\n\nThe state Commissioner for Works, Mr Femi Ade, disclosed this on Tuesday in Ikeja.';
      assert.deepEqual(found(text), []);
      assert.deepEqual(found('Fares will rise.\n\nThe acting Chairman of the board, Ruth Obi, stated this at a briefing.'), []);
    });

    it('gives `the partners said` after a subject of two bodies to both: `Hollin University and Brackett Robotics have opened …`', () => {
      const text = 'Hollin University and Brackett Robotics have opened a joint laboratory in Dunmere.\n\n"This is a long-term bet," the partners said in a joint statement.\n\nThe two organisations said the lab would hire 40 staff.';
      assert.equal(one(text, 'long-term bet').speaker, 'Hollin University and Brackett Robotics');
      assert.equal(one(text, 'hire 40 staff').speaker, 'Hollin University and Brackett Robotics');
      // Two people are no partners in this sense.
      assert.equal(one('Mayor Paul Vega and Councilwoman Irene Wu met on Monday.\n\nThe partners said talks would go on.', 'talks would').speaker, null);
    });

    it('reads a guarded answer after a modal and a restricting adverb as a report: `he would say only that …`, `would only say that`', () => {
      const text = 'Lena Fisk took questions for an hour. Asked whether she would stand again, she would say only that she was "weighing it up".';
      const report = one(text, 'she was');
      assert.equal(report.kind, 'indirect');
      assert.equal(report.speaker, 'Lena Fisk');
      const quoted = found(text).filter((s) => s.kind === 'partial');
      assert.deepEqual(quoted.map((s) => [s.text, s.speaker]), [['weighing it up', 'Lena Fisk']]);
      assert.equal(one('Omar Diallo would only say that talks were continuing.', 'talks were').speaker, 'Omar Diallo');
      // A bare modal is hypothetical, not a report.
      assert.deepEqual(found('Critics would say that the plan is flawed.'), []);
    });

    it('reads a long title with a named body and its acronym before a name in apposition: `The Chairman of the X Union (XU), Comrade Y,`', () => {
      const text = 'The state Chairman of the Amalgamated Traders and Market Workers Union (ATMWU), Comrade Ken Obi, spoke on Monday.\n\n"We will not move," the chairman said.';
      assert.equal(one(text, 'We will not move').speaker, 'Ken Obi');
      const head = 'The head of the Roads Agency, Jane Roe, toured the bridge.\n\n"It is safe," the agency head said.';
      assert.equal(one(head, 'It is safe').speaker, 'Jane Roe');
    });

    it('reads a portfolio list with commas as part of the title before a name: `The Minister for Works, Housing and Transport, X,`', () => {
      const text = 'The Commissioner for Health, Water and Sanitation, Dr Kemi Lawal, spoke in Abuja on Monday.\n\n"No clinic will be closed," the commissioner said.';
      assert.equal(one(text, 'No clinic will be closed').speaker, 'Kemi Lawal');
      const minister = 'The Minister of Trade, Industry and Tourism, Peter Moyo, opened the fair.\n\nThe minister said exports had doubled.';
      assert.equal(one(minister, 'exports had doubled').speaker, 'Peter Moyo');
      // A courtesy title before the name gives way to the description: `The commissioner, Dr Kemi Lawal,`.
      assert.equal(one('The commissioner, Dr Ada Eze, toured the site.\n\n"It is ready," the commissioner said.', 'It is ready').speaker, 'Ada Eze');
    });
  });

  describe('blind18 rules', () => {
    it('resolves `the airline` to the carrier the story names by its head (`Brightwing Air`), even after a public body spoke', () => {
      const text = 'A Brightwing Air jet from Oslo landed safely in Reykjavik on Sunday after a bird strike.\n\n' +
        'In a short statement, the airline said: "The aircraft landed normally and nobody was hurt."\n\n' +
        'The Civil Aviation Safety Board said it had sent two inspectors.\n\n' +
        'The airline said later that a replacement jet would leave on Monday. It said passengers would be offered hotel rooms.';
      assert.equal(one(text, 'landed normally').speaker, 'Brightwing Air');
      assert.equal(one(text, 'sent two inspectors').speaker, 'Civil Aviation Safety Board');
      assert.equal(one(text, 'replacement jet').speaker, 'Brightwing Air');
      assert.equal(one(text, 'hotel rooms').speaker, 'Brightwing Air');
      // `the carrier` and `Airways` too.
      assert.equal(one('Kestrel Airways cancelled 40 flights. The carrier said the strike had cost it dearly.', 'strike had cost').speaker, 'Kestrel Airways');
    });

    it('reads a firm named with an ampersand as one organisation (`Hollin & Daughters`), which a later `the company` means', () => {
      const text = 'The council approved the new market hall on Tuesday.\n\n' +
        'Tarrant & Lowe will close four of its nine garden centres by March. The closures were "unavoidable", the company said.';
      assert.equal(one(text, 'closures were').speaker, 'Tarrant & Lowe');
      assert.equal(one(text, 'unavoidable').speaker, 'Tarrant & Lowe');
      assert.equal(one('Staff will be offered other jobs, Brisk & Daughters said.', 'other jobs').speaker, 'Brisk & Daughters');
      assert.equal(one('Pellow & Sons cut 40 jobs. It said demand had fallen.', 'demand had fallen').speaker, 'Pellow & Sons');
    });

    it('takes a first name the lexicon lacks as a person when a description of a person follows it: `Priya, a graduate student, posted …`', () => {
      const text = 'A passenger who gave his name only as Osric said the lights went out.\n\n' +
        'Saoirse, a retired midwife on her way home from Boston, filmed the evacuation. "We were all so calm," she said.';
      assert.equal(one(text, 'so calm').speaker, 'Saoirse');
      assert.equal(one('Ilse, a nurse from Leeds, posted a video online. "Down safe and very cold," she wrote.', 'Down safe').speaker, 'Ilse');
      // A place described by a noun for no person stays no one.
      assert.equal(one('Brackley, a town of 9,000 people, said it would appeal. "We are ready," it said.', 'We are ready').speaker, null);
    });

    it('reports a clause without `that` after the medium it was said in: `said in a statement the plan would …`', () => {
      assert.equal(one('Rosa Quill said in a statement the merger would "cost hundreds of jobs" in the north.', 'merger would').text,
        'the merger would "cost hundreds of jobs" in the north');
      const letter = one('The head teacher, Aled Pryce, wrote in a letter to parents the school would reopen on Monday.', 'reopen');
      assert.equal(letter.text, 'the school would reopen on Monday');
      assert.equal(letter.speaker, 'Aled Pryce');
      assert.equal(one('Tom Kerr said in an emailed statement the plant had closed.', 'plant had closed').kind, 'indirect');
      // A participle after the medium goes on describing it; it opens no report.
      const posted = found('Mayor Ana Ruiz said in a video message posted on Facebook about an hour later that she had spoken with the governor.');
      assert.ok(posted.every((st) => !st.text.startsWith('posted')), JSON.stringify(posted));
    });

    it('reports a bare clause after a verb that takes an object when a possessive opens its subject: `warned his state would …`', () => {
      const text = 'Premier Nia Farrant warned her government would not "sign a blank cheque" for the stadium.';
      const hit = one(text, 'her government');
      assert.equal(hit.text, 'her government would not "sign a blank cheque" for the stadium');
      assert.equal(hit.speaker, 'Nia Farrant');
      assert.equal(found(text).find((st) => st.text === 'sign a blank cheque')?.kind, 'partial');
      // The object reading, with no auxiliary after the noun, reports nothing.
      assert.deepEqual(found('Premier Nia Farrant warned her ministers about the stadium.'), []);
    });

    it('reads callings of a town\'s services as titles before a name: `according to chief librarian X`, `said pharmacist X`', () => {
      const hit = one('Late fees cost more to collect than they raised, according to head librarian Morag Tully.', 'Late fees');
      assert.equal(hit.speaker, 'Morag Tully');
      assert.equal(one('"We will stay open through the storm," said pharmacist Idris Kemal.', 'stay open').speaker, 'Idris Kemal');
      assert.equal(one('The pool will close for a month, the lifeguard said.', 'pool will close').speaker, null);
    });

    it('ends a report before a clause of contrast with its own subject and speech verb: `…, as the opposition accuses X of "…"`', () => {
      const text = 'Treasurer Maeve Dollan has signalled the budget will include a rent rebate, as the Liberal Party accuses the government of "tinkering at the edges".';
      assert.equal(one(text, 'rent rebate').text, 'the budget will include a rent rebate');
      assert.equal(one(text, 'rent rebate').speaker, 'Maeve Dollan');
      assert.equal(one(text, 'tinkering').speaker, 'Liberal Party');
      assert.equal(one('Maeve Dollan said the rebate would stay, while Senator Ada Quist called it "a bribe".', 'a bribe').speaker, 'Ada Quist');
      // A clause of reason with no speech verb stays in the report.
      assert.equal(one('Maeve Dollan said the rebate would stay, as it was "the fair thing to do".', 'rebate would stay').text, 'the rebate would stay, as it was "the fair thing to do"');
    });

    it('reads `SEC` in capitals as the body, not as `Sec.` the title: `The SEC said …`, `The SEC alleged that …`', () => {
      const text = 'The SEC alleged that the fund had overstated its loans. The agency said it would seek a penalty.';
      assert.equal(one(text, 'overstated').speaker, 'SEC');
      assert.equal(one(text, 'seek a penalty').speaker, 'SEC');
      // The title with its period still titles a name.
      assert.equal(one('Sec. Anna Price said the plan was sound.', 'plan was sound').speaker, 'Anna Price');
    });

    it('reports what court papers allege: `The complaint alleges that …`, `the indictment says …`', () => {
      assert.equal(one('The regulator sued Halden Trust on Monday. The complaint alleges that the trust hid losses from clients.', 'hid losses').kind, 'indirect');
      assert.equal(one('Prosecutors charged Ivo Brandt in May. The indictment says Brandt forged invoices.', 'forged invoices').kind, 'indirect');
    });
  });

  describe('blind19 rules', () => {
    it('reads the article after a dateline\'s dash as no name: `LEEDS — A surgeon said …` has an unnamed source, not a person `A`', () => {
      for (const role of ['surgeon', 'coroner', 'magistrate']) {
        const hit = one(`LEEDS — A ${role} said the ward had been short of staff for months.`, 'short of staff');
        assert.equal(hit.speaker, null);
        assert.equal(analyze(`LEEDS — A ${role} said the ward had been short of staff.`).speakers.length, 0);
      }
      // A name after the dash is still a name.
      assert.equal(one('LEEDS — Health Secretary Ruth Amos said the ward had been short of staff.', 'short of staff').speaker, 'Ruth Amos');
    });

    it('reports a judicial office-holder\'s finding (`Coroner X found that …`, `recorded a conclusion, finding that …`), not anyone\'s', () => {
      const text = 'Senior coroner Paul Ridley recorded a conclusion of misadventure, finding that the fall was an accident and that the rail ' +
        'had been "loose for months".';
      assert.equal(one(text, 'fall was an accident').speaker, 'Paul Ridley');
      assert.equal(one(text, 'fall was an accident').kind, 'indirect');
      assert.equal(found(text).filter((s) => s.kind === 'indirect' && s.text.startsWith('the rail')).length, 1);
      assert.equal(one('District Judge Nia Moss found that the landlord had ignored repeated warnings.', 'ignored repeated').speaker, 'Nia Moss');
      // Anyone else's finding is a discovery, not a statement.
      assert.equal(found('Tom Hale found that the shed had been emptied.').length, 0);
    });

    it('makes the person who gave a speech (`a keynote by X`, `a lecture by X`) the one a later `she` or `he` means', () => {
      const text = 'Ines Roth, a panelist, was blunt. "It will not work," Roth said.\n\n' +
        'The day closed with a lecture by Oyelowo Banjoko-Reyes, who ran the port authority for a decade.\n\n' +
        '"We planned for the storms we remembered," she told the hall.';
      assert.equal(one(text, 'storms we remembered').speaker, 'Oyelowo Banjoko-Reyes');
      // The object of another `by` is no speaker of a speech: the pronoun keeps the last subject.
      const book = 'Ines Roth, a panelist, was blunt. "It will not work," Roth said.\n\nShe held up a report by Oyelowo Banjoko-Reyes.\n\n' +
        '"Read it," she told the hall.';
      assert.equal(one(book, 'Read it').speaker, 'Ines Roth');
    });

    it('reads a trailing cue whose phrase ends with a bare weekday and its part of the day (`said at a news conference Tuesday afternoon`)', () => {
      const hit = one('The bridge will reopen in May, Mayor Lena Ortiz said at a news conference Thursday morning.', 'reopen in May');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.speaker, 'Lena Ortiz');
      assert.equal(one('Two men were arrested, the sheriff told reporters at the county jail Friday evening in Bastrop.', 'were arrested').kind, 'indirect');
    });

    it('gives a bare `Police said` to the one force the story names with `Police` inside its name (`the Dunmore Police Department`)', () => {
      const text = 'Two cars collided on Route 9 on Friday.\n\nOfficers from the Dunmore Police Department closed the road for three hours.\n\n' +
        'Police said the driver of the van had been taken to hospital.';
      assert.equal(one(text, 'driver of the van').speaker, 'Dunmore Police Department');
      // Two forces: no telling which one.
      const two = 'Officers from the Dunmore Police Department and the Keswick Police Department searched the woods.\n\nPolice said the boy was safe.';
      assert.equal(one(two, 'boy was safe').speaker, null);
    });

    it('gives the lead\'s `A judge has said …` to the judge the story names next (`District Judge X`), not to no one', () => {
      const text = 'Landlord fined over damp flat\n\nBRADFORD — A judge has said a landlord showed "contempt" for his tenants.\n\n' +
        'The flat in Manningham had black mould in every room, the court heard.\n\n' +
        'District Judge Helen Marsh fined Colin Pratt £8,000 on Friday.';
      assert.equal(one(text, 'showed').speaker, 'Helen Marsh');
      assert.equal(one(text, 'contempt').speaker, 'Helen Marsh');
      // A spokesperson in the lead stays unnamed, whoever the story names later.
      const spokes = 'Plant to close\n\nBRADFORD — A spokesman has said the plant will close in May.\n\nThe firm\'s spokesman Tom Ruddy said talks were over.';
      assert.equal(one(spokes, 'close in May').speaker, null);
    });

    it('ends a report before a trailing `, the court heard` / `, an inquest was told`, the reporter\'s source and no part of it', () => {
      assert.equal(one('Dr Ana Webb said the wound could not have been self-inflicted, the court heard.', 'wound').text,
        'the wound could not have been self-inflicted');
      assert.equal(one('His mother said he had been "low for weeks" before the crash, an inquest was told.', 'before the crash').text,
        'he had been "low for weeks" before the crash');
    });
  });

  describe('blind20 rules', () => {
    it('reads a portfolio joined by `and` as one title before the subject of a participle cue: `Revenue and Disaster Management Minister X rejected …, saying …`', () => {
      const hit = one('Fisheries and Ports Minister Leela Barua dismissed the criticism, saying the harbour dredging was on schedule.', 'dredging');
      assert.equal(hit.speaker, 'Leela Barua');
      assert.equal(one('State Health and Family Welfare Minister Arun Das rejected the charge, saying every district had a blood bank.', 'blood bank').speaker, 'Arun Das');
      // Two people joined by `and` are no portfolio: the first named stays the subject.
      assert.equal(one('Ruth Abbot and Tom Vey rejected the charge, saying the figures were wrong.', 'figures were wrong').speaker, 'Ruth Abbot');
    });

    it('finds the speaker of a trailing cue after a named owner\'s possessive and a title: `"…," the Manch\'s general secretary X said`', () => {
      const hit = one('"The levee will not hold another season," the Kisan Sabha\'s district secretary Ratan Gogoi said.', 'levee');
      assert.equal(hit.kind, 'direct');
      assert.equal(hit.speaker, 'Ratan Gogoi');
      // A short quotation is kept as speech only with its cue.
      assert.equal(one('"We are ready," Marlow\'s chief executive Tessa Vane said.', 'We are ready').speaker, 'Tessa Vane');
    });

    it('reads a person\'s name after a body\'s head that ends a title with its comma left out: `Leader of the Opposition in the state Assembly X said`', () => {
      const text = 'Finance Minister Shri Arvind Mohan Tiwari said the budget would be balanced.\n\n' +
        'Leader of the Opposition in the state Assembly Mahesh Kumar Yadav dismissed the budget as "a bundle of old promises".\n\n' +
        '"Not one new school has been built," Yadav told reporters.\n\n' +
        'He said the government had cut the rural roads budget by half.';
      assert.equal(one(text, 'rural roads').speaker, 'Mahesh Kumar Yadav');
      assert.equal(one(text, 'new school').speaker, 'Mahesh Kumar Yadav');
    });

    it('finds the person set off after an office with its field: `said the association\'s director of policy, X`', () => {
      const text = 'The Rural Growers Federation questioned the figures. "Nobody can model prices thirty years out," said the federation\'s head of research, Carys Imlach. "The data will not bear it."';
      assert.equal(one(text, 'thirty years').speaker, 'Carys Imlach');
      assert.equal(one(text, 'will not bear').speaker, 'Carys Imlach');
      assert.equal(one('"We welcome the review," said its director of public affairs, Owen Tarrant.', 'welcome the review').speaker, 'Owen Tarrant');
    });

    it('ends a report at the closing mark of its quoted words before `and` with a past verb: `said the board "…" and pointed to …`', () => {
      const text = 'Health Secretary Moira Gunn said the trust "takes patient safety extremely seriously" and pointed to the new inspection regime.';
      assert.equal(one(text, 'the trust').text, 'the trust "takes patient safety extremely seriously"');
      assert.equal(found(text).find((st) => st.text === 'takes patient safety extremely seriously')?.kind, 'partial');
      // Without quotation marks the coordinated verb may be reported, and stays in the clause.
      assert.equal(one('Gunn said the trust had missed its targets and blamed the winter.', 'missed').text, 'the trust had missed its targets and blamed the winter');
    });

    it('gives a court paper\'s words to the party that filed it, under any of its names and whoever spoke since: `X filed the lawsuit …`', () => {
      const text = 'Marisa Doyle, who managed the restaurant for nine years, filed the lawsuit on Friday in Harlow County Court.\n\n' +
        'According to the lawsuit, the owners withheld tips from kitchen staff. The complaint alleges that Ben Hale told staff the tips were pooled, but that the pool was never paid out.\n\n' +
        '"The claims are false," said Hale\'s lawyer, Rona Pike.\n\n' +
        'The lawsuit says Doyle was fired two weeks after she complained.';
      assert.equal(one(text, 'withheld tips').speaker, 'Marisa Doyle');
      assert.equal(one(text, 'Ben Hale told staff').speaker, 'Marisa Doyle');
      assert.equal(one(text, 'never paid out').speaker, 'Marisa Doyle');
      assert.equal(one(text, 'claims are false').speaker, 'Rona Pike');
      assert.equal(one(text, 'fired two weeks').speaker, 'Marisa Doyle');
    });

    it('keeps a court paper with its filer after another speaker cited a statement: `Y said in a statement that …. The lawsuit says …`', () => {
      const text = 'Marisa Doyle, who managed the restaurant for nine years, filed the lawsuit on Friday.\n\n' +
        'Hale\'s lawyer, Rona Pike, said in a statement to the Gazette that the claims were false.\n\n' +
        'The lawsuit says Doyle was fired two weeks after she complained.';
      assert.equal(one(text, 'claims were false').speaker, 'Rona Pike');
      assert.equal(one(text, 'fired two weeks').speaker, 'Marisa Doyle');
    });

    it('gives a report\'s findings to the body that published it: `according to a report published today by the charity X` … `According to the report, …`', () => {
      const text = 'River otters have returned to 60 per cent of lowland streams, according to a report released on Monday by the wildlife charity Brookside Nature Trust.\n\n' +
        '"This is a real recovery," said Dr Ina Falk, a zoologist at Wendham University.\n\n' +
        'According to the report, pollution from farms remains the main threat.';
      assert.equal(one(text, 'River otters').speaker, 'Brookside Nature Trust');
      assert.equal(one(text, 'real recovery').speaker, 'Ina Falk');
      assert.equal(one(text, 'pollution from farms').speaker, 'Brookside Nature Trust');
    });

    it('keeps a report whose subject opens another report\'s clause as that clause\'s content, also before a second `but that` clause', () => {
      const text = 'The complaint alleges that Ben Hale told staff at the time that the tips would be shared, but that the money was never paid out.';
      const statements = found(text);
      assert.ok(statements.every((st) => st.text !== 'the tips would be shared'), JSON.stringify(statements));
      assert.ok(statements.some((st) => st.text.startsWith('Ben Hale told staff')), JSON.stringify(statements));
      assert.ok(statements.some((st) => st.text === 'the money was never paid out'), JSON.stringify(statements));
    });
  });

  describe('blind21 rules', () => {
    it('gives a published notice\'s words to whoever issued it: `X said in a notice …` … `…, the notice said.`', () => {
      const text = 'The Food Safety Authority said in a notice on Friday that the sauces contain undeclared peanuts.\n\n' +
        'Shoppers should return the jars to the store for a refund, the notice said.\n\n' +
        'Harlan Foods said in an advisory that no illnesses had been reported. The advisory said the jars were sold in Ohio.';
      assert.equal(one(text, 'return the jars').speaker, 'Food Safety Authority');
      assert.equal(one(text, 'sold in Ohio').speaker, 'Harlan Foods');
    });

    it('reads a capitalised compound before a noun (`The Ohio-based company`) as a modifier of the description, not a name', () => {
      const text = 'Brennan Toys Inc. is recalling 80,000 wooden rattles after reports of choking.\n\n' +
        'The Vermont-based company said it had received nine reports of rattles breaking apart.';
      assert.equal(one(text, 'nine reports').speaker, 'Brennan Toys Inc.');
      assert.equal(one('Texas-born Carla Mendes said the race was the hardest of her career.', 'hardest').speaker, 'Carla Mendes');
    });

    it('gives `the coach` to the manager the story named when no one holds the title coach, and keeps a head coach apart from a manager', () => {
      const text = 'City manager Ewan Fraser said his side had been "robbed".\n\n' +
        '"That was never a penalty, not in a million years," the Scottish coach said.';
      assert.equal(one(text, 'million years').speaker, 'Ewan Fraser');
      // A coach the story named is the coach, however recent the manager.
      const both = 'Head coach Dana Pruitt said the defence was tired. General manager Cole Avery said no trade was planned.\n\n' +
        '"We have to be better on third down," the coach said.';
      assert.equal(one(both, 'third down').speaker, 'Dana Pruitt');
    });

    it('reads `that` before a plural noun as the start of the reported clause even when an `-ing` word follows the comma', () => {
      const text = 'The regulator has said that strollers, walking frames and similar products are often sold without warnings.';
      assert.equal(one(text, 'strollers').text, 'strollers, walking frames and similar products are often sold without warnings');
      // A singular noun after `that` before `, saying …` is still a demonstrative: the participle carries the report.
      assert.equal(one('Mayor Ann Cole disputed that figure, saying it ignored the new homes.', 'new homes').text, 'it ignored the new homes');
    });

    it('reads an object `her` in a relative clause (`X, who hired her in 1990, said …`) as someone else, not as the gender of X', () => {
      const text = 'The conductor Lionel Ashby paid tribute on Friday. "She had perfect pitch," he said.\n\n' +
        'The producer Robin Tate, who hired her in 1990 for the tour, said she was "impossible to replace".\n\n' +
        '"She never missed a rehearsal," he said.';
      assert.equal(one(text, 'never missed').speaker, 'Robin Tate');
    });

    it('gives the report to the person before a participle phrase whose object is named after it: `X, speaking to the club\'s channel, Y, said …`', () => {
      const text = 'Lena Ortiz scored twice in the second half.\n\n' +
        'Ortiz, speaking to the club\'s media channel, City TV, said the second goal was "the best of my career".';
      const hit = one(text, 'second goal');
      assert.equal(hit.speaker, 'Lena Ortiz');
      const annotation = analyze(text, {});
      assert.equal(annotation.speakers.find((s) => s.name === 'Lena Ortiz')?.title ?? null, null, 'how she spoke is no title');
      // A name set off after a description that opens the sentence still speaks.
      assert.equal(one('The finance director, Paul Stein, said profits would rise.', 'profits').speaker, 'Paul Stein');
    });

    it('reads `Substitute` before a player\'s name as his role, not part of his name', () => {
      const annotation = analyze('Substitute Owen Hart scored with his first touch.\n\nHart said the goal was "a dream".', {});
      const speaker = annotation.speakers.find((s) => s.aliases.includes('Hart') || s.name.endsWith('Hart'));
      assert.equal(speaker?.name, 'Owen Hart');
      assert.equal(speaker?.title, 'Substitute');
    });

    it('gives a notice no one was cited for to the public body the story named: `…, according to the recall notice.`', () => {
      const text = 'The Food Safety Authority has ordered the recall of 30,000 jars of pesto, the agency said on Friday.\n\n' +
        '"We apologise to our customers," Verdi Foods said in a statement.\n\n' +
        'Three people fell ill after eating the pesto, according to the recall notice.';
      assert.equal(one(text, 'fell ill').speaker, 'Food Safety Authority');
      // With no public body named, the notice has no speaker.
      assert.equal(one('Verdi Foods said it would recall 30,000 jars.\n\nThree people fell ill, according to the notice.', 'fell ill').speaker, null);
    });

    it('reads Ireland\'s `Taoiseach` and `Tánaiste` before a name as titles, and `the Taoiseach` as the one named', () => {
      const text = 'Taoiseach Aoife Brennan said the new hospital would open in spring.\n\n"We will not let the people of Cork down," the Taoiseach said.';
      assert.equal(one(text, 'new hospital').speaker, 'Aoife Brennan');
      assert.equal(one(text, 'Cork down').speaker, 'Aoife Brennan');
      assert.equal(one('Tánaiste Ciarán Doyle said talks would resume.', 'talks').speaker, 'Ciarán Doyle');
    });

    it('reads `the former Chelsea defender` as a description of the player just named, not as the club speaking', () => {
      const text = 'Wanderers captain Kofi Mensah headed the winner in the 88th minute.\n\n' +
        '"We never stopped believing," the former Everton defender told Sky Sports.';
      assert.equal(one(text, 'never stopped').speaker, 'Kofi Mensah');
    });

    it('gives an acronym the story never defined to the body named before with those initials: `the CPSC said` after `the U.S. Consumer Product Safety Commission`', () => {
      const text = 'Halden Home is recalling 50,000 baby gates, the U.S. Consumer Product Safety Commission said on Tuesday.\n\n' +
        'The gates can detach from the wall, the CPSC said.';
      assert.equal(one(text, 'detach').speaker, 'U.S. Consumer Product Safety Commission');
      const nhs = 'The National Health Service said waiting lists were falling.\n\n"We are not there yet," the NHS said.';
      assert.equal(one(nhs, 'not there yet').speaker, 'National Health Service');
    });
  });

  describe('blind22 rules', () => {
    it('gives a restrictive `who said` after a description set off after a name to that name: `said X, 67, a retired welder who said …`', () => {
      const text = 'The county board said the count was complete.\n\n' +
        '"Rents doubled in two years," said Lena Voss, 58, a school bus driver who said she had moved twice since 2020. "Nobody listens."';
      assert.equal(one(text, 'moved twice').speaker, 'Lena Voss');
      assert.equal(one(text, 'Nobody listens').speaker, 'Lena Voss');
      assert.equal(one('"It is too late," said Omar Reyes, a retired welder who said he would not vote again.', 'not vote again').speaker, 'Omar Reyes');
    });

    it('gives an office abbreviated by its initials to the person named with the office: `Energy Cabinet Secretary X …. The CS said …`', () => {
      const text = 'Energy Cabinet Secretary Ruth Kamande said on Monday the grid would be repaired by Friday.\n\n' +
        'Kenya Power blamed vandals for the outage.\n\n' +
        'The CS said the ministry would fund 40 new transformers.';
      assert.equal(one(text, 'new transformers').speaker, 'Ruth Kamande');
      assert.equal(one('Director General Amos Leto said the tests were over. The DG said results would follow in May.', 'results would follow').speaker, 'Amos Leto');
    });

    it('takes a title ending in `the accused` or `the injured` set off before a name as the person\'s: `Counsel for the accused, X, …. "…," counsel said`', () => {
      const text = 'Counsel for the accused, Fiona Dunleavy, said her client had shown real remorse.\n\n' +
        '"He has not had a drink since the night in question," counsel said.';
      assert.equal(one(text, 'not had a drink').speaker, 'Fiona Dunleavy');
    });

    it('keeps a body\'s name whole when a title word and an `and` sit inside it: `The National Private Hire and Taxi Association said`', () => {
      assert.equal(one('The Independent Private Schools and Colleges Council said in a statement that fees would rise.', 'fees would rise').speaker, 'Independent Private Schools and Colleges Council');
      assert.equal(one('The Chief Fire and Rescue Officers Association said the cuts were dangerous.', 'cuts were dangerous').speaker, 'Chief Fire and Rescue Officers Association');
    });

    it('gives a participle after a market story\'s `Shares of X fell after the company …,` to the company, not to its shares', () => {
      const text = 'Oct 3 (Reuters) - Shares of Tellwick Semiconductor fell 9% on Thursday after the chip maker trimmed its sales outlook, saying orders from phone makers had slowed.\n\n' +
        'The company now expects revenue of $900 million, it said in a release.';
      assert.equal(one(text, 'orders from phone makers').speaker, 'Tellwick Semiconductor');
      assert.equal(one(text, 'now expects revenue').speaker, 'Tellwick Semiconductor');
      const uk = 'Shares in Brannock Foods rose 6% after the retailer raised its outlook, citing strong Christmas trading, and saying stores had been busy.\n\n' +
        '"December was our best month," it said in a statement.';
      assert.equal(one(uk, 'best month').speaker, 'Brannock Foods');
      // A person who opens the sentence keeps the participle.
      assert.equal(one('Ann Ode resigned on Friday after the board cut her budget, saying the cut was unfair.', 'unfair').speaker, 'Ann Ode');
    });

    it('finds an unnamed source whose description has a restrictive `that` clause before `, who …, said`', () => {
      const text = 'Vantor Bank reported a loss.\n\nAn analyst at a hedge fund that owns the bonds, who spoke on condition of anonymity, said the bank had "run out of road."';
      const hit = one(text, 'the bank had');
      assert.equal(hit.kind, 'indirect');
      assert.equal(hit.speaker, null);
      const partial = found(text).find((st) => st.text === 'run out of road.');
      assert.equal(partial?.kind, 'partial');
      assert.equal(partial?.speaker, null);
    });

    it('reads an Irish court report\'s ranks and post-nominals as no part of the name: `Garda X`, `Gda X`, `Mr X SC`, `Ms X BL`', () => {
      const text = 'Detective Garda Fergal Nolan told Ms Orla Dunne BL, prosecuting, that the car had been stolen.\n\n' +
        'Gda Nolan said the accused made no reply when charged.\n\n' +
        'Mr Cian Roche SC, defending, said his client had a drink problem.';
      assert.equal(one(text, 'car had been stolen').speaker, 'Fergal Nolan');
      assert.equal(one(text, 'made no reply').speaker, 'Fergal Nolan');
      assert.equal(one(text, 'drink problem').speaker, 'Cian Roche');
    });

    it('ends a title after the name before a restrictive relative clause: `said X, 58, a retired nurse who said …`', () => {
      const text = '"Nobody asked us," said Edna Pratt, 58, a retired nurse who lives on Mill Lane. "Nobody."';
      const speaker = analyze(text, {}).speakers.find((sp) => sp.name === 'Edna Pratt');
      assert.equal(speaker?.title, 'a retired nurse');
    });

    it('makes a company\'s short name met first (a headline\'s `Tallis shares jump`) the same speaker as its full name met later', () => {
      const text = 'Tallis shares slide as robot maker cuts outlook, cites "cautious" buyers\n\n' +
        'Shares of Tallis Robotics fell 9% on Tuesday after the company cut its forecast.\n\n' +
        'Tallis also said it would hire 200 engineers.';
      const speakers = analyze(text, {}).speakers.filter((sp) => sp.name.startsWith('Tallis'));
      assert.deepEqual(speakers.map((sp) => sp.name), ['Tallis Robotics']);
      assert.equal(one(text, '200 engineers').speaker, 'Tallis Robotics');
    });

    it('reads a group opening the sentence before `of` and a place or a person as an unnamed source: `Residents of Kisaru told the Nation …`', () => {
      const text = 'Governor Ann Mutua said the taps would run by Friday.\n\nResidents of Kisaru told the Nation they had not seen water for a week.';
      assert.equal(one(text, 'not seen water').speaker, null);
      assert.equal(one('Supporters of Mutua said the result was fair.', 'result was fair').speaker, null);
      // A body named with `of` stays a name.
      assert.equal(one('Bank of Lowmoor said profits rose.', 'profits rose').speaker, 'Bank of Lowmoor');
    });

    it('reports a witness\'s `accepted that …` in a court report, with an aside before `that`', () => {
      const text = 'Sergeant Liam Foley accepted, under cross-examination, that the accused had handed himself in.';
      assert.equal(one(text, 'handed himself in').speaker, 'Liam Foley');
      assert.equal(one(text, 'handed himself in').kind, 'indirect');
      // An object is no report.
      assert.equal(found('The council accepted the offer from the developer.').length, 0);
    });

    it('reads a that-clause after a phrase with a name in apposition: `agreed with counsel for the defence, Mr X, that …`', () => {
      const text = 'Garda Ciara Walsh agreed with counsel for the defence, Mr Dara Fenton, that the accused had shown remorse.';
      assert.equal(one(text, 'shown remorse').text, 'the accused had shown remorse');
      assert.equal(one(text, 'shown remorse').speaker, 'Ciara Walsh');
    });

    it('reads a voter or a commuter before a name as a calling: `"…," said voter Tom Ruiz, 52, after casting his ballot`', () => {
      const text = '"We had no problems," said Carla Mendes, the county elections director.\n\n' +
        '"It was time for a change," said voter Ben Okafor, 52, after casting his ballot at a fire hall.';
      assert.equal(one(text, 'time for a change').speaker, 'Ben Okafor');
      assert.equal(one('"The trains are always late," said commuter Ann Leary.', 'always late').speaker, 'Ann Leary');
    });
  });

  describe('blind23 rules', () => {
    it('reads a headline `Topic: …` with no full stop as a headline, not as an interview answer by `Topic`', () => {
      const text = 'Marbella: Wildfire forces 3,000 tourists from hotels overnight\n\n' +
        'MARBELLA, Spain — Firefighters battled a blaze in the hills above the resort on Tuesday, the regional government said.';
      assert.equal(found(text).some((s) => s.text.startsWith('Wildfire forces')), false);
      // An interview transcript keeps its answers.
      const qa = 'The institute spoke with Dr. Hanna Lindahl.\n\nQ: What comes next?\n\nLindahl: We start building in May, if the weather holds.';
      assert.equal(one(qa, 'start building').speaker, 'Hanna Lindahl');
    });

    it('reads a lower-case quotation after a work (`wrote the song "in a …"`) as the speaker\'s words, not the work\'s title', () => {
      const text = 'The novelist Farah Idris told the audience that she had finished the book "on a night train somewhere near Vienna" in 2019.';
      assert.ok(found(text).some((s) => s.kind === 'partial' && s.text === 'on a night train somewhere near Vienna' && s.speaker === 'Farah Idris'));
      // A capitalised title after the noun is still a title.
      assert.equal(found('Farah Idris said her book "Night Train to Vienna" took six years to write.').some((s) => s.kind === 'partial'), false);
    });

    it('gives `the band said` to the group the story named, whose name has no organisation\'s head', () => {
      const text = 'The Harbour Lights were due to play the main stage on Sunday but pulled out on Friday.\n\n' +
        'In a post on Facebook, the band said drummer Kit Moran had broken his wrist.';
      assert.equal(one(text, 'broken his wrist').speaker, 'Harbour Lights');
      // A person named last is no band.
      const person = 'Paper Moths cancelled their tour on Monday. Singer Mara Holt apologised to fans.\n\nThe band said refunds would be issued.';
      assert.equal(one(person, 'refunds').speaker, 'Paper Moths');
    });

    it('reports the clause after a participle in an absolute phrase after `with` (`with a judge telling him his …`)', () => {
      const text = 'A Ballarat man was fined $4,000, with a magistrate telling him his overtaking could have killed someone.';
      assert.equal(one(text, 'overtaking').text, 'his overtaking could have killed someone');
      assert.equal(one('The council voted to close the pool, with Mayor Ruth Daley saying the repairs were too expensive.', 'repairs').speaker, 'Ruth Daley');
    });

    it('ends a report at the closing mark of the quoted words before the writer\'s `, which she defined as …`', () => {
      const text = 'Engineer Tom Vale told reporters the bridge would be ready "well before winter," which he defined as the end of October.';
      assert.equal(one(text, 'bridge').text, 'the bridge would be ready "well before winter,"');
    });

    it('reads a brand before a plural subject (`Lumen glasses cost …`) as a modifier, so `the company` stays the company named before', () => {
      const text = 'Corvex said on Tuesday that it would sell the new Velto phones in Europe.\n\n' +
        'Velto phones cost $999 and ship in May.\n\n' +
        'In a blog post, the company wrote that the hinge had been tested 400,000 times.';
      assert.equal(one(text, 'hinge').speaker, 'Corvex');
      // An auxiliary after a name is its verb: `Carrow was appointed …` keeps Carrow the subject.
      assert.equal(one('Ann Carrow was appointed OBE in 2003. Asked what she would do with it, she replied: "Wear it to the bingo."', 'bingo').speaker, 'Ann Carrow');
    });

    it('takes the first paragraph that ends like a sentence for the lead of a story with no dateline, so its `a magistrate` is the one named later', () => {
      const text = 'Teen driver banned after crash that injured three\n\nBy court reporter Sam Ivers\n\nPosted Tue 3 Mar 2026 at 5:02pm\n\n' +
        'A Bendigo teenager has been banned from driving for two years, with a magistrate telling him he had been "lucky" no one died.\n\n' +
        'Jordan Pike, 18, pleaded guilty to dangerous driving.\n\n' +
        'Magistrate Leanne Curtis said the crash had been entirely avoidable.';
      assert.equal(one(text, 'no one died').speaker, 'Leanne Curtis');
    });

    it('reads an apposition with `who` (`X, the product manager who led the design team, said`) as a person\'s, not as a business', () => {
      const annotation = analyze('Lena Marsh, the engineer who led the battery team, told me that the pack lasts a day. The case adds two charges, she said.', {});
      const marsh = annotation.speakers.filter((s) => s.name === 'Lena Marsh');
      assert.equal(marsh.length, 1);
      assert.equal(marsh[0].kind, 'person');
    });
  });
});
