// Build: bundle the interpreter (src/index.ts) and the command line (repl/cli.ts) into dist/ with esbuild.
// Runs on `npm install` / `npm ci` through the `prepare` script, so a fresh clone is runnable at once.
// Type declarations for the package entry come from `tsc` (run by `npm test`'s typecheck step).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', sourcemap: false, logLevel: 'warning' };
const entries = [
  ['src/index.ts', 'dist/index.js'],
  ['repl/cli.ts', 'dist/cli.js'],
];
for (const [entry, outfile] of entries) {
  if (!existsSync(entry)) continue;
  await build({ ...common, entryPoints: [entry], outfile });
}
