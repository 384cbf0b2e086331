// The embedding API (src/index.ts) call by call, and the conversion table of src/embed/convert.ts in
// both directions. Python-side texts (reprs, type names) are what CPython + NumPy print for the same
// expressions.
import { describe, it, expect } from 'vitest';
import { createInterpreter, createMemoryFS, PythonError, NDArrayRef, PyObjectRef, pyFloat } from '../../src/index';

function open(opts: Parameters<typeof createInterpreter>[0] = {}) {
  let out = '';
  let err = '';
  const py = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s), ...opts });
  return { py, out: () => out, err: () => err };
}

function thrown(f: () => unknown): PythonError {
  try {
    f();
  } catch (e) {
    if (e instanceof PythonError) return e;
    throw e;
  }
  throw new Error('expected a PythonError');
}

describe('run', () => {
  it('returns the value of a final expression, null otherwise', () => {
    const { py, out } = open();
    expect(py.run('x = 20\nx + 22')).toBe(42);
    expect(py.run('y = 1')).toBe(null);
    expect(py.run('print("hi")')).toBe(null);
    expect(out()).toBe('hi\n');
    expect(py.run('')).toBe(null);
  });

  it('keeps state between runs and names the file in tracebacks', () => {
    const { py } = open();
    py.run('def f(a):\n    return 10 / a\n', { filename: 'lib.py' });
    const e = thrown(() => py.run('f(0)', { filename: 'main.py' }));
    expect(e).toBeInstanceOf(Error);
    expect(e.type).toBe('ZeroDivisionError');
    expect(e.message).toBe('division by zero');
    expect(e.traceback).toEqual([
      { file: 'main.py', line: 1, function: '<module>' },
      { file: 'lib.py', line: 2, function: 'f' },
    ]);
    expect(e.formatted).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    f(0)\n  File "lib.py", line 2, in f\n    return 10 / a\n           ~~~^~~\nZeroDivisionError: division by zero\n',
    );
  });

  it('reports syntax errors and SystemExit as PythonError without touching the host', () => {
    const { py, err } = open();
    const s = thrown(() => py.run('x = = 1'));
    expect(s.type).toBe('SyntaxError');
    expect(s.message).toBe('invalid syntax');
    expect(s.formatted).toContain('SyntaxError: invalid syntax');
    const x = thrown(() => py.run('import sys\nsys.exit(4)'));
    expect(x.type).toBe('SystemExit');
    expect(x.message).toBe('4');
    expect(err()).toBe('');
    expect(py.run('1+1')).toBe(2);
  });

  it('runAsync resolves to the value and rejects with PythonError', async () => {
    const { py } = open();
    await expect(py.runAsync('sum(range(5))')).resolves.toBe(10);
    await expect(py.runAsync('[][1]')).rejects.toMatchObject({ name: 'PythonError', type: 'IndexError', message: 'list index out of range' });
  });

  it('runScript behaves like the command line', () => {
    const { py, err } = open();
    expect(py.runScript('import sys\nsys.exit(3)')).toEqual({ ok: false, exitCode: 3, error: { type: 'SystemExit', message: '3' }, exited: true });
    expect(py.runScript('1/0', 'prog.py')).toEqual({ ok: false, exitCode: 1, error: { type: 'ZeroDivisionError', message: 'division by zero' } });
    expect(err()).toContain('File "prog.py", line 1, in <module>');
  });
});

describe('conversions, Python to JS', () => {
  const { py } = open();
  it('maps scalars', () => {
    expect(py.run('None')).toBe(null);
    expect(py.run('True')).toBe(true);
    expect(py.run('7')).toBe(7);
    expect(py.run('2.0')).toBe(2);
    expect(py.run('0.1 + 0.2')).toBe(0.30000000000000004);
    expect(py.run('2**70')).toBe(1180591620717411303424n);
    expect(py.run('-(2**53) - 1')).toBe(-9007199254740993n);
    expect(py.run("'héllo'")).toBe('héllo');
    expect(py.run('3+4j')).toEqual({ re: 3, im: 4 });
  });
  it('maps containers, recursively', () => {
    expect(py.run('[1, (2, 3), [4.5]]')).toEqual([1, [2, 3], [4.5]]);
    expect(py.run("{'a': 1, 'b': [True, None]}")).toEqual({ a: 1, b: [true, null] });
    expect(py.run("{1: 'x', (2, 3): 'y'}")).toEqual(new Map<any, any>([[1, 'x'], [[2, 3], 'y']]));
    expect(py.run('{3, 1}')).toEqual(new Set([3, 1]));
    expect(py.run('frozenset({2})')).toEqual(new Set([2]));
    expect(py.run("b'ab'")).toEqual(new Uint8Array([97, 98]));
    expect(py.run("bytearray(b'z')")).toEqual(new Uint8Array([122]));
    const cyc = py.run('c = [1]\nc.append(c)\nc');
    expect(cyc[1]).toBe(cyc);
  });
  it('maps numpy scalars and arrays', () => {
    py.run('import numpy as np');
    expect(py.run('np.float32(1.5)')).toBe(1.5);
    expect(py.run('np.int64(-3)')).toBe(-3);
    expect(py.run('np.uint64(2**64 - 1)')).toBe(18446744073709551615n);
    expect(py.run('np.bool_(True)')).toBe(true);
    expect(py.run('np.complex128(1-2j)')).toEqual({ re: 1, im: -2 });
    const a = py.run('np.arange(6.0).reshape(2, 3)');
    expect(a).toBeInstanceOf(NDArrayRef);
    expect(a.shape).toEqual([2, 3]);
    expect(a.dtype).toBe('float64');
    expect(String(a)).toBe('array([[0., 1., 2.],\n       [3., 4., 5.]])');
  });
  it('hands other objects over opaquely, and takes them back', () => {
    const f = py.run('def sq(v):\n    return v * v\nsq');
    expect(f).toBeInstanceOf(PyObjectRef);
    expect(f.type).toBe('function');
    py.globals.set('g', f);
    expect(py.run('g(9)')).toBe(81);
  });
});

describe('conversions, JS to Python', () => {
  const { py } = open();
  const typeOf = (v: any) => {
    py.globals.set('v', v);
    return py.run('type(v).__name__');
  };
  it('maps scalars, keeping int and float apart', () => {
    expect(typeOf(null)).toBe('NoneType');
    expect(typeOf(undefined)).toBe('NoneType');
    expect(typeOf(true)).toBe('bool');
    expect(typeOf(3)).toBe('int');
    expect(typeOf(3.5)).toBe('float');
    expect(typeOf(pyFloat(3))).toBe('float');
    py.globals.set('w', pyFloat(3));
    expect(py.run('repr(w)')).toBe('3.0');
    expect(typeOf(-0)).toBe('float');
    expect(typeOf(10n ** 30n)).toBe('int');
    py.globals.set('big', 10n ** 30n);
    expect(py.run('big + 1')).toBe(10n ** 30n + 1n);
    expect(typeOf('s')).toBe('str');
  });
  it('maps containers', () => {
    expect(typeOf([1, 2])).toBe('list');
    expect(typeOf({ a: 1 })).toBe('dict');
    expect(typeOf(new Map([[1, 2]]))).toBe('dict');
    expect(typeOf(new Set([1]))).toBe('set');
    expect(typeOf(new Uint8Array([1, 2]))).toBe('bytes');
    py.globals.set('d', { a: [1, { b: 2.5 }], c: new Map([[7, 'x']]) });
    expect(py.run("repr(d)")).toBe("{'a': [1, {'b': 2.5}], 'c': {7: 'x'}}");
    expect(py.run("repr(v)")).toBe("b'\\x01\\x02'");
  });
  it('maps typed arrays to ndarrays with the matching dtype', () => {
    py.run('import numpy as np');
    const cases: [ArrayBufferView, string][] = [
      [new Float64Array([1.5]), 'float64'], [new Float32Array([1]), 'float32'], [new Int8Array([1]), 'int8'],
      [new Int16Array([1]), 'int16'], [new Uint16Array([1]), 'uint16'], [new Int32Array([1]), 'int32'],
      [new Uint32Array([1]), 'uint32'], [new BigInt64Array([1n]), 'int64'], [new BigUint64Array([1n]), 'uint64'],
    ];
    for (const [arr, dt] of cases) {
      py.globals.set('t', arr);
      expect(py.run('str(t.dtype)')).toBe(dt);
    }
    py.globals.set('t', new Int32Array([1, 2, 3]));
    expect(py.run('repr(t * 2)')).toBe('array([2, 4, 6], dtype=int32)');
  });
  it('wraps JS functions as callables, converting arguments and results', () => {
    py.globals.set('add', (a: number, b: number) => a + b);
    expect(py.run('add(2, 3)')).toBe(5);
    py.globals.set('kw', (a: number, opts: any) => `${a}:${opts.sep}`);
    expect(py.run("kw(1, sep='-')")).toBe('1:-');
    py.globals.set('bad', () => {
      throw new Error('boom');
    });
    const e = thrown(() => py.run('bad()'));
    expect(e.type).toBe('RuntimeError');
    expect(e.message).toBe('host function bad() failed: boom');
  });
  it('refuses class instances and symbols', () => {
    expect(() => py.globals.set('x', new Date())).toThrow(/cannot pass a JavaScript Date to Python/);
    expect(() => py.globals.set('x', Symbol('s'))).toThrow(/symbol/);
  });
});

describe('globals, modules, arrays, reset', () => {
  it('gets, sets, deletes and lists globals', () => {
    const { py } = open();
    py.run('a = [1, 2]\nb = "x"');
    expect(py.globals.get('a')).toEqual([1, 2]);
    expect(py.globals.get('missing')).toBe(undefined);
    py.globals.set('c', 5);
    expect(py.run('c * 2')).toBe(10);
    expect(py.globals.keys()).toEqual(expect.arrayContaining(['a', 'b', 'c']));
    expect(py.globals.delete('c')).toBe(true);
    expect(py.globals.delete('c')).toBe(false);
    expect(thrown(() => py.run('c')).type).toBe('NameError');
  });

  it('registers host modules', () => {
    const { py } = open();
    const calls: number[] = [];
    py.registerModule('host', { scale: 3, label: 'units', record: (v: number) => (calls.push(v), v * 2) });
    expect(py.run('import host\nhost.record(host.scale) + len(host.label)')).toBe(11);
    expect(py.run('from host import scale\nscale')).toBe(3);
    expect(calls).toEqual([3]);
  });

  it('gives arrays their methods even when the script never imported numpy', () => {
    const { py } = open();
    py.globals.set('x', py.array(new Float64Array([1, 2, 3.5])));
    expect(py.run('x.sum()')).toBe(6.5);
    py.globals.set('y', new Int16Array([4, 5]));
    expect(py.run('y.max()')).toBe(5);
  });

  it('exchanges typed arrays: array() copies in, toTypedArray() views out when it can', () => {
    const { py } = open();
    const src = new Float64Array([1, 2, 3, 4, 5, 6]);
    py.globals.set('x', py.array(src, [2, 3]));
    expect(py.run('x.sum()')).toBe(21);
    expect(py.run('x.shape')).toEqual([2, 3]);
    const t = py.toTypedArray(py.run('x * 2'));
    expect(t.copied).toBe(false);
    expect(Array.from(t.data as Float64Array)).toEqual([2, 4, 6, 8, 10, 12]);
    const v = py.toTypedArray(py.globals.get('x'));
    (v.data as Float64Array)[0] = 100;
    expect(py.run('x[0, 0]')).toBe(100);
    const strided = py.toTypedArray(py.run('x[:, ::2]'));
    expect(strided.copied).toBe(true);
    expect(Array.from(strided.data as Float64Array)).toEqual([100, 3, 4, 6]);
    const f16 = py.toTypedArray(py.run('import numpy as np\nnp.array([1.5, 2], dtype=np.float16)'));
    expect(f16).toEqual({ data: new Float32Array([1.5, 2]), copied: true });
    const b = py.toTypedArray(py.run('np.array([True, False])'));
    expect(b.data).toEqual(new Uint8Array([1, 0]));
    expect(() => py.toTypedArray(py.run('np.array([1j])'))).toThrow(/complex128/);
    expect(() => py.array(new Float64Array(5), [2, 3])).toThrow(/cannot view 5 elements as shape \(2, 3\)/);
  });

  it('reset forgets globals and imports but keeps registered modules', () => {
    const { py } = open();
    py.registerModule('cfg', { n: 4 });
    py.run('import numpy as np\nq = 1');
    py.reset();
    expect(thrown(() => py.run('q')).type).toBe('NameError');
    expect(thrown(() => py.run('np')).type).toBe('NameError');
    expect(py.run('import cfg\ncfg.n')).toBe(4);
  });

  it('interrupt() from a host callback stops the running code', () => {
    const { py } = open();
    let n = 0;
    py.registerModule('host', { tick: () => (++n === 100 ? py.interrupt() : null) });
    const e = thrown(() => py.run('import host\nwhile True:\n    host.tick()'));
    expect(e.type).toBe('KeyboardInterrupt');
    expect(n).toBeGreaterThanOrEqual(100);
    expect(py.run('1+1')).toBe(2);
  });
});

describe('file systems and input', () => {
  it('gives each interpreter a private in-memory file system by default', () => {
    const a = open().py;
    const b = open().py;
    a.run("open('f.txt', 'w').write('a')");
    expect(a.run("open('f.txt').read()")).toBe('a');
    expect(thrown(() => b.run("open('f.txt')")).type).toBe('FileNotFoundError');
  });
  it('takes a custom file system, or none', () => {
    const fs = createMemoryFS();
    const { py } = open({ fs });
    py.run("open('g.txt', 'w').write('data')");
    expect(new TextDecoder().decode(fs.readFile('/home/user/g.txt'))).toBe('data');
    const none = open({ fs: null }).py;
    expect(thrown(() => none.run("open('g.txt', 'w')")).type).toBe('PermissionError');
  });
  it('reads input() from readLine, EOFError without it', () => {
    const lines = ['first', null];
    const { py } = open({ readLine: () => lines.shift() ?? null });
    expect(py.run('input()')).toBe('first');
    expect(thrown(() => py.run('input()')).type).toBe('EOFError');
    expect(thrown(() => open().py.run('input()')).type).toBe('EOFError');
  });
});

describe('limits', () => {
  it('timeMs: a hard TimeoutError that except cannot swallow; finally still runs', () => {
    const { py } = open({ timeMs: 150 });
    const e = thrown(() => py.run('done = []\ntry:\n    while True:\n        try:\n            while True: pass\n        except BaseException:\n            pass\nfinally:\n    done.append(1)'));
    expect(e.type).toBe('TimeoutError');
    expect(py.globals.get('done')).toEqual([1]);
    expect(py.run('1+1')).toBe(2);
  });
  it('steps: counts loop iterations and calls', () => {
    const { py } = open({ steps: 50000 });
    expect(py.run('sum(1 for _ in range(1000))')).toBe(1000);
    const e = thrown(() => py.run('i = 0\nwhile True:\n    i += 1'));
    expect(e.type).toBe('TimeoutError');
    expect(e.message).toBe('execution step limit exceeded (steps=50000)');
    expect(py.globals.get('i')).toBeLessThanOrEqual(50000);
    expect(py.run('1+1')).toBe(2);
  });
  it('maxArrayBytes: MemoryError, catchable like CPython', () => {
    const { py } = open({ maxArrayBytes: 8 << 20 });
    py.run('import numpy as np\nsmall = np.ones(1000)');
    expect(thrown(() => py.run('np.ones(2 * 10**6)')).type).toBe('MemoryError');
    expect(py.run('try:\n    np.ones(2 * 10**6)\nexcept MemoryError:\n    r = "caught"\nr')).toBe('caught');
    expect(py.run('small.sum()')).toBe(1000);
  });
  it('maxRecursion: RecursionError at the given depth', () => {
    const { py } = open({ maxRecursion: 50 });
    py.run('def depth(n):\n    try:\n        return depth(n + 1)\n    except RecursionError:\n        return n');
    const d = py.run('depth(0)');
    expect(d).toBeGreaterThan(40);
    expect(d).toBeLessThanOrEqual(50);
    expect(thrown(() => py.run('def f(): f()\nf()')).type).toBe('RecursionError');
  });
  it('maxOutputBytes: a hard OSError once the output passes the limit', () => {
    const { py, out } = open({ maxOutputBytes: 100 });
    const e = thrown(() => py.run('try:\n    while True: print("0123456789")\nexcept OSError:\n    pass'));
    expect(e.type).toBe('OSError');
    expect(out().length).toBeLessThanOrEqual(100);
    expect(py.run('1+1')).toBe(2);
  });
});
