// The parser's grammar analysis as JSON text, for esbuild to inject as `__NDPY_GRAMMAR_CACHE__` (it saves
// ~25 ms of Chevrotain self-analysis per start). Shared by scripts/build.mjs and scripts/build-web.mjs.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const warn = (msg) => console.warn(`build: ${msg}`);

/** run grammar/parser.ts's exportGrammarCache and return the cache as JSON text (null on failure) */
export async function grammarCache() {
  const dir = mkdtempSync(join(tmpdir(), 'ndpy-build-'));
  try {
    const file = join(dir, 'grammar-cache.mjs');
    await build({
      bundle: true,
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      format: 'esm',
      stdin: { contents: "export { exportGrammarCache } from './grammar/parser';", resolveDir: '.', loader: 'ts' },
      outfile: file,
    });
    const { exportGrammarCache } = await import(pathToFileURL(file).href);
    return JSON.stringify(exportGrammarCache());
  } catch (e) {
    warn(`no grammar cache (${e?.message ?? e}); the parser will analyse the grammar at start-up`);
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

