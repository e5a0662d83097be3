// Corrections: a user's decisions, stored in a sidecar file beside the release (docs/sidecar.md)
// and re-applied to every fresh analysis. Pure: the CLI and the editor do the file I/O.
export {
  SIDECAR_VERSION, sidecarPathFor, emptySidecar, parseSidecar, serializeSidecar, nextCorrectionId,
} from './format';
export type { TextAnchor, SpeakerChoice, Correction, CorrectionAction, Sidecar, SidecarParse } from './format';
export { anchorFor, resolveAnchor, ANCHOR_CONTEXT } from './anchor';
export { applyCorrections, describe as describeCorrection } from './apply';
export type { CorrectionResult } from './apply';
export { addCorrection } from './edit';
export type { NewCorrection } from './edit';
