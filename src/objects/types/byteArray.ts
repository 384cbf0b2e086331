/**
 * The mutable half of `bytearray`: indexing, item and slice assignment and deletion, append/extend/insert,
 * pop/remove/clear/reverse/copy and in-place `+=` / `*=`, with CPython 3.11's messages.
 *
 * A bytearray keeps its bytes in `data`; every change that alters the length builds a new Uint8Array
 * (never resized in place), so a slice taken earlier never aliases the array. Values assigned through a
 * slice may be any bytes-like object or an iterable of ints in range(0, 256) — but not a str or an int.
 */
import { PySlice, NotImplemented } from '../values';
import { throwPy } from '../errors';
import { index, sliceIndices } from '../protocols';
import { isIterable } from '../iterators';
import { asInt } from '../arith';
import { typeOf } from '../pytype';
import { Method } from './define';
import { noArgs, oneArg, posArgs } from './args';
import { bytesLike } from './str';
import { PyByteArray, fromInts } from './bytes';

const indexMsg = (k: any) => `bytearray indices must be integers or slices, not ${typeOf(k).name}`;

/** One byte value from an int-like, or CPython's range error. */
function byteValue(v: any): number {
  const b = index(v);
  if (b < 0 || b > 255) throwPy('ValueError', 'byte must be in range(0, 256)');
  return b;
}

/** A non-negative position for `key`, or IndexError. */
function position(self: PyByteArray, key: any): number {
  let i = index(key, indexMsg(key));
  if (i < 0) i += self.data.length;
  if (i < 0 || i >= self.data.length) throwPy('IndexError', 'bytearray index out of range');
  return i;
}

/** The bytes a slice assignment stores. */
function assignedBytes(v: any): Uint8Array {
  const d = bytesLike(v);
  if (d) return d.slice();
  if (typeof v === 'string' || asInt(v) !== undefined || !isIterable(v)) {
    throwPy('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  return fromInts(v);
}

/** data with [start, stop) replaced by `add`. */
function splice(data: Uint8Array, start: number, stop: number, add: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length - (stop - start) + add.length);
  out.set(data.subarray(0, start));
  out.set(add, start);
  out.set(data.subarray(stop), start + add.length);
  return out;
}

/** The positions an extended slice selects, in order. */
function slicePositions(s: PySlice, n: number): number[] {
  const [start, , step, count] = sliceIndices(s, n);
  return Array.from({ length: count }, (_, k) => start + k * step);
}

function setSlice(self: PyByteArray, s: PySlice, value: any): void {
  const add = assignedBytes(value);
  const [start, stop, step] = sliceIndices(s, self.data.length);
  if (step === 1) {
    self.data = splice(self.data, start, Math.max(start, stop), add);
    return;
  }
  const at = slicePositions(s, self.data.length);
  if (at.length !== add.length) {
    throwPy('ValueError', `attempt to assign bytes of size ${add.length} to extended slice of size ${at.length}`);
  }
  at.forEach((p, k) => (self.data[p] = add[k]));
}

function delSlice(self: PyByteArray, s: PySlice): void {
  const drop = new Set(slicePositions(s, self.data.length));
  self.data = self.data.filter((_, i) => !drop.has(i));
}

/** The bytearray-only methods, installed next to the methods it shares with bytes. */
export function byteArrayMutators(): Record<string, Method> {
  return {
    __getitem__: (self: PyByteArray, args) => {
      const k = args[0];
      if (!(k instanceof PySlice)) return self.data[position(self, k)];
      const [start, , step, count] = sliceIndices(k, self.data.length);
      const out = new Uint8Array(count);
      for (let i = 0, j = start; i < count; i++, j += step) out[i] = self.data[j];
      return new PyByteArray(out);
    },
    __setitem__: (self: PyByteArray, args) => {
      const [k, v] = args;
      if (k instanceof PySlice) setSlice(self, k, v);
      else self.data[position(self, k)] = byteValue(v);
      return null;
    },
    __delitem__: (self: PyByteArray, args) => {
      const k = args[0];
      if (k instanceof PySlice) delSlice(self, k);
      else {
        const i = position(self, k);
        self.data = splice(self.data, i, i + 1, new Uint8Array(0));
      }
      return null;
    },
    append: (self: PyByteArray, args, kw) => {
      const v = byteValue(oneArg('bytearray.append', args, kw));
      self.data = splice(self.data, self.data.length, self.data.length, Uint8Array.of(v));
      return null;
    },
    extend: (self: PyByteArray, args, kw) => {
      const src = oneArg('bytearray.extend', args, kw);
      const n = self.data.length;
      self.data = splice(self.data, n, n, bytesLike(src) ?? fromInts(src));
      return null;
    },
    insert: (self: PyByteArray, args, kw) => {
      posArgs('insert', 'bytearray.insert', args, kw, 2, 2);
      const [at, v] = args;
      const n = self.data.length;
      let i = index(at);
      i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
      self.data = splice(self.data, i, i, Uint8Array.of(byteValue(v)));
      return null;
    },
    pop: (self: PyByteArray, args, kw) => {
      posArgs('pop', 'bytearray.pop', args, kw, 0, 1);
      const at = args[0];
      const n = self.data.length;
      if (n === 0) throwPy('IndexError', 'pop from empty bytearray');
      let i = at === undefined ? -1 : index(at);
      if (i < 0) i += n;
      if (i < 0 || i >= n) throwPy('IndexError', 'pop index out of range');
      const v = self.data[i];
      self.data = splice(self.data, i, i + 1, new Uint8Array(0));
      return v;
    },
    remove: (self: PyByteArray, args, kw) => {
      const i = self.data.indexOf(byteValue(oneArg('bytearray.remove', args, kw)));
      if (i < 0) throwPy('ValueError', 'value not found in bytearray');
      self.data = splice(self.data, i, i + 1, new Uint8Array(0));
      return null;
    },
    clear: (self: PyByteArray, args, kw) => {
      noArgs('bytearray.clear', args, kw);
      self.data = new Uint8Array(0);
      return null;
    },
    reverse: (self: PyByteArray, args, kw) => {
      noArgs('bytearray.reverse', args, kw);
      self.data = self.data.slice().reverse();
      return null;
    },
    copy: (self: PyByteArray, args, kw) => {
      noArgs('bytearray.copy', args, kw);
      return new PyByteArray(self.data.slice());
    },
    __iadd__: (self: PyByteArray, args) => {
      const add = bytesLike(args[0]);
      if (!add) return NotImplemented;
      self.data = splice(self.data, self.data.length, self.data.length, add);
      return self;
    },
    __imul__: (self: PyByteArray, args) => {
      const k = asInt(args[0]);
      if (k === undefined) return NotImplemented;
      const d = self.data, count = Math.max(0, Number(k));
      self.data = new Uint8Array(d.length * count);
      for (let i = 0; i < count; i++) self.data.set(d, i * d.length);
      return self;
    },
  };
}
