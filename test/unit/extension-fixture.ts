// A small release and its annotation, written by hand, for the editor's pure modules.
// (Not a spec file: mocha only runs *.test.ts.)
import { LineIndex } from '../../src/core/lineIndex';
import { SCHEMA, type Annotation, type Speaker, type Statement, type StatementKind, type TextSpan } from '../../src/core/types';

export const TEXT = [
  'PRESS RELEASE',
  'Talks resume',
  'Russian Defense Minister Sergey Shoigu said, yesterday, that talks are active.',
  '"We are approaching an alternative,"',
  'Shoigu told Rossiya 24 TV. He called it "concrete and well-organized."',
  '"Nobody signed this."',
  '"It is working," a spokesperson said.',
  '"NASA agrees," NASA said.',
].join('\n');

/** The span of the `nth` occurrence of `needle` in TEXT. */
export function at(needle: string, nth = 0): TextSpan {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture has no ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

const lines = new LineIndex(TEXT);
const mention = ({ start, end }: TextSpan) => ({ start, end });

function statement(id: string, kind: StatementKind, content: TextSpan, speakerId: string | null, mention: TextSpan | null, cue: TextSpan | null): Statement {
  return {
    id, kind, start: content.start, end: content.end, text: content.text, range: lines.range(content.start, content.end),
    speakerId, speakerMention: mention, cue, confidence: 0.9, origin: 'auto', rule: speakerId ? 'trailing attribution' : 'none',
  };
}

export function annotation(): Annotation {
  const shoigu: Speaker = {
    id: 'sergey-shoigu', name: 'Sergey Shoigu', title: 'Russian Defense Minister', aliases: ['Shoigu'], kind: 'person',
    mentions: [mention(at('Sergey Shoigu')), mention(at('Shoigu', 1)), { ...mention(at('He')), pronoun: true }],
  };
  const nasa: Speaker = { id: 'nasa', name: 'NASA', title: null, aliases: [], kind: 'organization', mentions: [mention(at('NASA', 1))] };
  return {
    schema: SCHEMA, offsetEncoding: 'utf-16',
    source: { path: null, sha256: null, length: TEXT.length },
    release: { kicker: 'PRESS RELEASE', headline: 'Talks resume', dateline: null, date: null, agency: null },
    speakers: [shoigu, nasa],
    statements: [
      statement('st-1', 'indirect', at('talks are active'), 'sergey-shoigu', at('Sergey Shoigu'), at('said')),
      statement('st-2', 'direct', at('We are approaching an alternative,'), 'sergey-shoigu', at('Shoigu', 1), at('told')),
      statement('st-3', 'partial', at('concrete and well-organized.'), 'sergey-shoigu', at('He'), at('called')),
      statement('st-4', 'direct', at('Nobody signed this.'), null, null, null),
      statement('st-5', 'direct', at('It is working,'), null, at('a spokesperson'), at('said', 1)),
      statement('st-6', 'direct', at('NASA agrees,'), 'nasa', at('NASA', 1), at('said', 2)),
    ],
    problems: [],
  };
}
