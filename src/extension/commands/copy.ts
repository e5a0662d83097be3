import * as vscode from 'vscode';
import { basename } from '../model/exportPaths';
import type { Exporter } from './export';
import { targetUri } from './target';

/** `statementLens.copyJson (uri?)`: the annotated JSON (always JSON, whatever the export format) on the clipboard. Returns it. */
export async function copyJson(exporter: Exporter, uri?: unknown): Promise<string | undefined> {
  const release = targetUri(uri);
  if (!release) return undefined;
  try {
    const [json] = await exporter.render(release, 'json');
    await vscode.env.clipboard.writeText(json.content);
    void vscode.window.setStatusBarMessage(`Statement Lens: copied the annotated JSON of ${basename(release.path)}`, 3000);
    return json.content;
  } catch (error) {
    void vscode.window.showErrorMessage(`Statement Lens: could not copy ${basename(release.path)}: ${(error as Error).message}`);
    return undefined;
  }
}
