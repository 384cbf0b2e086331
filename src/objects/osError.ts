/**
 * OSError's construction and fields, as CPython 3.11's OSError: `OSError(errno, strerror)` makes the
 * subclass for that errno (OSError(2, 'x') is a FileNotFoundError; Linux numbers), 3 to 5 arguments
 * give `filename` (and `filename2`) while `args` keeps errno and strerror, and `errno` / `strerror`
 * read the first two arguments. Its str() is installed with the file support (file.ts).
 */
import { PyType, typeOf } from './pytype';
import { tuple } from './values';
import { PyExc, excTypes } from './exceptions';
import { throwPy } from './errors';
import { GetSet } from './descriptors';
import { defMethods } from './function';

/** the errno values each OSError subclass stands for */
const ERRNO_TYPES: [string, number[]][] = [
  ['PermissionError', [1, 13]], ['FileNotFoundError', [2]], ['ProcessLookupError', [3]], ['InterruptedError', [4]],
  ['ChildProcessError', [10]], ['BlockingIOError', [11, 114, 115]], ['FileExistsError', [17]], ['NotADirectoryError', [20]],
  ['IsADirectoryError', [21]], ['BrokenPipeError', [32, 108]], ['ConnectionAbortedError', [103]],
  ['ConnectionResetError', [104]], ['TimeoutError', [110]], ['ConnectionRefusedError', [111]],
];

/** Install OSError's __new__ (the errno subclass), __init__ and its errno/strerror/filename fields. */
export function installOSErrors(): void {
  const os = excTypes.get('OSError')!;
  for (const [name, idx] of [['errno', 0], ['strerror', 1]] as const) {
    os.dict[name] = new GetSet(name, (e: PyExc) => (e.d[name] !== undefined ? e.d[name] : e.args.items.length >= 2 ? e.args.items[idx] : null));
  }
  os.dict.filename = new GetSet('filename', (e: PyExc) => e.d.filename ?? null);
  const byErrno = new Map<number, PyType>();
  for (const [name, codes] of ERRNO_TYPES) for (const c of codes) byErrno.set(c, excTypes.get(name)!);
  os.newInstance = (cls, args) => new PyExc(cls === os && args.length >= 2 ? byErrno.get(args[0]) ?? cls : cls);
  // OSError(errno, strerror, filename[, winerror, filename2]): args keeps the first two
  defMethods(os, {
    __init__: (self: PyExc, args, kw) => {
      if (kw !== null && kw.size > 0) throwPy('TypeError', `${typeOf(self).tpName}() takes no keyword arguments`);
      const named = args.length >= 3 && args.length <= 5;
      self.args = tuple(named ? args.slice(0, 2) : args);
      if (named) self.d.filename = args[2];
      if (args.length === 5) self.d.filename2 = args[4];
      return null;
    },
  });
}
