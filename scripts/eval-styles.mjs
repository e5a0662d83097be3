#!/usr/bin/env node
// Metamorphic evaluation over typographic house styles.
//
//   node scripts/eval-styles.mjs [--only a,b] [--sets DIR,DIR] [--keep] [--verbose] [--list]
//
// Every release of the sets (default ../shared/corpus and test/heldout) is rewritten in a house
// style (UK single quotes, guillemets, German low-high quotes, CRLF, hard wraps, …) and so is
// its gold: each transform builds the new text together with a map from old offsets to new ones,
// so every gold span (statements, optional entries, non-statements) is carried over exactly and
// written back with explicit offsets. The scorer then runs on the rewritten set, and one line per
// transform is printed beside the untransformed baseline. Plain Node, no dependencies.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCORER = '../shared/tools/score.mjs';
const COMMAND = 'node dist/cli.js annotate {file}';
const DEFAULT_SETS = ['../shared/corpus', 'test/heldout'];

// ---------------------------------------------------------------------------------------------
// Edits with an offset map.

/** Builds a new text from the old one; `map[i]` is where old offset i lands in the new text. */
class Rewriter {
  constructor(text) {
    this.text = text;
    this.out = [];
    this.length = 0;
    this.map = new Int32Array(text.length + 1);
  }
  /** Old character i becomes `s` (which may be empty or longer). */
  put(i, s) {
    this.map[i] = this.length;
    this.out.push(s);
    this.length += s.length;
  }
  keep(i) {
    this.put(i, this.text[i]);
  }
  finish() {
    this.map[this.text.length] = this.length;
    return { text: this.out.join(''), map: this.map };
  }
}

/** A transform that replaces single characters: `f(i)` returns the replacement or undefined. */
function perChar(text, f) {
  const r = new Rewriter(text);
  for (let i = 0; i < text.length; i++) {
    const s = f(i);
    if (s === undefined) r.keep(i);
    else r.put(i, s);
  }
  return r.finish();
}

// ---------------------------------------------------------------------------------------------
// Reading the quotation marks of a (US-style) release: which mark opens or closes a double
// quotation, which opens or closes a nested single one, and which is an apostrophe.

const DO = 'DO', DC = 'DC', SO = 'SO', SC = 'SC', AP = 'AP';
const isSpaceCh = (c) => c === undefined || /\s/.test(c);
const isWordCh = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = new Set(['(', '[', '—', '–', '-', '/', '\u2018', '"', '\u201c']);
const CLOSE_CONTEXT = new Set([',', '.', ';', ':', '!', '?', ')', ']', '—', '–', '-', '…', '\u2019', "'", '"', '\u201d']);

/** Map offset → role for every quotation mark and apostrophe of the text. */
export function readMarks(text, byGlyph = false) {
  const roles = new Map();
  // Paragraphs: split at blank lines (a line of only spaces counts as blank).
  const paragraphs = [];
  const re = /\n[ \t\r\u00a0]*\n/g;
  let from = 0;
  for (let m; (m = re.exec(text));) {
    paragraphs.push([from, m.index]);
    from = m.index + m[0].length;
  }
  paragraphs.push([from, text.length]);

  let topSingles = 0, topDoubles = 0;
  for (const [ps, pe] of paragraphs) {
    // Doubles.
    let open = false;
    const doubleSpans = [];
    let openAt = -1;
    for (let i = ps; i < pe; i++) {
      const c = text[i];
      if (c !== '"' && c !== '\u201c' && c !== '\u201d') continue;
      const before = text[i - 1], after = text[i + 1];
      const leftOpen = i === ps || isSpaceCh(before) || OPEN_CONTEXT.has(before);
      const rightOpen = i + 1 >= pe || isSpaceCh(after) || CLOSE_CONTEXT.has(after);
      let role;
      if (c === '\u201c') role = DO;
      else if (c === '\u201d') role = DC;
      else if (leftOpen && !rightOpen) role = DO;
      else if (!leftOpen && rightOpen) role = DC;
      else role = open ? DC : DO;
      if (role === DO && open) {
        // A line that reopens an unclosed quotation (continuation across a hard line break).
        doubleSpans.push([openAt, i]);
      }
      if (role === DC && !open) {
        doubleSpans.push([ps, i]);
      }
      if (role === DO) { open = true; openAt = i; } else {
        if (open) doubleSpans.push([openAt, i]);
        open = false;
      }
      roles.set(i, role);
    }
    if (open) doubleSpans.push([openAt, pe]);

    // Singles: an opener at a word start, a closer after a non-space and before a non-word.
    const isSingle = (c) => c === "'" || c === '\u2018' || c === '\u2019';
    for (let i = ps; i < pe; i++) {
      const c = text[i];
      if (!isSingle(c) || roles.has(i)) continue;
      const before = text[i - 1], after = text[i + 1];
      const opener = c !== '\u2019' && (i === ps || isSpaceCh(before) || OPEN_CONTEXT.has(before)) && /[\p{L}"\u201c([]/u.test(after ?? '');
      if (!opener) {
        roles.set(i, AP);
        continue;
      }
      const enclosing = doubleSpans.find(([s, e]) => s < i && i < e);
      const limit = Math.min(pe, enclosing ? enclosing[1] : pe, i + 600);
      let close = -1;
      for (let j = i + 2; j < limit; j++) {
        const k = text[j];
        if (k !== "'" && k !== '\u2019') continue;
        if (c === "'" && k !== "'") continue;
        const b = text[j - 1], a = text[j + 1];
        if (isWordCh(a) || isSpaceCh(b)) continue;
        // rock ’n’ roll
        if (j - 3 > i && (text[j - 2] === '\u2019' || text[j - 2] === "'") && isSpaceCh(text[j - 3])) continue;
        // the workers’ union: a plural possessive before a lowercase word
        if (b === 's' && a === ' ' && /[\p{Ll}]/u.test(text[j + 2] ?? '')) continue;
        close = j;
        break;
      }
      if (close < 0) {
        roles.set(i, AP);
        continue;
      }
      roles.set(i, SO);
      roles.set(close, SC);
      if (!enclosing) topSingles++;
      // apostrophes inside the pair are found by the loop as it goes on
    }
    topDoubles += doubleSpans.length;
  }
  // A release already in British style (single marks outside, double ones nested): the outer
  // quotations are the single ones, so they take the target style's outer marks.
  if (topSingles > topDoubles && !byGlyph) {
    const swap = { DO: SO, DC: SC, SO: DO, SC: DC, AP };
    for (const [i, role] of roles) roles.set(i, swap[role]);
  }
  return roles;
}

/**
 * A quotation style: the characters for the outer quotation's open/close (DO, DC), the nested
 * one's (SO, SC) and the apostrophe. A British source's outer single marks count as outer.
 */
function requote(marks, byGlyph = false) {
  return (text) => {
    const roles = readMarks(text, byGlyph);
    return perChar(text, (i) => {
      const role = roles.get(i);
      return role === undefined ? undefined : marks[role];
    });
  };
}

// ---------------------------------------------------------------------------------------------
// Dashes: an em dash anywhere, a spaced en dash or hyphen, or a double hyphen is a dash;
// an unspaced en dash (2019–2020) or hyphen is not.

function dashes(render) {
  return (text) => {
    const r = new Rewriter(text);
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      let len = 0;
      if (c === '\u2014') len = 1;
      else if (c === '-' && text[i + 1] === '-' && text[i + 2] !== '-' && text[i - 1] !== '-') len = 2;
      else if ((c === '\u2013' || c === '-') && text[i - 1] === ' ' && text[i + 1] === ' ') len = 1;
      if (!len) {
        r.keep(i);
        continue;
      }
      // The dash with the plain spaces around it, unless a line starts or ends there.
      let s = i, e = i + len;
      while (s > 0 && text[s - 1] === ' ') s--;
      while (e < text.length && text[e] === ' ') e++;
      const lineEdge = s === 0 || text[s - 1] === '\n' || text[s - 1] === '\r' || e >= text.length || text[e] === '\n' || text[e] === '\r';
      if (lineEdge) {
        r.put(i, render.char);
        for (let k = i + 1; k < i + len; k++) r.put(k, '');
        continue;
      }
      // Spaces before the dash were already kept; take them back out of the output.
      const kept = i - s;
      r.out.splice(r.out.length - kept, kept);
      r.length -= kept;
      for (let k = s; k < i; k++) r.map[k] = r.length;
      r.put(i, render.spaced ? ` ${render.char} ` : render.char);
      for (let k = i + 1; k < e; k++) r.put(k, '');
      i = e - 1;
    }
    return r.finish();
  };
}

// ---------------------------------------------------------------------------------------------
// Line ends and spaces.

const crlf = (text) => perChar(text, (i) => (text[i] === '\n' && text[i - 1] !== '\r' ? '\r\n' : undefined));

/** Hard wrap at `width` columns: the last plain space that fits becomes a line break. */
function hardWrap(width) {
  return (text) => {
    const breaks = new Set();
    let lineStart = 0;
    let lastSpace = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = text[i];
      if (c === '\n' || i === text.length) {
        lineStart = i + 1;
        lastSpace = -1;
        continue;
      }
      if (c === ' ') lastSpace = i;
      if (i - lineStart >= width && lastSpace > lineStart) {
        breaks.add(lastSpace);
        lineStart = lastSpace + 1;
        lastSpace = -1;
      }
    }
    const lineEnd = text.includes('\r\n') ? '\r\n' : '\n';
    return perChar(text, (i) => (breaks.has(i) ? lineEnd : undefined));
  };
}

const SENTENCE_START = /["\u201c\u2018'(\p{Lu}]/u;

/** Two spaces after a sentence: `. `, `? `, `! ` (or with a closing quote) before a capital or quote. */
const doubleSpace = (text) => perChar(text, (i) => {
  if (text[i] !== ' ' || !SENTENCE_START.test(text[i + 1] ?? '')) return undefined;
  let b = i - 1;
  if (/["\u201d\u2019')]/.test(text[b] ?? '')) b--;
  if (!/[.?!]/.test(text[b] ?? '')) return undefined;
  // Not after an abbreviation such as `Mr.` or a single initial.
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, b - 6), b + 1));
  if (word && /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr|No|Prof|U\.S|[A-Z])\.$/.test(word[1])) return undefined;
  return '  ';
});

const TITLE_ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St)\.$/;

/**
 * Non-breaking spaces as web copy carries them: after a title abbreviation (`Mr.\u00a0Smith`),
 * between a number and its word (`10\u00a0percent`), as the first of two spaces after a sentence
 * (`&nbsp; `), and in each paragraph's last space (widow control).
 */
const nbsp = (text) => {
  const lastSpaces = new Set();
  const re = /[^\n]+/g;
  for (let m; (m = re.exec(text));) {
    const k = m[0].lastIndexOf(' ');
    if (k > 0) lastSpaces.add(m.index + k);
  }
  return perChar(text, (i) => {
    if (text[i] !== ' ') return undefined;
    if (TITLE_ABBREVIATION.test(text.slice(Math.max(0, i - 6), i))) return '\u00a0';
    if (/\d/.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) return '\u00a0';
    if (/[.?!]["\u201d]?$/.test(text.slice(Math.max(0, i - 2), i)) && /\p{Lu}|["\u201c]/u.test(text[i + 1] ?? '') &&
      !TITLE_ABBREVIATION.test(text.slice(Math.max(0, i - 6), i))) return '\u00a0 ';
    if (lastSpaces.has(i)) return '\u00a0';
    return undefined;
  });
};

// ---------------------------------------------------------------------------------------------

const compose = (...fs) => (text) => {
  let map = null;
  for (const f of fs) {
    const step = f(text);
    map = map ? Int32Array.from(map, (m) => step.map[m]) : step.map;
    text = step.text;
  }
  return { text, map };
};

export const TRANSFORMS = {
  // Straight and curly keep each mark's family (a British release stays British).
  'straight': requote({ DO: '"', DC: '"', SO: "'", SC: "'", AP: "'" }, true),
  'curly': requote({ DO: '\u201c', DC: '\u201d', SO: '\u2018', SC: '\u2019', AP: '\u2019' }, true),
  'uk-curly': requote({ DO: '\u2018', DC: '\u2019', SO: '\u201c', SC: '\u201d', AP: '\u2019' }),
  'uk-straight': requote({ DO: "'", DC: "'", SO: '"', SC: '"', AP: "'" }),
  'german': requote({ DO: '\u201e', DC: '\u201c', SO: '\u201a', SC: '\u2018', AP: '\u2019' }),
  'guillemets': requote({ DO: '\u00ab', DC: '\u00bb', SO: '\u2039', SC: '\u203a', AP: '\u2019' }),
  'guillemets-reversed': requote({ DO: '\u00bb', DC: '\u00ab', SO: '\u203a', SC: '\u2039', AP: '\u2019' }),
  'crlf': crlf,
  'hardwrap-70': hardWrap(70),
  'hardwrap-70+crlf': compose(hardWrap(70), crlf),
  'nbsp': nbsp,
  'double-space': doubleSpace,
  'dash-em-closed': dashes({ char: '\u2014', spaced: false }),
  'dash-en-spaced': dashes({ char: '\u2013', spaced: true }),
  'dash-double-hyphen': dashes({ char: '--', spaced: true }),
  'uk-curly+hardwrap-70': compose(requote({ DO: '\u2018', DC: '\u2019', SO: '\u201c', SC: '\u201d', AP: '\u2019' }), hardWrap(70)),
};

// ---------------------------------------------------------------------------------------------
// Gold: place every entry as the scorer does, then carry it through the map.

function locate(source, entries, isStatements) {
  const out = [];
  let searchFrom = 0;
  for (const raw of entries) {
    const entry = typeof raw === 'string' ? { text: raw } : { ...raw };
    let start, end;
    if (Number.isInteger(entry.start) && Number.isInteger(entry.end)) {
      ({ start, end } = entry);
    } else {
      start = source.indexOf(entry.text, searchFrom);
      if (start === -1) start = source.indexOf(entry.text);
      if (start === -1) throw new Error(`gold text not found: ${JSON.stringify(entry.text.slice(0, 60))}`);
      end = start + entry.text.length;
    }
    if (isStatements) searchFrom = start;
    out.push({ ...entry, start, end });
  }
  return out;
}

function allOccurrences(source, entries) {
  const out = [];
  for (const raw of entries) {
    const entry = typeof raw === 'string' ? { text: raw } : raw;
    if (Number.isInteger(entry.start)) {
      out.push({ start: entry.start, end: entry.end });
      continue;
    }
    for (let k = source.indexOf(entry.text); k !== -1; k = source.indexOf(entry.text, k + 1)) {
      out.push({ start: k, end: k + entry.text.length });
    }
  }
  return out;
}

function carry(entries, map, text) {
  return entries.map((e) => {
    const start = map[e.start], end = map[e.end];
    return { ...e, start, end, text: text.slice(start, end) };
  });
}

function readSet(dir) {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort().map((name) => {
    const stem = name.slice(0, -'.gold.json'.length);
    const gold = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    const docName = gold.document ?? (fs.existsSync(path.join(dir, `${stem}.release`)) ? `${stem}.release` : `${stem}.txt`);
    const source = fs.readFileSync(path.join(dir, docName), 'utf8');
    return { set: path.basename(dir), stem, gold, source, ext: path.extname(docName) };
  });
}

function writeTransformed(docs, transform, dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const doc of docs) {
    const { text, map } = transform(doc.source);
    const name = `${doc.set}__${doc.stem}`;
    const gold = {
      ...doc.gold,
      document: `${name}${doc.ext}`,
      statements: carry(locate(doc.source, doc.gold.statements ?? [], true), map, text),
      optional: carry(locate(doc.source, doc.gold.optional ?? [], false), map, text),
      non_statements: carry(allOccurrences(doc.source, doc.gold.non_statements ?? []), map, text),
    };
    fs.writeFileSync(path.join(dir, `${name}${doc.ext}`), text);
    fs.writeFileSync(path.join(dir, `${name}.gold.json`), `${JSON.stringify(gold, null, 1)}\n`);
  }
}

function score(dir, verbose) {
  const jsonPath = path.join(dir, 'score.json');
  const args = [SCORER, '--cmd', COMMAND, dir, '--json', jsonPath, ...(verbose ? ['--verbose'] : [])];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 64 << 20 }, (error, stdout) => {
      if (error) return reject(error);
      const json = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
      resolve({ stdout, json });
    });
  });
}

const fmt = (x) => (x === null || x === undefined ? ' n/a ' : x.toFixed(3));

async function main() {
  const argv = process.argv.slice(2);
  const option = (flag) => {
    const k = argv.indexOf(flag);
    return k === -1 ? null : argv[k + 1];
  };
  if (argv.includes('--list')) {
    console.log(Object.keys(TRANSFORMS).join('\n'));
    return;
  }
  const sets = (option('--sets') ?? DEFAULT_SETS.join(',')).split(',');
  const only = option('--only')?.split(',');
  const verbose = argv.includes('--verbose');
  const keep = argv.includes('--keep');
  for (const name of only ?? []) if (!TRANSFORMS[name]) throw new Error(`unknown transform ${name}`);

  const docs = sets.flatMap(readSet);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-styles-'));
  const names = ['baseline', ...(only ?? Object.keys(TRANSFORMS))];
  const identity = (text) => perChar(text, () => undefined);
  for (const name of names) writeTransformed(docs, name === 'baseline' ? identity : TRANSFORMS[name], path.join(root, name));

  const results = new Map();
  const queue = [...names];
  const workers = Array.from({ length: Math.max(1, Math.min(os.availableParallelism?.() ?? 2, 4)) }, async () => {
    while (queue.length) {
      const name = queue.shift();
      results.set(name, await score(path.join(root, name), verbose));
    }
  });
  await Promise.all(workers);

  console.log(`house styles over ${sets.join(' + ')} (${docs.length} documents)`);
  console.log('transform              detect F1  speaker acc  e2e F1   FP   gold-err  (in brackets: change from the baseline)');
  const base = results.get('baseline').json.summary;
  for (const name of names) {
    const { json, stdout } = results.get(name);
    const s = json.summary;
    if (verbose && name !== 'baseline') console.log(stdout);
    const delta = (x, b) => (x === null || b === null ? '' : x < b - 0.0005 ? ` (${(x - b).toFixed(3)})` : '');
    console.log(
      `${name.padEnd(22)} ${fmt(s.detection.f1)}${delta(s.detection.f1, base.detection.f1).padEnd(9)}  ` +
      `${fmt(s.speaker.accuracy)}${delta(s.speaker.accuracy, base.speaker.accuracy).padEnd(9)}  ` +
      `${fmt(s.endToEnd.f1)}${delta(s.endToEnd.f1, base.endToEnd.f1).padEnd(9)} ${String(s.detection.fp).padStart(3)}   ${String(json.goldErrors).padStart(3)}`,
    );
  }
  if (keep) console.log(`kept: ${root}`);
  else fs.rmSync(root, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) main().catch((error) => {
  console.error(error);
  process.exit(1);
});
