/**
 * WebAssembly fill kernels for the bit generators' bulk draws (PCG64 and MT19937), emitted with the
 * runtime's own assembler (runtime/wasm/assembler.ts) and run on the array heap's memory, so n draws are
 * written straight into an output array (or a scratch block) with no per-draw call from JS.
 *
 * PCG64 (state `st`: four little-endian i64 words at st — state low, state high, increment low, increment
 * high): `pcg_doubles(st, out, n)` writes n doubles `(x >> 11) * 2**-53`, `pcg_raw(st, out, n)` n raw
 * 64-bit outputs, both leaving the advanced state at st. The 128-bit LCG step `s = s * MULT + inc` runs
 * on i64 halves: the low half of the product wraps in one i64.mul, the high half is
 * mulhi64(s_lo, MULT_lo) + s_lo * MULT_hi + s_hi * MULT_lo, where the 64x64 high product is built from the
 * four 32x32 → 64 partial products. The output is XSL-RR: rotr64(hi ^ lo, hi >> 58).
 *
 * MT19937 (key: 624 little-endian u32 words at `k`): `mt_doubles(k, pos, out, n) → pos` writes n doubles
 * from word pairs `((a >> 5) * 2**26 + (b >> 6)) * 2**-53`, `mt_words(k, pos, out, n) → pos` n tempered
 * words; both regenerate the key in place (`mt_gen`) whenever pos reaches 624 and return the new pos.
 *
 * `randomKernels()` returns null where WebAssembly is unavailable or disabled (setWasmEnabled(false));
 * callers then take their JS loops, which produce the same bits.
 */
import { heap, Block } from '../memory';
import { wasmOn } from '../ufunc';
import { Code, Op, I32, I64, assemble } from '../wasm/assembler';
import { compileModule } from '../wasm/module';

export interface RandomKernels {
  pcg_doubles(st: number, out: number, n: number): void;
  pcg_raw(st: number, out: number, n: number): void;
  mt_doubles(k: number, pos: number, out: number, n: number): number;
  mt_words(k: number, pos: number, out: number, n: number): number;
}

/** opcodes the shared assembler table does not list */
const I64_ROTR = 0x8a;

// PCG64's multiplier 0x2360ed051fc65da44385df649fccf645 in 64- and 32-bit pieces
const MULT_HI = 0x2360ed051fc65da4n;
const MULT_LO = 0x4385df649fccf645n;
const MULT_LO_HI32 = 0x4385df64n;
const MULT_LO_LO32 = 0x9fccf645n;

/** draws per kernel call: long fills are split so the optimizing tier can take over between calls */
export const KERNEL_CHUNK = 65536;

let cached: RandomKernels | null | undefined;
let scratchBlock: Block | null = null;

/** Bytes of the shared scratch block: the PCG64 state words, an MT19937 key, then a draw buffer. */
export const SCRATCH_STATE = 0;
export const SCRATCH_KEY = 64;
export const SCRATCH_BUF = 4096;
export const SCRATCH_BUF_BYTES = 65536;

/**
 * The address of a scratch block on the heap, kept for the life of the process (allocated on first use).
 * Fills are not re-entrant (no Python code runs during a fill), so one block serves them all.
 */
export function kernelScratch(): number {
  if (scratchBlock === null) scratchBlock = heap.alloc(SCRATCH_BUF + SCRATCH_BUF_BYTES);
  return scratchBlock.ptr;
}

/** The kernels, or null without WebAssembly (or with it switched off). */
export function randomKernels(): RandomKernels | null {
  if (!wasmOn()) return null;
  if (cached === undefined) cached = build();
  return cached;
}

/** The body of pcg_doubles / pcg_raw. */
function pcgBody(doubles: boolean): Code {
  // params: st 0, out 1, n 2; locals: end 3 (i32); sl 4, sh 5, il 6, ih 7, a0 8, a1 9, p01 10, p10 11, lo 12, x 13 (i64)
  const ST = 0, OUT = 1, N = 2, END = 3, SL = 4, SH = 5, IL = 6, IH = 7, A0 = 8, A1 = 9, P01 = 10, P10 = 11, LO = 12, X = 13;
  const c = new Code();
  c.get(ST).mem(Op.i64_load, 3, 0).set(SL);
  c.get(ST).mem(Op.i64_load, 3, 8).set(SH);
  c.get(ST).mem(Op.i64_load, 3, 16).set(IL);
  c.get(ST).mem(Op.i64_load, 3, 24).set(IH);
  c.get(OUT).get(N).i32(8).op(Op.i32_mul, Op.i32_add).set(END);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(OUT).get(END).op(Op.i32_ge_u, Op.br_if, 1);
  // a0, a1: the 32-bit halves of the state's low word
  c.get(SL).i64(0xffffffff).op(Op.i64_and).set(A0);
  c.get(SL).i64(32).op(Op.i64_shr_u).set(A1);
  c.get(A0).i64(MULT_LO_HI32).op(Op.i64_mul).set(P01);
  c.get(A1).i64(MULT_LO_LO32).op(Op.i64_mul).set(P10);
  // the new high word: a1*b1 + (p01 >> 32) + (p10 >> 32) + (mid >> 32) + sl*MULT_HI + sh*MULT_LO + ih + carry,
  // mid = (a0*b0 >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff)
  c.get(A1).i64(MULT_LO_HI32).op(Op.i64_mul);
  c.get(P01).i64(32).op(Op.i64_shr_u, Op.i64_add);
  c.get(P10).i64(32).op(Op.i64_shr_u, Op.i64_add);
  c.get(A0).i64(MULT_LO_LO32).op(Op.i64_mul).i64(32).op(Op.i64_shr_u);
  c.get(P01).i64(0xffffffff).op(Op.i64_and, Op.i64_add);
  c.get(P10).i64(0xffffffff).op(Op.i64_and, Op.i64_add);
  c.i64(32).op(Op.i64_shr_u, Op.i64_add);
  c.get(SL).i64(MULT_HI).op(Op.i64_mul, Op.i64_add);
  c.get(SH).i64(MULT_LO).op(Op.i64_mul, Op.i64_add);
  c.get(IH).op(Op.i64_add);
  // the new low word and its carry into the high word
  c.get(SL).i64(MULT_LO).op(Op.i64_mul).tee(LO).get(IL).op(Op.i64_add).tee(SL);
  c.get(LO).op(Op.i64_lt_u, Op.i64_extend_i32_u, Op.i64_add).set(SH);
  // XSL-RR output
  c.get(SH).get(SL).op(Op.i64_xor).get(SH).i64(58).op(Op.i64_shr_u, I64_ROTR).set(X);
  c.get(OUT);
  if (doubles) {
    c.get(X).i64(11).op(Op.i64_shr_u, Op.f64_convert_i64_u).f64(1 / 9007199254740992).op(Op.f64_mul);
    c.mem(Op.f64_store, 3, 0);
  } else {
    c.get(X).mem(Op.i64_store, 3, 0);
  }
  c.get(OUT).i32(8).op(Op.i32_add).set(OUT);
  c.op(Op.br, 0, Op.end, Op.end);
  c.get(ST).get(SL).mem(Op.i64_store, 3, 0);
  c.get(ST).get(SH).mem(Op.i64_store, 3, 8);
  return c;
}

const MT_N = 624;
const MT_M = 397;

/** mt_gen(k): regenerate the key (three loops, as the reference code). Function index 0. */
function mtGenBody(): Code {
  // params: k 0; locals: p 1, end 2, y 3
  const K = 0, P = 1, END = 2, Y = 3;
  const c = new Code();
  // key[i] = key[i + off] ^ (y >> 1) ^ (-(y & 1) & MATRIX_A), y = (key[i] & UPPER) | (key[i + 1] & LOWER)
  const step = (offBytes: number, nextBytes: number) => {
    c.get(P).mem(Op.i32_load, 2, 0).i32(0x80000000 | 0).op(Op.i32_and);
    if (nextBytes >= 0) c.get(P).mem(Op.i32_load, 2, nextBytes);
    else c.get(K).mem(Op.i32_load, 2, 0);
    c.i32(0x7fffffff).op(Op.i32_and, Op.i32_or).set(Y);
    c.get(P);
    if (offBytes >= 0) c.get(P).mem(Op.i32_load, 2, offBytes);
    else c.get(P).i32(-offBytes).op(Op.i32_sub).mem(Op.i32_load, 2, 0);
    c.get(Y).i32(1).op(Op.i32_shr_u, Op.i32_xor);
    c.i32(0).get(Y).i32(1).op(Op.i32_and, Op.i32_sub).i32(0x9908b0df | 0).op(Op.i32_and, Op.i32_xor);
    c.mem(Op.i32_store, 2, 0);
  };
  const loop = (endWord: number, offWords: number) => {
    c.get(K).i32(endWord * 4).op(Op.i32_add).set(END);
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(P).get(END).op(Op.i32_ge_u, Op.br_if, 1);
    step(offWords * 4, 4);
    c.get(P).i32(4).op(Op.i32_add).set(P);
    c.op(Op.br, 0, Op.end, Op.end);
  };
  c.get(K).set(P);
  loop(MT_N - MT_M, MT_M);
  loop(MT_N - 1, MT_M - MT_N);
  // the last word pairs with key[0]
  step((MT_M - MT_N) * 4, -1);
  return c;
}

/** mt_doubles / mt_words (function indices 1 and 2): draws with regeneration at pos 624. */
function mtFillBody(doubles: boolean): Code {
  // params: k 0, pos 1, out 2, n 3; locals: end 4, y 5, a 6
  const K = 0, POS = 1, OUT = 2, N = 3, END = 4, Y = 5, A = 6;
  const c = new Code();
  // one tempered word into Y
  const word = () => {
    c.get(POS).i32(MT_N).op(Op.i32_eq, Op.if, 0x40).get(K).op(Op.call, 0).i32(0).set(POS).op(Op.end);
    c.get(K).get(POS).i32(2).op(Op.i32_shl, Op.i32_add).mem(Op.i32_load, 2, 0).set(Y);
    c.get(POS).i32(1).op(Op.i32_add).set(POS);
    c.get(Y).get(Y).i32(11).op(Op.i32_shr_u, Op.i32_xor).set(Y);
    c.get(Y).get(Y).i32(7).op(Op.i32_shl).i32(0x9d2c5680 | 0).op(Op.i32_and, Op.i32_xor).set(Y);
    c.get(Y).get(Y).i32(15).op(Op.i32_shl).i32(0xefc60000 | 0).op(Op.i32_and, Op.i32_xor).set(Y);
    c.get(Y).get(Y).i32(18).op(Op.i32_shr_u, Op.i32_xor).set(Y);
  };
  const size = doubles ? 8 : 4;
  c.get(OUT).get(N).i32(size).op(Op.i32_mul, Op.i32_add).set(END);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(OUT).get(END).op(Op.i32_ge_u, Op.br_if, 1);
  word();
  if (doubles) {
    c.get(Y).i32(5).op(Op.i32_shr_u).set(A);
    word();
    c.get(OUT);
    c.get(A).op(Op.f64_convert_i32_u).f64(67108864).op(Op.f64_mul);
    c.get(Y).i32(6).op(Op.i32_shr_u, Op.f64_convert_i32_u, Op.f64_add);
    c.f64(1 / 9007199254740992).op(Op.f64_mul).mem(Op.f64_store, 3, 0);
  } else {
    c.get(OUT).get(Y).mem(Op.i32_store, 2, 0);
  }
  c.get(OUT).i32(size).op(Op.i32_add).set(OUT);
  c.op(Op.br, 0, Op.end, Op.end);
  c.get(POS);
  return c;
}

function build(): RandomKernels | null {
  try {
    const pcgLocals = [I32, I64, I64, I64, I64, I64, I64, I64, I64, I64, I64] as const;
    const bytes = assemble([
      { name: 'mt_gen', params: [I32], results: [], locals: [I32, I32, I32], body: mtGenBody() },
      { name: 'mt_doubles', params: [I32, I32, I32, I32], results: [I32], locals: [I32, I32, I32], body: mtFillBody(true) },
      { name: 'mt_words', params: [I32, I32, I32, I32], results: [I32], locals: [I32, I32, I32], body: mtFillBody(false) },
      { name: 'pcg_doubles', params: [I32, I32, I32], results: [], locals: [...pcgLocals], body: pcgBody(true) },
      { name: 'pcg_raw', params: [I32, I32, I32], results: [], locals: [...pcgLocals], body: pcgBody(false) },
    ]);
    const inst = new WebAssembly.Instance(compileModule(bytes, 'random bit generators'), { env: { mem: heap.memory } });
    return inst.exports as unknown as RandomKernels;
  } catch {
    return null;
  }
}
