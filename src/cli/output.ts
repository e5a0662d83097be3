/** Where commands write: results to stdout, messages to stderr. Tests and the batch share it. */
export interface Output {
  /** A line of results on stdout. */
  line(text: string): void;
  /** Raw text on stdout (an export). */
  write(text: string): void;
  /** A one-line message on stderr. */
  error(text: string): void;
  /** A line of a report on stderr (a summary), unprefixed. */
  note(text: string): void;
}

export const processOutput: Output = {
  line: (text) => process.stdout.write(text + '\n'),
  write: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(`statement-lens: ${text}\n`),
  note: (text) => process.stderr.write(text + '\n'),
};
