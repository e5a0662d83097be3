// Set Speaker…, Clear Speaker, Mark Selection as Statement, Mark as Not a Statement. Each writes
// one correction to the release's sidecar; the sidecar watcher then refreshes every view.
import * as vscode from 'vscode';
import type { Speaker, Statement, StatementKind } from '../../core';
import { addCorrection, anchorFor, type Correction, type NewCorrection } from '../../core/corrections';
import type { AnalysisCache, DocumentAnalysis } from '../analysisCache';
import { contentSpan, guessKind, isStatementKind } from '../model/selection';
import { KIND_LABELS, plural, quoted } from '../model/text';
import { SidecarError, type SidecarStore } from '../sidecarStore';
import { targetDocument, targetOffset } from './target';

export class CorrectionCommands {
  constructor(private readonly cache: AnalysisCache, private readonly sidecars: SidecarStore) {}

  /** `statementLens.setSpeaker (uri?, offset?, name?)`: with a name, no quick pick. Returns the correction written. */
  async setSpeaker(uri?: unknown, offset?: unknown, name?: unknown): Promise<Correction | undefined> {
    const target = await this.#statementAt(uri, offset);
    if (!target) return undefined;
    const { analysis, statement } = target;
    const chosen = typeof name === 'string' && name.trim() ? name.trim() : await pickSpeaker(analysis, statement);
    if (!chosen) return undefined;
    const known = findSpeaker(analysis.annotation.speakers, chosen);
    const speaker = known ? { name: known.name, title: known.title } : { name: chosen };
    return this.#record(analysis, { action: 'set-speaker', target: anchorFor(analysis.text, statement), speaker });
  }

  /** `statementLens.clearSpeaker (uri?, offset?)`: the statement becomes unattributed. */
  async clearSpeaker(uri?: unknown, offset?: unknown): Promise<Correction | undefined> {
    const target = await this.#statementAt(uri, offset);
    return target && this.#record(target.analysis, { action: 'clear-speaker', target: anchorFor(target.analysis.text, target.statement) });
  }

  /** `statementLens.markStatement (uri?, start?, end?, kind?)`: defaults to the selection, and asks for the kind. */
  async markStatement(uri?: unknown, start?: unknown, end?: unknown, kind?: unknown): Promise<Correction | undefined> {
    const document = await targetDocument(uri);
    if (!document) return undefined;
    const analysis = await this.cache.get(document);
    if (!analysis) return undefined;
    const selection = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor.selection : undefined;
    const from = typeof start === 'number' ? start : selection && document.offsetAt(selection.start);
    const to = typeof end === 'number' ? end : selection && document.offsetAt(selection.end);
    const span = from === undefined || to === undefined ? undefined : contentSpan(analysis.text, from, to);
    if (!span || span.start === span.end) {
      void vscode.window.showInformationMessage('Statement Lens: select the words of the statement first.');
      return undefined;
    }
    const chosen = isStatementKind(kind) ? kind : await pickKind(guessKind(analysis.text, span.start, span.end));
    if (!chosen) return undefined;
    return this.#record(analysis, { action: 'mark-statement', target: anchorFor(analysis.text, span), kind: chosen });
  }

  /** `statementLens.markNotStatement (uri?, offset?)`: for scare quotes, titles and nicknames. */
  async markNotStatement(uri?: unknown, offset?: unknown): Promise<Correction | undefined> {
    const target = await this.#statementAt(uri, offset);
    return target && this.#record(target.analysis, { action: 'mark-not-statement', target: anchorFor(target.analysis.text, target.statement) });
  }

  async #statementAt(uri: unknown, offset: unknown): Promise<{ analysis: DocumentAnalysis; statement: Statement } | undefined> {
    const document = await targetDocument(uri);
    if (!document) return undefined;
    const analysis = await this.cache.get(document);
    const at = targetOffset(document, offset);
    const statement = analysis && at !== undefined ? analysis.index.statementAt(at) : undefined;
    if (!analysis || !statement) {
      void vscode.window.showInformationMessage('Statement Lens: there is no statement at the cursor.');
      return undefined;
    }
    return { analysis, statement };
  }

  async #record(analysis: DocumentAnalysis, correction: NewCorrection): Promise<Correction | undefined> {
    try {
      const sidecar = await this.sidecars.update(analysis.uri, (current) => addCorrection(current, correction, analysis.text));
      return sidecar.corrections[sidecar.corrections.length - 1];
    } catch (error) {
      const message = error instanceof SidecarError ? error.message : `could not save the correction: ${(error as Error).message}`;
      void vscode.window.showErrorMessage(`Statement Lens: ${message}`);
      return undefined;
    }
  }
}

function findSpeaker(speakers: readonly Speaker[], name: string): Speaker | undefined {
  const wanted = name.toLocaleLowerCase();
  return speakers.find((s) => s.name.toLocaleLowerCase() === wanted || s.aliases.some((a) => a.toLocaleLowerCase() === wanted));
}

/** The release's speakers to pick from; typing a name that is not there offers it as a new speaker. */
function pickSpeaker(analysis: DocumentAnalysis, statement: Statement): Promise<string | undefined> {
  type Item = vscode.QuickPickItem & { speakerName: string };
  const speakers: Item[] = analysis.annotation.speakers.map((s) => ({
    label: s.name,
    description: [s.title, s.id === statement.speakerId ? '(current)' : undefined].filter(Boolean).join(' '),
    detail: plural(analysis.index.statementsBy(s.id).length, 'statement'),
    speakerName: s.name,
  }));
  const quickPick = vscode.window.createQuickPick<Item>();
  quickPick.title = `Speaker of ${quoted(statement.text, 50)}`;
  quickPick.placeholder = 'Pick a speaker of this release, or type a new name';
  quickPick.items = speakers;
  quickPick.onDidChangeValue((value) => {
    const typed = value.trim();
    const isKnown = typed === '' || findSpeaker(analysis.annotation.speakers, typed) !== undefined;
    quickPick.items = isKnown ? speakers : [{ label: `$(add) ${typed}`, description: 'new speaker', alwaysShow: true, speakerName: typed }, ...speakers];
  });
  return new Promise((resolve) => {
    quickPick.onDidAccept(() => {
      resolve(quickPick.selectedItems[0]?.speakerName ?? (quickPick.value.trim() || undefined));
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
  });
}

async function pickKind(suggested: StatementKind): Promise<StatementKind | undefined> {
  const kinds: StatementKind[] = [suggested, ...(['direct', 'partial', 'indirect'] as const).filter((k) => k !== suggested)];
  const picked = await vscode.window.showQuickPick(
    kinds.map((kind) => ({ label: KIND_LABELS[kind], statementKind: kind })),
    { title: 'Mark Selection as Statement', placeHolder: 'What kind of statement is it?' },
  );
  return picked?.statementKind;
}
