import { analyze, type AnalyzeOptions, type Annotation } from '../../core';
import { applyCorrections, type Correction, type Sidecar } from '../../core/corrections';

export interface ReleaseAnalysisResult {
  annotation: Annotation;
  unanchored: Correction[];
}

/** The engine's analysis with the user's corrections applied: what every view and every export shows. */
export function analyzeRelease(text: string, options: AnalyzeOptions, sidecar: Sidecar | null): ReleaseAnalysisResult {
  const annotation = analyze(text, options);
  return sidecar ? applyCorrections(text, annotation, sidecar) : { annotation, unanchored: [] };
}
