import { analyze, type AnalyzeOptions, type Annotation } from '../../core';
import { applyCorrections, type Sidecar } from '../../core/corrections';

/**
 * The engine's analysis with the user's corrections applied: what every view and every export shows.
 * Corrections that no longer match the text come back in `problems` (code `unanchored-correction`).
 */
export function analyzeRelease(text: string, options: AnalyzeOptions, sidecar: Sidecar | null): Annotation {
  const annotation = analyze(text, options);
  return sidecar ? applyCorrections(text, annotation, sidecar).annotation : annotation;
}
