/**
 * Kernel tracing (runtime/debug.ts; NDPY_DEBUG=1|2|3 on the command line, `kernelDebug` in the API):
 * level 1 writes one line per launch, level 2 adds the fused IR of each new kernel, level 3 a listing of
 * each WebAssembly module compiled (runtime/wasm/disasm.ts, checked here on a module assembled by hand).
 */
import { describe, it, expect, afterAll } from 'vitest';
import { createInterpreter } from '../../src/index';
import { setKernelTrace } from '../../runtime/debug';
import { assemble, Code, Op, Simd, I32, F64, V128 } from '../../runtime/wasm/assembler';
import { disassemble } from '../../runtime/wasm/disasm';

afterAll(() => setKernelTrace(0, () => {}));

function traced(level: 0 | 1 | 2 | 3, code: string): string[] {
  let err = '';
  const py = createInterpreter({ stdout: () => {}, stderr: (s) => (err += s), kernelDebug: level });
  py.run(code);
  setKernelTrace(0, () => {});
  return err.split('\n').filter((l) => l !== '');
}

describe('NDPY_DEBUG levels', () => {
  const setup = 'import numpy as np\na = np.arange(10.0)\nb = np.ones(10)\n';
  it('0 writes nothing', () => {
    expect(traced(0, setup + 'r = a * b + 1.5')).toEqual([]);
  });
  it('1 writes one line per kernel launch with shape and time', () => {
    const lines = traced(1, setup + 'r = a * b + 1.5\ns = np.sin(a)');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ndpy: kernel fused add\(multiply\(x0, x1\), s2\) <f8 \[10\] \d+\.\d{3} ms$/);
    expect(lines[1]).toMatch(/^ndpy: kernel sin float64->float64 \[10\] \d+\.\d{3} ms$/);
  });
  it('2 adds the IR of a new fused kernel, once per structure and access classes', () => {
    const lines = traced(2, setup + 'r = a[::2] * b[::2] - 0.25 * a[::2]\nr = a[1::2] * b[1::2] - 0.5 * a[1::2]');
    const ir = lines.slice(0, lines.findIndex((l) => l.startsWith('ndpy: kernel')));
    expect(ir).toEqual([
      'ndpy: fused IR float64 (x0 strided, x1 strided, x2 strided, x3 stride-0, out contiguous; scalar loop):',
      '  %0 = load x0',
      '  %1 = load x1',
      '  %2 = multiply %0, %1',
      '  %3 = load x3',
      '  %4 = load x2',
      '  %5 = multiply %3, %4',
      '  %6 = subtract %2, %5',
      '  store out, %6',
    ]);
    expect(lines.filter((l) => l.startsWith('ndpy: fused IR'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('ndpy: kernel fused'))).toHaveLength(2);
  });
  it('3 lists each WebAssembly module compiled', () => {
    const text = traced(3, setup + 'r = np.sqrt(a) * 3.0 + np.sqrt(b) * 7.25').join('\n');
    expect(text).toContain(';; fused add(multiply(sqrt(x0), x2), multiply(sqrt(x1), x3)) float64:');
    expect(text).toMatch(/\(func \$run \(param( i32){11}\) \(result i32\)/);
    expect(text).toContain('f64x2.sqrt');
    expect(text).toContain('f64x2.splat');
  });
});

describe('disassembler', () => {
  it('lists a hand-assembled module', () => {
    const c = new Code();
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(0).op(Op.i32_eqz, Op.br_if, 1);
    c.get(1).mem(Op.f64_load, 3, 8).f64(-0.5).op(Op.f64_mul).set(2);
    c.get(1).simdMem(Simd.v128_load, 16).simd(Simd.f64x2_extract_lane, 1).get(2).op(Op.f64_add).set(2);
    c.get(0).i32(-1).op(Op.i32_add).set(0);
    c.op(Op.br, 0, Op.end, Op.end);
    c.get(2);
    const bytes = assemble([{ name: 'run', params: [I32, I32], results: [F64], locals: [F64, V128], body: c }]);
    expect(disassemble(bytes, 'test')).toBe(
      [
        `;; test: ${bytes.length} bytes`,
        '(module',
        '  (import "env" "mem" (memory))',
        '  (func $run (param i32 i32) (result f64)',
        '    (local f64 v128)',
        '    block',
        '      loop',
        '        local.get 0',
        '        i32.eqz',
        '        br_if 1',
        '        local.get 1',
        '        f64.load offset=8 align=8',
        '        f64.const -0.5',
        '        f64.mul',
        '        local.set 2',
        '        local.get 1',
        '        v128.load offset=16 align=1',
        '        f64x2.extract_lane 1',
        '        local.get 2',
        '        f64.add',
        '        local.set 2',
        '        local.get 0',
        '        i32.const -1',
        '        i32.add',
        '        local.set 0',
        '        br 0',
        '      end',
        '    end',
        '    local.get 2',
        '  )',
        ')',
        '',
      ].join('\n'),
    );
  });
});
