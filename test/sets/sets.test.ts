/**
 * set/frozenset iteration order and hash() against CPython 3.11, from fixtures.json (written by
 * gen-fixtures.py with python3; never edited by hand):
 *  - programs: run through the interpreter, stdout must match CPython's byte for byte (set reprs after
 *    random add/discard/pop/remove/clear sequences, set algebra in all its operator/method/in-place forms,
 *    copies, big sets past the resize thresholds, iteration, hash() values);
 *  - displays / starred: the orders of constant set displays and starred displays, through the helpers the
 *    compiler is meant to use (constSetDisplay, starredSetDisplay in src/objects/types/set.ts);
 *  - u64: the split 64-bit arithmetic of src/objects/hash.ts against exact products and sums.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../../src/index';
import { installBuiltinTypes } from '../../src/objects/types/index';
import { PyFloat, PyTuple, PyComplex } from '../../src/objects/values';
import { PySet } from '../../src/objects/hashtable';
import { repr } from '../../src/objects/repr';
import { u64, pyHash } from '../../src/objects/hash';
import { constSetDisplay, starredSetDisplay } from '../../src/objects/types/set';

installBuiltinTypes();

const here = dirname(fileURLToPath(import.meta.url));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fx: any = JSON.parse(readFileSync(join(here, 'fixtures.json'), 'utf8'));

function pyFloat(s: string): number {
  return s === 'inf' ? Infinity : s === '-inf' ? -Infinity : s === 'nan' ? NaN : Number(s);
}

/** A tagged fixture value; with `plain`, non-integral floats become plain JS numbers (unboxed floats). */
function dec(v: any, plain = false): any {
  if (typeof v === 'boolean') return v;
  if ('int' in v) {
    const b = BigInt(v.int);
    return b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  }
  if ('float' in v) {
    const x = pyFloat(v.float);
    return plain && !Number.isInteger(x) ? x : new PyFloat(x);
  }
  if ('complex' in v) return new PyComplex(pyFloat(v.complex[0]), pyFloat(v.complex[1]));
  if ('tuple' in v) return new PyTuple(v.tuple.map((x: any) => dec(x, plain)));
  if ('frozenset' in v) {
    const s = new PySet(true);
    for (const x of v.frozenset) s.add(dec(x, plain));
    return s;
  }
  throw new Error('bad value ' + JSON.stringify(v));
}

function run(src: string): string {
  let out = '';
  let err = '';
  const interp = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
  const r = interp.runScript(src, '<fixture>');
  if (!r.ok) out += '\n<error>\n' + err;
  return out;
}

/** The first differing line, for a readable failure. */
function firstDiff(got: string, want: string): string {
  const g = got.split('\n'), w = want.split('\n');
  for (let i = 0; i < Math.max(g.length, w.length); i++) if (g[i] !== w[i]) return `line ${i + 1}:\n  want ${w[i]}\n  got  ${g[i]}`;
  return '';
}

describe('set order and hashes, end to end', () => {
  for (const p of fx.programs) {
    it(p.name, () => {
      const got = run(p.src);
      expect(firstDiff(got, p.out)).toBe('');
    });
  }
});

describe('set displays', () => {
  it('constant displays', () => {
    const bad: string[] = [];
    for (const d of fx.displays) {
      for (const plain of [false, true]) {
        const s = constSetDisplay(d.items.map((x: any) => dec(x, plain)), d.frozen);
        const got = d.frozen ? repr(s.keys()) : repr(s);
        if (got !== d.repr) bad.push(`${JSON.stringify(d.items)}${d.frozen ? ' (frozen)' : ''}\n  want ${d.repr}\n  got  ${got}`);
      }
    }
    expect(bad.join('\n')).toBe('');
  });

  it('starred displays', () => {
    const bad: string[] = [];
    for (const c of fx.starred) {
      const [a, b] = c.sets.map(([adds, dels]: [any[], any[]]) => {
        const s = new PySet();
        for (const v of adds) s.add(dec(v));
        for (const v of dels) s.delete(dec(v));
        return s;
      });
      const x = dec(c.x), y = dec(c.y);
      const got = repr(starredSetDisplay([a, x, b, y], [true, false, true, false]));
      if (got !== c.repr) bad.push(`{*a, x, *b, y}\n  want ${c.repr}\n  got  ${got}`);
      const got2 = repr(starredSetDisplay([x, a, b.keys()], [false, true, true]));
      if (got2 !== c.repr2) bad.push(`{x, *a, *list(b)}\n  want ${c.repr2}\n  got  ${got2}`);
    }
    expect(bad.join('\n')).toBe('');
  });
});

describe('hash()', () => {
  for (const plain of [false, true]) {
    it(plain ? 'floats as plain numbers' : 'floats boxed', () => {
      const bad: string[] = [];
      for (const c of fx.hashes) {
        const got = String(pyHash(dec(c.v, plain)));
        if (got !== c.hash) bad.push(`${JSON.stringify(c.v)}: want ${c.hash} got ${got}`);
      }
      expect(bad.join('\n')).toBe('');
    });
  }
});

describe('64-bit arithmetic on 32-bit halves', () => {
  it('matches BigInt', () => {
    const bad: string[] = [];
    for (const c of fx.u64) {
      const a = BigInt(c.a), b = BigInt(c.b);
      const mul = u64.mul(a, b).toString(), add = u64.add(a, b).toString();
      if (mul !== c.mul || add !== c.add) bad.push(`${c.a} ${c.b}: mul ${mul} (want ${c.mul}) add ${add} (want ${c.add})`);
    }
    expect(bad.join('\n')).toBe('');
  });
});
