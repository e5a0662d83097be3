// The suite's result as it travels from the extension host to the runner, and its printout.

export interface TestOutcome {
  /** Suite titles, then the test title. */
  title: string[];
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResult {
  /** The VS Code version the suite ran in. */
  vscodeVersion: string;
  outcomes: TestOutcome[];
  durationMs: number;
  /** Set when the suite could not run at all (a test file failed to load, …). */
  error?: string;
}

export function failures(result: SuiteResult): number {
  return result.outcomes.filter((outcome) => outcome.state === 'failed').length + (result.error ? 1 : 0);
}

/** A spec-reporter-like printout: one line per test, then the failures in full. */
export function formatReport(result: SuiteResult): string {
  const lines = [`Integration suite in VS Code ${result.vscodeVersion}`];
  let suite: string[] = [];
  for (const outcome of result.outcomes) {
    const parents = outcome.title.slice(0, -1);
    parents.forEach((title, depth) => {
      if (suite[depth] !== title) lines.push(`${'  '.repeat(depth + 1)}${title}`);
    });
    suite = parents;
    const mark = { passed: '✔', failed: '✘', pending: '-' }[outcome.state];
    const time = outcome.durationMs !== undefined ? ` (${outcome.durationMs} ms)` : '';
    lines.push(`${'  '.repeat(parents.length + 1)}${mark} ${outcome.title[outcome.title.length - 1]}${time}`);
  }
  const count = (state: TestOutcome['state']) => result.outcomes.filter((outcome) => outcome.state === state).length;
  lines.push('', `  ${count('passed')} passing, ${count('failed')} failing, ${count('pending')} pending (${(result.durationMs / 1000).toFixed(1)} s)`);
  result.outcomes.filter((outcome) => outcome.state === 'failed').forEach((outcome, i) => {
    lines.push('', `  ${i + 1}) ${outcome.title.join(' › ')}`, indent(outcome.error ?? '', 5));
  });
  if (result.error) lines.push('', '  The suite could not run:', indent(result.error, 5));
  return lines.join('\n');
}

function indent(text: string, spaces: number): string {
  return text.split('\n').map((line) => ' '.repeat(spaces) + line).join('\n');
}
