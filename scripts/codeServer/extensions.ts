// Puts extensions into code-server's --extensions-dir the way an installed .vsix would lay them out:
// a `publisher.name-version/` folder holding exactly the files `vsce` would package.
import { listFiles, PackageManager } from '@vscode/vsce';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

interface Manifest {
  publisher: string;
  name: string;
  version: string;
}

/** Copies the files `vsce package` would ship from `source` (so a file missing from .vscodeignore fails here too). */
export async function installPackagedExtension(source: string, extensionsDir: string): Promise<string> {
  const manifest = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as Manifest;
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  for (const file of await listFiles({ cwd: source, packageManager: PackageManager.None })) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    cpSync(path.join(source, file), path.join(target, file));
  }
  return target;
}

/** Writes a tiny extension whose main module is `main` (an absolute path), activated on startup. */
export function installTestRunnerExtension(extensionsDir: string, main: string): string {
  const manifest = {
    name: 'integration-test-runner',
    publisher: 'statement-lens',
    version: '0.0.0',
    engines: { vscode: '^1.96.0' },
    activationEvents: ['onStartupFinished'],
    main: './extension.js',
  };
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  // The suite stays in the repository, where it resolves mocha from node_modules.
  writeFileSync(path.join(target, 'extension.js'), `module.exports = require(${JSON.stringify(main)});\n`);
  return target;
}
