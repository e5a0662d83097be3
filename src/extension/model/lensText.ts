import type { Speaker, Statement } from '../../core/types';
import { speakerLabel } from './text';

/** `— Sergey Shoigu, Russian Defense Minister · told`; `— unattributed · set speaker…` when nobody is known. */
export function lensTitle(statement: Statement, speaker: Speaker | undefined): string {
  const label = speakerLabel(statement, speaker);
  if (label === null) return '— unattributed · set speaker…';
  return statement.cue ? `— ${label} · ${statement.cue.text}` : `— ${label}`;
}
