// One analysis per document version, shared by every provider and command, with the user's
// corrections applied. Like markdown-language-features' workspace cache: providers ask here
// and never analyse themselves.
import * as vscode from 'vscode';
import type { Annotation } from '../core';
import { annotateRelease } from '../core/exports';
import { AnnotationIndex } from './model/annotationIndex';
import { affectsAnalysis, analyzeOptions, LANGUAGE_ID } from './settings';
import { type SidecarStore, usableSidecar } from './sidecarStore';

export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** The exact text that was analysed (offsets refer to it). */
  readonly text: string;
  readonly annotation: Annotation;
  readonly index: AnnotationIndex;
  /** Why the sidecar was ignored, when it could not be read. */
  readonly sidecarError: string | null;
}

/** While the user types, wait this long after the last keystroke before analysing again. */
const SETTLE_MS = 150;

export class AnalysisCache implements vscode.Disposable {
  readonly #entries = new Map<string, { key: string; analysis: Promise<DocumentAnalysis> }>();
  readonly #lastEdit = new Map<string, number>();
  readonly #onDidInvalidate = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly #disposables: vscode.Disposable[] = [this.#onDidInvalidate];
  /** Fires when cached results went stale for a reason other than an edit (sidecar or settings); `undefined` means all. */
  readonly onDidInvalidate = this.#onDidInvalidate.event;

  constructor(readonly sidecars: SidecarStore) {
    this.#disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && isRelease(e.document)) this.#lastEdit.set(e.document.uri.toString(), Date.now());
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.#entries.delete(document.uri.toString());
        this.#lastEdit.delete(document.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsAnalysis(e)) return;
        this.#entries.clear();
        this.#onDidInvalidate.fire(undefined);
      }),
      sidecars.onDidChange((release) => {
        this.#entries.delete(release.toString());
        this.#onDidInvalidate.fire(release);
      }),
    );
  }

  /** The analysis of the document as it is now; undefined when `token` was cancelled meanwhile. */
  async get(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    await this.#settle(document.uri.toString(), token);
    if (token?.isCancellationRequested) return undefined;
    const uri = document.uri.toString();
    const options = analyzeOptions(document.uri);
    const key = `${document.version}\n${JSON.stringify(options)}`;
    let entry = this.#entries.get(uri);
    if (entry?.key !== key) {
      entry = { key, analysis: this.#analyze(document, options) };
      this.#entries.set(uri, entry);
    }
    const analysis = await entry.analysis;
    return token?.isCancellationRequested ? undefined : analysis;
  }

  async #analyze(document: vscode.TextDocument, options: ReturnType<typeof analyzeOptions>): Promise<DocumentAnalysis> {
    // Text and version are read together, before any await, so offsets always match `version`.
    const text = document.getText();
    const version = document.version;
    const sidecar = await this.sidecars.read(document.uri);
    const { annotation } = annotateRelease(text, { path: null, sidecar: usableSidecar(sidecar), analyze: options });
    return {
      uri: document.uri, version, text, annotation,
      index: new AnnotationIndex(annotation),
      sidecarError: sidecar.kind === 'broken' ? sidecar.message : null,
    };
  }

  /** Debounces bursts of typing so a 1 MB release is not analysed on every keystroke. */
  async #settle(uri: string, token?: vscode.CancellationToken): Promise<void> {
    for (;;) {
      const wait = (this.#lastEdit.get(uri) ?? 0) + SETTLE_MS - Date.now();
      if (wait <= 0 || token?.isCancellationRequested) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}

export function isRelease(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}
