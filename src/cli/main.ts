#!/usr/bin/env node
// The statement-lens command line. The same bundle serves as its own batch worker thread.
import { parseArgs } from 'node:util';
import { isExportFormat, EXPORT_FORMATS, ExportFormat } from '../core/exports';
import { runBatchWorkerIfAsked } from './batch';
import { annotateOne } from './commands/annotate';
import { annotateBatch } from './commands/batch';
import { check } from './commands/check';
import { setSpeaker } from './commands/speaker';
import { UserError } from './errors';
import { HELP, VERSION } from './help';
import { Output, processOutput } from './output';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  title: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export async function run(argv: string[], out: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /^Unknown option '([^']*)'/.exec((error as Error).message);
    throw new UserError(`${option ? `unknown option ${option[1]}` : (error as Error).message.split('. ')[0]} (see statement-lens --help)`);
  }
  const { values, positionals } = parsed;
  if (values.version) return out.line(VERSION), 0;
  if (values.help) return out.write(HELP), 0;
  const [command, ...args] = positionals;
  const format = parseFormat(values.format);
  switch (command) {
    case 'annotate':
      if (values.out !== undefined) return annotateBatch(args, values.out, format, parseJobs(values.jobs), out);
      if (args.length !== 1) throw new UserError('annotate: give one FILE (or -), or --out DIR for several');
      return annotateOne(args[0], format, out);
    case 'check':
      return check(args, out);
    case 'set-speaker':
      if (args.length !== 3 || args[2].trim() === '') throw new UserError('usage: statement-lens set-speaker [--title TITLE] FILE OFFSET NAME');
      return setSpeaker(args[0], args[1], { name: args[2].trim(), ...(values.title ? { title: values.title } : {}) }, out);
    case 'clear-speaker':
      if (args.length !== 2) throw new UserError('usage: statement-lens clear-speaker FILE OFFSET');
      return setSpeaker(args[0], args[1], null, out);
    case undefined:
      out.write(HELP);
      return 2;
    default:
      throw new UserError(`unknown command "${command}" (see statement-lens --help)`);
  }
}

function parseFormat(name: string | undefined): ExportFormat {
  if (name === undefined) return 'json';
  if (!isExportFormat(name)) throw new UserError(`unknown format "${name}": use ${EXPORT_FORMATS.join(', ')}`);
  return name;
}

function parseJobs(jobs: string | undefined): number | undefined {
  if (jobs === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(jobs)) throw new UserError(`--jobs must be a positive whole number, not "${jobs}"`);
  return Number(jobs);
}

if (!runBatchWorkerIfAsked() && require.main === module) {
  // A closed pipe (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  run(process.argv.slice(2), processOutput).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      processOutput.error(error instanceof UserError ? error.message : `internal error: ${(error as Error)?.message ?? error}`);
      process.exitCode = error instanceof UserError ? error.exitCode : 2;
    },
  );
}
