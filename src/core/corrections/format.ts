// The sidecar file format (docs/sidecar.md): what a user decided, anchored to the text it is about.
// Reading is strict about shape but forgiving about content: one bad correction is reported and
// skipped, the others still apply, and the caller is told not to overwrite the file.
import { StatementKind } from '../types';

export const SIDECAR_VERSION = 1;

/** `x.release` → `x.release.corrections.json`, beside the release. */
export function sidecarPathFor(releasePath: string): string {
  return `${releasePath}.corrections.json`;
}

/**
 * W3C Web Annotation style anchor: the exact text (TextQuoteSelector `exact`), the text around it
 * (`prefix`, `suffix`) and where it was (TextPositionSelector, UTF-16 offsets), used only as a hint.
 */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface SpeakerChoice {
  name: string;
  title?: string | null;
}

export type Correction =
  | { id: string; action: 'set-speaker'; target: TextAnchor; speaker: SpeakerChoice }
  | { id: string; action: 'clear-speaker'; target: TextAnchor }
  | { id: string; action: 'mark-statement'; target: TextAnchor; kind: StatementKind }
  | { id: string; action: 'mark-not-statement'; target: TextAnchor };

export type CorrectionAction = Correction['action'];

export interface Sidecar {
  version: number;
  corrections: Correction[];
}

/**
 * `ok: false` means the file must not be overwritten: it is not valid, comes from a newer version,
 * or holds corrections this version cannot read. `salvaged` holds the corrections that could be read,
 * so they keep working.
 */
export type SidecarParse =
  | { ok: true; sidecar: Sidecar }
  | { ok: false; error: string; salvaged: Sidecar };

export function emptySidecar(): Sidecar {
  return { version: SIDECAR_VERSION, corrections: [] };
}

const KINDS: readonly string[] = ['direct', 'partial', 'indirect'];
const ACTIONS: readonly string[] = ['set-speaker', 'clear-speaker', 'mark-statement', 'mark-not-statement'];

export function parseSidecar(json: string): SidecarParse {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    return failure(`not valid JSON (${(error as Error).message})`, []);
  }
  if (!isObject(value)) return failure('not a corrections file: expected a JSON object', []);
  const { version, corrections } = value;
  if (!Array.isArray(corrections)) return failure('not a corrections file: "corrections" must be an array', []);
  const valid: Correction[] = [];
  const problems: string[] = [];
  corrections.forEach((raw, index) => {
    const problem = correctionProblem(raw);
    if (problem) problems.push(`correction ${index + 1}${idOf(raw)}: ${problem}`);
    else valid.push(raw as Correction);
  });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure('has no valid "version" field (expected 1)', valid);
  }
  if (version > SIDECAR_VERSION) {
    return failure(
      `was written by a newer Statement Lens (format version ${version}; this version reads ${SIDECAR_VERSION}). ` +
        `It is left untouched; ${valid.length} of its ${corrections.length} corrections could still be applied`,
      valid,
    );
  }
  if (problems.length > 0) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    return failure(`${problems.slice(0, 3).join('; ')}${more}`, valid);
  }
  return { ok: true, sidecar: { version, corrections: valid } };
}

export function serializeSidecar(sidecar: Sidecar): string {
  return JSON.stringify({ version: sidecar.version, corrections: sidecar.corrections }, null, 2) + '\n';
}

/** The next free id of the form `cN`. */
export function nextCorrectionId(sidecar: Sidecar): string {
  let max = 0;
  for (const { id } of sidecar.corrections) {
    const n = /^c(\d+)$/.exec(id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `c${max + 1}`;
}

function failure(error: string, salvaged: Correction[]): SidecarParse {
  return { ok: false, error, salvaged: { version: SIDECAR_VERSION, corrections: salvaged } };
}

function correctionProblem(raw: unknown): string | null {
  if (!isObject(raw)) return 'not an object';
  if (typeof raw.id !== 'string' || raw.id === '') return 'missing "id"';
  if (typeof raw.action !== 'string' || !ACTIONS.includes(raw.action)) return `unknown action ${JSON.stringify(raw.action)}`;
  const target = anchorProblem(raw.target);
  if (target) return `bad "target": ${target}`;
  if (raw.action === 'set-speaker') {
    const speaker = raw.speaker;
    if (!isObject(speaker) || typeof speaker.name !== 'string' || speaker.name.trim() === '') return 'set-speaker needs "speaker.name"';
    if (speaker.title !== undefined && speaker.title !== null && typeof speaker.title !== 'string') return '"speaker.title" must be a string';
  }
  if (raw.action === 'mark-statement' && !KINDS.includes(raw.kind as string)) return `mark-statement needs "kind" (${KINDS.join(' | ')})`;
  return null;
}

function anchorProblem(raw: unknown): string | null {
  if (!isObject(raw)) return 'not an object';
  for (const key of ['exact', 'prefix', 'suffix'] as const) {
    if (typeof raw[key] !== 'string') return `"${key}" must be a string`;
  }
  if ((raw.exact as string) === '') return '"exact" is empty';
  const { start, end } = raw;
  if (!isOffset(start) || !isOffset(end) || start > end) return '"start" and "end" must be offsets with start <= end';
  return null;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(raw: unknown): string {
  return isObject(raw) && typeof raw.id === 'string' ? ` (${raw.id})` : '';
}
