// `npm run bench:web`: the web console's budgets, measured. Builds web/dist, reports the gzipped size of
// what the page loads up front (budget 600 KB; the stdlib/ sources and the chunks/ come on first use), then loads the page in headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM)
// seven times from a fresh profile and reports the median time from navigation start to the first
// `>>>` prompt (budget 500 ms), as the page itself records it (window.ndpyConsole.readyMs).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(built.stderr);
// the build's last line: "web/dist page: … KB, <gzipped> KB gzipped"
const gz = Number(/([\d.]+) KB gzipped\s*$/.exec(built.stdout)?.[1]) * 1024;

const srv = spawn(process.execPath, [join(root, 'scripts', 'serve-web.mjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => srv.stdout.on('data', (d) => /http:\/\/\S+/.test(String(d)) && resolve(/http:\/\/\S+/.exec(String(d))[0])));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.ndpyConsole?.readyMs > 0, null, { timeout: 30000 });
  times.push(await page.evaluate(() => window.ndpyConsole.readyMs));
  await context.close();
}
await browser.close();
srv.kill();
times.sort((a, b) => a - b);
const median = times[times.length >> 1];
console.log(`web/dist page gzipped: ${(gz / 1024).toFixed(1)} KB (budget 600 KB) ${gz <= 600 * 1024 ? 'ok' : 'OVER'}`);
console.log(`first prompt: median ${median.toFixed(0)} ms over ${times.length} loads, range ${times[0].toFixed(0)}–${times[times.length - 1].toFixed(0)} ms (budget 500 ms) ${median <= 500 ? 'ok' : 'OVER'}`);
