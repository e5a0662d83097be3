// The statement-lens/v1 contract (see SPEC.md) plus the few extra fields the editor needs.
// Offsets are UTF-16 code units (JavaScript string indices) into the exact source text.

export const SCHEMA = 'statement-lens/v1';

export type StatementKind = 'direct' | 'partial' | 'indirect';
export type Origin = 'auto' | 'manual';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Speaker {
  /** Stable within one file: a slug of the name. */
  id: string;
  /** The fullest form of the name seen. */
  name: string;
  title: string | null;
  /** Other forms seen in the text. */
  aliases: string[];
  kind: 'person' | 'organization';
  /** Every mention resolved to this speaker, pronouns included. */
  mentions: Mention[];
}

export interface Mention extends Span {
  /** True when the mention is a pronoun or a description resolved to the speaker. */
  pronoun?: boolean;
}

export interface Statement {
  id: string;
  kind: StatementKind;
  /** Content span, quotation marks excluded. */
  start: number;
  end: number;
  text: string;
  range: Range;
  speakerId: string | null;
  /** The mention the attribution rests on (a description like "a spokesperson" when speakerId is null). */
  speakerMention: TextSpan | null;
  cue: TextSpan | null;
  confidence: number;
  origin: Origin;
  /** Which rule attributed the speaker, in words the hover can show. */
  rule: string;
}

export interface ReleaseHeader {
  kicker: string | null;
  headline: string | null;
  dateline: string | null;
  /** ISO date (YYYY-MM-DD) when the dateline has one. */
  date: string | null;
  agency: string | null;
  /** Where the kicker, headline and dateline sit, for the editor's highlighting. */
  kickerSpan?: Span;
  headlineSpan?: Span;
  datelineSpan?: Span;
}

export interface Problem extends Span {
  code: 'unbalanced-quote' | 'unattributed' | 'unanchored-correction';
  message: string;
}

export interface SourceInfo {
  path: string | null;
  sha256: string | null;
  length: number;
}

export interface Annotation {
  schema: typeof SCHEMA;
  offsetEncoding: 'utf-16';
  source: SourceInfo;
  release: ReleaseHeader;
  speakers: Speaker[];
  statements: Statement[];
  problems: Problem[];
}

export interface AnalyzeOptions {
  /** Extra speech verbs (base forms or inflections) on top of the built-in lexicon. */
  extraSpeechVerbs?: readonly string[];
  /** Extra release kickers on top of the built-in ones. */
  extraKickers?: readonly string[];
  /** Filled into `source`; the engine itself never touches the file system. */
  path?: string | null;
  sha256?: string | null;
}
