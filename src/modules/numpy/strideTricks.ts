/**
 * numpy.lib.stride_tricks: `as_strided` (any shape and byte strides over an array's memory — views the
 * user vouches for) and `sliding_window_view` (read-only windows along chosen axes, NumPy's layout:
 * window dimensions appended after the outer ones, each window axis repeating its source stride).
 */
import { NDArray } from '../../../runtime/ndarray';
import { PyModule, PyTuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { builtin } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { toArray, ArrayIter } from '../../objects/iterators';
import { asArray } from './coerce';
import { kwArgs } from './ufuncs';
import { normAxis } from './axes';
import { mixinsModule } from './mixins';
import { installNumpyVersion } from './numpyVersion';
import { arrayUtilsModule } from './arrayUtils';

function ints(v: any): number[] {
  return (v instanceof PyTuple || Array.isArray(v) ? toArray(v) : [v]).map((x: any) => pyIndex(x));
}

export function strideTricksModule(): PyModule {
  const m = new PyModule('numpy.lib.stride_tricks');
  m.d.as_strided = builtin('as_strided', (args, kw) => {
    const p = kwArgs(args, kw, ['x', 'shape', 'strides', 'subok', 'writeable']);
    const a = asArray(p.x);
    const shape = p.shape === undefined || p.shape === null ? a.shape.slice() : ints(p.shape);
    const strides = p.strides === undefined || p.strides === null ? a.strides.slice() : ints(p.strides);
    if (shape.length !== strides.length) throwPy('ValueError', 'mismatch in length of strides and shape');
    const v = a.view(shape, strides, a.offset);
    if (p.writeable !== undefined && !truthy(p.writeable)) v.writeable = false;
    return v;
  });
  m.d.sliding_window_view = builtin('sliding_window_view', (args, kw) => {
    const p = kwArgs(args, kw, ['x', 'window_shape', 'axis', 'subok', 'writeable']);
    const a = asArray(p.x);
    const win = ints(p.window_shape);
    const axes = p.axis === undefined || p.axis === null ? [...Array(a.ndim).keys()] : ints(p.axis).map((x) => normAxis(x, a.ndim));
    if (win.length !== axes.length) {
      throwPy('ValueError', p.axis === undefined || p.axis === null
        ? `Since axis is \`None\`, must provide window_shape for all dimensions of \`x\`; got ${win.length} window_shape elements and \`x.ndim\` is ${a.ndim}.`
        : `Must provide matching length window_shape and axis; got ${win.length} window_shape elements and ${axes.length} axes elements.`);
    }
    if (win.some((w) => w < 0)) throwPy('ValueError', '`window_shape` cannot contain negative values');
    const outShape = a.shape.slice();
    axes.forEach((ax, i) => {
      if (outShape[ax] < win[i]) throwPy('ValueError', 'window shape cannot be larger than input array shape');
      outShape[ax] -= win[i] - 1;
    });
    const v = a.view([...outShape, ...win], [...a.strides, ...axes.map((ax) => a.strides[ax])], a.offset);
    v.writeable = p.writeable !== undefined && truthy(p.writeable);
    return v;
  });
  return m;
}

/**
 * np.lib.Arrayterator(var, buf_size): the blocks NumPy's Arrayterator yields — at most buf_size
 * elements each, running along the last dimensions first (its `rundim` algorithm).
 */
function arrayteratorBlocks(a: NDArray, bufSize: number | null): NDArray[] {
  const shape = a.shape, nd = a.ndim;
  if (shape.some((d) => d <= 0)) return [];
  const total = shape.reduce((x, y) => x * y, 1);
  const start = shape.map(() => 0), stop = shape.slice();
  const out: NDArray[] = [];
  for (;;) {
    let count = bufSize || total;
    let rundim = 0;
    for (let i = nd - 1; i >= 0; i--) {
      if (count === 0) stop[i] = start[i] + 1;
      else if (count <= shape[i]) {
        stop[i] = start[i] + count;
        rundim = i;
      } else stop[i] = shape[i];
      stop[i] = Math.min(shape[i], stop[i]);
      count = Math.floor(count / shape[i]);
    }
    let off = a.offset;
    for (let i = 0; i < nd; i++) off += start[i] * a.strides[i];
    out.push(a.view(stop.map((s, i) => s - start[i]), a.strides.slice(), off));
    start[rundim] = stop[rundim];
    for (let i = nd - 1; i > 0; i--) {
      if (start[i] >= shape[i]) {
        start[i] = 0;
        start[i - 1] += 1;
      }
    }
    if (nd === 0 || start[0] >= shape[0]) return out;
  }
}

export function libModule(): PyModule {
  const lib = new PyModule('numpy.lib');
  lib.d.stride_tricks = strideTricksModule();
  lib.d.mixins = mixinsModule();
  lib.d.array_utils = arrayUtilsModule();
  lib.d.NumpyVersion = installNumpyVersion();
  lib.d.Arrayterator = builtin('Arrayterator', (args, kw) => {
    const p = kwArgs(args, kw, ['var', 'buf_size']);
    return new ArrayIter(arrayteratorBlocks(asArray(p.var), p.buf_size === undefined || p.buf_size === null ? null : pyIndex(p.buf_size)));
  });
  return lib;
}

export { NDArray };
