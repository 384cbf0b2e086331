// The runnable examples of docs/embedding.md: the Node one as a process, the browser one bundled with
// esbuild and clicked through in headless Chromium.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = join(__dirname, '..', '..');

describe('docs/embedding.md examples', () => {
  it('runs the Node example', () => {
    const r = spawnSync(process.execPath, [join(root, 'docs', 'examples', 'node.mjs')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '[host] 4 returns, worst -5.29%',
        '{ mean: -0.006905542330121479, up_days: 2 }',
        '[ 5 ] [ 203, 198.5, 205.5, 208, 197 ] zero-copy view',
        'IndexError: index 10 is out of bounds for axis 0 with size 5',
        '',
      ].join('\n'),
    );
  });

  it('runs the browser example from a bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndpy-example-'));
    await build({ entryPoints: [join(root, 'docs', 'examples', 'browser', 'main.js')], bundle: true, format: 'esm', outfile: join(dir, 'bundle.js'), logLevel: 'warning' });
    copyFileSync(join(root, 'docs', 'examples', 'browser', 'index.html'), join(dir, 'index.html'));
    const server = createServer((req, res) => {
      const file = join(dir, req.url === '/' ? 'index.html' : req.url!.slice(1));
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as any).port;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.click('#run');
      await page.waitForFunction(() => document.getElementById('out')!.textContent!.includes('→'));
      expect(await page.textContent('#out')).toBe('[ 0  1  4  9 16]\n\n→ 30');
    } finally {
      await browser.close();
      server.close();
    }
  }, 60000);
});
