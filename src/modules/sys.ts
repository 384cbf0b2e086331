/**
 * The `sys` module: argv, exit, version information, the standard streams, limits and introspection.
 *
 * Built per interpreter from its state: `argv` is a fresh list of `state().argv`, `modules` the live
 * dict of loaded modules that `import` itself uses (src/interp/imports.ts ModuleTable), the streams are
 * the shared stream objects of file.ts whose writes go through `state().write`/`writeErr` (so output
 * stays ordered with print()). The struct-sequence values (version_info, float_info, int_info, flags) are
 * tuples of small named types with attribute getters.
 */
import { PyModule, PyTuple, PyFloat } from '../objects/values';
import { builtin, expectArgs, noKw, parseArgs, call, isCallable } from '../objects/function';
import { throwPy } from '../objects/errors';
import { typeOf, builtinType, TupleType, PyType } from '../objects/pytype';
import { makeExc, PyTraceback } from '../objects/exceptions';
import { defGetters } from '../objects/descriptors';
import { PyBuiltin } from '../objects/function';
import { repr } from '../objects/repr';
import { callSpecial, getAttr } from '../objects/attrs';
import { setIntMaxStrDigits, getIntMaxStrDigits } from '../objects/numParse';
import { state, depth, depthLimit } from '../interp/state';
import { modulesDict, importModule } from '../interp/imports';
import { stdStreamObjects, installFileSupport } from '../objects/file';
import { toIndex } from './math';
import { sizeOf } from '../objects/sizeof';
import { asyncgenHooks } from '../interp/asyncGenerators';

/** A struct-sequence type: a tuple subclass whose fields are also attributes. */
function structSeq(name: string, module: string, fields: string[]): (items: any[]) => PyTuple {
  const t: PyType = builtinType(name, TupleType, module);
  const getters: Record<string, (s: PyTuple) => any> = {};
  fields.forEach((f, i) => (getters[f] = (s: PyTuple) => s.items[i]));
  defGetters(t, getters);
  const r = new PyBuiltin('__repr__', (args) => seqRepr(args[0]));
  r.meth = (self) => seqRepr(self);
  t.dict.__repr__ = r;
  t.dict.n_fields = fields.length;
  t.dict.n_sequence_fields = fields.length;
  function seqRepr(s: PyTuple): string {
    return `${module === 'builtins' ? '' : module + '.'}${name}(` + fields.map((f, i) => `${f}=${repr(s.items[i])}`).join(', ') + ')';
  }
  return (items: any[]) => {
    const tup = new PyTuple(items);
    (tup as any).cls = t;
    return tup;
  };
}

const asyncgenHooksInfo = structSeq('asyncgen_hooks', 'builtins', ['firstiter', 'finalizer']);
const versionInfo = structSeq('version_info', 'sys', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const floatInfo = structSeq('float_info', 'sys', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
const intInfo = structSeq('int_info', 'sys', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const hashInfo = structSeq('hash_info', 'sys', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
const flagsInfo = structSeq('flags', 'sys', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
  'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
  'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits',
]);

export function makeSys(): PyModule {
  installFileSupport();
  const s = state();
  const m = new PyModule('sys');
  const d = m.d;
  d.argv = s.argv.slice();
  d.warnoptions = []; // no -W options on this command line
  d.orig_argv = ['python3', ...s.argv];
  d.version = '3.11.7 (main, Jan  1 2024, 00:00:00) [ndpy]';
  d.version_info = versionInfo([3, 11, 7, 'final', 0]);
  d.hexversion = 0x30b07f0;
  d.api_version = 1013;
  // sys.implementation is made on first access (it needs types.SimpleNamespace); ndpy runs scripts as
  // CPython 3.11 does and reports itself as that implementation, as platform.python_implementation() does
  Object.defineProperty(d, 'implementation', {
    configurable: true,
    enumerable: true,
    get() {
      const ns = getAttr(importModule('types', false), 'SimpleNamespace');
      const v = call(ns, [], new Map<string, any>([
        ['name', 'cpython'],
        ['cache_tag', 'cpython-311'],
        ['version', d.version_info],
        ['hexversion', d.hexversion],
        ['_multiarch', 'x86_64-linux-gnu'],
      ]));
      Object.defineProperty(d, 'implementation', { value: v, writable: true, enumerable: true, configurable: true });
      return v;
    },
  });
  d.platform = 'linux';
  d.byteorder = 'little';
  d.maxsize = 9223372036854775807n;
  d.maxunicode = 1114111;
  d.path = s.scriptDir !== null ? [s.scriptDir] : [];
  d.meta_path = [];
  d.path_hooks = [];
  d.builtin_module_names = new PyTuple(['builtins', 'math', 'sys', 'time', 'os', 'tempfile']);
  d.executable = '';
  d.prefix = '';
  d.exec_prefix = '';
  d.base_prefix = '';
  d.platlibdir = 'lib';
  d.dont_write_bytecode = true;
  d.copyright = 'Copyright (c) ndpy authors.';
  d.float_repr_style = 'short';
  d.float_info = floatInfo([
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
    new PyFloat(Number.EPSILON), 2, 1,
  ]);
  d.int_info = intInfo([30, 4, 4300, 640]);
  d.hash_info = hashInfo([64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0]);
  // a plain `python3 script.py` (bytecode writing off, as dont_write_bytecode says)
  d.flags = flagsInfo([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]);
  d.modules = modulesDict();

  const streams = stdStreamObjects();
  d.stdout = streams.stdout;
  d.stderr = streams.stderr;
  d.stdin = streams.stdin;
  d.__stdout__ = streams.stdout;
  d.__stderr__ = streams.stderr;
  d.__stdin__ = streams.stdin;

  d.exit = builtin('exit', (args, kw) => {
    noKw('exit', kw);
    expectArgs('exit', args, 0, 1);
    // sys.exit(None) raises SystemExit with no arguments, like sys.exit()
    throw args.length && args[0] !== null ? makeExc('SystemExit', args[0]) : makeExc('SystemExit');
  });
  d.get_asyncgen_hooks = builtin('get_asyncgen_hooks', (args, kw) => {
    noKw('get_asyncgen_hooks', kw);
    expectArgs('get_asyncgen_hooks', args, 0);
    const h = asyncgenHooks();
    return asyncgenHooksInfo([h.firstiter, h.finalizer]);
  });
  d.set_asyncgen_hooks = builtin('set_asyncgen_hooks', (args, kw) => {
    const [firstiter, finalizer] = parseArgs('set_asyncgen_hooks', args, kw, ['firstiter?', 'finalizer?']);
    const h = asyncgenHooks();
    for (const [name, f] of [['firstiter', firstiter], ['finalizer', finalizer]] as const) {
      if (f !== undefined && f !== null && !isCallable(f)) throwPy('TypeError', `callable ${name} expected, got ${typeOf(f).tpName}`);
    }
    if (firstiter !== undefined) h.firstiter = firstiter;
    if (finalizer !== undefined) h.finalizer = finalizer;
    return null;
  });
  d.getrecursionlimit = builtin('getrecursionlimit', (args, kw) => {
    noKw('getrecursionlimit', kw);
    expectArgs('getrecursionlimit', args, 0);
    return state().recursionLimit;
  });
  d.setrecursionlimit = builtin('setrecursionlimit', (args, kw) => {
    noKw('setrecursionlimit', kw);
    expectArgs('setrecursionlimit', args, 1);
    if (args[0] instanceof PyFloat || typeof args[0] === 'number' && !Number.isInteger(args[0])) throwPy('TypeError', "'float' object cannot be interpreted as an integer");
    const n = toIndex(args[0]);
    if (n < 1) throwPy('ValueError', 'recursion limit must be greater or equal than 1');
    if (typeof n === 'bigint') throwPy('OverflowError', 'Python int too large to convert to C int');
    const st = state();
    st.recursionLimit = n;
    depth.max = depthLimit(st);
    return null;
  });
  d.get_int_max_str_digits = builtin('get_int_max_str_digits', (args, kw) => {
    noKw('get_int_max_str_digits', kw);
    expectArgs('get_int_max_str_digits', args, 0);
    return getIntMaxStrDigits();
  });
  d.set_int_max_str_digits = builtin('set_int_max_str_digits', (args, kw) => {
    const [v] = parseArgs('set_int_max_str_digits', args, kw, ['maxdigits']);
    const n = toIndex(v);
    if (typeof n === 'bigint') throwPy('OverflowError', 'Python int too large to convert to C int');
    if (n !== 0 && n < 640) throwPy('ValueError', 'maxdigits must be 0 or larger than 640');
    setIntMaxStrDigits(n);
    return null;
  });
  d.exc_info = builtin('exc_info', (args, kw) => {
    noKw('exc_info', kw);
    expectArgs('exc_info', args, 0);
    const h = state().handling;
    const e = h[h.length - 1];
    if (!e) return new PyTuple([null, null, null]);
    return new PyTuple([e.cls, e, e.tbLen ? new PyTraceback(e) : null]);
  });
  d.exception = builtin('exception', (args, kw) => {
    noKw('exception', kw);
    expectArgs('exception', args, 0);
    const h = state().handling;
    return h[h.length - 1] ?? null;
  });
  d.getsizeof = builtin('getsizeof', (args, kw) => {
    const [v, dflt] = parseArgs('getsizeof', args, kw, ['object', 'default?']);
    const t = typeOf(v);
    const f = t.isUser ? t.lookup('__sizeof__') : undefined;
    if (f !== undefined && f !== null && !(f instanceof PyBuiltin && f.nativeDunder)) {
      const r = toIndex(callSpecial(f, v));
      if (r < 0) throwPy('ValueError', '__sizeof__() should return >= 0');
      return typeof r === 'number' ? r + 16 : r;
    }
    void dflt;
    return sizeOf(v);
  });
  d.intern = builtin('intern', (args, kw) => {
    noKw('intern', kw);
    expectArgs('intern', args, 1);
    if (typeof args[0] !== 'string') throwPy('TypeError', `intern() argument must be str, not ${typeOf(args[0]).tpName}`);
    return args[0];
  });
  d.getdefaultencoding = builtin('getdefaultencoding', () => 'utf-8');
  d.getfilesystemencoding = builtin('getfilesystemencoding', () => 'utf-8');
  d.getfilesystemencodeerrors = builtin('getfilesystemencodeerrors', () => 'surrogateescape');
  d.getrefcount = builtin('getrefcount', (args) => {
    expectArgs('getrefcount', args, 1);
    return 2;
  });
  d.is_finalizing = builtin('is_finalizing', () => false);
  d.getswitchinterval = builtin('getswitchinterval', () => new PyFloat(0.005));
  return m;
}
