import * as assert from 'node:assert/strict';
import { cueAt } from '../../src/core/cues';
import { reportedAfter, reportedAround } from '../../src/core/reported';
import { stream } from './helpers';


function after(text: string, verb: string): string | null {
  const s = stream(text);
  const cue = cueAt(s.tokens, s.index(verb), 0, s.tokens.length);
  assert.ok(cue);
  const clause = reportedAfter(s.tokens, cue, s.sentences[0].last);
  return clause ? s.slice(clause.first, clause.last) : null;
}

function around(text: string, verb: string): string | null {
  const s = stream(text);
  const cue = cueAt(s.tokens, s.index(verb), 0, s.tokens.length);
  assert.ok(cue);
  const shape = { firstWord: 0, lastWord: s.sentences[0].last - 1, firstQuote: s.sentences[0].last, lastQuote: -1 };
  const clause = reportedAround(s.tokens, cue, 0, s.sentences[0].last, shape);
  return clause ? s.slice(clause.first, clause.last) : null;
}

describe('reported speech', () => {
  it('takes the that-clause, and a bare clause with a finite verb', () => {
    assert.equal(after('Doe said that the plant will close.', 'said'), 'the plant will close');
    assert.equal(after('Doe said the plant will close.', 'said'), 'the plant will close');
    assert.equal(after('Doe said, yesterday, that talks failed.', 'said'), 'talks failed');
    // An irregular verb whose past is its present: `cost`, `hurt`, `quit`.
    assert.equal(after('Doe said buses cost too much.', 'said'), 'buses cost too much');
    // A relative clause on the addressee is no report; the report comes after a `that` past it.
    assert.equal(after('Police urged anyone who saw Calum to contact them.', 'urged'), null);
    assert.equal(after('Ann Lee told reporters who had gathered outside that the deal was done.', 'told'), 'the deal was done');
    // `promise` takes an addressee as `tell` does.
    assert.equal(after('Doe promised residents the town would come back.', 'promised'), 'the town would come back');
  });

  it('reports no clause from a preposition and its pronoun object (`thinks about it`)', () => {
    assert.equal(after('Then she thinks about it.', 'thinks'), null);
    assert.equal(after('He said about it that nothing had changed.', 'said'), 'nothing had changed');
    assert.equal(after('Doe said at one point he joined the club.', 'said'), 'at one point he joined the club');
  });

  it('reads a speech verb in the past after a bare noun as the reported clause\'s own verb (`said current advice already recommended …`)', () => {
    assert.equal(after('A spokeswoman said current advice already recommended at least 150 minutes a week.', 'said'), 'current advice already recommended at least 150 minutes a week');
    assert.equal(after('Doe said the advice recommended two walks a day.', 'said'), 'the advice recommended two walks a day');
  });

  it('ends an object at a conjunction before the speaker\'s next speech verb (`acknowledged the contract but said …`)', () => {
    assert.equal(after('The chief executive acknowledged the contract on the call but said the pipeline was strong.', 'acknowledged'), null);
    assert.equal(after('The chief executive acknowledged the contract on the call but said the pipeline was strong.', 'said'), 'the pipeline was strong');
  });

  it('takes the clause before an interposed cue when a phrase of comparison follows it (`…, the company said, ahead of …`)', () => {
    assert.equal(around('Revenue for the quarter rose 18% to $1.42 billion, the company said, ahead of the $1.37 billion analysts had expected.', 'said'), 'Revenue for the quarter rose 18% to $1.42 billion');
    assert.equal(around('Sales fell 3% to $20 million, the firm said, down from $22 million a year earlier.', 'said'), 'Sales fell 3% to $20 million');
  });

  it('takes the whole sentence when a cue is interposed between a short subject and its verb (`The ruling, Brady said, showed that …`)', () => {
    assert.equal(around('The ruling, Brady said, showed that small boats were not second-class boats.', 'said'), 'The ruling, Brady said, showed that small boats were not second-class boats');
    assert.equal(around('Museum skulls, she added, cannot answer that question.', 'added'), 'Museum skulls, she added, cannot answer that question');
    // A whole clause before the cue is still the report on its own.
    assert.equal(around('Prices will rise sharply, she said, and wages will lag.', 'said'), 'Prices will rise sharply');
  });

  it('reads over a relative clause set off by commas inside the subject of a bare clause', () => {
    const text = 'Pennock said the decision to bring on Mensah, who had been left out after returning from international duty, had been easy.';
    assert.equal(after(text, 'said'), 'the decision to bring on Mensah, who had been left out after returning from international duty, had been easy');
  });

  it('takes a capitalised word before a past tense for the bare clause\'s subject when the speaker came before the verb', () => {
    assert.equal(after("Italy's Marco Bellini, speaking after the meeting, said Rome backed the French view.", 'said'), 'Rome backed the French view');
    assert.equal(after('Doe said Paris rejected the plan.', 'said'), 'Paris rejected the plan');
  });

  it('takes no title in title case before a name in apposition for a fronted report', () => {
    assert.equal(around('The Minister for Coastal Communities, Owen Treharne, has today confirmed new funding.', 'confirmed'), null);
    assert.equal(around('The plant will close in May, Doe said.', 'said'), 'The plant will close in May');
  });

  it('sees an irregular past tense in a bare clause', () => {
    assert.equal(after('Doe said the company understood the anger.', 'said'), 'the company understood the anger');
    assert.equal(after('Doe said the shelters stood empty.', 'said'), 'the shelters stood empty');
  });

  it('takes a bare clause whose verb is the irregular past of a speech verb', () => {
    assert.equal(after('Ruiz said crews found heavy smoke on the second floor.', 'said'), 'crews found heavy smoke on the second floor');
    assert.equal(after('Ruiz said crews find smoke.', 'said'), null);
    assert.equal(after('Ruiz said police told him the road was closed.', 'said'), 'police told him the road was closed');
  });

  it('skips a weekday or `last week` between the verb and its clause', () => {
    assert.equal(after('Grant said Tuesday that the review would be published.', 'said'), 'the review would be published');
    assert.equal(after('Grant said last week the review would be published.', 'said'), 'the review would be published');
    assert.equal(after('Strand said afterwards she was disappointed.', 'said'), 'she was disappointed');
  });

  it('reads `at least` as a quantifier opening the clause', () => {
    assert.equal(after('The agency said at least eight people had died.', 'said'), 'at least eight people had died');
  });

  it('reads `about` before a number as an approximation opening the clause, and before a noun as a topic', () => {
    assert.equal(after('Ridgeway said about one in six buses was running.', 'said'), 'about one in six buses was running');
    assert.equal(after('The union said about 40 depots were shut.', 'said'), 'about 40 depots were shut');
    assert.equal(after('Doe said nothing about the plan.', 'said'), null);
    assert.equal(after('Doe said about one thing.', 'said'), null);
  });

  it('reads a quoted predicate after a subject of four words', () => {
    assert.equal(after('Durbin said abolishing the legislative filibuster "would be the end of the Senate."', 'said'), 'abolishing the legislative filibuster "would be the end of the Senate."');
  });

  it('sees a verb of attitude as the verb of a bare clause', () => {
    assert.equal(after('He said crews expected to restore service by Wednesday.', 'said'), 'crews expected to restore service by Wednesday');
  });

  it('sees a verb before an object pronoun', () => {
    assert.equal(after('He said the Navy let him choose a ship.', 'said'), 'the Navy let him choose a ship');
    assert.equal(after('He said the mayor and her staff.', 'said'), null);
  });

  it('skips the addressee of `told`', () => {
    assert.equal(after('Doe told reporters that talks failed.', 'told'), 'talks failed');
    assert.equal(after('Doe told Channel 4 News.', 'told'), null);
  });

  it('reports nothing after a verb with an addressee that asks a question or makes a request', () => {
    assert.equal(after('Doe asked how the crossing had been.', 'asked'), null);
    assert.equal(after('One driver, who asked not to be named because she feared losing her job, said pay was low.', 'asked'), null);
    assert.equal(after('Police asked residents to stay indoors because the smoke was toxic.', 'asked'), null);
    assert.equal(after('Doe told colleagues in a note to staff he would leave.', 'told'), 'he would leave');
  });

  it('skips an addressee with a long phrase before `that`, but not a clause of its own', () => {
    assert.equal(after('Marston told members at a meeting on Wednesday night that the offer was poor.', 'told'), 'the offer was poor');
    assert.equal(after('Doe told reporters the plan would fail and that it was late.', 'told'), 'the plan would fail');
  });

  it('keeps a closing percent sign in the clause', () => {
    assert.equal(after('A source said the board had discussed going to 5%.', 'said'), 'the board had discussed going to 5%');
  });

  it('reads `about` before a number as no topic phrase, even with a `but that` clause later', () => {
    assert.equal(after('Walsh said about 1,200 mail ballots remained to be counted but that they could not change the outcome.', 'said'), 'about 1,200 mail ballots remained to be counted');
  });

  it('leaves `on Monday` after the verb out of a bare clause', () => {
    assert.equal(after('The agency said on Monday it had begun distributing seed.', 'said'), 'it had begun distributing seed');
    assert.equal(after('The agency said on Monday that it had begun.', 'said'), 'it had begun');
  });

  it('leaves a relative clause on the source of `According to X, who …,` out of the report', () => {
    assert.equal(after('According to Dr Lena Moss, who was not involved in the study, the effect is small.', 'According'), 'the effect is small');
    assert.equal(after('According to Dr Lena Moss, the effect is small.', 'According'), 'the effect is small');
  });

  it('leaves `on Tuesday evening` after the verb out of the clause, with or without `that`', () => {
    assert.equal(after('The embassy said on Tuesday evening that 40 tourists were safe.', 'said'), '40 tourists were safe');
    assert.equal(after('The embassy said on Friday morning the tourists were safe.', 'said'), 'the tourists were safe');
  });

  it('takes a bare clause with a past tense in -ed after `told` and its addressee, as after `said`', () => {
    assert.equal(after('Kaur told supporters the win belonged to "the nurses and the carers".', 'told'), 'the win belonged to "the nurses and the carers"');
    assert.equal(after('She told the story of a boy named Tom.', 'told'), null);
  });

  it('skips a one-word addressee before a bare clause', () => {
    assert.equal(after('Curcio told reporters the agency had sent 500 rescuers.', 'told'), 'the agency had sent 500 rescuers');
    assert.equal(after('Curcio told reporters about the plan.', 'told'), null);
  });

  it('skips a capitalised addressee before a bare clause, and reads `her` as a possessive subject', () => {
    assert.equal(after('Hayes told The Ledger the district could not afford it.', 'told'), 'the district could not afford it');
    assert.equal(after("Volkov told the club's website the decision was final.", 'told'), 'the decision was final');
    assert.equal(after('Chen said her class has 34 students.', 'said'), 'her class has 34 students');
  });

  it('ends a named addressee at the common noun before the clause', () => {
    assert.equal(after("Morgan told the BBC's Today programme the fall was welcome.", 'told'), 'the fall was welcome');
  });

  it('ends a definite addressee before a named subject and its auxiliary', () => {
    assert.equal(after('She told the court Morrow was "haunted" by the death.', 'told'), 'Morrow was "haunted" by the death');
    assert.equal(after('She told the jury Anna Pike had lied.', 'told'), 'Anna Pike had lied');
    assert.equal(after('She told the court Morrow Street flooded.', 'told'), null);
  });

  it('reports no clause that opens with its verb, as after a relative pronoun', () => {
    assert.equal(after('Banks, which one fund manager said were "finally getting some love", rose.', 'said'), null);
    assert.equal(after('The banks, which he said had "no choice", rose.', 'said'), null);
  });

  it('takes gerunds and wh-clauses after verbs of memory', () => {
    assert.equal(after('He recalled sleeping on the deck.', 'recalled'), 'sleeping on the deck');
    assert.equal(after('He remembered how cold it was.', 'remembered'), 'how cold it was');
  });

  it('rejects a noun object and a clause that is only a quotation', () => {
    assert.equal(after('Doe announced the winners of the prize.', 'announced'), null);
    assert.equal(after('Doe said that "It is over."', 'said'), null);
  });

  it('does not take a charge after `accused X of` for a reported clause', () => {
    assert.equal(after('She accused him of "playing games with people\'s lives."', 'accused'), null);
    assert.equal(after('She accused the mayor of "playing games."', 'accused'), null);
    assert.equal(after('He said the government "fully supports" the plan.', 'said'), 'the government "fully supports" the plan');
  });

  it('takes no content from a fronted question or a lead-in to a quotation', () => {
    assert.equal(around('Asked about the risk of a recession, she said no.', 'said'), null);
    assert.equal(around('After a long pause at the podium, she said: "No."', 'said'), null);
  });

  it('ends the clause before a coordinated report or a participle', () => {
    assert.equal(after('Doe said that taxes rose and that wages fell.', 'said'), 'taxes rose');
    assert.equal(after('Doe said that taxes rose, adding that wages fell.', 'said'), 'taxes rose');
  });

  it("ends the clause before a writer's comment on the whole report", () => {
    assert.equal(after('The ministry said consular officers had visited them, the first official acknowledgement of the case.', 'said'), 'consular officers had visited them');
    assert.equal(after('Doe said the plant would close in May, a move that will cost 400 jobs.', 'said'), 'the plant would close in May');
    assert.equal(after('Penhaligon said turnout had been 68 per cent, the highest since 1997.', 'said'), 'turnout had been 68 per cent, the highest since 1997');
    // Inside the subject, before the clause has its verb, the noun phrase is an apposition of the subject.
    assert.equal(after('Smith said the talks, a sign of progress, would continue next week.', 'said'), 'the talks, a sign of progress, would continue next week');
  });

  it('ends the clause at a colon that hands over to a quotation', () => {
    assert.equal(after('Munro agreed, but said the pace had to change: "At this rate we will never finish."', 'said'), 'the pace had to change');
    assert.equal(after('Doe said the rules were clear: members must vote.', 'said'), 'the rules were clear: members must vote');
  });

  it('ends the clause before `but that`', () => {
    assert.equal(after('Doe said that the company understood the anger but that safety came first.', 'said'), 'the company understood the anger');
  });

  it('takes a whole clause before a parenthetical cue as the report', () => {
    assert.equal(around('She has seen it happen before, she said, with a garden that folded.', 'said'), 'She has seen it happen before');
    assert.equal(around('Without that support, she said, the clinic would close.', 'said'), 'the clinic would close');
  });

  it('reads the content around a trailing or parenthetical cue', () => {
    assert.equal(around('In the past the two sides agreed on truces, Doe said.', 'said'), 'In the past the two sides agreed on truces');
    assert.equal(around('Without funding, she said, the clinic would close.', 'said'), 'the clinic would close');
  });

  it('reads a trailing cue whose complement is several prepositional phrases', () => {
    assert.equal(around('The bridge will reopen on Friday, Mayor Ana Ruiz said at a briefing at the city depot.', 'said'), 'The bridge will reopen on Friday');
    assert.equal(around('Two schools will close early, the district said on its website after a meeting of the board.', 'said'), 'Two schools will close early');
    // `to` after an object opens an infinitive, not another phrase: no trailing report.
    assert.equal(around('In Leeds, an aide, Tom Barr, urged both councils to settle their differences quickly.', 'urged'), null);
  });

  it('reads past a name in apposition inside the addressee before `that`', () => {
    assert.equal(after('Varga told reporters in the capital, Lisbon, that the talks had stalled.', 'told'), 'the talks had stalled');
    assert.equal(after('He told staff at the plant, which opened in 1990, that it would close.', 'told'), 'it would close');
  });

  it('reports a sentence whose interposed cue follows a bare name (a title in apposition stays no report, above)', () => {
    assert.equal(around('Okafor, she said, had never missed a shift.', 'said'), 'Okafor, she said, had never missed a shift');
  });

  it('reports the clause before an inverted cue, not the description set off after the name', () => {
    assert.equal(around('Two schools will stay shut this week, said Alan Park, a spokesman for the district.', 'said'), 'Two schools will stay shut this week');
  });
});

describe('reported speech: regional news (blind11)', () => {
  it('reads a quoted noun phrase after a determiner as the subject when an auxiliary follows (`said a "…" would be …`)', () => {
    assert.equal(after('The ministry said a "full review" would be completed by June.', 'said'), 'a "full review" would be completed by June');
  });

  it('reads past a long relative clause on the subject of a bare clause', () => {
    assert.equal(after('The mayor said the bridge, which has carried more than 20,000 vehicles a day since it was opened by the King in 1962, would close.', 'said'),
      'the bridge, which has carried more than 20,000 vehicles a day since it was opened by the King in 1962, would close');
  });

  it('reads a slash inside the subject (`winds of 100km/h`) as part of it', () => {
    assert.equal(after('The forecaster said winds of 100km/h would hit the coast.', 'said'), 'winds of 100km/h would hit the coast');
  });

  it('reads a subject with a short phrase after it before the auxiliary of a verb that may take an addressee', () => {
    assert.equal(after('She warned a cold front from the far west would bring snow.', 'warned'), 'a cold front from the far west would bring snow');
  });

  it('ends the report at `, but` and the speaker\'s next verb with a question of its own', () => {
    assert.equal(after('The senator said the bill was well meant, but asked whether it could be paid for.', 'said'), 'the bill was well meant');
    assert.equal(after('The senator said the bill was well meant, but doubted whether it could be paid for.', 'said'), 'the bill was well meant');
  });

  it('reads `that` before a noun and a short phrase, then a stop, as a demonstrative (`denied that report on Monday, saying …`)', () => {
    assert.equal(after('The firm denied that report on Monday, saying it had not been approached.', 'denied'), null);
    assert.equal(after('The firm denied that staff in the depot had been warned.', 'denied'), 'staff in the depot had been warned');
  });
});

describe('reported speech: sources and questions (blind11)', () => {
  it('leaves a title set off after the source of `According to X,` out of the report', () => {
    assert.equal(after('According to Mr. R. Menon, secretary of the Lake View Traders Association, shops have lost half their trade.', 'According'),
      'shops have lost half their trade');
    assert.equal(after('According to Smith, the club lost money.', 'According'), 'the club lost money');
  });

  it('reads no bare clause across a question word after a verb that takes an addressee (`asked the board why …`)', () => {
    assert.equal(after('One parent asked the trustees why the new route was being cut.', 'asked'), null);
  });

  it('reads a speech verb\'s participle after a determiner as a noun in the subject (`said the accused had fled`)', () => {
    assert.equal(after('The inspector said the accused had fled to Nagpur.', 'said'), 'the accused had fled to Nagpur');
  });
});
