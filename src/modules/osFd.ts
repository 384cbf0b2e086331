/**
 * The descriptor-level functions of `os` for the three standard streams: os.read(0, n), os.write(1 or 2,
 * data) and os.fstat(fd). Competitive programmers' fast-input templates are built on them
 * (`io.BytesIO(os.read(0, os.fstat(0).st_size)).readline`, PyRival's FastIO class, which reads until
 * os.read returns b'' and writes its output with os.write(1, ...)).
 *
 * Descriptor 0 reads the same line source as input() and sys.stdin (the host's `readLine`), encoded as
 * UTF-8; what a read takes beyond `n` bytes waits, per interpreter state, for the next os.read. Like a
 * read from a pipe, os.read may return fewer bytes than asked for (whole lines as they come), and b''
 * only at end of input. Writes to 1 and 2 go through the interpreter's stdout/stderr in program order.
 * os.fstat asks the host (the command line reports the real descriptor: a redirected file's size); a host
 * that cannot tell reports a pipe (FIFO mode, size 0). Any other descriptor is EBADF, as ndpy opens no
 * files at the descriptor level.
 */
import { PyBytes, PyTuple, isIntNum } from '../objects/values';
import { builtin, parseArgs, Kw } from '../objects/function';
import { throwPy } from '../objects/errors';
import { typeOf, PyType } from '../objects/pytype';
import { osError } from '../objects/file';
import { bytesLike } from '../objects/types/str';
import { encodeStr, decodeBytes } from '../objects/types/codecs';
import { state, InterpState } from '../interp/state';

/** bytes of standard input read from the host but not yet returned by os.read, per interpreter */
const pending = new WeakMap<InterpState, Uint8Array>();

function fdArg(v: any): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (!isIntNum(v)) throwPy('TypeError', `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
  return Number(v);
}

const NON_ASCII = /[^\x00-\x7f]/;
function utf8(s: string): Uint8Array {
  if (NON_ASCII.test(s)) return encodeStr(s, 'utf-8', 'surrogateescape');
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function readStdin(n: number): Uint8Array {
  const s = state();
  let data = pending.get(s);
  if (data === undefined || data.length === 0) {
    // whole lines until n characters (at least n bytes' worth of ASCII) or the end of input
    const parts: string[] = [];
    let len = 0;
    while (len < n) {
      const line = s.io.readLine();
      if (line === null || line === '') break;
      parts.push(line);
      len += line.length;
    }
    data = utf8(parts.join(''));
  }
  if (data.length > n) {
    pending.set(s, data.subarray(n));
    return data.slice(0, n);
  }
  pending.delete(s);
  return data;
}

export function installFdFunctions(d: Record<string, any>, statType: PyType): void {
  d.read = builtin('read', (args: any[], kw: Kw) => {
    const [fdv, nv] = parseArgs('read', args, kw, ['fd/', 'length/']);
    const fd = fdArg(fdv);
    const n = fdArg(nv);
    if (n < 0) throw osError('EINVAL');
    if (fd !== 0) throw osError('EBADF');
    return new PyBytes(n === 0 ? new Uint8Array(0) : readStdin(n));
  });
  d.write = builtin('write', (args: any[], kw: Kw) => {
    const [fdv, data] = parseArgs('write', args, kw, ['fd/', 'data/']);
    const fd = fdArg(fdv);
    const b = bytesLike(data);
    if (b === null) throwPy('TypeError', `a bytes-like object is required, not '${typeOf(data).tpName}'`);
    if (fd !== 1 && fd !== 2) throw osError('EBADF');
    const text = decodeBytes(b, 'utf-8', 'replace');
    if (fd === 1) state().write(text);
    else state().writeErr(text);
    return b.length;
  });
  d.fstat = builtin('fstat', (args: any[], kw: Kw) => {
    const [fdv] = parseArgs('fstat', args, kw, ['fd']);
    const fd = fdArg(fdv);
    if (fd < 0 || fd > 2) throw osError('EBADF');
    const t = Math.floor(Date.now() / 1000);
    let info = { mode: 0o10600, size: 0 };
    try {
      info = state().fs?.fstat?.(fd) ?? info;
    } catch {
      // the host cannot tell: a pipe
    }
    const st = new PyTuple([info.mode, 0, 0, 1, 0, 0, info.size, t, t, t]);
    (st as any).cls = statType;
    return st;
  });
}
