/**
 * Gives the array runtime its helper thread on Node (runtime/parallel.ts): a `worker_threads` worker
 * started from the helper's source text, receiving modules synchronously through a MessagePort. Installed
 * when numpy is first imported, before the array heap's memory exists (it must be made shared); the
 * worker itself starts only when a program first allocates an array of 16 MB or more (runtime/memory.ts),
 * so small scripts never pay for it, and it never keeps the process alive. `NDPY_THREADS=0` in the
 * environment keeps everything on one thread (read when the worker would start, not at install time,
 * which may be in the snapshot build). Elsewhere (browsers) nothing is installed. Installing may happen while
 * the start-up snapshot is built (repl/snapshot.ts): nothing here touches worker_threads before `start`.
 */
import { setThreadHost, type ThreadHost } from '../../runtime/parallel';

let done = false;

export function installThreads(): void {
  if (done) return;
  done = true;
  const proc = (globalThis as any).process;
  const getBuiltin = proc?.getBuiltinModule;
  if (typeof getBuiltin !== 'function') return;
  const host: ThreadHost = {
    start(source, data) {
      if (proc.env?.NDPY_THREADS === '0') throw new Error('NDPY_THREADS=0');
      // loaded only now: worker_threads loaded while the start-up snapshot is built breaks every worker
      // started from the snapshot (Node's internal cwd counter does not survive it)
      const wt = getBuiltin('worker_threads');
      const { port1, port2 } = new wt.MessageChannel();
      const boot = `const { workerData, receiveMessageOnPort } = require('node:worker_threads');
${source}(workerData, () => receiveMessageOnPort(workerData.port)?.message);`;
      const w = new wt.Worker(boot, { eval: true, workerData: { ...data, port: port2 }, transferList: [port2], execArgv: [], argv: [] });
      w.unref();
      port1.unref?.();
      w.on('error', (e: any) => { if (proc.env?.NDPY_DEBUG) proc.stderr.write(`ndpy: helper thread failed: ${e?.stack}\n`); });
      return { post: (msg: unknown) => port1.postMessage(msg) };
    },
  };
  setThreadHost(host);
}
