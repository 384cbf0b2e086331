/**
 * `node:worker_threads`, loaded on first use rather than at start-up: loaded while the start-up snapshot
 * is built (repl/snapshot.ts), it breaks every worker a process started from the snapshot makes (Node's
 * internal cwd counter, a SharedArrayBuffer, does not survive the snapshot), and the array runtime's
 * helper thread (src/interp/threads.ts) is such a worker.
 */
import type * as WorkerThreads from 'node:worker_threads';

let loaded: typeof WorkerThreads | null = null;

export function workerThreads(): typeof WorkerThreads {
  return (loaded ??= (process as any).getBuiltinModule('node:worker_threads') as typeof WorkerThreads);
}
