// Facts about the examples that both the integration and the end-to-end tests rely on, and the CLI
// they compare the editor's exports with. No `vscode` import: the Playwright side uses it too.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export const SEED = 'shoigu-syria.release';
/** The seed's clearest case: a quote whose speaker (Sergey Shoigu) follows on its own line. */
export const SEED_QUOTE = 'We are step-by-step';
export const SEED_SPEAKER = 'Sergey Shoigu';
/** The kickers that make a `.txt` file a release when they open it (SPEC.md). */
export const KICKERS = ['PRESS RELEASE', 'FOR IMMEDIATE RELEASE', 'NEWS RELEASE', 'MEDIA RELEASE', 'PRESS STATEMENT'];

export function startsWithKicker(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0].trim().toUpperCase();
  return KICKERS.some((kicker) => firstLine.startsWith(kicker));
}

/** `statement-lens annotate RELATIVE` run in `folder`: exactly what the editor's export of that file must write. */
export function annotateWithCli(repo: string, folder: string, relative: string): string {
  // Under desktop VS Code process.execPath is Electron; ELECTRON_RUN_AS_NODE makes it a plain Node.
  return execFileSync(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'annotate', relative], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
}
