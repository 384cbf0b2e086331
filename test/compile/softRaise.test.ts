/**
 * Soft raises (FnCtx.softCall, helpers.ts softRaise): a function that raises at its top level takes a
 * last parameter `$soft` and, given 1, returns $EXC instead of throwing; a call statement directly in a
 * `try` body passes that 1 and jumps to the except clauses on $EXC. What the programs print either way is
 * checked by test/programs/exc/soft_raise.py; this checks which code is made.
 */
import { describe, it, expect } from 'vitest';
import { compileSource } from '../../src/compile/compiler';

const text = (src: string): string => String(compileSource(src, 'x.py'));

describe('soft raises', () => {
  it('gives a function raising at its top level the $soft parameter', () => {
    const js = text('def f(x):\n    if x:\n        raise ValueError(x)\n    return x\n');
    expect(js).toContain('function (v_x, $soft)');
    expect(js).toContain('if ($soft === 1) return $softRaise(');
  });
  it('leaves it off functions that raise only inside a loop or try, and functions with *args', () => {
    expect(text('def f(x):\n    for i in x:\n        raise ValueError(i)\n')).not.toContain('$soft');
    expect(text('def f(x):\n    try:\n        raise ValueError(x)\n    finally:\n        pass\n')).not.toContain('$soft');
    expect(text('def f(*x):\n    raise ValueError(x)\n')).not.toContain('$soft');
    expect(text('def f(x, *, k=1):\n    raise ValueError(x)\n')).not.toContain('$soft');
  });
  it('passes 1 from a call statement directly in a try body, and only to that call', () => {
    const js = text('def g(a):\n    try:\n        r = f(h(a))\n    except ValueError:\n        r = 0\n    return r\n');
    expect(js).toMatch(/\.fn\(\$t\d+, 1\)/);
    expect(js.match(/, 1\)/g)).toHaveLength(1);
    expect(js).toMatch(/=== \$EXC\) \{ \$t\d+ = \$takeSoft\(\); break \$C\d+; \}/);
  });
  it('reads subscripts and attributes and calls int() softly in those statements', () => {
    const js = text('def g(d, o, s, t):\n    try:\n        a = d[s]\n        b = o.attr\n        t += int(s)\n        d[s] += 1\n        c = d[1:2]\n    except Exception:\n        pass\n');
    expect(js.match(/\$getitemSoft\(/g)).toHaveLength(2);
    expect(js).toContain('$getattrSoft(');
    expect(js).toMatch(/\?\.s1 !== undefined \? \$t\d+\.s1\(/);
    expect(js.match(/=== \$EXC\)/g)).toHaveLength(4);
  });
  it('does not pass it from statements nested in the body or from a try without except', () => {
    expect(text('def g(a):\n    try:\n        if a:\n            f(a)\n    except ValueError:\n        pass\n')).not.toContain('$EXC');
    expect(text('def g(a):\n    try:\n        f(a)\n    finally:\n        pass\n')).not.toContain('$EXC');
  });
});
