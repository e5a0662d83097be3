/** A problem with what the user asked for: printed as one line, never with a stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** One line for a Node file-system error: `x.release: no such file`. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return `${path}: no such file`;
    case 'EISDIR': return `${path}: is a directory, not a release file`;
    case 'EACCES': case 'EPERM': return `${path}: permission denied`;
    case 'ENOTDIR': return `${path}: a part of the path is not a directory`;
    default: return `${path}: ${(error as Error)?.message ?? String(error)}`;
  }
}
