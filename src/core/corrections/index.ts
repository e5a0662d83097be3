// Corrections: a user's decisions, stored in a sidecar file beside the release and
// re-applied to every fresh analysis. PLACEHOLDER API: the anchoring and the full format
// are built in issue 5; the signatures here are what the CLI and the extension call.
import { Annotation, Span } from '../types';

export const SIDECAR_VERSION = 1;

/** `x.release` → `x.release.corrections.json`, beside the release. */
export function sidecarPathFor(releasePath: string): string {
  return `${releasePath}.corrections.json`;
}

/** W3C Web Annotation style anchor: exact text, context around it, and a position hint. */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type Correction =
  | { id: string; action: 'set-speaker'; target: TextAnchor; speaker: { name: string; title?: string | null } }
  | { id: string; action: 'clear-speaker'; target: TextAnchor }
  | { id: string; action: 'mark-statement'; target: TextAnchor; kind: 'direct' | 'partial' | 'indirect' }
  | { id: string; action: 'mark-not-statement'; target: TextAnchor };

export interface Sidecar {
  version: number;
  corrections: Correction[];
}

export type SidecarParse = { ok: true; sidecar: Sidecar } | { ok: false; error: string };

export function emptySidecar(): Sidecar {
  return { version: SIDECAR_VERSION, corrections: [] };
}

export function parseSidecar(json: string): SidecarParse {
  try {
    const value = JSON.parse(json) as Sidecar;
    return { ok: true, sidecar: value };
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
}

export function serializeSidecar(sidecar: Sidecar): string {
  return JSON.stringify(sidecar, null, 2) + '\n';
}

export function anchorFor(text: string, span: Span): TextAnchor {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - 32), span.start),
    suffix: text.slice(span.end, span.end + 32),
    start: span.start,
    end: span.end,
  };
}

export interface CorrectionResult {
  annotation: Annotation;
  /** Corrections whose text could not be found again: reported, never applied elsewhere. */
  unanchored: Correction[];
}

/** Applies corrections to a fresh analysis of `text`. */
export function applyCorrections(_text: string, annotation: Annotation, _sidecar: Sidecar): CorrectionResult {
  return { annotation, unanchored: [] };
}
