// Which files are releases: `*.release`, `*.release.txt`, and a `.txt` whose first line is a kicker.

export const RELEASE_GLOB = '**/*.{release,release.txt}';
export const TEXT_GLOB = '**/*.txt';

export function isReleaseName(fileName: string): boolean {
  return /\.release(\.txt)?$/i.test(fileName);
}

export function firstLine(text: string): string {
  const end = text.search(/\r|\n/);
  return (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, '');
}

/** A plain `.txt` counts when its first line is a kicker. */
export function isTextRelease(fileName: string, text: string, isKicker: (line: string) => boolean): boolean {
  return /\.txt$/i.test(fileName) && !isReleaseName(fileName) && isKicker(firstLine(text).trim());
}
