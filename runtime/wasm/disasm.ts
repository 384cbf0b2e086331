/**
 * A listing of a WebAssembly module in the text format's instruction names, for `NDPY_DEBUG=3`: each
 * exported function with its signature, locals and body, indented by block depth. It reads what
 * assembler.ts writes (type, import, function, export and code sections) and decodes every instruction's
 * immediates from the binary format's rules, so opcodes missing from the assembler's name tables (code
 * emitted as raw bytes) still list, as `0xNN` or `simd.0xNN`.
 */
import { Op, Simd } from './assembler';

const TYPE_NAMES: Record<number, string> = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x7b: 'v128' };

/** `i32_load` → `i32.load`, `local_get` → `local.get`; control words (`br_if`, `loop`) stay as they are */
function textName(id: string): string {
  return /^(br_|return|call|block|loop|if|else|end|drop|select)/.test(id) ? id : id.replace('_', '.');
}
const OP_NAMES = new Map(Object.entries(Op).map(([k, v]) => [v as number, textName(k)]));
const SIMD_NAMES = new Map(Object.entries(Simd).map(([k, v]) => [v as number, textName(k)]));

class Reader {
  constructor(readonly b: Uint8Array, public p = 0) {}
  byte(): number {
    return this.b[this.p++];
  }
  uleb(): number {
    let r = 0, mul = 1, x: number;
    do {
      x = this.byte();
      r += (x & 0x7f) * mul;
      mul *= 128;
    } while (x & 0x80);
    return r;
  }
  sleb(): bigint {
    let r = 0n, shift = 0n, x: number;
    do {
      x = this.byte();
      r |= BigInt(x & 0x7f) << shift;
      shift += 7n;
    } while (x & 0x80);
    return x & 0x40 ? r - (1n << shift) : r;
  }
  bytes(n: number): Uint8Array {
    const s = this.b.subarray(this.p, this.p + n);
    this.p += n;
    return s;
  }
  name(): string {
    return new TextDecoder().decode(this.bytes(this.uleb()));
  }
}

/** one instruction at r.p: its text (opcode name and immediates) and the change of block depth */
function instruction(r: Reader): { text: string; depth: number } {
  const op = r.byte();
  const name = OP_NAMES.get(op) ?? `0x${op.toString(16).padStart(2, '0')}`;
  const memarg = () => {
    const align = r.uleb();
    const offset = r.uleb();
    return `${offset ? ` offset=${offset}` : ''} align=${2 ** align}`;
  };
  if (op === 0x02 || op === 0x03 || op === 0x04) {
    const bt = r.byte();
    return { text: bt === 0x40 ? name : `${name} (result ${TYPE_NAMES[bt] ?? bt})`, depth: 1 };
  }
  if (op === 0x0b) return { text: name, depth: -1 };
  if (op === 0x0c || op === 0x0d || op === 0x10 || (op >= 0x20 && op <= 0x24)) return { text: `${name} ${r.uleb()}`, depth: 0 };
  if (op >= 0x28 && op <= 0x3e) return { text: name + memarg(), depth: 0 };
  if (op === 0x3f || op === 0x40) return { text: `${op === 0x3f ? 'memory.size' : 'memory.grow'}`, depth: (r.byte(), 0) };
  if (op === 0x41 || op === 0x42) return { text: `${name} ${r.sleb()}`, depth: 0 };
  if (op === 0x43) return { text: `${name} ${new DataView(r.bytes(4).slice().buffer).getFloat32(0, true)}`, depth: 0 };
  if (op === 0x44) return { text: `${name} ${new DataView(r.bytes(8).slice().buffer).getFloat64(0, true)}`, depth: 0 };
  if (op === 0xfc) {
    const sub = r.uleb();
    if (sub === 10) r.bytes(2);
    if (sub === 11) r.byte();
    const names = ['i32.trunc_sat_f32_s', 'i32.trunc_sat_f32_u', 'i32.trunc_sat_f64_s', 'i32.trunc_sat_f64_u', 'i64.trunc_sat_f32_s', 'i64.trunc_sat_f32_u', 'i64.trunc_sat_f64_s', 'i64.trunc_sat_f64_u'];
    return { text: names[sub] ?? (sub === 10 ? 'memory.copy' : sub === 11 ? 'memory.fill' : `misc.0x${sub.toString(16)}`), depth: 0 };
  }
  if (op === 0xfd) {
    const sub = r.uleb();
    const sname = SIMD_NAMES.get(sub) ?? `simd.0x${sub.toString(16)}`;
    if (sub <= 0x0b || sub === 0x5c || sub === 0x5d) return { text: sname + memarg(), depth: 0 };
    if (sub === 0x0c || sub === 0x0d) return { text: `${sname} ${[...r.bytes(16)].join(' ')}`, depth: 0 };
    if (sub >= 0x15 && sub <= 0x22) return { text: `${sname} ${r.byte()}`, depth: 0 };
    if (sub >= 0x54 && sub <= 0x5b) {
      const m = memarg();
      return { text: `${sname}${m} ${r.byte()}`, depth: 0 };
    }
    return { text: sname, depth: 0 };
  }
  return { text: name, depth: 0 };
}

/** The listing of a module's functions; `label` says what the module is for. */
export function disassemble(bytes: Uint8Array, label: string): string {
  const r = new Reader(bytes, 8);
  const types: { params: string[]; results: string[] }[] = [];
  const funcTypes: number[] = [];
  const exportNames = new Map<number, string>();
  let imported = 0;
  const out: string[] = [`;; ${label}: ${bytes.length} bytes`, '(module'];
  while (r.p < bytes.length) {
    const id = r.byte();
    const end = r.uleb() + r.p;
    if (id === 1) {
      for (let n = r.uleb(); n > 0; n--) {
        r.byte();
        const params = [...r.bytes(r.uleb())].map((t) => TYPE_NAMES[t]);
        const results = [...r.bytes(r.uleb())].map((t) => TYPE_NAMES[t]);
        types.push({ params, results });
      }
    } else if (id === 2) {
      for (let n = r.uleb(); n > 0; n--) {
        const mod = r.name();
        const field = r.name();
        const kind = r.byte();
        if (kind === 0) {
          const t = types[r.uleb()];
          out.push(`  (import "${mod}" "${field}" (func $${field} (param ${t.params.join(' ')}) (result ${t.results.join(' ')})))`);
          imported++;
        } else if (kind === 2) {
          const flags = r.byte();
          r.uleb();
          if (flags & 1) r.uleb();
          out.push(`  (import "${mod}" "${field}" (memory))`);
        } else break;
      }
    } else if (id === 3) {
      for (let n = r.uleb(); n > 0; n--) funcTypes.push(r.uleb());
    } else if (id === 7) {
      for (let n = r.uleb(); n > 0; n--) {
        const nm = r.name();
        const kind = r.byte();
        const idx = r.uleb();
        if (kind === 0) exportNames.set(idx, nm);
      }
    } else if (id === 10) {
      const n = r.uleb();
      for (let f = 0; f < n; f++) {
        const fend = r.uleb() + r.p;
        const t = types[funcTypes[f]];
        const locals: string[] = [];
        for (let g = r.uleb(); g > 0; g--) {
          const count = r.uleb();
          locals.push(...Array(count).fill(TYPE_NAMES[r.byte()]));
        }
        const nm = exportNames.get(imported + f) ?? `f${imported + f}`;
        out.push(`  (func $${nm} (param ${t.params.join(' ')}) (result ${t.results.join(' ')})`);
        if (locals.length) out.push(`    (local ${locals.join(' ')})`);
        let depth = 2;
        while (r.p < fend - 1) {
          const { text, depth: d } = instruction(r);
          if (d < 0 || text === 'else') depth--;
          out.push(`${'  '.repeat(Math.max(depth, 2))}${text}`);
          if (d > 0 || text === 'else') depth++;
        }
        r.p = fend;
        out.push('  )');
      }
    }
    r.p = end;
  }
  out.push(')');
  return out.join('\n') + '\n';
}
