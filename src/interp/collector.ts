/**
 * Gives the array heap (runtime/memory.ts) a synchronous way to learn which array buffers the program
 * can no longer reach: on Node, a full garbage collection plus `FinalizationRegistry.cleanupSome`, both
 * enabled at run time through V8 flags in a fresh vm context (no command-line flags needed, so embedders
 * get it too). Elsewhere nothing is installed and dead buffers return when the registry's callbacks run
 * between turns of the event loop.
 */
import { heap } from '../../runtime/memory';

let done = false;

export function installCollector(): void {
  if (done) return;
  done = true;
  const proc = (globalThis as any).process;
  const getBuiltin = proc?.getBuiltinModule;
  if (typeof getBuiltin !== 'function') return;
  try {
    const v8 = getBuiltin('v8');
    const vm = getBuiltin('vm');
    v8.setFlagsFromString('--expose-gc');
    v8.setFlagsFromString('--harmony-weak-refs-with-cleanup-some');
    const ctx = vm.createContext({});
    const gc = vm.runInContext('gc', ctx);
    const Registry = vm.runInContext('FinalizationRegistry', ctx);
    if (typeof gc !== 'function' || typeof Registry?.prototype?.cleanupSome !== 'function') return;
    heap.setCollector({ gc, Registry });
  } catch {
    // not Node, or flags refused: fall back to asynchronous finalization
  }
}
