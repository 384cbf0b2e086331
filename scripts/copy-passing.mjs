// Copy the shared conformance cases that currently pass into test/conformance/ (the project's own
// regression suite). Usage: node scripts/copy-passing.mjs <results.json from run.mjs --json>
import { readFileSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';

const results = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const shared = join(import.meta.dirname, '..', '..', 'shared', 'conformance');
let n = 0;
for (const r of results.cases) {
  if (r.status !== 'pass') continue;
  const rel = r.name ?? r.case;
  const src = join(shared, rel.endsWith('.py') ? rel : rel + '.py');
  if (!existsSync(src)) continue;
  const dst = join(import.meta.dirname, '..', 'test', 'conformance', rel.replace(/^cases\//, '') + (rel.endsWith('.py') ? '' : '.py'));
  mkdirSync(dirname(dst), { recursive: true });
  copyFileSync(src, dst);
  copyFileSync(src.replace(/\.py$/, '.out'), dst.replace(/\.py$/, '.out'));
  n++;
}
console.log(`copied ${n} cases`);
