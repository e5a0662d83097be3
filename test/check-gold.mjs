// Checks that every gold text of an evaluation set is an exact substring of its release,
// found in document order the way ../../shared/tools/score.mjs places it.
// Usage: node test/check-gold.mjs test/heldout test/blind
import fs from 'node:fs';
import path from 'node:path';

const dirs = process.argv.slice(2);
if (dirs.length === 0) { console.error('usage: node test/check-gold.mjs DIR...'); process.exit(2); }
let problems = 0;
for (const dir of dirs) for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const text = fs.readFileSync(path.join(dir, gold.document), 'utf8');
  const report = (what) => { problems++; console.log(`${file}: ${what}`); };
  let from = 0;
  for (const st of gold.statements) {
    const at = text.indexOf(st.text, from);
    if (at < 0) report(`statement not found after offset ${from}: ${JSON.stringify(st.text.slice(0, 60))}`);
    else from = at;
    if (!['direct', 'partial', 'indirect'].includes(st.kind)) report(`bad kind ${st.kind}`);
    if (st.text !== st.text.trim()) report(`untrimmed span: ${JSON.stringify(st.text.slice(0, 60))}`);
  }
  for (const st of gold.optional ?? []) if (!text.includes(st.text)) report(`optional not found: ${JSON.stringify(st.text.slice(0, 60))}`);
  for (const t of gold.non_statements ?? []) if (!text.includes(t)) report(`non_statement not found: ${JSON.stringify(t)}`);
  console.log(`${file}: ${gold.statements.length} statements, ${(gold.optional ?? []).length} optional, ${(gold.non_statements ?? []).length} non-statements`);
}
if (problems) { console.log(`${problems} problem(s)`); process.exit(1); }
console.log('all gold texts found');
