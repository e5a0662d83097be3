// Builds the token stream of a one-paragraph text, for the tests of the token-level stages.
import { splitParagraphs } from '../../src/core/paragraphs';
import { findQuotes } from '../../src/core/quotes';
import { setAnalysedText } from '../../src/core/text';
import { Sentence, Token, tokenize, TokenPool } from '../../src/core/tokens';

export function stream(text: string): { tokens: Token[]; sentences: Sentence[]; index: (word: string) => number; slice: (first: number, last: number) => string } {
  const paragraphs = splitParagraphs(text);
  const { quotes } = findQuotes(text, paragraphs);
  setAnalysedText(text);
  const { tokens, sentences } = tokenize(text, paragraphs, quotes, 0, paragraphs.length, new TokenPool());
  const index = (word: string) => {
    const i = tokens.findIndex((t) => text.slice(t.start, t.end) === word);
    if (i < 0) throw new Error(`no token ${word}`);
    return i;
  };
  const slice = (first: number, last: number) => text.slice(tokens[first].start, tokens[last - 1].end);
  return { tokens, sentences, index, slice };
}
