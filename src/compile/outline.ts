/**
 * Loops moved into functions of their own, so that V8 can optimize them, and optimize them once.
 *
 * V8 never optimizes a function whose bytecode passes about 60 KB (`--max-optimized-bytecode-size`),
 * and the generated code of a Python line is a few hundred bytes of it: a script's module body of a
 * hundred lines, or a long `main()`, ran its loops in the interpreter, slower than CPython (a float
 * `while` loop after 100 module-level lines measured 16× slower than after 20). Here, once a body is
 * compiled, each outermost loop of a body over LIMIT characters is wrapped in a function `$loop` called
 * in its place, and the loops of a wrapped loop still over LIMIT in turn.
 *
 * A module body runs once, so its loops only ever run optimized through on-stack replacement (OSR), and
 * V8 compiles an OSR entry with the whole rest of the function: with the loops inline, every module-level
 * loop recompiled the module body (up to 50 ms each time for the list benchmark), and the code after an
 * inner loop, not yet run when the loop was compiled, threw the compiled code away again when reached
 * (a module loop of 16 rounds around an inner loop took 400 ms, 300 of them in its first four rounds).
 * So a module outlines every loop, and every loop inside those, whatever their size (that loop: 230 ms).
 * A function body with two loops or more, one after the other, outlines them too (not the loops inside
 * them, unless long) when it is not short (SEQUENCE_MIN): when its first loop was compiled and left, the
 * next ones ran in the interpreter to their end, V8 not tiering the function up again so soon (three loops
 * of 20 000 string method calls: the second and third took 270-880 ns an iteration, CPython 45).
 *
 * The function receives the body's locals that the loop mentions as parameters and hands their final
 * values back, also when an exception leaves the loop, so its hot code keeps them in registers: a
 * variable captured by a closure lives in a context slot instead, and every float stored there is a new
 * heap number (10× slower in a float loop). Only names no nested scope mentions are copied (they are
 * read and written by this code alone; scope.ts privateNames); `$ln` is copied too, for the traceback of
 * an exception leaving the loop. The values go back through variables of the enclosing scope, assigned
 * in a `finally` (with a flag saying the `finally` ran): a context-slot store needs no type feedback,
 * whereas a store into an array did, and since V8 keeps OSR code that deoptimizes after its loop, a loop
 * compiled before it had ever ended deoptimized at every later end (a sieve generator's inner loop: 154
 * times). The temporaries the loop's code allocated are declared inside it. A `return` inside the loop
 * returns from `$loop`, which returns the sentinel `$NR` when the loop ends, and the caller returns
 * whatever else it gets. The functions are defined once at the top of the enclosing scope (an outer
 * `$loop` for a nested one), not at each entry of the loop. The warnings module counts Python frames on
 * the JS stack and skips the frame that called a `$loop` (traceback.ts).
 *
 * Generator and coroutine bodies are another case: V8 never compiles a generator with an on-stack
 * replacement entry, so a long loop in one runs in the interpreter until the generator has been resumed
 * often enough (a sieve generator yielding primes below 800 000 spent most of its time in its first
 * few inner loops). There, whatever the body's size, every loop without a suspension point (`yield`,
 * `yield*`, which is also how `await` compiles) that is not inside another such loop is outlined, and the
 * loops holding a `yield` keep their place with their own yield-free loops outlined. Class bodies and
 * comprehensions keep their loops.
 */
import type { FnCtx } from './context';

/** JS characters of a body above which its loops are outlined (V8's limit is met near 75 000 of ours) */
const DEFAULT_LIMIT = 20000;
let LIMIT = DEFAULT_LIMIT;

/**
 * JS characters of a function body with two loops or more above which they are outlined: each outlined
 * loop costs a closure at every call (a function of two 3-item loops: 23 -> 72 ns a call), which short
 * functions called often would feel, and their loops are short too.
 */
const SEQUENCE_MIN = 2500;

/** Tests outline every loop (0) to run whole suites through outlined code; null restores the default. */
export function setOutlineLimit(chars: number | null): void {
  LIMIT = chars ?? DEFAULT_LIMIT;
}

/** a loop statement's code: lines [start, end) and temporaries [tempStart, tempEnd) of its FnCtx */
export interface LoopMark {
  start: number;
  end: number;
  tempStart: number;
  tempEnd: number;
  inner: LoopMark[];
}

/** Before compiling a loop statement: where its code begins (null when the body keeps its loops). */
export function loopStart(ctx: FnCtx): LoopMark | null {
  if (ctx.outline === null) return null;
  const mark: LoopMark = { start: ctx.lines.length, end: -1, tempStart: ctx.tempDecls.length, tempEnd: -1, inner: [] };
  const open = ctx.outline.open;
  (open.length ? open[open.length - 1].inner : ctx.outline.marks).push(mark);
  open.push(mark);
  return mark;
}

/** After compiling it: where its code ends. */
export function loopEnd(ctx: FnCtx, mark: LoopMark | null): void {
  if (mark === null) return;
  mark.end = ctx.lines.length;
  mark.tempEnd = ctx.tempDecls.length;
  ctx.outline!.open.pop();
}

/** the JS `yield` keyword (generated names are `v_…`/`$…`, and string constants live in a table) */
const YIELD = /(?<![\w$])yield(?![\w$])/;

const size = (lines: string[], from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n += lines[i].length;
  return n;
};

/**
 * Rewrite a compiled body's lines and temporaries with its long loops outlined. `copied`: the JS names
 * of the locals that may be passed in and out; `returns`: whether the body is a function (whose loops may
 * `return`); `generator`: a generator's or coroutine's body; `module`: a module's body (every loop outlined).
 */
export function outlineLoops(ctx: FnCtx, copied: ReadonlySet<string>, returns: boolean, generator = false, module = false): void {
  const o = ctx.outline;
  const limit = module ? 0 : LIMIT;
  // a function running loops one after another: each its own (see the header)
  const sequence = o !== null && o.marks.length >= 2 && size(ctx.lines, 0, ctx.lines.length) >= SEQUENCE_MIN;
  if (o === null || !o.marks.length || (!generator && !sequence && size(ctx.lines, 0, ctx.lines.length) < limit)) return;
  const lines = ctx.lines;
  const temps = ctx.tempDecls;
  /** temporaries declared by an outlined loop, not by the body */
  const moved = new Set<string>();
  /**
   * The lines [from, to) with the marks among them outlined (those within a mark are its `inner`); the
   * definitions of the functions replacing them go to `defs`, for the top of the enclosing scope.
   */
  const rewrite = (from: number, to: number, marks: LoopMark[], defs: string[]): string[] => {
    const out: string[] = [];
    let at = from;
    for (const m of marks) {
      for (; at < m.start; at++) out.push(lines[at]);
      out.push(...(generator && suspends(m) ? rewrite(m.start, m.end, m.inner, defs) : wrap(m, defs)));
      at = m.end;
    }
    for (; at < to; at++) out.push(lines[at]);
    return out;
  };
  /** whether a loop's code holds a suspension point of the generator (or of a nested generator expression) */
  const suspends = (m: LoopMark): boolean => {
    for (let i = m.start; i < m.end; i++) if (YIELD.test(lines[i])) return true;
    return false;
  };
  const wrap = (m: LoopMark, defs: string[]): string[] => {
    const innerDefs: string[] = [];
    const body = size(lines, m.start, m.end) >= limit ? rewrite(m.start, m.end, m.inner, innerDefs) : lines.slice(m.start, m.end);
    const own = temps.slice(m.tempStart, m.tempEnd).filter((t) => !moved.has(t));
    for (const t of own) moved.add(t);
    const text = body.join('\n') + innerDefs.join('\n');
    const names = new Set<string>();
    for (const [n] of text.matchAll(/\bv_[A-Za-z0-9_$]+/g)) if (copied.has(n)) names.add(n);
    const params = [...names, '$ln'];
    const w = ctx.uid('$w');
    const r = ctx.uid('$o');
    const fn = ctx.uid('$L');
    const back = params.map((_, i) => `${w}_${i}`);
    defs.push(
      `let ${w}, ${back.join(', ')};`,
      `const ${fn} = function $loop(${params.join(', ')}) {`,
      ...(own.length ? [`let ${own.join(', ')};`] : []),
      ...innerDefs,
      `try {`,
      ...body,
      `} finally { ${params.map((p, i) => `${back[i]} = ${p};`).join(' ')} ${w} = true; }`,
      ...(returns ? [`return $NR;`] : []),
      `};`,
    );
    return [
      `{ ${returns ? `let ${r}; ` : ''}${w} = false;`,
      `try { ${returns ? `${r} = ` : ''}${fn}(${params.join(', ')}); }`,
      `finally { if (${w}) { ${params.map((p, i) => `${p} = ${back[i]};`).join(' ')} } }`,
      ...(returns ? [`if (${r} !== $NR) return ${r};`] : []),
      `}`,
    ];
  };
  const defs: string[] = [];
  const body = rewrite(0, lines.length, o.marks, defs);
  ctx.lines = [...defs, ...body];
  ctx.tempDecls = temps.filter((t) => !moved.has(t));
}
