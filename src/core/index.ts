// Public surface of the engine. Nothing here may import `vscode` or Node built-ins:
// the same code runs in the CLI, the desktop extension host and vscode.dev.
export * from './types';
export { analyze } from './analyze';
