/**
 * A small WebAssembly binary writer: enough of the format (type, import, function, export and code
 * sections; LEB128 integers; the MVP opcodes, the saturating float→int conversions and the SIMD
 * instructions the kernels use on contiguous data) for the
 * kernels this runtime generates. Modules import the array heap's memory as `env.mem`, so kernels read
 * and write array data in place (as a shared memory when the heap's is shared, runtime/parallel.ts). No
 * toolchain: the bytes are produced here, at run time.
 */
import { heap } from '../memory';

export const I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c, V128 = 0x7b;
export type ValType = typeof I32 | typeof I64 | typeof F32 | typeof F64 | typeof V128;

/** Opcodes used by the kernel generator (names follow the WebAssembly text format). */
export const Op = {
  block: 0x02, loop: 0x03, if: 0x04, else: 0x05, end: 0x0b, br: 0x0c, br_if: 0x0d, return: 0x0f, call: 0x10,
  drop: 0x1a, select: 0x1b,
  local_get: 0x20, local_set: 0x21, local_tee: 0x22,
  i32_load: 0x28, i64_load: 0x29, f32_load: 0x2a, f64_load: 0x2b,
  i32_load8_s: 0x2c, i32_load8_u: 0x2d, i32_load16_s: 0x2e, i32_load16_u: 0x2f,
  i32_store: 0x36, i64_store: 0x37, f32_store: 0x38, f64_store: 0x39, i32_store8: 0x3a, i32_store16: 0x3b,
  i32_const: 0x41, i64_const: 0x42, f32_const: 0x43, f64_const: 0x44,
  i32_eqz: 0x45, i32_eq: 0x46, i32_ne: 0x47, i32_lt_s: 0x48, i32_lt_u: 0x49, i32_gt_s: 0x4a, i32_gt_u: 0x4b,
  i32_le_s: 0x4c, i32_le_u: 0x4d, i32_ge_s: 0x4e, i32_ge_u: 0x4f,
  i64_eqz: 0x50, i64_eq: 0x51, i64_ne: 0x52, i64_lt_s: 0x53, i64_lt_u: 0x54, i64_gt_s: 0x55, i64_gt_u: 0x56,
  i64_le_s: 0x57, i64_le_u: 0x58, i64_ge_s: 0x59, i64_ge_u: 0x5a,
  f32_eq: 0x5b, f32_ne: 0x5c, f32_lt: 0x5d, f32_gt: 0x5e, f32_le: 0x5f, f32_ge: 0x60,
  f64_eq: 0x61, f64_ne: 0x62, f64_lt: 0x63, f64_gt: 0x64, f64_le: 0x65, f64_ge: 0x66,
  i32_add: 0x6a, i32_sub: 0x6b, i32_mul: 0x6c, i32_div_s: 0x6d, i32_div_u: 0x6e, i32_rem_s: 0x6f, i32_rem_u: 0x70,
  i32_and: 0x71, i32_or: 0x72, i32_xor: 0x73, i32_shl: 0x74, i32_shr_s: 0x75, i32_shr_u: 0x76,
  i64_add: 0x7c, i64_sub: 0x7d, i64_mul: 0x7e, i64_div_s: 0x7f, i64_div_u: 0x80, i64_rem_s: 0x81, i64_rem_u: 0x82,
  i64_and: 0x83, i64_or: 0x84, i64_xor: 0x85, i64_shl: 0x86, i64_shr_s: 0x87, i64_shr_u: 0x88,
  f32_abs: 0x8b, f32_neg: 0x8c, f32_ceil: 0x8d, f32_floor: 0x8e, f32_trunc: 0x8f, f32_nearest: 0x90, f32_sqrt: 0x91,
  f32_add: 0x92, f32_sub: 0x93, f32_mul: 0x94, f32_div: 0x95, f32_min: 0x96, f32_max: 0x97, f32_copysign: 0x98,
  f64_abs: 0x99, f64_neg: 0x9a, f64_ceil: 0x9b, f64_floor: 0x9c, f64_trunc: 0x9d, f64_nearest: 0x9e, f64_sqrt: 0x9f,
  f64_add: 0xa0, f64_sub: 0xa1, f64_mul: 0xa2, f64_div: 0xa3, f64_min: 0xa4, f64_max: 0xa5, f64_copysign: 0xa6,
  i32_wrap_i64: 0xa7, i32_trunc_f64_s: 0xaa, i64_extend_i32_s: 0xac, i64_extend_i32_u: 0xad, i64_trunc_f64_s: 0xb0,
  f32_convert_i32_s: 0xb2, f32_convert_i32_u: 0xb3, f32_convert_i64_s: 0xb4, f32_convert_i64_u: 0xb5, f32_demote_f64: 0xb6,
  f64_convert_i32_s: 0xb7, f64_convert_i32_u: 0xb8, f64_convert_i64_s: 0xb9, f64_convert_i64_u: 0xba, f64_promote_f32: 0xbb,
  i32_reinterpret_f32: 0xbc, i64_reinterpret_f64: 0xbd, f64_reinterpret_i64: 0xbf,
} as const;

/** SIMD opcodes (emitted after the 0xfd prefix, see Code.simd) */
export const Simd = {
  v128_load: 0x00, v128_load32_splat: 0x09, v128_load64_splat: 0x0a, v128_store: 0x0b, f32x4_splat: 0x13, f64x2_splat: 0x14,
  f32x4_extract_lane: 0x1f, f64x2_extract_lane: 0x21, f64x2_replace_lane: 0x22,
  f32x4_ne: 0x42, f64x2_ne: 0x48, v128_or: 0x50, v128_bitselect: 0x52, v128_any_true: 0x53,
  f32x4_abs: 0xe0, f32x4_neg: 0xe1, f32x4_sqrt: 0xe3, f32x4_add: 0xe4, f32x4_sub: 0xe5, f32x4_mul: 0xe6, f32x4_div: 0xe7,
  f64x2_abs: 0xec, f64x2_neg: 0xed, f64x2_sqrt: 0xef, f64x2_add: 0xf0, f64x2_sub: 0xf1, f64x2_mul: 0xf2, f64x2_div: 0xf3,
  f32x4_pmin: 0xea, f32x4_pmax: 0xeb, f64x2_pmin: 0xf6, f64x2_pmax: 0xf7,
} as const;

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

export function sleb(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    const done = (v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
}

/** An instruction sequence under construction. */
export class Code {
  bytes: number[] = [];
  op(...ops: number[]): this {
    this.bytes.push(...ops);
    return this;
  }
  get(i: number): this {
    return this.op(Op.local_get, ...uleb(i));
  }
  set(i: number): this {
    return this.op(Op.local_set, ...uleb(i));
  }
  tee(i: number): this {
    return this.op(Op.local_tee, ...uleb(i));
  }
  i32(v: number): this {
    return this.op(Op.i32_const, ...sleb(v));
  }
  i64(v: bigint | number): this {
    return this.op(Op.i64_const, ...sleb(v));
  }
  f64(v: number): this {
    const b = new Uint8Array(new Float64Array([v]).buffer);
    return this.op(Op.f64_const, ...b);
  }
  f32(v: number): this {
    const b = new Uint8Array(new Float32Array([v]).buffer);
    return this.op(Op.f32_const, ...b);
  }
  /** a memory access with alignment hint log2(align) and a constant byte offset (default 0) */
  mem(opcode: number, alignLog2: number, offset = 0): this {
    return this.op(opcode, alignLog2, ...uleb(offset));
  }
  /** a SIMD instruction (Simd.*); lane-indexed ones take their lane as `imm` */
  simd(opcode: number, imm?: number): this {
    this.op(0xfd, ...uleb(opcode));
    return imm === undefined ? this : this.op(imm);
  }
  /** a SIMD load or store (unaligned: alignment hint 0) at a constant byte offset */
  simdMem(opcode: number, offset = 0): this {
    return this.op(0xfd, ...uleb(opcode), 0, ...uleb(offset));
  }
}

export interface FuncDef {
  name: string;
  params: ValType[];
  results: ValType[];
  locals: ValType[];
  body: Code;
}

function section(id: number, payload: number[]): number[] {
  return [id, ...uleb(payload.length), ...payload];
}
function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}
function name(s: string): number[] {
  const b = [...new TextEncoder().encode(s)];
  return [...uleb(b.length), ...b];
}

/** A host function the module imports as `env.<name>` (imported functions take indices 0, 1, …). */
export interface ImportDef {
  name: string;
  params: ValType[];
  results: ValType[];
}

/** A module importing `env.mem` (and the given host functions) and exporting the given functions. */
export function assemble(funcs: FuncDef[], hostFuncs: ImportDef[] = []): Uint8Array {
  const sig = (f: { params: ValType[]; results: ValType[] }) => [0x60, ...vec(f.params.map((p) => [p])), ...vec(f.results.map((r) => [r]))];
  const types = [...hostFuncs.map(sig), ...funcs.map(sig)];
  const nh = hostFuncs.length;
  const imports = vec([
    // a shared memory is imported as shared, with its maximum (flags 3)
    [...name('env'), ...name('mem'), 0x02, ...(heap.shared ? [0x03, 0x00, ...uleb(65536)] : [0x00, 0x00])],
    ...hostFuncs.map((h, i) => [...name('env'), ...name(h.name), 0x00, ...uleb(i)]),
  ]);
  const fsec = vec(funcs.map((_, i) => uleb(nh + i)));
  const exps = vec(funcs.map((f, i) => [...name(f.name), 0x00, ...uleb(nh + i)]));
  const codes = vec(
    funcs.map((f) => {
      const groups: number[][] = [];
      for (const t of f.locals) {
        const last = groups[groups.length - 1];
        if (last && last[1] === t) last[0]++;
        else groups.push([1, t]);
      }
      const body = [...vec(groups.map(([n, t]) => [...uleb(n), t])), ...f.body.bytes, Op.end];
      return [...uleb(body.length), ...body];
    }),
  );
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)), ...section(2, imports), ...section(3, fsec), ...section(7, exps), ...section(10, codes),
  ]);
}
