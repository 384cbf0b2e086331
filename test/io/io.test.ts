// NumPy file I/O (src/modules/numpy/io.ts and friends), checked against real NumPy 2.4.6 output recorded
// by test/io/record.py (python is not needed here):
//   - cases/*.py: our own io scripts (the shared conformance ones run from test/conformance/io), stdout compared with NumPy's run;
//   - make_files.py run under ndpy writes the same bytes NumPy wrote into fixtures/numpy/ (.npy, .npz,
//     savetxt, tofile); deflated entries and .gz files are compared by content;
//   - read_files.py under ndpy reads NumPy's files (versions 1/2/3, Python 2 headers, big-endian, …)
//     and prints what NumPy printed;
//   - the deflate/inflate codecs against node:zlib, the zip reader/writer, the .npy header text.
// numpy's I/O functions (and np.lib.format) are merged into the numpy module here, as module.ts will do
// once they are wired; the merge stays harmless after that.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync, gunzipSync, gzipSync } from 'node:zlib';
import { createInterpreter } from '../../src/index';
import { nodeHost } from '../../src/interp/nodeHost';
import { registerModule } from '../../src/interp/imports';
import { makeNumpy } from '../../src/modules/numpy/module';
import { NDArrayType } from '../../src/modules/numpy/arrayType';
import { ioFunctions, installIoMethods } from '../../src/modules/numpy/io';
import { npyFormatModule } from '../../src/modules/numpy/npyFormatModule';
import { deflateRaw, gzip } from '../../src/modules/numpy/deflate';
import { inflateRaw, gunzip, InflateError } from '../../src/modules/numpy/inflate';
import { readZip, entryData, writeZip } from '../../src/modules/numpy/zipArchive';
import { headerText, wrapHeaderGuessVersion } from '../../src/modules/numpy/npyFormat';
import { crc32 } from '../../src/modules/numpy/crc32';

const here = __dirname;
const fixtures = join(here, 'fixtures', 'numpy');

function run(file: string, argv: string[] = []): { out: string; err: string; ok: boolean } {
  let out = '';
  let err = '';
  const interp = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s), argv: [file, ...argv], fs: nodeHost, scriptDir: here });
  registerModule('numpy', () => {
    const m = makeNumpy();
    Object.assign(m.d, ioFunctions());
    installIoMethods(NDArrayType);
    m.d.lib.d.format = npyFormatModule();
    return m;
  });
  const r = interp.runScript(readFileSync(file, 'utf8'), file);
  return { out, err, ok: r.ok };
}

/** 'Type: message' of the Python exception `f` raises */
function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e: any) {
    return `${e.cls.name}: ${e.args.items[0]}`;
  }
  return 'no exception';
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'ndpy-io-'));
}

describe('cases recorded from NumPy', () => {
  const dir = join(here, 'cases');
  const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  it("has our own io cases (the shared ones run in test/conformance/io)", () => expect(files.length).toBeGreaterThanOrEqual(10));
  for (const name of files) {
    it(name, () => {
      const d = tmp();
      try {
        copyFileSync(join(dir, name), join(d, name));
        const r = run(join(d, name));
        expect(r.err).not.toContain('Traceback');
        expect(r.ok).toBe(true);
        expect(r.out).toBe(readFileSync(join(dir, name.replace(/\.py$/, '.out')), 'utf8'));
      } finally {
        rmSync(d, { recursive: true, force: true });
      }
    });
  }
});

/** name → data of every entry of a zip archive */
function zipContents(data: Uint8Array): Map<string, string> {
  return new Map(readZip(data).map((e) => [e.name, Buffer.from(entryData(data, e)).toString('hex')]));
}

describe('files written match NumPy', () => {
  const out = tmp();
  const r = run(join(here, 'make_files.py'), [out]);
  const ours = new Set(readdirSync(out));
  const theirs = readdirSync(fixtures).filter((f) => ours.has(f) || !['v2.npy', 'v3.npy', 'py2_long.npy', 'be_unicode.npy'].includes(f));
  it('make_files.py runs', () => {
    expect(r.err).toBe('');
    expect(r.ok).toBe(true);
    expect([...ours].sort()).toEqual(theirs.sort());
  });
  for (const name of theirs) {
    it(name, () => {
      const a = new Uint8Array(readFileSync(join(out, name)));
      const b = new Uint8Array(readFileSync(join(fixtures, name)));
      if (name === 'compressed.npz') {
        expect(readZip(a).map((e) => e.method)).toEqual(readZip(b).map((e) => e.method));
        expect(zipContents(a)).toEqual(zipContents(b));
      } else if (name.endsWith('.gz')) {
        expect(Buffer.from(gunzipSync(a)).toString()).toBe(Buffer.from(gunzipSync(b)).toString());
      } else {
        expect(Buffer.from(a).toString('hex')).toBe(Buffer.from(b).toString('hex'));
      }
    });
  }
});

describe('reading files NumPy wrote', () => {
  it('read_files.py prints what NumPy printed', () => {
    const r = run(join(here, 'read_files.py'), [fixtures]);
    expect(r.ok).toBe(true);
    expect(r.out).toBe(readFileSync(join(here, 'fixtures', 'read_files.out'), 'utf8'));
    // the Python 2 header is reported as NumPy does
    expect(r.err).toContain('UserWarning: Reading `.npy` or `.npz` file required additional header parsing as it was created on Python 2.');
  });
});

function samples(): [string, Uint8Array][] {
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  const floats = new Float64Array(20000).map((_, i) => Math.sin(i / 7) * 1000);
  const text = new TextEncoder().encode(Array.from({ length: 3000 }, (_, i) => `${i} ${(i * 0.37).toFixed(4)} row-${i % 13}`).join('\n'));
  return [
    ['empty', new Uint8Array(0)],
    ['one byte', new Uint8Array([42])],
    ['zeros', new Uint8Array(300000)],
    ['random', new Uint8Array(200000).map(rnd)],
    ['floats', new Uint8Array(floats.buffer)],
    ['text', text],
    ['runs', new Uint8Array(70000).map((_, i) => (i >> 9) & 3)],
  ];
}

describe('deflate / inflate', () => {
  for (const [name, data] of samples()) {
    it(`${name}: our stream inflates (zlib and ours) to the input`, () => {
      const c = deflateRaw(data);
      expect(Buffer.compare(inflateRawSync(c), Buffer.from(data))).toBe(0);
      expect(Buffer.compare(Buffer.from(inflateRaw(c).data), Buffer.from(data))).toBe(0);
      // within a few percent of zlib's default level
      expect(c.length).toBeLessThanOrEqual(deflateRawSync(data).length * 1.05 + 16);
    });
    it(`${name}: zlib's streams at every level inflate with ours`, () => {
      for (const level of [0, 1, 6, 9]) {
        const z = deflateRawSync(data, { level });
        expect(Buffer.compare(Buffer.from(inflateRaw(z).data), Buffer.from(data))).toBe(0);
      }
    });
  }
  it('gzip both ways', () => {
    const data = new TextEncoder().encode('1 2\n3 4\n'.repeat(1000));
    expect(Buffer.compare(gunzipSync(gzip(data)), Buffer.from(data))).toBe(0);
    expect(Buffer.compare(Buffer.from(gunzip(gzipSync(data))), Buffer.from(data))).toBe(0);
    // concatenated members read as one stream, as Python's gzip does
    const two = Buffer.concat([gzipSync(data.subarray(0, 10)), gzipSync(data.subarray(10))]);
    expect(Buffer.compare(Buffer.from(gunzip(two)), Buffer.from(data))).toBe(0);
  });
  it('rejects corrupt input', () => {
    expect(() => inflateRaw(new Uint8Array([0xff, 0xff, 0xff]))).toThrow(InflateError);
    expect(() => inflateRaw(deflateRaw(new Uint8Array(1000).fill(7)).subarray(0, 3))).toThrow(InflateError);
  });
});

describe('zip archives', () => {
  it('round trip, stored and deflated, with a UTF-8 name', () => {
    const files = [
      { name: 'a.npy', data: new Uint8Array([1, 2, 3]) },
      { name: 'café.npy', data: new Uint8Array(5000).fill(9) },
    ];
    for (const compress of [false, true]) {
      const z = writeZip(files, compress);
      const entries = readZip(z);
      expect(entries.map((e) => e.name)).toEqual(['a.npy', 'café.npy']);
      expect(entries.every((e) => e.method === (compress ? 8 : 0))).toBe(true);
      expect(entries.map((e) => Array.from(entryData(z, e)).length)).toEqual([3, 5000]);
      expect(entries[1].crc).toBe(crc32(files[1].data));
    }
  });
  it('finds entries behind prepended bytes', () => {
    const z = writeZip([{ name: 'x', data: new Uint8Array([5]) }], false);
    const shifted = new Uint8Array(z.length + 7);
    shifted.set(z, 7);
    const [e] = readZip(shifted);
    expect(Array.from(entryData(shifted, e))).toEqual([5]);
  });
  it('reports a bad CRC and a missing end record as BadZipFile', () => {
    const z = writeZip([{ name: 'x.npy', data: new Uint8Array([1, 2, 3, 4]) }], false);
    const bad = z.slice();
    bad[30 + 5 + 20] ^= 1; // first data byte, after the local header, name and zip64 extra
    expect(pyError(() => entryData(bad, readZip(bad)[0]))).toBe("BadZipFile: Bad CRC-32 for file 'x.npy'");
    expect(pyError(() => readZip(new Uint8Array(40)))).toBe('BadZipFile: File is not a zip file');
  });
  it('crc32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('.npy header', () => {
  it('has NumPy text, growth-axis room and 64-byte alignment', () => {
    expect(headerText('<i8', false, [2, 3])).toBe("{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }" + ' '.repeat(20));
    expect(headerText('<f4', true, [2, 30])).toBe("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 30), }" + ' '.repeat(19));
    expect(headerText('|b1', false, [])).toBe("{'descr': '|b1', 'fortran_order': False, 'shape': (), }");
    for (const shape of [[], [1], [12345678], [2, 3, 4, 5, 6, 7, 8, 9]]) {
      const h = wrapHeaderGuessVersion(headerText('<c16', false, shape), () => undefined);
      expect(h.length % 64).toBe(0);
      expect(h[h.length - 1]).toBe(10);
      expect(h[6]).toBe(1);
    }
  });
  it('switches to version 2.0 for headers beyond 64 KiB, with NumPy warning', () => {
    const warnings: string[] = [];
    const h = wrapHeaderGuessVersion("{'descr': '<i8', 'x': '" + 'y'.repeat(70000) + "', }", (m) => warnings.push(m));
    expect(h[6]).toBe(2);
    expect(h.length % 64).toBe(0);
    expect(warnings).toEqual(['Stored array in format 2.0. It can only beread by NumPy >= 1.9']);
  });
});
