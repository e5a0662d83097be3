// Re-applies a user's corrections to a fresh analysis. Statement existence is settled first
// (mark / mark-not), then speakers, so a speaker can be set on a span the user marked.
import { Annotation, Problem, Span, Speaker, Statement } from '../types';
import { LineIndex } from '../lineIndex';
import { Correction, CorrectionAction, Sidecar, SpeakerChoice } from './format';
import { resolveAnchor } from './anchor';

export interface CorrectionResult {
  annotation: Annotation;
  /** Corrections that could not be placed: reported (also as problems), never applied elsewhere. */
  unanchored: Correction[];
}

/** A statement counts as "the one at this span" when they overlap by at least this share (Jaccard). */
const SAME_STATEMENT_OVERLAP = 0.5;

export function applyCorrections(text: string, annotation: Annotation, sidecar: Sidecar): CorrectionResult {
  if (sidecar.corrections.length === 0) return { annotation, unanchored: [] };
  let statements = annotation.statements.map((statement) => ({ ...statement }));
  const speakers = annotation.speakers.map((speaker) => ({ ...speaker }));
  const problems = [...annotation.problems];
  const unanchored: Correction[] = [];
  const lines = new LineIndex(text);
  const located = sidecar.corrections.map((correction) => ({ correction, span: resolveAnchor(text, correction.target) }));

  const report = (correction: Correction, span: Span, why: string): void => {
    unanchored.push(correction);
    problems.push({ code: 'unanchored-correction', start: span.start, end: span.end, message: `correction ${correction.id} (${describe(correction)}) ${why}` });
  };
  for (const { correction, span } of located) {
    if (span) continue;
    const at = Math.min(correction.target.start, text.length);
    report(correction, { start: at, end: at }, `no longer matches the release: "${ellipsis(correction.target.exact)}" was not found`);
  }

  for (const { correction, span } of located) {
    if (!span) continue;
    if (correction.action === 'mark-statement') {
      // The user's span wins over an engine statement that roughly covers it.
      const marked = markedStatement(text, span, correction.kind, lines);
      const existing = sameStatement(statements, span);
      if (existing) Object.assign(existing, { start: marked.start, end: marked.end, text: marked.text, range: marked.range, kind: marked.kind, origin: 'manual' });
      else statements.push(marked);
    } else if (correction.action === 'mark-not-statement') {
      statements = statements.filter((statement) => overlap(statement, span) < SAME_STATEMENT_OVERLAP);
    }
  }

  for (const { correction, span } of located) {
    if (!span || !isSpeakerAction(correction.action)) continue;
    const statement = sameStatement(statements, span);
    if (!statement) {
      report(correction, span, 'no longer matches a statement: the text is there but is not detected as a statement (mark it first)');
      continue;
    }
    statement.speakerId = correction.action === 'set-speaker' ? findOrAddSpeaker(speakers, correction.speaker).id : null;
    statement.speakerMention = null;
    statement.origin = 'manual';
    statement.confidence = 1;
    statement.rule = correction.action === 'set-speaker' ? 'manual: speaker set by the user' : 'manual: speaker cleared by the user';
  }

  statements.sort((a, b) => a.start - b.start || b.end - a.end);
  statements.forEach((statement, i) => (statement.id = `st-${i + 1}`));
  problems.sort((a: Problem, b: Problem) => a.start - b.start);
  return { annotation: { ...annotation, speakers, statements, problems }, unanchored };
}

export function isSpeakerAction(action: CorrectionAction): boolean {
  return action === 'set-speaker' || action === 'clear-speaker';
}

/** Words for a correction in messages: `set speaker "Jane Doe"`, `mark as not a statement`. */
export function describe(correction: Correction): string {
  switch (correction.action) {
    case 'set-speaker': return `set speaker "${correction.speaker.name}"`;
    case 'clear-speaker': return 'clear speaker';
    case 'mark-statement': return `mark as ${correction.kind} statement`;
    case 'mark-not-statement': return 'mark as not a statement';
  }
}

/** The statement at `span`: the same span, or else the one overlapping it most (if enough). */
function sameStatement(statements: Statement[], span: Span): Statement | undefined {
  let best: Statement | undefined;
  let bestOverlap = SAME_STATEMENT_OVERLAP;
  for (const statement of statements) {
    const share = overlap(statement, span);
    if (share >= bestOverlap && (!best || share > bestOverlap)) {
      best = statement;
      bestOverlap = share;
    }
  }
  return best;
}

function overlap(a: Span, b: Span): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return shared <= 0 || union <= 0 ? 0 : shared / union;
}

function markedStatement(text: string, span: Span, kind: Statement['kind'], lines: LineIndex): Statement {
  return {
    id: '', kind, start: span.start, end: span.end, text: text.slice(span.start, span.end),
    range: lines.range(span.start, span.end), speakerId: null, speakerMention: null, cue: null,
    confidence: 1, origin: 'manual', rule: 'manual: marked as a statement by the user',
  };
}

function findOrAddSpeaker(speakers: Speaker[], choice: SpeakerChoice): Speaker {
  const name = choice.name.trim();
  const key = name.toLowerCase();
  const known = speakers.find((s) => s.name.toLowerCase() === key || s.aliases.some((alias) => alias.toLowerCase() === key));
  if (known) {
    if (choice.title && !known.title) known.title = choice.title;
    return known;
  }
  const base = slug(name) || 'speaker';
  let id = base;
  for (let n = 2; speakers.some((s) => s.id === id); n++) id = `${base}-${n}`;
  const speaker: Speaker = { id, name, title: choice.title ?? null, aliases: [], kind: 'person', mentions: [] };
  speakers.push(speaker);
  return speaker;
}

function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function ellipsis(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
