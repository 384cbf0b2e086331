// `npm run web`: serve web/dist on localhost (building it first if missing) with the COOP/COEP headers
// that make the page cross-origin isolated, so Ctrl-C and Stop interrupt running code through a
// SharedArrayBuffer instead of restarting the interpreter. `--port N` picks the port (default 8765;
// 0 = any free one); `--no-isolation` leaves the headers out (to try the restart fallback). The URL is
// printed once the server listens.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../web/dist', import.meta.url));
if (!existsSync(join(root, 'index.html'))) execFileSync(process.execPath, [fileURLToPath(new URL('build-web.mjs', import.meta.url))], { stdio: 'inherit' });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.py': 'text/plain; charset=utf-8' };
const i = process.argv.indexOf('--port');
const port = i > 0 ? Number(process.argv[i + 1]) : 8765;
const isolation = process.argv.includes('--no-isolation')
  ? {}
  : { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    ...isolation,
    'Cache-Control': 'no-cache',
  });
  res.end(readFileSync(file));
});
server.listen(port, '127.0.0.1', () => {
  console.log(`ndpy web console: http://127.0.0.1:${server.address().port}/`);
});
