import { ReleaseHeader } from './types';

/** PLACEHOLDER: reads kicker, headline and dateline from the top of a release. */
export function parseReleaseHeader(_text: string, _extraKickers: readonly string[] = []): ReleaseHeader {
  return { kicker: null, headline: null, dateline: null, date: null, agency: null };
}
