/**
 * os.path (posixpath) string functions against CPython 3.11 results on many path strings
 * (fixtures.json from gen-fixtures.py), plus the argument errors of the Python-level originals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../src/index';
import { makeOs } from '../../src/modules/os';
import { call } from '../../src/objects/function';
import { PyModule, PyFloat } from '../../src/objects/values';
import { outcome } from './fixtureArgs';

const fx = JSON.parse(readFileSync(new URL('./fixtures.json', import.meta.url), 'utf8'));
const path = makeOs().d.path as PyModule;

describe('os.path against CPython', () => {
  it('matches every fixture', () => {
    const bad: string[] = [];
    for (const [name, args, expected] of fx.path) {
      const got = outcome(() => call(path.d[name], args));
      if (got !== expected) bad.push(`${name}(${JSON.stringify(args)}) = ${got}, CPython ${expected}`);
    }
    expect(bad).toEqual([]);
  });
  it('argument errors read like the Python functions', () => {
    expect(outcome(() => call(path.d.join, []))).toBe("!TypeError: join() missing 1 required positional argument: 'a'");
    expect(outcome(() => call(path.d.join, [1]))).toBe('!TypeError: expected str, bytes or os.PathLike object, not int');
    expect(outcome(() => call(path.d.join, ['a', 1]))).toBe("!TypeError: join() argument must be str, bytes, or os.PathLike object, not 'int'");
    expect(outcome(() => call(path.d.basename, [1]))).toBe('!TypeError: expected str, bytes or os.PathLike object, not int');
    expect(outcome(() => call(path.d.basename, ['a', 'b']))).toBe('!TypeError: basename() takes 1 positional argument but 2 were given');
    expect(outcome(() => call(path.d.exists, [new PyFloat(1.5)]))).toBe('!TypeError: stat: path should be string, bytes, os.PathLike or integer, not float');
  });
  it('is the same module object as os.path', () => {
    expect(path.name).toBe('posixpath');
    expect(path.d.sep).toBe('/');
  });
});
