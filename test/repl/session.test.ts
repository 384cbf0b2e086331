// The host-neutral interactive session (src/session.ts), driven line by line without a terminal: when
// input is whole, what is echoed, what a traceback looks like, and what Tab completion offers. The
// expected texts are CPython 3.11's interactive behaviour.
import { describe, it, expect } from 'vitest';
import { createSession } from '../../src/index';

function open() {
  let out = '';
  let err = '';
  const { session, interpreter } = createSession({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
  const feed = (...lines: string[]) => lines.map((l) => session.push(l));
  const take = () => {
    const r = { out, err };
    out = '';
    err = '';
    return r;
  };
  return { session, interpreter, feed, take };
}

describe('interactive session: whole statements', () => {
  it('runs a simple statement at once and echoes expression values', () => {
    const s = open();
    expect(s.feed('x = 6 * 7')).toEqual(['complete']);
    expect(s.feed('x')).toEqual(['complete']);
    expect(s.feed('None', 'print("hi")', "'a' + 'b'")).toEqual(['complete', 'complete', 'complete']);
    expect(s.take().out).toBe("42\nhi\n'ab'\n");
  });

  it('keeps the last echoed value in _', () => {
    const s = open();
    s.feed('3 + 4', '_ * 2', 'None', '_');
    expect(s.take().out).toBe('7\n14\n14\n');
  });

  it('continues a compound statement until a blank line', () => {
    const s = open();
    expect(s.feed('def f(n):', '    return n * 2', '')).toEqual(['incomplete', 'incomplete', 'complete']);
    expect(s.session.prompt).toBe('>>> ');
    expect(s.feed('if True: print("one line")')).toEqual(['incomplete']);
    expect(s.session.prompt).toBe('... ');
    expect(s.feed('')).toEqual(['complete']);
    s.feed('f(21)');
    expect(s.take().out).toBe('one line\n42\n');
  });

  it('echoes expression statements inside top-level loops, not inside functions', () => {
    const s = open();
    s.feed('for i in range(3):', '    i * 10', '');
    s.feed('def g():', '    5', '', 'g()');
    expect(s.take().out).toBe('0\n10\n20\n');
  });

  it('continues open brackets, triple quotes, backslashes, decorators and try without except', () => {
    const s = open();
    expect(s.feed('y = [1,', '', '2]')).toEqual(['incomplete', 'incomplete', 'complete']);
    expect(s.feed('t = """a', 'b"""')).toEqual(['incomplete', 'complete']);
    expect(s.feed('z = 1 + \\', '2')).toEqual(['incomplete', 'complete']);
    expect(s.feed('@staticmethod', 'def h(): pass', '')).toEqual(['incomplete', 'incomplete', 'complete']);
    expect(s.feed('try:', '    1/0', 'except ZeroDivisionError:', '    print("caught")', '')).toEqual([
      'incomplete', 'incomplete', 'incomplete', 'incomplete', 'complete',
    ]);
    s.feed('y, t, z');
    expect(s.take().out).toBe("caught\n([1, 2], 'a\\nb', 3)\n");
  });

  it('treats blank and comment-only input as nothing to run', () => {
    const s = open();
    expect(s.feed('', '   ', '# just a comment')).toEqual(['complete', 'complete', 'complete']);
    expect(s.take()).toEqual({ out: '', err: '' });
  });
});

describe('interactive session: errors', () => {
  it('prints a traceback naming <stdin> without source lines and keeps earlier state', () => {
    const s = open();
    s.feed('a = 1');
    expect(s.feed('b = 2; 1/0')).toEqual(['error']);
    expect(s.take().err).toBe('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n');
    s.feed('a + b');
    expect(s.take().out).toBe('3\n');
  });

  it('numbers lines from the statement start and names functions defined earlier', () => {
    const s = open();
    s.feed('def boom():', '    x = 1', '    raise ValueError("bad")', '');
    s.feed('boom()');
    expect(s.take().err).toBe(
      'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n  File "<stdin>", line 3, in boom\nValueError: bad\n',
    );
  });

  it('reports a syntax error at once, with its caret', () => {
    const s = open();
    expect(s.feed('x = = 1')).toEqual(['error']);
    expect(s.take().err).toBe('  File "<stdin>", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n');
    expect(s.session.prompt).toBe('>>> ');
  });

  it('reports a missing block when the blank line comes', () => {
    const s = open();
    expect(s.feed('def f():', '')).toEqual(['incomplete', 'error']);
    expect(s.take().err).toContain('IndentationError: expected an indented block after function definition on line 1');
  });

  it('forgets a partly typed statement on reset', () => {
    const s = open();
    s.feed('def f():');
    expect(s.session.prompt).toBe('... ');
    s.session.reset();
    expect(s.session.prompt).toBe('>>> ');
    expect(s.feed('1')).toEqual(['complete']);
  });

  it('records the exit status of exit() and sys.exit()', () => {
    const s = open();
    expect(s.session.exitStatus).toBe(null);
    s.feed('exit');
    expect(s.take().out).toBe('Use exit() or Ctrl-D (i.e. EOF) to exit\n');
    s.feed('import sys', 'sys.exit(3)');
    expect(s.session.exitStatus).toBe(3);
    const t = open();
    t.feed('quit()');
    expect(t.session.exitStatus).toBe(0);
  });

  it('echoes arrays as NumPy prints them', () => {
    const s = open();
    s.feed('import numpy as np', 'np.arange(6).reshape(2, 3) * 1.5', 'np.float64(2.5)');
    expect(s.take().out).toBe('array([[0. , 1.5, 3. ],\n       [4.5, 6. , 7.5]])\nnp.float64(2.5)\n');
  });
});

describe('interactive session: completion', () => {
  it('completes attributes of modules, marking callables with (', () => {
    const s = open();
    s.feed('import numpy as np');
    const c = s.session.complete('np.lin');
    expect(c.start).toBe(0);
    expect(c.items).toContain('np.linalg');
    expect(c.items).toContain('np.linspace(');
    expect(c.items.every((i) => i.startsWith('np.lin'))).toBe(true);
    expect(s.session.complete('x = np.linalg.in').items).toEqual(['np.linalg.inv(']);
    expect(s.session.complete('x = np.linalg.in').start).toBe(4);
  });

  it('hides private attributes unless asked for', () => {
    const s = open();
    s.feed('class A:', '    _p = 1', '    __q = 2', '    v = 3', '', 'a = A()');
    expect(s.session.complete('a.').items).toEqual(['a.v']);
    expect(s.session.complete('a._').items).toContain('a._p');
    expect(s.session.complete('a._').items.some((i) => i.startsWith('a.__'))).toBe(false);
    expect(s.session.complete('a.__').items).toContain('a.__class__(');
  });

  it('completes keywords, globals and builtins', () => {
    const s = open();
    s.feed('whale = 1', 'def whatever(): pass', '');
    expect(s.session.complete('wh').items).toEqual(['whale', 'whatever(', 'while ']);
    expect(s.session.complete('pri').items).toEqual(['print(']);
    expect(s.session.complete('tr').items).toEqual(['try:']);
    expect(s.session.complete('Tr').items).toEqual(['True']);
  });

  it('completes module names after import, and indents on an empty line', () => {
    const s = open();
    expect(s.session.complete('import nu').items).toEqual(['numbers', 'numpy', 'numpy.char', 'numpy.core', 'numpy.dtypes', 'numpy.emath', 'numpy.exceptions', 'numpy.fft', 'numpy.lib', 'numpy.lib.array_utils', 'numpy.lib.format', 'numpy.lib.mixins', 'numpy.lib.recfunctions', 'numpy.lib.scimath', 'numpy.lib.stride_tricks', 'numpy.linalg', 'numpy.ma', 'numpy.polynomial', 'numpy.polynomial.chebyshev', 'numpy.polynomial.hermite', 'numpy.polynomial.hermite_e', 'numpy.polynomial.laguerre', 'numpy.polynomial.legendre', 'numpy.polynomial.polynomial', 'numpy.random', 'numpy.rec', 'numpy.strings', 'numpy.testing']);
    expect(s.session.complete('from ma').items).toEqual(['math']);
    expect(s.session.complete('import numpy._c').items).toEqual(['numpy._core', 'numpy._core.multiarray']);
    expect(s.session.complete('import _rand').items).toEqual(['_random']);
    expect(s.session.complete('    ')).toEqual({ start: 4, items: ['    '] });
    expect(s.session.complete('nothing_like_this').items).toEqual([]);
    expect(s.session.complete('undefined_name.x').items).toEqual([]);
  });

  it('completes at the cursor, not at the end of the text', () => {
    const s = open();
    s.feed('import math');
    const c = s.session.complete('math.sq(2) + 1', 7);
    expect(c).toEqual({ start: 0, items: ['math.sqrt('] });
  });
});
