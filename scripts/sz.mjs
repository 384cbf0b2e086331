// Line budget: prints non-blank lines of TypeScript per top-level folder (tinygrad-style `sz`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const folders = ['grammar', 'src', 'runtime', 'repl', 'web', 'test'];
function count(dir) {
  let n = 0;
  let files = 0;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (e === 'node_modules' || e === 'dist') continue;
    if (statSync(p).isDirectory()) {
      const [a, b] = count(p);
      n += a;
      files += b;
    } else if (/\.(ts|mjs)$/.test(e)) {
      n += readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).length;
      files++;
    }
  }
  return [n, files];
}
let total = 0;
for (const f of folders) {
  try {
    const [n, files] = count(f);
    total += n;
    console.log(`${f.padEnd(10)} ${String(n).padStart(7)} lines in ${files} files`);
  } catch {
    /* folder absent */
  }
}
console.log(`${'total'.padEnd(10)} ${String(total).padStart(7)}`);
