// Command and view ids, fixed by NAMES.md and declared in package.json `contributes`.
export const COMMANDS = {
  exportJson: 'statementLens.exportJson',
  exportWorkspace: 'statementLens.exportWorkspace',
  copyJson: 'statementLens.copyJson',
  setSpeaker: 'statementLens.setSpeaker',
  clearSpeaker: 'statementLens.clearSpeaker',
  markStatement: 'statementLens.markStatement',
  markNotStatement: 'statementLens.markNotStatement',
  refreshSpeakers: 'statementLens.refreshSpeakers',
} as const;

export const SPEAKERS_VIEW = 'statementLens.speakers';
