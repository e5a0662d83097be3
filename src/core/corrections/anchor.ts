// Anchoring in the manner of the W3C Web Annotation model: a correction remembers the exact text,
// the text around it and where it was, and is found again after the release is edited.
import { Span } from '../types';
import { TextAnchor } from './format';
import { fuzzyFind } from './fuzzy';

/** Characters of context kept on each side, as TextQuoteSelector prefix and suffix. */
export const ANCHOR_CONTEXT = 32;
const MAX_EXACT_HITS = 10_000;
/** Below this length, a fuzzy match must also agree with the context: short texts recur by chance. */
const SAFE_FUZZY_LENGTH = 32;
const MIN_CONTEXT_AGREEMENT = 8;

export function anchorFor(text: string, span: Span): TextAnchor {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - ANCHOR_CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + ANCHOR_CONTEXT),
    start: span.start,
    end: span.end,
  };
}

/** Edits tolerated inside the exact text: about one in eight characters, none for very short texts. */
export function maxEditsFor(length: number): number {
  return length < 8 ? 0 : Math.min(64, Math.floor(length / 8));
}

/**
 * Where the anchored text is now, or null if it cannot be found with confidence.
 * Exact occurrences win; among them the one whose context agrees best, then the one nearest the
 * old position. Otherwise the closest fuzzy match within the edit bound.
 */
export function resolveAnchor(text: string, anchor: TextAnchor): Span | null {
  const { exact } = anchor;
  if (exact === '') return null;
  let best: { span: Span; context: number } | null = null;
  let hits = 0;
  for (let at = text.indexOf(exact); at !== -1 && hits < MAX_EXACT_HITS; at = text.indexOf(exact, at + 1), hits++) {
    const span = { start: at, end: at + exact.length };
    const context = contextAgreement(text, span, anchor);
    if (!best || context > best.context ||
      (context === best.context && Math.abs(at - anchor.start) < Math.abs(best.span.start - anchor.start))) {
      best = { span, context };
    }
  }
  if (best) return best.span;
  for (const match of fuzzyFind(text, exact, maxEditsFor(exact.length), anchor.start)) {
    if (exact.length >= SAFE_FUZZY_LENGTH || contextAgreement(text, match, anchor) >= MIN_CONTEXT_AGREEMENT) {
      return { start: match.start, end: match.end };
    }
  }
  return null;
}

/** How many characters of the remembered prefix and suffix still sit right next to `span`. */
function contextAgreement(text: string, span: Span, anchor: TextAnchor): number {
  let agree = 0;
  const { prefix, suffix } = anchor;
  while (agree < prefix.length && text.charCodeAt(span.start - 1 - agree) === prefix.charCodeAt(prefix.length - 1 - agree)) agree++;
  let after = 0;
  while (after < suffix.length && text.charCodeAt(span.end + after) === suffix.charCodeAt(after)) after++;
  return agree + after;
}
