// The in-memory file system the web console's worker (and any embedder) can grant: a program that
// writes and reads text, .npy/.npz, CSV and memmap files and walks directories prints what CPython +
// NumPy print on a real disk. Expected output recorded from python3 in an empty directory:
//   cd "$(mktemp -d)" && python3 <repo>/test/web/programs/vfs_roundtrip.py > <repo>/test/web/programs/vfs_roundtrip.out
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterpreter, createMemoryFS } from '../../src/index';

const dir = join(__dirname, 'programs');

describe('in-memory file system', () => {
  it('runs file I/O and NumPy file formats like a disk', () => {
    let out = '';
    let err = '';
    const fs = createMemoryFS();
    const py = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s), fs });
    const r = py.runScript(readFileSync(join(dir, 'vfs_roundtrip.py'), 'utf8'), 'vfs_roundtrip.py');
    expect(err).toBe('');
    expect(r.ok).toBe(true);
    expect(out).toBe(readFileSync(join(dir, 'vfs_roundtrip.out'), 'utf8'));
    expect(fs.files().map((f) => f.path).sort()).toEqual(['/home/user/a.npy', '/home/user/b.npz', '/home/user/m.dat', '/home/user/t.csv']);
  });

  it('reports missing paths, directories and non-empty removals as OSErrors', () => {
    let out = '';
    const py = createInterpreter({ stdout: (s) => (out += s), fs: createMemoryFS() });
    const r = py.runScript(
      [
        'import os',
        'for f in (lambda: open("/nope/x.txt", "w"), lambda: os.listdir("missing"), lambda: open("/tmp")):',
        '    try:',
        '        f()',
        '    except OSError as e:',
        '        print(type(e).__name__, e.errno)',
        'os.makedirs("a/b")',
        'open("a/b/f", "w").close()',
        'try:',
        '    os.rmdir("a/b")',
        'except OSError as e:',
        '    print(type(e).__name__, e.errno)',
        'print(os.getcwd(), os.path.abspath("a"))',
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    expect(out).toBe('FileNotFoundError 2\nFileNotFoundError 2\nIsADirectoryError 21\nOSError 39\n/home/user /home/user/a\n');
  });
});
