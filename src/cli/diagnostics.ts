// What `check` reports, as compilers do: `file:line:col: message` (1-based; columns count UTF-16
// code units, as VS Code does).
import { Annotation, Problem } from '../core/types';
import { LineIndex } from '../core/lineIndex';

/** Problems worth refusing a release for: the engine's and the corrections', plus unattributed statements. */
export function releaseProblems(annotation: Annotation): Problem[] {
  const problems = [...annotation.problems];
  const reported = new Set(problems.filter((p) => p.code === 'unattributed').map((p) => `${p.start}:${p.end}`));
  for (const statement of annotation.statements) {
    // A described source ("a spokesperson") is an attribution; only a statement with neither is unattributed.
    if (statement.speakerId !== null || statement.speakerMention !== null || reported.has(`${statement.start}:${statement.end}`)) continue;
    problems.push({
      code: 'unattributed', start: statement.start, end: statement.end,
      message: `unattributed ${statement.kind} statement: "${excerpt(statement.text)}"`,
    });
  }
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function formatDiagnostic(file: string, lines: LineIndex, problem: Problem): string {
  const { line, character } = lines.position(problem.start);
  return `${file}:${line + 1}:${character + 1}: ${problem.message}`;
}

export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
