/**
 * Loading and storing one element of a native numeric dtype in generated code: 8- and 16-bit integers
 * widen to i32 by their signedness, 32-bit ones are i32, 64-bit ones i64, floats f32/f64 (alignment
 * hints 0: WebAssembly accepts any address). float16 is not here: its kernels convert through a host
 * call (elementwise.ts).
 */
import { DType } from '../dtype';
import { Code, Op } from './assembler';

/** Emit the load of an element of d from the address on the stack; false for a dtype not covered. */
export function emitElementLoad(c: Code, d: DType): boolean {
  switch (d.char) {
    case '?': case 'B': c.mem(Op.i32_load8_u, 0); return true;
    case 'b': c.mem(Op.i32_load8_s, 0); return true;
    case 'h': c.mem(Op.i32_load16_s, 0); return true;
    case 'H': c.mem(Op.i32_load16_u, 0); return true;
    case 'i': case 'I': c.mem(Op.i32_load, 0); return true;
    case 'l': case 'L': case 'q': case 'Q': c.mem(Op.i64_load, 0); return true;
    case 'f': c.mem(Op.f32_load, 0); return true;
    case 'd': c.mem(Op.f64_load, 0); return true;
  }
  return false;
}

/** Emit the store of an element of d (address, then value, on the stack); false for a dtype not covered. */
export function emitElementStore(c: Code, d: DType): boolean {
  switch (d.char) {
    case '?': case 'b': case 'B': c.mem(Op.i32_store8, 0); return true;
    case 'h': case 'H': c.mem(Op.i32_store16, 0); return true;
    case 'i': case 'I': c.mem(Op.i32_store, 0); return true;
    case 'l': case 'L': case 'q': case 'Q': c.mem(Op.i64_store, 0); return true;
    case 'f': c.mem(Op.f32_store, 0); return true;
    case 'd': c.mem(Op.f64_store, 0); return true;
  }
  return false;
}
