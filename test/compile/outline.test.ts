/**
 * Loops are outlined (src/compile/outline.ts): the compiled text of a module, or of a long function, calls
 * `$loop` functions defined at the top of its scope, a short function keeps its loops inline, and generators
 * outline the loops that hold no `yield`. What
 * the outlined code does is checked by the golden programs, which all run a second time with every loop
 * outlined (programs.test.ts), and by test/programs/stmt/long_body_loops.py, long enough by itself.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileSource } from '../../src/compile/compiler';

const padding = (n: number, indent = ''): string =>
  Array.from({ length: n }, (_, i) => `${indent}x${i} = (${i} + 1) * 2 if ${i} % 3 else ${i} - 1`).join('\n');
const loop = (indent = ''): string => `${indent}s = 0.0\n${indent}for i in range(10):\n${indent}    s += i * 0.5\n`;
const text = (src: string): string => String(compileSource(src, 'x.py'));

describe('outlining loops', () => {
  it('outlines every loop of a module, short or long, and the loops nested in them', () => {
    expect(text(padding(5) + '\n' + loop())).toContain('function $loop(');
    expect(text(padding(150) + '\n' + loop())).toContain('function $loop(');
    const nested = text(`for k in range(3):\n${loop('    ')}`);
    expect(nested.match(/function \$loop\(/g)).toHaveLength(2);
  });
  it('outlines the loops a function runs one after another, unless the function is short', () => {
    const two = (pad: number) => text(`def f():\n${padding(pad, '    ')}\n${loop('    ')}${loop('    ')}    return s\n`);
    expect(two(30).match(/function \$loop\(/g)).toHaveLength(2);
    expect(two(0)).not.toContain('$loop');
  });
  it('keeps the loops of a short function inline', () => {
    expect(text(`def f():\n${loop('    ')}    return s\n`)).not.toContain('$loop');
  });
  it('outlines the loops of a long function, passing its locals', () => {
    const js = text(`def f():\n${padding(150, '    ')}\n${loop('    ')}    return s\n`);
    expect(js).toMatch(/function \$loop\([^)]*v_s[^)]*\$ln\)/);
  });
  it('outlines the yield-free loops of a generator, short or long', () => {
    expect(text(`def f():\n${loop('    ')}    yield s\n`)).toMatch(/function \$loop\([^)]*v_s[^)]*\$ln\)/);
    // the loop holding the yield stays in the generator; the loop inside it moves out
    const js = text(`def f():\n    for k in range(3):\n        yield k\n${loop('        ')}`);
    expect(js.match(/function \$loop\(/g)).toHaveLength(1);
    // defined at the top of the generator, called after the yield
    expect(js).toMatch(/function \$loop\([^]*yield v_k[^]*\$L\d+\(/);
  });
  it('keeps a generator loop whose body suspends, even in a nested generator expression', () => {
    expect(text(`def f():\n    for k in range(3):\n        yield k\n`)).not.toContain('$loop');
    expect(text(`def f(xs):\n    for k in xs:\n        g = (x for x in k)\n    yield g\n`)).not.toContain('$loop');
  });
  it('applies to the golden program written for it', () => {
    const src = readFileSync(new URL('../programs/stmt/long_body_loops.py', import.meta.url), 'utf8');
    expect(text(src)).toContain('function $loop(');
  });
});
