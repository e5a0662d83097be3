// Bounded approximate matching: finds `pattern` in `text` with at most `maxEdits` insertions,
// deletions or substitutions. Candidate windows come from the pigeonhole principle (split the
// pattern into maxEdits + 1 pieces; any close match contains one piece verbatim), and each window
// is checked with a banded edit-distance table, so the cost stays near pattern × edits per window.
import { Span } from '../types';

export interface FuzzyMatch extends Span {
  distance: number;
}

const MAX_PIECE_HITS = 2000;
const MAX_WINDOWS = 200;
/** Table cells across all windows: a hard cap so a pathological input cannot stall the caller. */
const CELL_BUDGET = 5_000_000;

/** Matches with at most `maxEdits` edits, best first by distance then nearness to `hint`. */
export function fuzzyFind(text: string, pattern: string, maxEdits: number, hint: number): FuzzyMatch[] {
  const m = pattern.length;
  if (maxEdits < 1 || m <= maxEdits) return [];
  const windows = candidateStarts(text, pattern, maxEdits)
    .sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint))
    .slice(0, MAX_WINDOWS);
  const matches: FuzzyMatch[] = [];
  let budget = CELL_BUDGET;
  for (const estimate of windows) {
    const from = Math.max(0, estimate - maxEdits);
    const to = Math.min(text.length, estimate + m + maxEdits);
    budget -= m * (2 * maxEdits + 1 + (to - from - m));
    if (budget < 0) break;
    const match = bandedMatch(text, from, to, pattern, maxEdits);
    if (match && !matches.some((other) => other.start === match.start && other.end === match.end)) matches.push(match);
  }
  return matches.sort((a, b) => a.distance - b.distance || Math.abs(a.start - hint) - Math.abs(b.start - hint));
}

/** Estimated match starts, one per distinct place where a piece of the pattern occurs verbatim. */
function candidateStarts(text: string, pattern: string, maxEdits: number): number[] {
  const pieces = maxEdits + 1;
  const size = Math.floor(pattern.length / pieces);
  const starts: number[] = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * size;
    const piece = pattern.slice(offset, p === pieces - 1 ? pattern.length : offset + size);
    let hits = 0;
    for (let at = text.indexOf(piece); at !== -1 && hits < MAX_PIECE_HITS; at = text.indexOf(piece, at + 1), hits++) {
      starts.push(at - offset);
    }
  }
  starts.sort((a, b) => a - b);
  // Estimates within maxEdits of a kept one describe the same window.
  const kept: number[] = [];
  for (const start of starts) if (kept.length === 0 || start - kept[kept.length - 1] > maxEdits) kept.push(start);
  return kept;
}

/** Semi-global edit distance of `pattern` against text[from, to), restricted to a diagonal band. */
function bandedMatch(text: string, from: number, to: number, pattern: string, k: number): FuzzyMatch | null {
  const n = to - from;
  const m = pattern.length;
  const slack = n - m;
  if (slack < -k) return null;
  const INF = 1 << 29;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1).fill(INF);
  let prevStart = new Int32Array(n + 1);
  let curStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prevStart[j] = j; // free start: row 0 is all zeros
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(0, i - k);
    const hi = Math.min(n, i + slack + k);
    if (lo > hi) return null;
    const pc = pattern.charCodeAt(i - 1);
    let rowMin = INF;
    for (let j = lo; j <= hi; j++) {
      let best = prev[j] + 1; // pattern character missing from the text
      let start = prevStart[j];
      if (j > 0) {
        const diag = prev[j - 1] + (text.charCodeAt(from + j - 1) === pc ? 0 : 1);
        if (diag <= best) {
          best = diag;
          start = prevStart[j - 1];
        }
        const left = j > lo ? cur[j - 1] + 1 : INF; // extra character in the text
        if (left < best) {
          best = left;
          start = curStart[j - 1];
        }
      }
      cur[j] = best;
      curStart[j] = start;
      if (best < rowMin) rowMin = best;
    }
    if (lo > 0) cur[lo - 1] = INF;
    if (hi < n) cur[hi + 1] = INF;
    if (rowMin > k) return null; // no alignment can come back under the bound
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  let best: FuzzyMatch | null = null;
  for (let j = Math.max(0, m - k); j <= n; j++) {
    const distance = prev[j];
    if (distance > k) continue;
    const candidate = { start: from + prevStart[j], end: from + j, distance };
    if (!best || distance < best.distance ||
      (distance === best.distance && Math.abs(candidate.end - candidate.start - m) < Math.abs(best.end - best.start - m))) {
      best = candidate;
    }
  }
  return best;
}
