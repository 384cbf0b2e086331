/**
 * Kernel tracing, the `NDPY_DEBUG=1|2|3` levels (the command line reads the variable; embedders pass
 * `kernelDebug` to createInterpreter). Level 1 writes a line per kernel launch — what ran, over which
 * shape, how long it took — and one per collection of dead arrays (runtime/memory.ts); level 2 adds the fused IR of each new fused kernel (runtime/wasm/fused.ts);
 * level 3 adds a listing of every WebAssembly module the runtime compiles (runtime/wasm/disasm.ts).
 *
 * The setting is process-wide, like the kernel caches it describes; lines go to the writer given with
 * the level (an interpreter's stderr). At level 0 every hook is one comparison.
 */

export const trace = {
  level: 0,
  write: (_text: string): void => {},
};

export function setKernelTrace(level: number, write: (text: string) => void): void {
  trace.level = level;
  trace.write = write;
}

/** a launch line: `what` ran over `shape`, started at `t0` (performance.now()) */
export function traceLaunch(what: string, shape: readonly number[], t0: number, note = ''): void {
  const ms = (performance.now() - t0).toFixed(3);
  trace.write(`ndpy: kernel ${what} [${shape.join(', ')}] ${ms} ms${note ? ` ${note}` : ''}\n`);
}
