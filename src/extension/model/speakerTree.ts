// The Speakers view's model: every speaker across the workspace's releases, with their statements.
import type { Annotation, Statement } from '../../core/types';
import { AnnotationIndex, isUnattributed } from './annotationIndex';

export interface ReleaseAnalysis {
  uri: string;
  /** Workspace-relative path, shown beside each statement. */
  label: string;
  annotation: Annotation;
}

export interface StatementRef {
  uri: string;
  label: string;
  statement: Statement;
}

export interface SpeakerGroup {
  /** Speakers with the same id (a slug of the name) in different releases are one person here. */
  key: string;
  name: string;
  title: string | null;
  statements: StatementRef[];
  releaseCount: number;
}

export const UNNAMED_KEY = '(unnamed sources)';
export const UNATTRIBUTED_KEY = '(unattributed)';

/** Groups by speaker, most statements first; then statements credited only to a description; unattributed last. */
export function groupBySpeaker(releases: readonly ReleaseAnalysis[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  const unnamed: StatementRef[] = [];
  const unattributed: StatementRef[] = [];
  for (const release of releases) {
    const index = new AnnotationIndex(release.annotation);
    for (const speaker of index.activeSpeakers) {
      let group = groups.get(speaker.id);
      if (!group) groups.set(speaker.id, (group = { key: speaker.id, name: speaker.name, title: speaker.title, statements: [], releaseCount: 0 }));
      if (speaker.name.length > group.name.length) group.name = speaker.name;
      group.title ??= speaker.title;
      group.releaseCount++;
      for (const statement of index.statementsBy(speaker.id)) group.statements.push({ uri: release.uri, label: release.label, statement });
    }
    for (const statement of release.annotation.statements) {
      if (statement.speakerId !== null) continue;
      (isUnattributed(statement) ? unattributed : unnamed).push({ uri: release.uri, label: release.label, statement });
    }
  }
  const sorted = [...groups.values()].sort((a, b) => b.statements.length - a.statements.length || a.name.localeCompare(b.name));
  for (const [key, statements] of [[UNNAMED_KEY, unnamed], [UNATTRIBUTED_KEY, unattributed]] as const) {
    if (statements.length > 0) sorted.push({ key, name: key, title: null, statements, releaseCount: new Set(statements.map((r) => r.uri)).size });
  }
  return sorted;
}
