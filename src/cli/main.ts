#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { analyze } from '../core';
import { formatAnnotation } from '../core/exports';

// Minimal CLI; the full command set (check, --help, formats, batch) grows here.
const [, , command, file] = process.argv;
if (command !== 'annotate' || !file) {
  process.stderr.write('usage: statement-lens annotate FILE\n');
  process.exit(2);
}
const buffer = readFileSync(file === '-' ? 0 : file);
const text = buffer.toString('utf8');
const sha256 = createHash('sha256').update(buffer).digest('hex');
process.stdout.write(formatAnnotation(analyze(text, { path: file === '-' ? null : file, sha256 }), text));
