// Never silently overwrite an export the user edited by hand: we remember the hash of what we
// last wrote to each target, and only replace a file whose hash we recognise.

export type ExportDecision = 'create' | 'overwrite' | 'unchanged' | 'edited-by-hand';

export function decideExport(existingHash: string | undefined, lastWrittenHash: string | undefined, freshHash: string): ExportDecision {
  if (existingHash === undefined) return 'create';
  if (existingHash === freshHash) return 'unchanged';
  return existingHash === lastWrittenHash ? 'overwrite' : 'edited-by-hand';
}

/** Hex SHA-256 through Web Crypto, which both the desktop extension host and vscode.dev provide. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
