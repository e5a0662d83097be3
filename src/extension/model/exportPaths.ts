// Where exports go. Paths here are URI paths (always forward slashes), so the same rules hold
// on disk and in vscode.dev.

export type { ExportFormat as ExportFormatSetting } from '../../core/exports';

/** `a/b` relative to `/root`, or null when the file is not under the root. */
export function relativePath(rootPath: string, filePath: string): string | null {
  const root = rootPath.endsWith('/') ? rootPath : `${rootPath}/`;
  return filePath.startsWith(root) ? filePath.slice(root.length) : null;
}

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? path.slice(0, slash + 1) || '.' : path.slice(0, slash);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The folder an export of `releasePath` goes to. An empty setting means beside the release;
 * otherwise the setting (relative to the workspace folder, or absolute) mirrors the release's
 * sub-folders so that two `index.release` files never collide.
 */
export function exportFolder(releasePath: string, setting: string, workspaceRoot: string | null): string {
  const folder = setting.trim().replace(/\\/g, '/').replace(/\/+$/, '');
  const absolute = folder.startsWith('/') ? folder : /^[a-zA-Z]:\//.test(folder) ? `/${folder}` : null;
  if (folder === '' || (absolute === null && workspaceRoot === null)) return dirname(releasePath);
  const base = absolute ?? `${workspaceRoot!.replace(/\/$/, '')}/${folder.replace(/^\.\//, '')}`;
  const relative = workspaceRoot === null ? null : relativePath(workspaceRoot, releasePath);
  const subfolder = relative === null ? '' : dirname(relative).replace(/^\.$/, '');
  return subfolder ? `${base}/${subfolder}` : base;
}
