/**
 * Lists filled by a loop of appends are made at their size (src/compile/presize.ts) only when nothing can
 * see them while the loop runs. What the loops leave in the lists is checked by the golden program
 * test/programs/stmt/presized_appends.py; this checks which loops presize.
 */
import { describe, it, expect } from 'vitest';
import { compileSource } from '../../src/compile/compiler';

const text = (src: string): string => String(compileSource(src, 'x.py'));
const presizes = (src: string): boolean => /= new Array\(\$t\d+\)/.test(text(src));
const fn = (...lines: string[]): string => 'def f(n, src):\n' + lines.map((l) => '    ' + l + '\n').join('');

describe('presized lists', () => {
  it('presizes a fresh local list appended to by a range loop or a loop over a list', () => {
    expect(presizes(fn('out = []', 'for i in range(n):', '    out.append(i)', 'return out'))).toBe(true);
    expect(presizes(fn('out = []', 'k = 2', 'for x in src:', '    y = x * k', '    out.append(y)', 'return out'))).toBe(true);
  });
  it('leaves lists others may see while the loop runs', () => {
    // aliased, captured by a closure, global, module level, read in the loop, passed on before the loop
    expect(presizes(fn('out = []', 'keep = out', 'for i in range(n):', '    out.append(i)', 'return keep'))).toBe(false);
    expect(presizes(fn('out = []', 'g = lambda: len(out)', 'for i in range(n):', '    out.append(g())', 'return out'))).toBe(false);
    expect(presizes(fn('global out', 'out = []', 'for i in range(n):', '    out.append(i)'))).toBe(false);
    expect(presizes('out = []\nfor i in range(10000):\n    out.append(i)\n')).toBe(false);
    expect(presizes(fn('out = []', 'for i in range(n):', '    out.append(len(out))', 'return out'))).toBe(false);
    expect(presizes(fn('out = []', 'print(out)', 'for i in range(n):', '    out.append(i)', 'return out'))).toBe(false);
    expect(presizes(fn('out = []', 'for i in range(n):', '    out.append(i)', '    print(locals())', 'return out'))).toBe(false);
  });
  it('leaves conditional appends, generators and lists not made empty just before', () => {
    expect(presizes(fn('out = []', 'for i in range(n):', '    if i % 2:', '        out.append(i)', 'return out'))).toBe(false);
    expect(presizes(fn('out = [0]', 'for i in range(n):', '    out.append(i)', 'return out'))).toBe(false);
    expect(presizes(fn('out = []', 'for i in range(n):', '    out.append(i)', '    yield i'))).toBe(false);
  });
});
