// `npm run bench`: engine throughput on realistic release text at 1 MB and 10 MB (linearity),
// a single regex scan for quotation marks over the same text for reference, and 50 MB
// pathological inputs. Prints PASS/FAIL against the SPEC target but always exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyze } from '../src/core';
import { collectNames } from '../src/core/names';
import { splitParagraphs } from '../src/core/paragraphs';
import { findQuotes } from '../src/core/quotes';
import { Registry } from '../src/core/speakers';
import { tokenize, TokenPool } from '../src/core/tokens';

const MB = 1e6; // sizes are UTF-8 bytes, as on disk
const TARGET_MB_PER_S = 20;
/** Throughput at 10 MB may drop to this fraction of the 1 MB figure before we call it super-linear. */
const LINEARITY_FLOOR = 0.75;
/** Wall-clock budget per measured size; fewer runs when the engine is slow. */
const BUDGET_SECONDS = 15;
const WARM_UP_SECONDS = 5;
const PATHOLOGICAL_TIMEOUT_MS = 45_000;
const QUOTE_MARKS = /["“”‘’«»„‚‹›]/g;

/** Inputs that break naive engines: unbounded quotes, unbounded paragraphs. */
const PATHOLOGICAL = {
  'quote-marks': 'only quotation marks',
  'one-line': 'release text with every line break replaced by a space',
} as const;
type PathologicalKind = keyof typeof PATHOLOGICAL;

interface Timing {
  medianMs: number;
  bestMs: number;
  medianCpuMs: number;
  runs: number;
}

function main(): void {
  const root = resolve(__dirname, '..');
  if (process.argv[2] === '--pathological') {
    return pathologicalChild(process.argv[3] as PathologicalKind, Number(process.argv[4]), loadReleases(root).releases);
  }
  const { dir, releases } = loadReleases(root);
  const corpusBytes = releases.reduce((n, r) => n + bytes(r.text), 0);
  console.log(`Statement Lens benchmark · node ${process.version} · one core`);
  console.log(`text: ${releases.length} releases from ${relative(root, dir) || '.'} (${kb(corpusBytes)}), concatenated\n`);

  const small = releaseText(releases, 1 * MB);
  const large = releaseText(releases, 10 * MB);
  const renamedSmall = releaseText(releases, 1 * MB, true);
  const renamed = releaseText(releases, 10 * MB, true);
  // V8 needs several megabytes of input before the engine's hot paths are optimised.
  const warmUntil = performance.now() + WARM_UP_SECONDS * 1000;
  for (let i = 0; i < 10 && performance.now() < warmUntil; i++) analyze(small);

  const rows: string[][] = [
    ['', 'size', 'median', 'MB/s', 'cpu MB/s', 'best MB/s', 'runs', 'statements', 'speakers', 'retained heap'],
  ];
  const measure = (name: string, text: string, fn: () => unknown, runs: number): Timing => {
    const timing = time(fn, runs);
    const n = bytes(text);
    rows.push([name, mb(n), ms(timing.medianMs), rate(n, timing.medianMs), rate(n, timing.medianCpuMs), rate(n, timing.bestMs),
      String(timing.runs)]);
    return timing;
  };
  /** Engine throughput in MB/s of CPU time, the fairest figure for "one core" on a shared machine. */
  const engine = (name: string, text: string, runs: number): { cpu: number; wall: number } => {
    const timing = measure(name, text, () => analyze(text), runs);
    const { result, retained } = retainedHeap(() => analyze(text));
    rows[rows.length - 1].push(String(result.statements.length), String(result.speakers.length), `${(retained / MB).toFixed(0)} MB`);
    return { cpu: bytes(text) / MB / (timing.medianCpuMs / 1000), wall: bytes(text) / MB / (timing.medianMs / 1000) };
  };
  const smallRate = engine('engine', small, 9).cpu;
  const { cpu: largeRate, wall: largeWall } = engine('engine', large, 5);
  const renamedSmallRate = engine('engine, renamed', renamedSmall, 9).cpu;
  const renamedRate = engine('engine, renamed', renamed, 5).cpu;
  for (const text of [small, large]) {
    measure('regex scan', text, () => countQuoteMarks(text), 9);
    rows[rows.length - 1].push(`${countQuoteMarks(text)} marks`, '', '');
  }
  printTable(rows);
  console.log('(renamed: every copy of the corpus gives its speakers new names, so the speaker registry grows with the text)');

  // CPU time for the ratios: on a shared machine wall time carries other processes' noise.
  phases(large);

  for (const [what, ratio] of [['', largeRate / smallRate], [' renamed', renamedRate / renamedSmallRate]] as const) {
    console.log(`\nlinearity: 10 MB${what} runs at ${(ratio * 100).toFixed(0)}% of the 1 MB${what} throughput (cpu)  ` +
      `${verdict(ratio >= LINEARITY_FLOOR)} (≥ ${LINEARITY_FLOOR * 100}%)`);
  }
  console.log(`\nthroughput at 10 MB: ${largeRate.toFixed(1)} MB/s cpu, ${largeWall.toFixed(1)} MB/s wall (medians)  ` +
    `${verdict(largeRate >= TARGET_MB_PER_S)} (target ≥ ${TARGET_MB_PER_S} MB/s on one core)`);

  for (const kind of Object.keys(PATHOLOGICAL) as PathologicalKind[]) {
    console.log(`\npathological: ${PATHOLOGICAL[kind]} (one run each, in a child process)`);
    const five = pathological(kind, 5 * MB);
    if (!five.ok) continue;
    if ((five.seconds * 10) * 1000 > PATHOLOGICAL_TIMEOUT_MS) {
      console.log(`     50 MB: skipped (5 MB took ${five.seconds.toFixed(1)} s)  FAIL`);
      continue;
    }
    const fifty = pathological(kind, 50 * MB);
    if (!fifty.ok) continue;
    const ratio = fifty.mbPerS / five.mbPerS;
    console.log(`linearity: 50 MB runs at ${(ratio * 100).toFixed(0)}% of the 5 MB throughput  ` +
      `${verdict(ratio >= LINEARITY_FLOOR)} (≥ ${LINEARITY_FLOOR * 100}%)`);
  }
  console.log(`\npeak RSS of the benchmark process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

/** Paragraphs tokenised at a time in the phase breakdown, as `analyze` does. */
const PHASE_BLOCK = 128;

/** Where the engine's time goes at 10 MB: the passes over the whole text, then the rest (statements and speakers). */
function phases(text: string): void {
  const paragraphs = splitParagraphs(text);
  const { quotes } = findQuotes(text, paragraphs);
  const cpu = (fn: () => unknown) => time(fn, 3).medianCpuMs;
  const parts: [string, number][] = [
    ['paragraphs', cpu(() => splitParagraphs(text))],
    ['quotations', cpu(() => findQuotes(text, paragraphs))],
    ['names', cpu(() => collectNames(text, new Registry(), new TokenPool().interner))],
    ['tokens', cpu(() => {
      const pool = new TokenPool();
      for (let p = 0; p < paragraphs.length; p += PHASE_BLOCK) tokenize(text, paragraphs, quotes, p, Math.min(p + PHASE_BLOCK, paragraphs.length), pool);
    })],
  ];
  const total = cpu(() => analyze(text));
  parts.push(['statements and speakers', Math.max(0, total - parts.reduce((sum, [, ms]) => sum + ms, 0))]);
  console.log(`\nwhere the time goes at 10 MB (cpu, medians of 3): ${parts.map(([name, ms]) => `${name} ${ms.toFixed(0)} ms (${((100 * ms) / total).toFixed(0)}%)`).join(', ')}`);
}

interface Release {
  text: string;
  /** Words of its speakers' names (from the gold file beside it), renamed per copy to vary the speakers. */
  names: string[];
}

/** Corpus releases from ../shared/corpus, or examples/ when the shared folder is missing. */
function loadReleases(root: string): { dir: string; releases: Release[] } {
  for (const dir of [resolve(root, '../shared/corpus'), join(root, 'examples')]) {
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).filter((n) => /\.(release|release\.txt|txt)$/.test(n)).sort();
    if (names.length === 0) continue;
    return {
      dir,
      releases: names.map((n) => ({ text: readFileSync(join(dir, n), 'utf8'), names: speakerNameWords(join(dir, n)) })),
    };
  }
  throw new Error('no releases found in ../shared/corpus or examples/');
}

function speakerNameWords(releasePath: string): string[] {
  const gold = releasePath.replace(/\.(release|release\.txt|txt)$/, '.gold.json');
  if (!existsSync(gold)) return [];
  const { statements = [] } = JSON.parse(readFileSync(gold, 'utf8')) as { statements?: { speaker?: string | null }[] };
  const words = new Set<string>();
  for (const { speaker } of statements) {
    for (const word of speaker?.split(/\s+/) ?? []) if (/^[A-Z][a-z]{2,}$/.test(word)) words.add(word);
  }
  return [...words];
}

/**
 * Whole releases, one after another, until the text reaches `size` bytes. With `renamed`, every
 * copy after the first gives its speakers new names (`Shoigu` → `Shoiguab`), as an archive of
 * different releases would: a registry that grows with the text then shows up as a slowdown.
 */
function releaseText(releases: readonly Release[], size: number, renamed = false): string {
  const parts: string[] = [];
  for (let total = 0, i = 0; total < size; i++) {
    const { text, names } = releases[i % releases.length];
    const copy = Math.floor(i / releases.length);
    const release = renamed && copy > 0 && names.length > 0
      ? text.replace(new RegExp(`\\b(${names.join('|')})\\b`, 'g'), `$1${suffix(copy)}`)
      : text;
    parts.push(release);
    total += bytes(release) + 2;
  }
  return parts.join('\n\n');
}

/** a, b, …, z, ba, bb, …: a different lower-case suffix for every copy. */
function suffix(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

function countQuoteMarks(text: string): number {
  let count = 0;
  QUOTE_MARKS.lastIndex = 0;
  while (QUOTE_MARKS.exec(text)) count++;
  return count;
}

/** Wall and CPU time of up to `maxRuns` runs, fewer when one more run would overrun the budget. */
function time(fn: () => unknown, maxRuns: number): Timing {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const deadline = performance.now() + BUDGET_SECONDS * 1000;
  // No forced gc() between runs: V8 shrinks the heap after one, and the next run pays to regrow it.
  do {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
  } while (samples.length < maxRuns && performance.now() + median(samples) < deadline);
  return { medianMs: median(samples), bestMs: Math.min(...samples), medianCpuMs: median(cpuSamples), runs: samples.length };
}

/** Heap still held by the result of `fn` after a full collection (needs --expose-gc). */
function retainedHeap<T>(fn: () => T): { result: T; retained: number } {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const result = fn();
  global.gc?.();
  return { result, retained: Math.max(0, process.memoryUsage().heapUsed - before) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a pathological input in a child process, so a crash or an out-of-memory is a FAIL, not the end of the bench. */
function pathological(kind: PathologicalKind, size: number): { ok: boolean; mbPerS: number; seconds: number } {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--pathological', kind, String(size)], {
    encoding: 'utf8', timeout: PATHOLOGICAL_TIMEOUT_MS,
  });
  const label = `  ${mb(size).padStart(8)}:`;
  if (child.status !== 0) {
    const why = child.error?.message ?? (child.stderr.trim().split('\n').pop() || `exit ${child.status ?? child.signal}`);
    console.log(`${label} FAIL (${why})`);
    return { ok: false, mbPerS: 0, seconds: Infinity };
  }
  const r = JSON.parse(child.stdout) as { ms: number; statements: number; problems: number; maxRssMB: number };
  const mbPerS = size / MB / (r.ms / 1000);
  console.log(`${label} ${ms(r.ms).padStart(9)}  ${mbPerS.toFixed(1).padStart(6)} MB/s  ` +
    `${r.statements} statements, ${r.problems} problems, peak RSS ${r.maxRssMB.toFixed(0)} MB`);
  return { ok: true, mbPerS, seconds: r.ms / 1000 };
}

function pathologicalChild(kind: PathologicalKind, size: number, releases: readonly Release[]): void {
  const marks = '"“”‘’«»„';
  const text = kind === 'quote-marks'
    ? marks.repeat(Math.ceil(size / bytes(marks)))
    : releaseText(releases, size).replace(/\r?\n/g, ' ');
  const t0 = performance.now();
  const result = analyze(text);
  const elapsed = performance.now() - t0;
  process.stdout.write(JSON.stringify({
    ms: elapsed, statements: result.statements.length, problems: result.problems.length,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }));
}

function printTable(rows: readonly string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}

const bytes = (text: string): number => Buffer.byteLength(text);
const kb = (n: number): string => `${(n / 1e3).toFixed(0)} KB`;
const mb = (n: number): string => `${(n / MB).toFixed(2)} MB`;
const ms = (n: number): string => `${n.toFixed(1)} ms`;
const rate = (n: number, millis: number): string => (n / MB / (millis / 1000)).toFixed(1);
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

try {
  main();
} catch (error) {
  // A benchmark reports; it does not fail the build.
  console.log(`FAIL: the benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
}
