/**
 * A second thread for big kernels. A kernel call over a long array is cut into rows — independent calls
 * of one exported WebAssembly function with numeric arguments, each writing its own part of the output or
 * returning one number — and the main thread and a helper thread take rows until none are left. Both run
 * the same compiled module over the same shared linear memory (runtime/memory.ts), so a row costs a
 * function call and nothing is copied. Memory bandwidth and random-read latency, not arithmetic, bound
 * these kernels, and on this kind of machine a second core nearly doubles what one core can pull from
 * memory (a C loop summing 400 MB: 46 ms on one thread, 25 ms on two).
 *
 * Rows are handed out through one shared counter, so a helper that is slow to wake (the machine is busy)
 * takes fewer rows or none: the main thread never waits for a row the helper has not started. Results do
 * not depend on which thread ran a row, so sums keep NumPy's digits: callers cut along NumPy's pairwise
 * tree and combine the row sums as its top does.
 *
 * The host starts the helper (src/interp/threads.ts on Node) from `WORKER_SOURCE`, a plain function
 * turned into source text, giving it the control block, the memory and a way to receive messages
 * synchronously; modules reach the helper as messages sent before the first job that uses them.
 *
 * Control block (Int32Array over a SharedArrayBuffer): GEN numbers the current job, modulo 2**15 (the
 * helper sleeps on it); NEXT packs the job's number (15 bits) with the next free row (16 bits), so a
 * helper still holding an old job never takes a row of a new one; DONE counts finished rows; READY is set
 * by the helper once it waits; then the job: function id, arity, rows, and FAILED (a row threw in the
 * helper).
 */
import { heap } from './memory';
import { trace } from './debug';

const GEN = 0, NEXT = 1, DONE = 2, READY = 3, MOD = 4, ARITY = 6, ROWS = 7, FAILED = 8;
const CTRL_INTS = 16;
/** most rows in one job, and most arguments per row */
export const MAX_ROWS = 4096;
export const MAX_ARITY = 24;

/** What a host gives: start the helper from source text with the given data; post messages to it. */
export interface ThreadHost {
  start(source: string, data: { ctrl: SharedArrayBuffer; args: SharedArrayBuffer; res: SharedArrayBuffer; memory: WebAssembly.Memory }): { post(msg: unknown): void };
}

/** A function of a compiled module that may run rows in the helper; `local` is the main thread's instance. */
export interface ParallelFn {
  id: number;
  module: WebAssembly.Module;
  name: string;
  local: (...args: number[]) => number | void;
  /** running averages of the time per row on one thread and shared (ms; 0 until measured), and calls made */
  single: number;
  shared: number;
  calls: number;
}

let host: ThreadHost | null = null;
let helper: { post(msg: unknown): void } | null = null;
let ctrl: Int32Array;
let args: Float64Array;
let res: Float64Array;
const posted = new Set<number>();
let nextId = 0;
let gen = 0;

/** Install the host (before the heap's memory exists: the memory must be made shareable). */
export function setThreadHost(h: ThreadHost): void {
  if (host || !heap.shareMemory()) return;
  host = h;
  heap.onFirstBig = startHelper;
}

/** Start the helper now, if a host is installed and it is not running yet (it is ready some ms later). */
export function startHelper(): void {
  if (!host || helper) return;
  ctrl = new Int32Array(new SharedArrayBuffer(4 * CTRL_INTS));
  args = new Float64Array(new SharedArrayBuffer(8 * MAX_ROWS * MAX_ARITY));
  res = new Float64Array(new SharedArrayBuffer(8 * MAX_ROWS));
  if (trace.level) trace.write('ndpy: starting the helper thread\n');
  try {
    helper = host.start(WORKER_SOURCE, { ctrl: ctrl.buffer as SharedArrayBuffer, args: args.buffer as SharedArrayBuffer, res: res.buffer as SharedArrayBuffer, memory: heap.memory });
  } catch (e) {
    if (trace.level) trace.write(`ndpy: no helper thread: ${(e as Error).message}\n`);
    host = null;
  }
}

/**
 * Back-off on a busy machine. When other processes keep the second core, the two threads take turns on
 * one (waking the helper may even take the main thread's core), and a helper taken off its core in the
 * middle of a row stalls the main thread, which must wait for that row. After a job where one thread did
 * every row, or the main thread waited too long at the end, the next `skip` jobs run on one thread; the
 * penalty doubles while jobs keep going wrong and starts over after one that shared its rows.
 */
let skip = 0;
let penalty = 0;

/** jobs shared with the helper so far, and rows it ran (for tests and NDPY_DEBUG) */
export const parallelStats = { jobs: 0, helperRows: 0 };

/**
 * Whether a job given now would be shared with the helper. Callers ask only for work big enough to
 * share, so asking starts the helper when it is not running yet (it is ready for later jobs).
 */
export function threadsReady(): boolean {
  if (helper === null) {
    if (host !== null) startHelper();
    return false;
  }
  if (skip > 0) {
    skip--;
    return false;
  }
  return Atomics.load(ctrl, READY) === 1;
}

/** Register `module`'s export `name` (whose main-thread instance is `local`) for running rows in the helper. */
export function parallelFn(module: WebAssembly.Module, name: string, local: (...args: number[]) => number | void): ParallelFn {
  return { id: nextId++, module, name, local, single: 0, shared: 0, calls: 0 };
}

/**
 * Whether sharing pays for `f` now. Each function keeps the time per row of its recent jobs run on one
 * thread and shared; it shares while that is clearly faster. A busy machine shows here first: when the
 * second core is taken by other processes, the main thread shares its own core with the helper and a
 * shared job gets slower than one on a single thread. Every EXPLORE-th job runs the other way, so both
 * times stay current and a change in the machine's load is noticed.
 */
function shareNow(f: ParallelFn): boolean {
  const prefer = f.single === 0 || f.shared === 0 || f.shared < 0.9 * f.single;
  return ++f.calls % EXPLORE === 0 ? !prefer : prefer;
}
const EXPLORE = 8;
/** weight of the newest job in the running averages */
const ALPHA = 0.3;
const average = (old: number, x: number) => (old === 0 ? x : old + ALPHA * (x - old));

/**
 * Run `rows` calls of `f`: row i gets arguments `argsOf(i)` followed by the number of the thread running
 * it (0 main, 1 helper). Returns each row's result (a function without one gives NaN). Rows are shared
 * with the helper when it is ready; otherwise they all run here, in order.
 */
export function runRows(f: ParallelFn, rows: number, arity: number, argsOf: (i: number, out: number[]) => void): Float64Array {
  const out = new Float64Array(rows);
  const a = new Array<number>(arity + 1);
  const start = performance.now();
  if (!threadsReady() || rows < 2 || rows > MAX_ROWS || arity > MAX_ARITY - 1 || !shareNow(f)) {
    for (let i = 0; i < rows; i++) {
      argsOf(i, a);
      a[arity] = 0;
      out[i] = Number(f.local(...a));
    }
    f.single = average(f.single, (performance.now() - start) / rows);
    return out;
  }
  if (!posted.has(f.id)) {
    helper!.post({ id: f.id, module: f.module, name: f.name });
    posted.add(f.id);
  }
  for (let i = 0; i < rows; i++) {
    argsOf(i, a);
    for (let j = 0; j < arity; j++) args[i * MAX_ARITY + j] = a[j];
  }
  // close the last job first: a helper still reading its description then finds no row to take
  Atomics.store(ctrl, NEXT, (gen << 16) | 0xffff);
  gen = (gen + 1) & 0x7fff;
  Atomics.store(ctrl, DONE, 0);
  Atomics.store(ctrl, FAILED, 0);
  Atomics.store(ctrl, MOD, f.id);
  Atomics.store(ctrl, ARITY, arity);
  Atomics.store(ctrl, ROWS, rows);
  Atomics.store(ctrl, NEXT, gen << 16);
  Atomics.store(ctrl, GEN, gen);
  Atomics.notify(ctrl, GEN);
  const t0 = performance.now();
  let here = 0;
  for (;;) {
    const v = Atomics.load(ctrl, NEXT);
    const i = v & 0xffff;
    if (i >= rows) break;
    if (Atomics.compareExchange(ctrl, NEXT, v, v + 1) !== v) continue;
    for (let j = 0; j < arity; j++) a[j] = args[i * MAX_ARITY + j];
    a[arity] = 0;
    res[i] = Number(f.local(...a));
    here++;
    Atomics.add(ctrl, DONE, 1);
  }
  const t1 = performance.now();
  for (let d = Atomics.load(ctrl, DONE); d < rows; d = Atomics.load(ctrl, DONE)) Atomics.wait(ctrl, DONE, d, 100);
  const waited = performance.now() - t1;
  // the helper's last row may have started just before the main thread ran out of rows, so a wait of up
  // to one row's time is normal; much longer means the helper lost its core
  // (a short job the helper missed because it takes some time to wake says nothing about the machine)
  if (here === 0 || (here === rows && t1 - t0 > 1) || (waited > 0.25 && waited > (1.5 * (t1 - t0)) / here)) {
    // one thread did everything (the other was off its core), or the main thread stalled
    penalty = Math.min(1024, Math.max(4, 2 * penalty));
    skip = penalty;
    if (trace.level) trace.write(`ndpy: ${here} of ${rows} rows here, waited ${waited.toFixed(2)} ms for the helper thread: the next ${skip} jobs run on one thread\n`);
  } else penalty = 0;
  if (Atomics.load(ctrl, FAILED)) {
    // a row failed in the helper (it should not: the same code ran here): redo the job here, in order,
    // and keep to one thread from now on
    helper = null;
    host = null;
    return runRows(f, rows, arity, argsOf);
  }
  f.shared = average(f.shared, (performance.now() - start) / rows);
  parallelStats.jobs++;
  parallelStats.helperRows += rows - here;
  if (trace.level) trace.write(`ndpy: ${rows} rows of ${f.name}, ${rows - here} in the helper thread\n`);
  out.set(res.subarray(0, rows));
  return out;
}

/**
 * The helper's loop, run from its source text: sleep until a job, install modules that arrived, take
 * rows as the main thread does. `receive` returns the next message or undefined.
 */
function helperLoop(data: { ctrl: SharedArrayBuffer; args: SharedArrayBuffer; res: SharedArrayBuffer; memory: WebAssembly.Memory }, receive: () => any): void {
  const GEN = 0, NEXT = 1, DONE = 2, READY = 3, MOD = 4, ARITY = 6, ROWS = 7, FAILED = 8, MAX_ARITY = 24;
  const ctrl = new Int32Array(data.ctrl), args = new Float64Array(data.args), res = new Float64Array(data.res);
  const fns = new Map<number, (...a: number[]) => number>();
  const a: number[] = [];
  let seen = Atomics.load(ctrl, GEN);
  Atomics.store(ctrl, READY, 1);
  for (;;) {
    Atomics.wait(ctrl, GEN, seen);
    seen = Atomics.load(ctrl, GEN);
    for (let m = receive(); m !== undefined; m = receive()) {
      fns.set(m.id, new WebAssembly.Instance(m.module, { env: { mem: data.memory } }).exports[m.name] as any);
    }
    const g = seen;
    const f = fns.get(Atomics.load(ctrl, MOD));
    const arity = Atomics.load(ctrl, ARITY), rows = Atomics.load(ctrl, ROWS);
    if (f === undefined) continue;
    for (;;) {
      const v = Atomics.load(ctrl, NEXT);
      const i = v & 0xffff;
      if (v >>> 16 !== g || i >= rows) break;
      if (Atomics.compareExchange(ctrl, NEXT, v, v + 1) !== v) continue;
      a.length = arity + 1;
      for (let j = 0; j < arity; j++) a[j] = args[i * MAX_ARITY + j];
      a[arity] = 1;
      try {
        res[i] = Number(f(...a));
      } catch {
        Atomics.store(ctrl, FAILED, 1);
      }
      Atomics.add(ctrl, DONE, 1);
      Atomics.notify(ctrl, DONE);
    }
  }
}

/** the helper's program: `helperLoop` applied to the host's `data` and `receive` */
export const WORKER_SOURCE = `(${helperLoop.toString()})`;
