// A first pass over the text that remembers full names (`Chuck Grassley`) and acronym
// definitions (`Government Accountability Office (GAO)`), so that a later `Senator Grassley`
// or `GAO` resolves to the fullest form.
import { ORG_HEADS, SENTENCE_STARTERS, TITLE_WORDS } from './lexicon';
import { Registry } from './speakers';
import { Sentence, Token } from './tokens';

const MAX_NAME = 4;

export function collectNames(text: string, tokens: readonly Token[], sentences: readonly Sentence[], registry: Registry): void {
  for (const s of sentences) {
    let k = s.first;
    while (k < s.last) {
      if (tokens[k].kind !== 'w' || !tokens[k].cap) {
        k++;
        continue;
      }
      let end = k;
      while (end < s.last && tokens[end].kind === 'w' && (tokens[end].cap || tokens[end].lower === 'of')) {
        if (end > s.first) registry.noteCapitalized(tokens[end].lower);
        end++;
      }
      let first = k;
      while (first < end && (TITLE_WORDS.has(tokens[first].lower.replace(/\.$/, '')) || (first === s.first && SENTENCE_STARTERS.has(tokens[first].lower)))) first++;
      const parts = [];
      for (let m = first; m < end; m++) parts.push(text.slice(tokens[m].start, tokens[m].end));
      if (end < s.last - 2 && tokens[end].lower === '(' && tokens[end + 2].lower === ')' && isAcronymFor(text, tokens[end + 1], parts)) {
        registry.noteAcronym(text.slice(tokens[end + 1].start, tokens[end + 1].end), parts);
      } else if (parts.length >= 2 && parts.length <= MAX_NAME && !parts.some((p) => ORG_HEADS.has(p.toLowerCase()) || p === 'of' || TITLE_WORDS.has(p.toLowerCase().replace(/\.$/, '')))) {
        registry.noteFullName(parts);
      }
      k = end;
    }
  }
}

function isAcronymFor(text: string, token: Token, parts: readonly string[]): boolean {
  const acronym = text.slice(token.start, token.end);
  if (acronym.length < 2 || acronym.toUpperCase() !== acronym || parts.length < 2) return false;
  const initials = parts.filter((p) => p !== 'of' && p !== 'and' && p !== 'for' && p !== 'the').map((p) => p[0]).join('');
  return initials.toUpperCase().startsWith(acronym[0]) && initials.toUpperCase().includes(acronym.slice(0, 2));
}
