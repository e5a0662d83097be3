// A first pass over the text that remembers full names (`Chuck Grassley`), acronym definitions
// (`Government Accountability Office (GAO)`) and which words are capitalised inside sentences,
// so that a later `Senator Grassley` or `GAO` resolves to the fullest form.
import { ORG_HEADS, SENTENCE_STARTERS, TITLE_WORDS } from './lexicon';
import { Registry } from './speakers';
import { Sentence, Token } from './tokens';

const MAX_NAME = 4;

function isTitle(lower: string): boolean {
  return TITLE_WORDS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

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
      while (first < end && (isTitle(tokens[first].lower) || (first === s.first && SENTENCE_STARTERS.has(tokens[first].lower)))) first++;
      const acronym = end + 2 < s.last && tokens[end].lower === '(' && tokens[end + 2].lower === ')';
      if (acronym || (end - first >= 2 && end - first <= MAX_NAME)) {
        const parts: string[] = [];
        for (let m = first; m < end; m++) parts.push(text.slice(tokens[m].start, tokens[m].end));
        if (acronym && isAcronymFor(text, tokens[end + 1], parts)) {
          registry.noteAcronym(text.slice(tokens[end + 1].start, tokens[end + 1].end), parts);
        } else if (parts.length >= 2 && parts.length <= MAX_NAME && looksLikePersonName(tokens, first, end)) {
          registry.noteFullName(parts);
        }
      }
      k = end;
    }
  }
}

function looksLikePersonName(tokens: readonly Token[], first: number, end: number): boolean {
  for (let m = first; m < end; m++) {
    const lower = tokens[m].lower;
    if (lower === 'of' || ORG_HEADS.has(lower) || isTitle(lower)) return false;
  }
  return true;
}

function isAcronymFor(text: string, token: Token, parts: readonly string[]): boolean {
  const acronym = text.slice(token.start, token.end);
  if (acronym.length < 2 || acronym.toUpperCase() !== acronym || parts.length < 2) return false;
  const initials = parts.filter((p) => p !== 'of' && p !== 'and' && p !== 'for' && p !== 'the').map((p) => p[0]).join('').toUpperCase();
  return initials.startsWith(acronym[0]) && initials.includes(acronym.slice(0, 2));
}
