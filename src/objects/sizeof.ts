/**
 * Object sizes as CPython 3.11 (64-bit) reports them: `sys.getsizeof` (sizeOf) and `object.__sizeof__`
 * (the same less the 16-byte header the garbage collector puts before its tracked containers). They are
 * estimates from each value's length and widest character, as ndpy's own memory layout differs.
 */
import { isFloat, PyComplex, PyTuple, PyBytes, PyInstance } from './values';
import { PyDict, PySet } from './hashtable';

/** A rough CPython 3.11 (64-bit) sys.getsizeof. */
export function sizeOf(v: any): number {
  if (isFloat(v)) return 24;
  switch (typeof v) {
    case 'boolean':
      return 28;
    case 'number':
    case 'bigint': {
      if (v === 0) return 28;
      const bits = (typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v))).toString(2).length;
      return 24 + 4 * Math.ceil(bits / 30);
    }
    case 'string': {
      let max = 0;
      let n = 0;
      for (const ch of v) {
        const cp = ch.codePointAt(0)!;
        if (cp > max) max = cp;
        n++;
      }
      if (max < 128) return 49 + n;
      if (max < 256) return 73 + n;
      if (max < 65536) return 74 + 2 * n;
      return 76 + 4 * n;
    }
  }
  if (v === null) return 16;
  if (v instanceof PyComplex) return 32;
  if (Array.isArray(v)) return 56 + 8 * v.length;
  if (v instanceof PyTuple) return 40 + 8 * v.items.length;
  if (v instanceof PyBytes) return 33 + v.data.length;
  if (v instanceof PyDict) return v.size === 0 ? 64 : v.size <= 5 ? 184 : 64 + 2 ** Math.ceil(Math.log2((v.size * 3) / 2)) * 24;
  if (v instanceof PySet) return v.size <= 4 ? 216 : 216 + 2 ** Math.ceil(Math.log2(v.size * 2)) * 16;
  if (v instanceof PyInstance) return 56;
  return 56;
}

/** `object.__sizeof__`: getsizeof without the GC header of containers and instances. */
export function sizeOfObject(v: any): number {
  const gcTracked = Array.isArray(v) || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet || v instanceof PyInstance;
  return sizeOf(v) - (v instanceof PyInstance ? 32 : gcTracked ? 16 : 0);
}
