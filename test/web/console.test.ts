// The web console end to end, in real headless Chromium (Debian's chromium, driven by playwright-core;
// .ci/run installs the package when missing): the built page (npm run build:web) served by
// scripts/serve-web.mjs, keys typed into the xterm.js terminal, NumPy's output read back from it.
// A screenshot goes to test/artifacts/console.png.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = join(__dirname, '..', '..');
const servers: ChildProcess[] = [];
let browser: Browser;

async function serve(...flags: string[]): Promise<string> {
  const srv = spawn(process.execPath, [join(root, 'scripts', 'serve-web.mjs'), '--port', '0', ...flags], { stdio: ['ignore', 'pipe', 'inherit'] });
  servers.push(srv);
  return new Promise((resolve, reject) => {
    srv.stdout!.on('data', (d) => {
      const m = /http:\/\/\S+/.exec(String(d));
      if (m) resolve(m[0]);
    });
    srv.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const text = (page: Page) => page.evaluate(() => (window as any).ndpyConsole.text() as string);

/** wait until the terminal's text matches, after position `from` */
async function waitText(page: Page, re: RegExp, from = 0): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const t = await text(page);
    if (re.test(t.slice(from))) return t;
    await page.waitForTimeout(50);
  }
  throw new Error(`terminal never matched ${re}:\n${await text(page)}`);
}

/** type a line and wait for the next prompt to appear after it */
async function line(page: Page, s: string): Promise<string> {
  const before = (await text(page)).length;
  await page.keyboard.type(s);
  await page.keyboard.press('Enter');
  return (await waitText(page, /(>>>|\.\.\.) ?$/, before + s.length)).slice(before);
}

/** open the page at `url`, collecting the URLs it requests (the worker's too) in `requests` */
async function open(url: string, requests: string[] = []): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForFunction(() => (window as any).ndpyConsole?.readyMs > 0, null, { timeout: 30000 });
  await page.click('#terminal');
  return page;
}

beforeAll(async () => {
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], { encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`build:web failed: ${b.stderr}`);
  gzippedKB = Number(/([\d.]+) KB gzipped\s*$/.exec(b.stdout)?.[1]);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 120000);

let gzippedKB = NaN;

it('fits the page budget: what web/dist loads up front is under 600 KB gzipped', () => {
  expect(gzippedKB).toBeGreaterThan(100);
  expect(gzippedKB).toBeLessThan(600);
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.kill();
});

describe('web console', () => {
  it('runs NumPy, multi-line blocks, completion and history, and Ctrl-C keeps the session', async () => {
    const page = await open(await serve());
    expect(await page.evaluate(() => (window as any).ndpyConsole.isolated)).toBe(true);
    await line(page, 'import numpy as np');
    // standard-library modules written in Python are fetched from stdlib/ on first import
    expect(await line(page, 'from fractions import Fraction; Fraction(1, 3) + 1')).toContain('Fraction(4, 3)\n>>>');
    expect(await line(page, 'import collections; collections.Counter("abca").most_common(1)')).toContain("[('a', 2)]\n>>>");
    // a file giving two modules (html and html.entities) fetches each on its own
    expect(await line(page, 'import html; html.unescape("&amp;&eacute;")')).toContain("'&é'\n>>>");
    await line(page, 'x = np.arange(6).reshape(2, 3)');
    expect(await line(page, 'x[:, ::2] * 10')).toContain('array([[ 0, 20],\n       [30, 50]])\n>>>');

    await line(page, 'def total(a, axis=None):');
    await line(page, '    s = a.sum(axis=axis)');
    await line(page, '    return s * 2');
    expect(await line(page, '')).toMatch(/^\n>>> ?$/);
    expect(await line(page, 'total(x, axis=0)')).toContain('array([ 6, 10, 14])');

    // Tab completes a unique prefix in place; a double Tab lists the candidates
    await page.keyboard.type('np.linsp');
    await page.keyboard.press('Tab');
    await waitText(page, />>> np\.linspace\($/);
    expect(await line(page, '0, 1, 3)')).toContain('array([0. , 0.5, 1. ])');
    await page.keyboard.type('np.lin');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await waitText(page, /np\.linalg {2}np\.linspace\(\n>>> np\.lin$/);
    await page.keyboard.press('Control+U');

    // ↑ recalls the previous line
    await page.keyboard.press('ArrowUp');
    await waitText(page, />>> np\.linspace\(0, 1, 3\)$/);
    await page.keyboard.press('Control+U');

    // Ctrl-C stops an endless loop with KeyboardInterrupt, and the variables survive
    await line(page, 'n = 0');
    const before = (await text(page)).length;
    await page.keyboard.type('while True: n += 1\n\n');
    await page.waitForTimeout(700);
    await page.keyboard.press('Control+C');
    await waitText(page, /File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n>>> ?$/, before);
    expect(await line(page, '1+1')).toMatch(/^1\+1\n2\n>>> ?$/);
    expect(await line(page, 'n > 0, x.shape')).toContain('(True, (2, 3))');

    mkdirSync(join(root, 'test', 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(root, 'test', 'artifacts', 'console.png') });
    await page.close();
  }, 90000);

  it('reads and writes files in the in-memory file system, and uploads one', async () => {
    const page = await open(await serve());
    await line(page, 'import numpy as np');
    await line(page, "np.save('a.npy', np.eye(2))");
    expect(await line(page, "np.load('a.npy')")).toContain('array([[1., 0.],\n       [0., 1.]])');
    await page.setInputFiles('#upload', { name: 'data.csv', mimeType: 'text/csv', buffer: Buffer.from('1,2\n3,4\n') });
    await page.click('#refresh');
    await page.waitForSelector('#files li:has-text("data.csv")');
    expect(await line(page, "np.loadtxt('data.csv', delimiter=',').sum()")).toContain('np.float64(10.0)');
    await page.close();
  }, 60000);

  it('fetches the large parts of the interpreter (web/dist/chunks/) on first use, not up front', async () => {
    const requests: string[] = [];
    const page = await open(await serve(), requests);
    const fetched = () => requests.flatMap((u) => /\/chunks\/(\w+)\.js$/.exec(u)?.[1] ?? []).sort();
    await line(page, 'import numpy as np');
    await line(page, 'x = np.arange(4.0)');
    expect(await line(page, 'np.random, x.sum()')).toContain("(<module 'numpy.random'>, np.float64(6.0))");
    expect(fetched()).toEqual([]);
    expect(await line(page, 'rng = np.random.default_rng(42); rng.integers(0, 100, 5)')).toContain('array([ 8, 77, 65, 43, 43])');
    // numpy.random's multivariate_normal calls into the linalg chunk
    expect(await line(page, 'rng.multivariate_normal([0, 0], np.eye(2), size=3).shape')).toContain('(3, 2)');
    expect(fetched()).toEqual(['linalg', 'random']);
    expect(await line(page, 'np.linalg.inv(np.array([[2.0, 0], [0, 4]]))')).toContain('array([[0.5 , 0.  ],\n       [0.  , 0.25]])');
    // a chunk's classes and the worker's are the same: ndarray made by one is an ndarray for the other
    expect(await line(page, 'isinstance(rng.normal(size=3), np.ndarray), np.random.Generator is type(rng)')).toContain('(True, True)');
    expect(await line(page, 'np.fft.fft(x).real')).toContain('array([ 6., -2., -2., -2.])');
    expect(await line(page, 'import re, json; json.dumps({"a": re.findall(r"\\d+", "a1b22")})')).toContain(`'{"a": ["1", "22"]}'`);
    // standard-library modules written in TypeScript come in chunks too
    await line(page, 'import random, hashlib, cmath, unicodedata; random.seed("x")');
    const values = 'round(random.random(), 6), hashlib.sha256(b"a").hexdigest()[:8], cmath.sqrt(-4), unicodedata.name("\\xe9")';
    expect(await line(page, values)).toContain("(0.630788, 'ca978112', 2j, 'LATIN SMALL LETTER E WITH ACUTE')");
    expect(fetched()).toEqual(['cmath', 'fft', 'hashlib', 'json', 'linalg', 'pyrandom', 'random', 're', 'unicodedata']);
    await page.close();
  }, 60000);

  it('without cross-origin isolation, Stop restarts the interpreter and says so', async () => {
    const page = await open(await serve('--no-isolation'));
    expect(await page.evaluate(() => (window as any).ndpyConsole.isolated)).toBe(false);
    await line(page, 'y = 5');
    await page.keyboard.type('while True: pass\n\n');
    await page.waitForTimeout(500);
    await page.click('#stop');
    await waitText(page, /all variables were reset\.\n>>> ?$/);
    expect(await line(page, '1+1')).toMatch(/^1\+1\n2\n>>> ?$/);
    expect(await line(page, 'y')).toContain("NameError: name 'y' is not defined");
    await page.close();
  }, 60000);
});
