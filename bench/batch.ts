// Batch throughput: releases per second through `annotate --out` (read, analyse, apply sidecar,
// format, write) over 10,000 generated releases, on 1 worker and on every core.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch, runBatchWorkerIfAsked } from '../src/cli/batch';
import { exportRelease } from '../src/core/exports';

const RELEASES = 10_000;

const PEOPLE = [
  ['Governor', 'Maria Lopez'], ['Senator', 'John Park'], ['CEO', 'Ana Ruiz'], ['Mayor', 'Tom Becker'],
  ['Secretary', 'Lee Chen'], ['Director', 'Priya Shah'], ['Chairman', 'Ode Okafor'], ['Minister', 'Sergey Ivanov'],
];
const VERBS = ['said', 'told reporters', 'added', 'noted', 'stressed', 'warned', 'explained'];
const CLAIMS = [
  'this investment will bring hundreds of jobs to the region',
  'we have worked for years to make this day possible, and we are not done yet',
  'the program is on the whole “concrete and well-organized”',
  'families deserve clean water, safe roads and a government that listens',
];

/** A deterministic release of about 0.6 KB with direct, partial and reported speech. */
function release(n: number): string {
  const pick = <T>(list: T[], salt: number): T => list[(n * 7 + salt * 13) % list.length];
  const [title, name] = pick(PEOPLE, 1);
  const [otherTitle, other] = pick(PEOPLE, 2);
  const last = name.split(' ')[1];
  return [
    'PRESS RELEASE',
    `${last}: Release number ${n} on the state of things`,
    `Aug. ${(n % 28) + 1}, 2024 (NEWSWIRE)—${title} ${name} said on Tuesday that ${pick(CLAIMS, 3)}.`,
    `"${pick(CLAIMS, 4)[0].toUpperCase()}${pick(CLAIMS, 4).slice(1)}," ${last} ${pick(VERBS, 5)}. "We will keep going."`,
    `${otherTitle} ${other} ${pick(VERBS, 6)} that the plan was "a good start."`,
    `"It is not enough," ${other.split(' ')[1]} said, adding that ${pick(CLAIMS, 7)}.`,
    `According to ${last}, ${pick(CLAIMS, 8)}.`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'statement-lens-batch-'));
  try {
    const files: string[] = [];
    let bytes = 0;
    for (let i = 0; i < RELEASES; i++) {
      const sub = join(folder, 'in', String(i % 100));
      if (i < 100) mkdirSync(sub, { recursive: true });
      const file = join(sub, `r${i}.release`);
      const text = release(i);
      bytes += text.length;
      writeFileSync(file, text);
      files.push(file);
    }
    console.log(`batch: ${RELEASES} generated releases, ${(bytes / 1e6).toFixed(1)} MB`);

    const t0 = performance.now();
    for (let i = 0; i < RELEASES; i++) exportRelease(release(i), { path: `r${i}.release`, format: 'json' });
    const inProcess = RELEASES / ((performance.now() - t0) / 1000);
    console.log(`batch: in-process export, no I/O, 1 thread: ${Math.round(inProcess)} releases/s`);

    const all = availableParallelism();
    for (const jobs of [...new Set([1, all])]) {
      const summary = await runBatch({ files, outDir: join(folder, `out-${jobs}`), format: 'json', jobs });
      if (summary.failures.length > 0) throw new Error(`batch failed: ${summary.failures[0].error}`);
      const rate = summary.exported / summary.seconds;
      console.log(`batch: annotate --out, ${jobs} worker${jobs === 1 ? '' : 's'}: ${Math.round(rate)} releases/s (${summary.seconds.toFixed(2)} s)`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (!runBatchWorkerIfAsked()) {
  main().catch((error: unknown) => {
    console.error(`batch bench: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
