// Reads and writes correction sidecars (`x.release.corrections.json`) through vscode.workspace.fs
// only, so it works in vscode.dev. A sidecar that cannot be parsed is reported and never written.
import * as vscode from 'vscode';
import { emptySidecar, parseSidecar, serializeSidecar, sidecarPathFor, type Sidecar } from '../core/corrections';

export type SidecarState =
  | { kind: 'missing' }
  | { kind: 'ok'; sidecar: Sidecar }
  /** Read-only: `salvaged` holds the corrections that could still be read (they keep applying). */
  | { kind: 'broken'; message: string; salvaged: Sidecar | null };

/** The corrections to apply: all of a good sidecar, what could be salvaged of a broken one. */
export function usableSidecar(state: SidecarState): Sidecar | null {
  return state.kind === 'ok' ? state.sidecar : state.kind === 'broken' ? state.salvaged : null;
}

const SIDECAR_GLOB = '**/*.corrections.json';
const SUFFIX = sidecarPathFor('');

export class SidecarError extends Error {}

export class SidecarStore implements vscode.Disposable {
  readonly #cache = new Map<string, Promise<SidecarState>>();
  /** The last pending write per release: writes queue behind it, so none reads a stale sidecar. */
  readonly #writes = new Map<string, Promise<unknown>>();
  readonly #onDidChange = new vscode.EventEmitter<vscode.Uri>();
  readonly #disposables: vscode.Disposable[] = [this.#onDidChange];
  /** Fires with the release's uri when its sidecar changed on disk or through us. */
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(SIDECAR_GLOB);
    const changed = (sidecar: vscode.Uri) => this.#invalidate(sidecar.with({ path: sidecar.path.slice(0, -SUFFIX.length) }));
    this.#disposables.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
  }

  sidecarUri(release: vscode.Uri): vscode.Uri {
    return release.with({ path: sidecarPathFor(release.path) });
  }

  read(release: vscode.Uri): Promise<SidecarState> {
    const key = release.toString();
    let state = this.#cache.get(key);
    if (!state) this.#cache.set(key, (state = this.#load(release)));
    return state;
  }

  /**
   * Reads the sidecar afresh, applies `edit`, and writes it back (temporary file, then rename).
   * Throws a SidecarError, leaving the file untouched, when the current sidecar cannot be parsed.
   */
  update(release: vscode.Uri, edit: (sidecar: Sidecar) => Sidecar): Promise<Sidecar> {
    const key = release.toString();
    const previous = this.#writes.get(key) ?? Promise.resolve();
    const write = previous.catch(() => undefined).then(() => this.#write(release, edit));
    this.#writes.set(key, write);
    return write;
  }

  async #write(release: vscode.Uri, edit: (sidecar: Sidecar) => Sidecar): Promise<Sidecar> {
    if (!supportsSidecar(release)) throw new SidecarError('save the release to a file first: corrections are kept in a file beside it');
    const current = await this.#load(release);
    if (current.kind === 'broken') throw new SidecarError(current.message);
    const next = edit(current.kind === 'ok' ? current.sidecar : emptySidecar());
    const target = this.sidecarUri(release);
    const temporary = target.with({ path: `${target.path}.${Date.now().toString(36)}.tmp` });
    await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(serializeSidecar(next)));
    try {
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch {
      // Some virtual file systems cannot rename: write in place instead.
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(serializeSidecar(next)));
      await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    }
    this.#invalidate(release);
    return next;
  }

  async #load(release: vscode.Uri): Promise<SidecarState> {
    if (!supportsSidecar(release)) return { kind: 'missing' };
    const uri = this.sidecarUri(release);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { kind: 'missing' };
      return { kind: 'broken', message: brokenMessage(uri, (error as Error).message), salvaged: null };
    }
    const parsed = parseSidecar(new TextDecoder().decode(bytes));
    if (parsed.ok) return { kind: 'ok', sidecar: parsed.sidecar };
    const salvaged = 'salvaged' in parsed ? (parsed as { salvaged?: Sidecar }).salvaged ?? null : null;
    return { kind: 'broken', message: brokenMessage(uri, parsed.error), salvaged };
  }

  #invalidate(release: vscode.Uri): void {
    this.#cache.delete(release.toString());
    this.#onDidChange.fire(release);
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}

/** Untitled buffers and versioned views (git:, with a query) have no sidecar of their own. */
function supportsSidecar(uri: vscode.Uri): boolean {
  return uri.scheme !== 'untitled' && uri.query === '' && vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== undefined;
}

function brokenMessage(uri: vscode.Uri, reason: string): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return `The corrections file ${name} cannot be read (${reason}). Statement Lens will not change it until it is fixed or deleted.`;
}
