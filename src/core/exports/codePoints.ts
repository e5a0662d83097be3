// UTF-16 offsets (the v1 contract) to Unicode code point offsets (brat, Python, W3C selectors).
// Only surrogate pairs make the two differ, so the index stores where the pairs are.

export class CodePointIndex {
  /** UTF-16 offsets just past each surrogate pair, ascending. */
  readonly #pairEnds: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) this.#pairEnds.push(++i + 1);
      }
    }
  }

  /** The code point offset of a UTF-16 offset (one inside a pair counts as its start). */
  codePoint(offset: number): number {
    const ends = this.#pairEnds;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  }
}
