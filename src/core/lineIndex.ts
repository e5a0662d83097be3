import { Position, Range } from './types';

const LINE_BREAK = /\r\n|\r|\n/g;

/** Maps UTF-16 offsets to zero-based line/character positions in O(log lines). */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) this.#starts.push(m.index + m[0].length);
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  position(offset: number): Position {
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}
