/**
 * Names NumPy 2 no longer has, and the AttributeError its module `__getattr__` raises for each: the
 * aliases removed in 2.0 (`np.float_`, `np.NaN`, `np.Inf`, …, numpy/_expired_attrs_2_0.py) name their
 * replacement, and the builtin aliases removed in 1.24 (`np.float`, `np.int`, …) explain themselves at
 * length. Scripts written for NumPy 1.x meet these; the messages are NumPy's own.
 */
import { throwPy } from '../../objects/errors';
import { warnFrom } from '../warnings';
import { attributeError } from '../../objects/exceptions';
import type { PyModule } from '../../objects/values';

const EXPIRED: Record<string, string> = {
  NINF: 'Use `-np.inf` instead.',
  PINF: 'Use `np.inf` instead.',
  NZERO: 'Use `-0.0` instead.',
  PZERO: 'Use `0.0` instead.',
  float_: 'Use `np.float64` instead.',
  complex_: 'Use `np.complex128` instead.',
  longfloat: 'Use `np.longdouble` instead.',
  singlecomplex: 'Use `np.complex64` instead.',
  cfloat: 'Use `np.complex128` instead.',
  longcomplex: 'Use `np.clongdouble` instead.',
  clongfloat: 'Use `np.clongdouble` instead.',
  string_: 'Use `np.bytes_` instead.',
  unicode_: 'Use `np.str_` instead.',
  Inf: 'Use `np.inf` instead.',
  Infinity: 'Use `np.inf` instead.',
  NaN: 'Use `np.nan` instead.',
  infty: 'Use `np.inf` instead.',
  asfarray: 'Use `np.asarray` with a proper dtype instead.',
  mat: 'Use `np.asmatrix` instead.',
  round_: 'Use `np.round` instead.',
  alltrue: 'Use `np.all` instead.',
  sometrue: 'Use `np.any` instead.',
  cast: 'Use `np.asarray(arr, dtype=dtype)` instead.',
  issctype: 'Use `issubclass(rep, np.generic)` instead.',
  obj2sctype: 'Use `np.dtype(obj).type` instead.',
  sctype2char: 'Use `np.dtype(obj).char` instead.',
  issubsctype: 'Use `np.issubdtype` instead.',
  issubclass_: 'Use `issubclass` builtin instead.',
  sctypes: 'Access dtypes explicitly instead.',
  fastCopyAndTranspose: 'Use `arr.T.copy()` instead.',
  set_string_function: 'Use `np.set_printoptions` instead with a formatter for custom printing of NumPy objects.',
  recfromcsv: 'Use `np.genfromtxt` with comma delimiter instead.',
  recfromtxt: 'Use `np.genfromtxt` instead.',
  safe_eval: 'Use `ast.literal_eval` instead.',
  source: 'Use `inspect.getsource` instead.',
  lookfor: "Search NumPy's documentation directly.",
  who: 'Use an IDE variable explorer or `locals()` instead.',
  format_parser: "It's still available as `np.rec.format_parser`.",
  compare_chararrays: "It's still available as `np.char.compare_chararrays`.",
  find_common_type:
    'Use `numpy.promote_types` or `numpy.result_type` instead. To achieve semantics for the `scalar_types` argument, use `numpy.result_type` and pass the Python values `0`, `0.0`, or `0j`.',
  deprecate: 'Emit `DeprecationWarning` with `warnings.warn` directly, or use `typing.deprecated`.',
  maximum_sctype: 'Use a specific dtype instead. You should avoid relying on any implicit mechanism and select the largest dtype of a kind explicitly in the code.',
  byte_bounds: "Now it's available under `np.lib.array_utils.byte_bounds`",
  add_newdoc_ufunc: "It's an internal function and doesn't have a replacement.",
  tracemalloc_domain: "It's now available from `np.lib`.",
  nbytes: 'Use `np.dtype(<dtype>).itemsize` instead.',
};

/** the builtin aliases (np.float …) and what the message suggests instead of each */
const FORMER: Record<string, string> = {
  object: '',
  float: 'If you specifically wanted the numpy scalar type, use `np.float64` here.',
  complex: 'If you specifically wanted the numpy scalar type, use `np.complex128` here.',
  str: 'If you specifically wanted the numpy scalar type, use `np.str_` here.',
  int:
    'When replacing `np.int`, you may wish to use e.g. `np.int64` or `np.int32` to specify the precision. ' +
    'If you wish to review your current use, check the release note link for additional information.',
};

/** Raise the AttributeError numpy's module __getattr__ raises for `name`, which module `np` lacks. */
export function missingNumpyAttr(np: PyModule, name: string): never {
  if (name === 'str' || name === 'object' || name === 'bytes') {
    warnFrom('FutureWarning', `In the future \`np.${name}\` will be defined as the corresponding NumPy scalar.`);
  }
  if (Object.hasOwn(FORMER, name)) {
    throwPy(
      'AttributeError',
      `module 'numpy' has no attribute '${name}'.\n\`np.${name}\` was a deprecated alias for the builtin \`${name}\`. ` +
        `To avoid this error in existing code, use \`${name}\` by itself. Doing this will not modify any behavior and is safe. ${FORMER[name]}\n` +
        'The aliases was originally deprecated in NumPy 1.20; for more details and guidance see the original release note at:\n' +
        '    https://numpy.org/devdocs/release/1.20.0-notes.html#deprecations',
    );
  }
  if (Object.hasOwn(EXPIRED, name)) throwPy('AttributeError', `\`np.${name}\` was removed in the NumPy 2.0 release. ${EXPIRED[name]}`);
  // a plain miss names the module and attribute, so the uncaught report can suggest a close name
  throw attributeError(np, name, `module 'numpy' has no attribute '${name}'`);
}
