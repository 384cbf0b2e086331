/**
 * File objects outside the interpreter loop: the PermissionError when the host grants no file system,
 * write-through of unclosed files by flushOpenFiles(), the OSError mapping of host error codes, and
 * sys.stdin/stdout going through the interpreter's I/O callbacks.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../../src/index';
import { nodeHost } from '../../src/interp/nodeHost';
import { flushOpenFiles, osError } from '../../src/objects/file';
import { str } from '../../src/objects/repr';

function run(code: string, opts: { fs?: boolean; input?: string[] } = {}) {
  let stdout = '';
  let stderr = '';
  const lines = [...(opts.input ?? [])];
  const interp = createInterpreter({
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    fs: opts.fs ? nodeHost : null,
    readLine: () => (lines.length ? lines.shift()! : null),
  });
  const r = interp.runScript(code);
  return { stdout, stderr, r };
}

describe('open() and the host file system', () => {
  it('raises PermissionError without a host file system', () => {
    const { stdout } = run("try:\n    open('x.txt')\nexcept PermissionError as e:\n    print('denied', isinstance(e, OSError))\n");
    expect(stdout).toBe('denied True\n');
  });
  it('flushOpenFiles writes data of files that were never closed', () => {
    const d = mkdtempSync(join(tmpdir(), 'ndpy-file-'));
    try {
      const p = join(d, 'unclosed.txt');
      run(`f = open(${JSON.stringify(p)}, 'w')\nf.write('pending data')\n`, { fs: true });
      flushOpenFiles();
      expect(readFileSync(p, 'utf8')).toBe('pending data');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  it('maps host error codes to OSError subclasses', () => {
    const cases: [string, string, string][] = [
      ['ENOENT', 'FileNotFoundError', "[Errno 2] No such file or directory: 'x'"],
      ['EEXIST', 'FileExistsError', "[Errno 17] File exists: 'x'"],
      ['EISDIR', 'IsADirectoryError', "[Errno 21] Is a directory: 'x'"],
      ['ENOTDIR', 'NotADirectoryError', "[Errno 20] Not a directory: 'x'"],
      ['EACCES', 'PermissionError', "[Errno 13] Permission denied: 'x'"],
      ['ENOTEMPTY', 'OSError', "[Errno 39] Directory not empty: 'x'"],
    ];
    run('pass');
    for (const [code, type, text] of cases) {
      const e = osError(code, 'x');
      expect(e.cls.name).toBe(type);
      expect(str(e)).toBe(text);
    }
  });
});

describe('sys streams', () => {
  it('stdin lines come from readLine, stdout/stderr writes keep their order', () => {
    const { stdout, stderr } = run(
      "import sys\nprint(repr(sys.stdin.readline()))\nfor line in sys.stdin:\n    sys.stdout.write('got ' + line)\nprint(repr(sys.stdin.readline()))\nsys.stderr.write('err\\n')\n",
      { input: ['one\n', 'two\n', 'three\n'] },
    );
    expect(stdout).toBe("'one\\n'\ngot two\ngot three\n''\n");
    expect(stderr).toBe('err\n');
  });
});
