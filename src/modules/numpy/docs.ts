/**
 * What `help()` prints for the numpy module's functions and array methods: for each dotted name below
 * `numpy` ('linspace', 'linalg.inv', 'random.rand', 'fft.fft', 'ndarray.reshape'), its signature on the first
 * line, as NumPy 2.4 documents it, and a short summary after it, written for ndpy in our own words (NumPy's
 * docstrings are not copied). Only names that exist in ndpy's numpy are listed (test/modules/numpyDocs.test.ts).
 */
export const numpyDocs: Record<string, string> = {
  array: `array(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, ndmax=0, like=None)
Build an ndarray from a list, tuple, nested sequence or another array. dtype forces the element type
(otherwise it is inferred), copy=False refuses to copy, and ndmin pads the shape with leading 1s.`,
  asarray: `asarray(a, dtype=None, order=None, *, device=None, copy=None, like=None)
Turn the input into an ndarray, reusing it unchanged when it already is one with a matching dtype;
pass copy=True to always get a fresh array.`,
  asanyarray: `asanyarray(a, dtype=None, order=None, *, device=None, copy=None, like=None)
Like asarray, but ndarray subclasses are passed through as they are instead of being converted to a
plain ndarray.`,
  ascontiguousarray: `ascontiguousarray(a, dtype=None, *, like=None)
Return the input as an array whose memory is laid out in C (row-major) order, copying only when
needed; 0-d input becomes 1-d.`,
  asfortranarray: `asfortranarray(a, dtype=None, *, like=None)
Return the input as an array laid out in Fortran (column-major) order, copying only when needed.`,
  require: `require(a, dtype=None, requirements=None, *, like=None)
Return an array meeting the listed requirements ('C', 'F', 'A', 'W', 'O', 'E' for contiguity,
writeability, ownership…), copying and converting dtype only when necessary.`,
  copy: `copy(a, order='K', subok=False)
Return a new array holding a copy of the data of a; order picks the memory layout of the copy.`,
  arange: `arange([start,] stop[, step,], dtype=None, *, device=None, like=None)
Return evenly spaced values in the half-open interval [start, stop), like range() but as an array;
for a non-integer step, linspace is usually the better choice.`,
  linspace: `linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None)
Return num evenly spaced samples from start to stop; stop itself is the last sample unless
endpoint=False. With retstep=True also return the spacing between samples.`,
  logspace: `logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)
Return num numbers spaced evenly on a log scale: base**start up to base**stop (stop is left out when
endpoint=False).`,
  geomspace: `geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)
Return num numbers forming a geometric progression from start to stop, so consecutive values have a
constant ratio; both ends are given directly (not as exponents).`,
  zeros: `zeros(shape, dtype=None, order='C', *, device=None, like=None)
Make a new array of the given shape (an int or tuple) filled with 0; dtype defaults to float64.`,
  ones: `ones(shape, dtype=None, order='C', *, device=None, like=None)
Make a new array of the given shape filled with 1; dtype defaults to float64.`,
  empty: `empty(shape, dtype=None, order='C', *, device=None, like=None)
Make a new array of the given shape without setting its contents, so the values are arbitrary; fill
it before reading.`,
  full: `full(shape, fill_value, dtype=None, order='C', *, device=None, like=None)
Make a new array of the given shape where every element is fill_value; the dtype follows fill_value
unless given.`,
  zeros_like: `zeros_like(a, dtype=None, order='K', subok=True, shape=None, *, device=None)
Make an array of zeros with the shape and dtype of a (override with dtype= or shape=).`,
  ones_like: `ones_like(a, dtype=None, order='K', subok=True, shape=None, *, device=None)
Make an array of ones with the shape and dtype of a (override with dtype= or shape=).`,
  empty_like: `empty_like(prototype, /, dtype=None, order='K', subok=True, shape=None, *, device=None)
Make an uninitialised array with the shape and dtype of prototype; its contents are arbitrary until
written.`,
  full_like: `full_like(a, fill_value, dtype=None, order='K', subok=True, shape=None, *, device=None)
Make an array with the shape and dtype of a in which every element is fill_value.`,
  eye: `eye(N, M=None, k=0, dtype=<class 'float'>, order='C', *, device=None, like=None)
Make an N x M 2-D array (M defaults to N) with ones on diagonal k (0 = main, positive = above) and
zeros elsewhere.`,
  identity: `identity(n, dtype=None, *, like=None)
Make the n x n identity matrix: ones on the main diagonal, zeros elsewhere.`,
  diag: `diag(v, k=0)
For a 1-D input, build a square 2-D array with v on diagonal k; for a 2-D input, return its k-th
diagonal as a 1-D array.`,
  tri: `tri(N, M=None, k=0, dtype=<class 'float'>, *, like=None)
Make an N x M array that is 1 on and below diagonal k and 0 above it.`,
  tril: `tril(m, k=0)
Return a copy of m with everything above diagonal k set to zero (lower triangle kept); works on the
last two axes.`,
  triu: `triu(m, k=0)
Return a copy of m with everything below diagonal k set to zero (upper triangle kept); works on the
last two axes.`,
  fromfunction: `fromfunction(function, shape, *, dtype=<class 'float'>, like=None, **kwargs)
Build an array of the given shape by calling function once with index arrays, one per axis, so
element [i, j] is function(i, j).`,
  fromiter: `fromiter(iter, dtype, count=-1, *, like=None)
Build a 1-D array of the given dtype from the values an iterable yields; count (if not -1) limits
how many are read.`,
  frombuffer: `frombuffer(buffer, dtype=float, count=-1, offset=0, *, like=None)
Interpret a bytes-like buffer as a 1-D array of dtype without copying, starting at byte offset and
reading count items (-1 = all).`,
  fromstring: `fromstring(string, dtype=float, count=-1, *, sep, like=None)
Parse numbers out of a text string separated by sep (e.g. ' ' or ',') into a 1-D array of dtype.`,
  fromfile: `fromfile(file, dtype=float, count=-1, sep='', offset=0, *, like=None)
Read a 1-D array of dtype from a file: raw binary when sep is '', otherwise text with that
separator.`,
  fromregex: `fromregex(file, regexp, dtype, encoding=None)
Read a text file and build a structured array from the groups of each match of regexp, converted to
the fields of dtype.`,
  meshgrid: `meshgrid(*xi, copy=True, sparse=False, indexing='xy')
From 1-D coordinate vectors, return coordinate matrices covering every combination; indexing='xy'
(default) is Cartesian, 'ij' is matrix-style; sparse=True returns broadcastable shapes.`,
  indices: `indices(dimensions, dtype=<class 'int'>, sparse=False)
Return an array of index grids, one per dimension, for an array of the given shape; with sparse=True
each grid keeps only its own axis.`,
  vectorize: `vectorize(pyfunc=np._NoValue, otypes=None, doc=None, excluded=None, cache=False, signature=None)
Wrap a scalar Python function so it accepts arrays and applies itself element by element with
broadcasting (a convenience, not a speed-up); otypes fixes the output dtypes.`,
  reshape: `reshape(a, /, shape, order='C', *, copy=None)
Give a new shape to a without changing its data; one dimension may be -1 and is then inferred.
Returns a view when possible; order='F' reads and writes in column-major order.`,
  ravel: `ravel(a, order='C')
Return the elements of a as a 1-D array, as a view when the memory allows it; order picks the
reading order ('C', 'F', 'A', 'K').`,
  shape: `shape(a)
Return the shape of a (a tuple of dimension lengths); works for lists and scalars too.`,
  ndim: `ndim(a)
Return the number of dimensions of a; scalars have 0.`,
  size: `size(a, axis=None)
Return the number of elements of a, or only the length along axis if given.`,
  transpose: `transpose(a, axes=None)
Reverse the order of the axes of a, or reorder them as listed in axes; returns a view.`,
  swapaxes: `swapaxes(a, axis1, axis2)
Return a view of a with axis1 and axis2 interchanged.`,
  moveaxis: `moveaxis(a, source, destination)
Move the axes listed in source to the positions listed in destination, keeping the other axes in
their order; returns a view.`,
  rollaxis: `rollaxis(a, axis, start=0)
Move axis so that it lies before position start (older interface; moveaxis is clearer).`,
  expand_dims: `expand_dims(a, axis)
Insert new axes of length 1 at the positions given by axis (an int or tuple) in the result's shape.`,
  squeeze: `squeeze(a, axis=None)
Drop axes of length 1 from a, or only the ones named by axis (an error if those are not length 1).`,
  atleast_1d: `atleast_1d(*arys)
Return each input as an array with at least one dimension; scalars become shape (1,). Several inputs
give a tuple.`,
  atleast_2d: `atleast_2d(*arys)
Return each input as an array with at least two dimensions; a 1-D array of length N becomes shape
(1, N).`,
  atleast_3d: `atleast_3d(*arys)
Return each input as an array with at least three dimensions; 1-D becomes (1, N, 1) and 2-D (M, N)
becomes (M, N, 1).`,
  broadcast_to: `broadcast_to(array, shape, subok=False)
Return a read-only view of array broadcast to shape, repeating it along new or length-1 axes without
copying.`,
  broadcast_arrays: `broadcast_arrays(*args, subok=False)
Broadcast all inputs against one another and return views that all share the common shape.`,
  broadcast_shapes: `broadcast_shapes(*args)
Return the shape that arrays of the given shapes broadcast to, or raise ValueError if they are
incompatible.`,
  flip: `flip(m, axis=None)
Reverse the order of elements along axis (or along every axis when axis is None); returns a view.`,
  fliplr: `fliplr(m)
Reverse the order of columns (axis 1), so left and right swap; needs at least 2-D.`,
  flipud: `flipud(m)
Reverse the order of rows (axis 0), so top and bottom swap.`,
  rot90: `rot90(m, k=1, axes=(0, 1))
Rotate an array by 90 degrees k times in the plane given by axes; positive k turns counter-clockwise
(from the first axis towards the second).`,
  roll: `roll(a, shift, axis=None)
Shift elements by shift positions along axis, wrapping those pushed off one end around to the other;
without axis the array is flattened first.`,
  resize: `resize(a, new_shape)
Return a new array of new_shape filled from a's elements, repeated cyclically if more are needed
(unlike ndarray.resize, which pads with zeros).`,
  tile: `tile(A, reps)
Build an array by repeating A as a whole reps times (reps may be a tuple giving the count per axis).`,
  repeat: `repeat(a, repeats, axis=None)
Repeat each element repeats times (an int or one count per element) along axis; without axis the
input is flattened first.`,
  trim_zeros: `trim_zeros(filt, trim='fb', axis=None)
Strip leading and/or trailing zeros from a 1-D array: trim='f' for the front, 'b' for the back, 'fb'
for both.`,
  concatenate: `concatenate(arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind')
Join a sequence of arrays along an existing axis (default 0); they must match in every other
dimension. axis=None flattens them all first.`,
  stack: `stack(arrays, axis=0, out=None, *, dtype=None, casting='same_kind')
Join a sequence of equally shaped arrays along a new axis inserted at position axis, so the result
has one more dimension.`,
  vstack: `vstack(tup, *, dtype=None, casting='same_kind')
Stack arrays vertically: join along axis 0, after turning 1-D inputs of length N into rows of shape
(1, N).`,
  row_stack: `row_stack(tup, *, dtype=None, casting='same_kind')
Old alias of vstack: stack 1-D or 2-D arrays as rows.`,
  hstack: `hstack(tup, *, dtype=None, casting='same_kind')
Stack arrays horizontally: join 1-D arrays end to end, and higher-dimensional arrays along axis 1.`,
  dstack: `dstack(tup)
Stack arrays along the third axis (depth), first promoting 1-D and 2-D inputs to 3-D.`,
  column_stack: `column_stack(tup)
Make 1-D arrays the columns of a 2-D array; 2-D inputs are joined as they are along axis 1.`,
  block: `block(arrays)
Assemble an array from nested lists of blocks: the innermost lists are joined along the last axis,
the next level out along the one before, and so on.`,
  split: `split(ary, indices_or_sections, axis=0)
Split an array into equal pieces (indices_or_sections as an int) or at the given indices along axis;
returns a list of views. Uneven equal splits raise an error.`,
  array_split: `array_split(ary, indices_or_sections, axis=0)
Like split, but an int number of sections need not divide the axis evenly; the first pieces get one
extra element.`,
  hsplit: `hsplit(ary, indices_or_sections)
Split an array into several along axis 1 (axis 0 for 1-D input); same count-or-indices rule as
split.`,
  vsplit: `vsplit(ary, indices_or_sections)
Split an array into several along axis 0 (row-wise); needs at least 2-D input.`,
  dsplit: `dsplit(ary, indices_or_sections)
Split an array into several along axis 2 (depth); needs at least 3-D input.`,
  append: `append(arr, values, axis=None)
Return a new array with values added at the end of arr; without axis both are flattened first, with
axis the shapes must fit.`,
  insert: `insert(arr, obj, values, axis=None)
Return a copy of arr with values inserted before the index or indices obj along axis (flattened when
axis is None).`,
  delete: `delete(arr, obj, axis=None)
Return a copy of arr without the entries selected by obj (an index, slice or list of indices) along
axis (flattened when axis is None).`,
  pad: `pad(array, pad_width, mode='constant', **kwargs)
Return a copy of array enlarged by pad_width elements before and after each axis, filled according
to mode: 'constant' (constant_values), 'edge', 'reflect', 'wrap', 'linear_ramp', 'mean', …`,
  add: `add(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 + x2 with broadcasting; the ufunc behind the + operator.`,
  subtract: `subtract(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 - x2 with broadcasting; the ufunc behind the - operator.`,
  multiply: `multiply(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 * x2 with broadcasting; the ufunc behind the * operator.`,
  divide: `divide(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise true division x1 / x2, always giving a floating (or complex) result; dividing by 0
gives inf or nan with a warning.`,
  true_divide: `true_divide(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as divide: element-wise x1 / x2 with a floating result.`,
  floor_divide: `floor_divide(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 // x2: the quotient rounded towards minus infinity.`,
  mod: `mod(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as remainder: element-wise x1 % x2 whose sign follows the divisor x2.`,
  remainder: `remainder(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 % x2 in Python's convention: the result has the sign of x2, and floor_divide(x1, x2)
* x2 + remainder(x1, x2) == x1.`,
  fmod: `fmod(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise C-style remainder of x1 / x2: the result has the sign of the dividend x1 (unlike
remainder).`,
  divmod: `divmod(x1, x2[, out1, out2], / [, out=(None, None)], *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise floor quotient and remainder at once; returns the tuple (x1 // x2, x1 % x2).`,
  power: `power(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 ** x2. Integer arrays stay integer (negative integer exponents are an error); use
float_power for float results.`,
  pow: `pow(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as power: element-wise x1 ** x2.`,
  float_power: `float_power(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 ** x2 computed in at least float64 (or complex128), so negative exponents of
integers work.`,
  negative: `negative(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise -x.`,
  positive: `positive(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise +x; returns a copy of numeric input.`,
  reciprocal: `reciprocal(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise 1 / x. For integer input this truncates, so only 1 and -1 give non-zero results.`,
  abs: `abs(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as absolute: the element-wise absolute value.`,
  absolute: `absolute(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise absolute value; for complex input the modulus sqrt(re**2 + im**2). The ufunc behind
abs().`,
  fabs: `fabs(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise absolute value of real (non-complex) input, always returned as floating point.`,
  sign: `sign(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise sign: -1, 0 or 1 (nan stays nan); for complex input x / |x|.`,
  heaviside: `heaviside(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise Heaviside step: 0 where x1 < 0, 1 where x1 > 0, and x2 where x1 == 0.`,
  gcd: `gcd(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise greatest common divisor of the absolute values of two integer arrays.`,
  lcm: `lcm(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise least common multiple of the absolute values of two integer arrays.`,
  sqrt: `sqrt(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise non-negative square root; negative real input gives nan (use complex input or
emath.sqrt for complex roots).`,
  cbrt: `cbrt(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise real cube root; negative input gives a negative root.`,
  square: `square(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x * x.`,
  exp: `exp(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise natural exponential e**x.`,
  exp2: `exp2(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise 2**x.`,
  expm1: `expm1(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise exp(x) - 1, accurate even when x is very close to 0.`,
  log: `log(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise natural logarithm; log(0) is -inf and negative input gives nan (both with a warning).`,
  log2: `log2(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise base-2 logarithm.`,
  log10: `log10(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise base-10 logarithm.`,
  log1p: `log1p(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise log(1 + x), accurate even when x is very close to 0.`,
  logaddexp: `logaddexp(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise log(exp(x1) + exp(x2)) computed without overflow; handy for adding probabilities kept
in log space.`,
  logaddexp2: `logaddexp2(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise log2(2**x1 + 2**x2) computed without overflow.`,
  sin: `sin(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise sine of angles given in radians.`,
  cos: `cos(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise cosine of angles given in radians.`,
  tan: `tan(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise tangent of angles given in radians.`,
  arcsin: `arcsin(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise inverse sine; result in radians in [-pi/2, pi/2], nan outside [-1, 1] for real input.`,
  arccos: `arccos(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise inverse cosine; result in radians in [0, pi], nan outside [-1, 1] for real input.`,
  arctan: `arctan(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise inverse tangent; result in radians in (-pi/2, pi/2). See arctan2 for the full-circle
version.`,
  arctan2: `arctan2(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise angle of the point (x2, x1), i.e. arctan(x1 / x2) with the quadrant chosen from both
signs; result in radians in [-pi, pi].`,
  asin: `asin(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as arcsin (the array-API spelling).`,
  acos: `acos(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as arccos (the array-API spelling).`,
  atan: `atan(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as arctan (the array-API spelling).`,
  atan2: `atan2(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as arctan2 (the array-API spelling): element-wise angle of the point (x2, x1).`,
  hypot: `hypot(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise sqrt(x1**2 + x2**2), the hypotenuse of a right triangle, computed without needless
overflow.`,
  sinh: `sinh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise hyperbolic sine.`,
  cosh: `cosh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise hyperbolic cosine.`,
  tanh: `tanh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise hyperbolic tangent.`,
  arcsinh: `arcsinh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise inverse hyperbolic sine.`,
  arccosh: `arccosh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise inverse hyperbolic cosine; real input below 1 gives nan.`,
  arctanh: `arctanh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise inverse hyperbolic tangent; real input outside (-1, 1) gives nan or ±inf.`,
  asinh: `asinh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as arcsinh (the array-API spelling).`,
  acosh: `acosh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as arccosh (the array-API spelling).`,
  atanh: `atanh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as arctanh (the array-API spelling).`,
  degrees: `degrees(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise conversion of angles from radians to degrees (multiply by 180/pi).`,
  radians: `radians(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise conversion of angles from degrees to radians (multiply by pi/180).`,
  deg2rad: `deg2rad(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same as radians: convert angles from degrees to radians.`,
  rad2deg: `rad2deg(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same as degrees: convert angles from radians to degrees.`,
  sinc: `sinc(x)
Normalised sinc function sin(pi*x) / (pi*x) element-wise, with the value 1 at x == 0.`,
  floor: `floor(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise floor: the largest integer not greater than x (returned as float for float input).`,
  ceil: `ceil(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise ceiling: the smallest integer not less than x.`,
  trunc: `trunc(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise truncation towards zero: drops the fractional part.`,
  rint: `rint(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise rounding to the nearest integer, ties going to the even neighbour.`,
  fix: `fix(x, out=None)
Round element-wise towards zero (like trunc), keeping the floating dtype.`,
  round: `round(a, decimals=0, out=None)
Round to the given number of decimals (negative counts round to tens, hundreds, …); exact halves go
to the even neighbour.`,
  around: `around(a, decimals=0, out=None)
Old alias of round: round to the given number of decimals, halves to even.`,
  modf: `modf(x[, out1, out2], / [, out=(None, None)], *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Split each element into fractional and integral parts, both with the sign of the input; returns
(fraction, integer) as two float arrays.`,
  frexp: `frexp(x[, out1, out2], / [, out=(None, None)], *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Decompose each element into mantissa m and exponent e with x == m * 2**e and 0.5 <= |m| < 1; returns
(m, e).`,
  ldexp: `ldexp(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 * 2**x2, the inverse of frexp.`,
  copysign: `copysign(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise: the magnitude of x1 with the sign of x2.`,
  nextafter: `nextafter(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise: the next representable floating-point value after x1 in the direction of x2.`,
  spacing: `spacing(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise distance between x and the nearest adjacent floating-point number (the local machine
epsilon).`,
  signbit: `signbit(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise True where the sign bit is set (negative numbers, including -0.0).`,
  nan_to_num: `nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)
Replace nan with 0 (or nan=), +inf and -inf with the largest/smallest finite float (or posinf= /
neginf=); works in place when copy=False.`,
  real_if_close: `real_if_close(a, tol=100)
If every imaginary part of a complex array is within tol machine epsilons of zero, return the real
part; otherwise return the input unchanged.`,
  angle: `angle(z, deg=False)
Element-wise argument (phase angle) of complex numbers, in radians, or in degrees with deg=True.`,
  real: `real(val)
Return the real part of a complex array (or the input itself if it is real).`,
  imag: `imag(val)
Return the imaginary part of a complex array (zeros for real input).`,
  conj: `conj(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as conjugate: element-wise complex conjugate.`,
  conjugate: `conjugate(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise complex conjugate: flip the sign of the imaginary part; real input is returned
unchanged.`,
  equal: `equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 == x2, giving a boolean array; the ufunc behind ==.`,
  not_equal: `not_equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 != x2, giving a boolean array.`,
  less: `less(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 < x2, giving a boolean array.`,
  less_equal: `less_equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 <= x2, giving a boolean array.`,
  greater: `greater(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 > x2, giving a boolean array.`,
  greater_equal: `greater_equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise x1 >= x2, giving a boolean array.`,
  maximum: `maximum(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise larger of x1 and x2; a nan in either input gives nan (see fmax to ignore nan).`,
  minimum: `minimum(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise smaller of x1 and x2; a nan in either input gives nan (see fmin to ignore nan).`,
  fmax: `fmax(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise larger of x1 and x2, preferring the non-nan value when only one is nan.`,
  fmin: `fmin(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise smaller of x1 and x2, preferring the non-nan value when only one is nan.`,
  logical_and: `logical_and(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise truth of x1 AND x2, as a boolean array (use this, or &, instead of Python's 'and' on
arrays).`,
  logical_or: `logical_or(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise truth of x1 OR x2, as a boolean array.`,
  logical_xor: `logical_xor(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise truth of x1 XOR x2: True where exactly one of them is true.`,
  logical_not: `logical_not(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise truth of NOT x, as a boolean array.`,
  isnan: `isnan(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise True where x is nan (not a number).`,
  isinf: `isinf(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise True where x is positive or negative infinity.`,
  isfinite: `isfinite(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise True where x is neither infinite nor nan.`,
  isposinf: `isposinf(x, out=None)
Element-wise True where x is +inf.`,
  isneginf: `isneginf(x, out=None)
Element-wise True where x is -inf.`,
  isclose: `isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)
Element-wise test whether a and b are equal within a tolerance: |a - b| <= atol + rtol * |b|; nan
counts as equal to nan only with equal_nan=True.`,
  allclose: `allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)
True if every pair of elements of a and b is close in the sense of isclose (same rtol, atol,
equal_nan).`,
  array_equal: `array_equal(a1, a2, equal_nan=False)
True if a1 and a2 have the same shape and the same elements; equal_nan=True treats nan as equal to
nan.`,
  array_equiv: `array_equiv(a1, a2)
True if a1 and a2 can be broadcast to a common shape and are equal element by element there.`,
  iscomplex: `iscomplex(x)
Element-wise True where the value has a non-zero imaginary part.`,
  isreal: `isreal(x)
Element-wise True where the value has no (or a zero) imaginary part.`,
  iscomplexobj: `iscomplexobj(x)
True if the input's dtype is complex, whatever the values are.`,
  isrealobj: `isrealobj(x)
True if the input's dtype is not complex.`,
  isscalar: `isscalar(element)
True if element is a scalar (a Python number or string, or a NumPy scalar); 0-d arrays are not
scalars.`,
  all: `all(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)
Test whether every element (along axis, if given) is true; empty input gives True.`,
  any: `any(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)
Test whether at least one element (along axis, if given) is true; empty input gives False.`,
  bitwise_and: `bitwise_and(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise bitwise AND of integer or boolean arrays; the ufunc behind &.`,
  bitwise_or: `bitwise_or(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise bitwise OR of integer or boolean arrays; the ufunc behind |.`,
  bitwise_xor: `bitwise_xor(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise bitwise XOR of integer or boolean arrays; the ufunc behind ^.`,
  invert: `invert(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise bitwise NOT (two's complement for signed integers, logical not for booleans); the ufunc
behind ~.`,
  bitwise_not: `bitwise_not(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as invert: element-wise bitwise NOT.`,
  bitwise_invert: `bitwise_invert(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as invert (the array-API spelling): element-wise bitwise NOT.`,
  left_shift: `left_shift(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise shift of the bits of x1 to the left by x2 places, i.e. x1 * 2**x2; the ufunc behind <<.`,
  right_shift: `right_shift(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Element-wise shift of the bits of x1 to the right by x2 places, i.e. floor division by 2**x2; the
ufunc behind >>.`,
  bitwise_left_shift: `bitwise_left_shift(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as left_shift (the array-API spelling).`,
  bitwise_right_shift: `bitwise_right_shift(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)
Same ufunc as right_shift (the array-API spelling).`,
  packbits: `packbits(a, /, axis=None, bitorder='big')
Pack the elements of a boolean or 0/1 array into the bits of uint8 values, eight per byte, along
axis (flattened if None); bitorder is 'big' or 'little'.`,
  unpackbits: `unpackbits(a, /, axis=None, count=None, bitorder='big')
Expand each uint8 element into its eight bits along axis (flattened if None); count limits how many
bits are kept.`,
  sum: `sum(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)
Add up the elements over axis (all of them when axis is None); dtype sets the accumulator type,
keepdims keeps reduced axes as length 1, initial is a starting value.`,
  prod: `prod(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)
Multiply the elements over axis (all when None); integer products may overflow silently, so pick
dtype if needed.`,
  cumsum: `cumsum(a, axis=None, dtype=None, out=None)
Running total of the elements along axis; without axis the input is flattened first.`,
  cumprod: `cumprod(a, axis=None, dtype=None, out=None)
Running product of the elements along axis; without axis the input is flattened first.`,
  cumulative_sum: `cumulative_sum(x, /, *, axis=None, dtype=None, out=None, include_initial=False)
Running total along axis (required for arrays of more than one dimension); include_initial=True
prepends a 0.`,
  cumulative_prod: `cumulative_prod(x, /, *, axis=None, dtype=None, out=None, include_initial=False)
Running product along axis (required for arrays of more than one dimension); include_initial=True
prepends a 1.`,
  max: `max(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)
Largest element over axis (all of them when None); nan propagates. initial supplies a value for
empty input, where= limits which elements count.`,
  min: `min(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)
Smallest element over axis (all of them when None); nan propagates. initial supplies a value for
empty input, where= limits which elements count.`,
  amax: `amax(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)
Alias of max: the largest element over axis.`,
  amin: `amin(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)
Alias of min: the smallest element over axis.`,
  ptp: `ptp(a, axis=None, out=None, keepdims=<no value>)
Peak to peak: max minus min over axis (the range of the values).`,
  mean: `mean(a, axis=None, dtype=None, out=None, keepdims=<no value>, *, where=<no value>)
Arithmetic mean over axis (all elements when None); integer input is averaged in float64. where=
restricts which elements count.`,
  average: `average(a, axis=None, weights=None, returned=False, *, keepdims=<no value>)
Mean over axis, optionally weighted by weights (sum(a * w) / sum(w)); returned=True also gives the
sum of the weights.`,
  median: `median(a, axis=None, out=None, overwrite_input=False, keepdims=False)
Median over axis (all elements when None): the middle value of the sorted data, or the mean of the
two middle ones.`,
  std: `std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>, mean=<no value>, correction=<no value>)
Standard deviation over axis; ddof=1 divides by N - 1 (the sample estimate) instead of N.`,
  var: `var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>, mean=<no value>, correction=<no value>)
Variance over axis: mean squared deviation from the mean; ddof=1 divides by N - 1 instead of N.`,
  percentile: `percentile(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False, *, weights=None)
q-th percentile(s) (0-100) of the data over axis; method selects the interpolation between data
points ('linear', 'lower', 'higher', 'nearest', 'midpoint', …).`,
  quantile: `quantile(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False, *, weights=None)
q-th quantile(s) (0-1) of the data over axis; method selects how to interpolate between data points,
as for percentile.`,
  cov: `cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None)
Covariance matrix of variables whose observations are the rows (rowvar=True) or columns of m; y adds
more variables, ddof/bias pick the normalisation.`,
  corrcoef: `corrcoef(x, y=None, rowvar=True, *, dtype=None)
Pearson correlation coefficients between variables laid out as rows (rowvar=True) or columns; the
result has ones on the diagonal.`,
  histogram: `histogram(a, bins=10, range=None, density=None, weights=None)
Count values of a into bins (an int count or explicit edges) over range; returns (counts,
bin_edges). density=True normalises to a probability density, weights weights each value.`,
  bincount: `bincount(x, /, weights=None, minlength=0)
Count occurrences of each value in a 1-D array of non-negative ints: result[i] is how often i
appears (or the sum of weights); minlength pads the output.`,
  digitize: `digitize(x, bins, right=False)
For each x, the index of the bin in the monotonic array bins that it falls into; right chooses which
edge of a bin is inclusive.`,
  count_nonzero: `count_nonzero(a, axis=None, *, keepdims=False)
Count the non-zero (true) elements, overall or along axis.`,
  gradient: `gradient(f, *varargs, axis=None, edge_order=1)
Numerical gradient by central differences inside and one-sided differences at the edges; varargs
give sample spacing, returns one array per axis.`,
  diff: `diff(a, n=1, axis=-1, prepend=<no value>, append=<no value>)
n-th discrete difference along axis: out[i] = a[i+1] - a[i], applied n times; prepend/append add
values before differencing.`,
  ediff1d: `ediff1d(ary, to_end=None, to_begin=None)
Differences between consecutive elements of the flattened array, optionally with to_begin / to_end
values attached.`,
  convolve: `convolve(a, v, mode='full')
Discrete linear convolution of two 1-D sequences; mode 'full' (every overlap), 'same' (length of the
longer input) or 'valid' (complete overlaps only).`,
  correlate: `correlate(a, v, mode='valid')
Cross-correlation of two 1-D sequences; mode 'valid' (default), 'same' or 'full' as for convolve.`,
  interp: `interp(x, xp, fp, left=None, right=None, period=None)
1-D piecewise linear interpolation: evaluate at x the function through the points (xp, fp), with xp
increasing; left/right set values outside, period handles angles.`,
  trace: `trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None)
Sum along diagonal offset of a 2-D array (or of the 2-D slices given by axis1/axis2).`,
  nansum: `nansum(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)
Sum over axis treating nan as zero.`,
  nanprod: `nanprod(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)
Product over axis treating nan as one.`,
  nanmax: `nanmax(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)
Largest element over axis, skipping nan (an all-nan slice gives nan with a warning).`,
  nanmin: `nanmin(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)
Smallest element over axis, skipping nan (an all-nan slice gives nan with a warning).`,
  nanmean: `nanmean(a, axis=None, dtype=None, out=None, keepdims=<no value>, *, where=<no value>)
Mean over axis of the non-nan elements.`,
  nanmedian: `nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=<no value>)
Median over axis of the non-nan elements.`,
  nanstd: `nanstd(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>, mean=<no value>, correction=<no value>)
Standard deviation over axis of the non-nan elements; ddof as for std.`,
  nanvar: `nanvar(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>, mean=<no value>, correction=<no value>)
Variance over axis of the non-nan elements; ddof as for var.`,
  nanpercentile: `nanpercentile(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=<no value>, *, weights=None)
q-th percentile(s) (0-100) over axis of the non-nan elements.`,
  nanquantile: `nanquantile(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=<no value>, *, weights=None)
q-th quantile(s) (0-1) over axis of the non-nan elements.`,
  nanargmax: `nanargmax(a, axis=None, out=None, *, keepdims=<no value>)
Index of the largest non-nan element (flattened, or along axis); an all-nan slice raises ValueError.`,
  nanargmin: `nanargmin(a, axis=None, out=None, *, keepdims=<no value>)
Index of the smallest non-nan element (flattened, or along axis); an all-nan slice raises
ValueError.`,
  nancumsum: `nancumsum(a, axis=None, dtype=None, out=None)
Running total along axis with nan counted as zero.`,
  nancumprod: `nancumprod(a, axis=None, dtype=None, out=None)
Running product along axis with nan counted as one.`,
  sort: `sort(a, axis=-1, kind=None, order=None, *, stable=None)
Return a sorted copy of a along axis (last by default; None sorts the flattened array); kind or
stable=True request a stable algorithm.`,
  argsort: `argsort(a, axis=-1, kind=None, order=None, *, stable=None)
Return the indices that would sort a along axis, so a[argsort(a)] is sorted (use take_along_axis for
more than 1-D).`,
  lexsort: `lexsort(keys, axis=-1)
Indirect sort on several keys: returns indices ordering by the last key first, then the one before
it to break ties, and so on.`,
  partition: `partition(a, kth, axis=-1, kind='introselect', order=None)
Return a copy where the element at position kth is where sorting would put it, smaller ones before
it and larger ones after (each side unordered).`,
  argpartition: `argpartition(a, kth, axis=-1, kind='introselect', order=None)
Return the indices that would partition a around position kth, as partition does for the values.`,
  sort_complex: `sort_complex(a)
Sort a complex (or real) array by real part, then by imaginary part.`,
  searchsorted: `searchsorted(a, v, side='left', sorter=None)
For each value in v, the index at which it would be inserted into the sorted 1-D array a to keep it
sorted; side='right' places it after equal entries.`,
  argmax: `argmax(a, axis=None, out=None, *, keepdims=<no value>)
Index of the largest element of the flattened array, or along axis; the first occurrence wins on
ties.`,
  argmin: `argmin(a, axis=None, out=None, *, keepdims=<no value>)
Index of the smallest element of the flattened array, or along axis; the first occurrence wins on
ties.`,
  argwhere: `argwhere(a)
Indices of the non-zero elements as an (N, ndim) array, one row per element.`,
  nonzero: `nonzero(a)
Indices of the non-zero elements, as a tuple with one index array per dimension (usable directly as
a[nonzero(a)]).`,
  flatnonzero: `flatnonzero(a)
Indices of the non-zero elements in the flattened array.`,
  where: `where(condition, [x, y], /)
With x and y: pick elements from x where condition is true and from y elsewhere (all broadcast
together). With only condition: same as nonzero(condition).`,
  extract: `extract(condition, arr)
Return the elements of arr for which condition is true, as a 1-D array (like arr[condition] on
flattened inputs).`,
  select: `select(condlist, choicelist, default=0)
Build an array taking, element by element, the entry of the first choicelist array whose condlist
condition holds, or default where none do.`,
  piecewise: `piecewise(x, condlist, funclist, *args, **kw)
Evaluate a function defined in pieces: where condlist[i] is true use funclist[i] (a function of x or
a constant); an extra function covers the rest.`,
  choose: `choose(a, choices, out=None, mode='raise')
Build an array from an index array a and a list of choices: result[i] = choices[a[i]][i]; mode says
how to treat out-of-range indices.`,
  compress: `compress(condition, a, axis=None, out=None)
Select slices of a along axis where the boolean condition is true (flattened when axis is None).`,
  clip: `clip(a, a_min=<no value>, a_max=<no value>, out=None, *, min=<no value>, max=<no value>, **kwargs)
Limit values to the interval [a_min, a_max]: smaller ones become a_min and larger ones a_max; either
bound may be None.`,
  unique: `unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True, sorted=True)
Sorted unique elements of an array; return_index / return_inverse / return_counts add first
positions, reconstruction indices and counts. axis finds unique slices.`,
  unique_values: `unique_values(x)
Unique elements of x as a 1-D array (the array-API form of unique).`,
  unique_counts: `unique_counts(x)
Unique elements of x and how often each occurs, returned as a named tuple (values, counts).`,
  unique_inverse: `unique_inverse(x)
Unique elements of x and, for each input element, the index of its value among them: named tuple
(values, inverse_indices).`,
  unique_all: `unique_all(x)
Unique elements of x with first indices, inverse indices and counts, as a named tuple (values,
indices, inverse_indices, counts).`,
  intersect1d: `intersect1d(ar1, ar2, assume_unique=False, return_indices=False)
Sorted unique values found in both ar1 and ar2; return_indices=True also gives where they occur in
each input.`,
  union1d: `union1d(ar1, ar2)
Sorted unique values found in ar1, ar2 or both.`,
  setdiff1d: `setdiff1d(ar1, ar2, assume_unique=False)
Sorted unique values of ar1 that are not in ar2.`,
  setxor1d: `setxor1d(ar1, ar2, assume_unique=False)
Sorted unique values found in exactly one of ar1 and ar2.`,
  isin: `isin(element, test_elements, assume_unique=False, invert=False, *, kind=None)
Element-wise test of whether each value of element occurs anywhere in test_elements; result has
element's shape, invert=True negates it.`,
  take: `take(a, indices, axis=None, out=None, mode='raise')
Pick elements of a at the given indices along axis (from the flattened array when axis is None);
mode 'wrap' or 'clip' handles out-of-range indices.`,
  take_along_axis: `take_along_axis(arr, indices, axis=-1)
Pick values from arr using an index array shaped like it along axis, such as the output of argsort
or argmax with keepdims.`,
  put: `put(a, ind, v, mode='raise')
Set a.flat[ind] = v in place, repeating v if it is shorter; mode treats out-of-range indices.`,
  put_along_axis: `put_along_axis(arr, indices, values, axis)
Write values into arr in place at positions given by an index array along axis (the counterpart of
take_along_axis).`,
  ix_: `ix_(*args)
Turn several 1-D index sequences into an open mesh, so a[ix_(rows, cols)] selects the cross product
of rows and columns.`,
  ravel_multi_index: `ravel_multi_index(multi_index, dims, mode='raise', order='C')
Convert a tuple of per-dimension index arrays into flat indices for an array of shape dims (the
inverse of unravel_index).`,
  unravel_index: `unravel_index(indices, shape, order='C')
Convert flat indices into a tuple of per-dimension index arrays for an array of the given shape.`,
  diag_indices: `diag_indices(n, ndim=2)
Indices of the main diagonal of an n x n x … array with ndim dimensions, for use as
a[diag_indices(n)].`,
  tril_indices: `tril_indices(n, k=0, m=None)
Row and column indices of the lower triangle (on and below diagonal k) of an n x m array.`,
  triu_indices: `triu_indices(n, k=0, m=None)
Row and column indices of the upper triangle (on and above diagonal k) of an n x m array.`,
  tril_indices_from: `tril_indices_from(arr, k=0)
Indices of the lower triangle of the 2-D array arr (on and below diagonal k).`,
  triu_indices_from: `triu_indices_from(arr, k=0)
Indices of the upper triangle of the 2-D array arr (on and above diagonal k).`,
  fill_diagonal: `fill_diagonal(a, val, wrap=False)
Write val onto the main diagonal of a in place; wrap=True restarts the diagonal below a tall matrix.`,
  diagonal: `diagonal(a, offset=0, axis1=0, axis2=1)
Return the diagonal with offset of a 2-D array, or of the 2-D planes spanned by axis1 and axis2 (a
read-only view).`,
  apply_along_axis: `apply_along_axis(func1d, axis, arr, *args, **kwargs)
Call func1d on every 1-D slice of arr along axis and assemble the results into an array.`,
  apply_over_axes: `apply_over_axes(func, a, axes)
Apply a reducing func(a, axis) repeatedly over each axis in axes, keeping the number of dimensions.`,
  may_share_memory: `may_share_memory(a, b, /, max_work=0)
Cheap check of whether two arrays might share memory (may report True when they do not).`,
  shares_memory: `shares_memory(a, b, /, max_work=-1)
Exact check of whether two arrays share any memory; max_work limits the effort spent.`,
  dot: `dot(a, b, out=None)
Dot product: the sum product for 1-D vectors, matrix multiplication for 2-D, and for N-D the sum
over a's last axis and b's second-to-last.`,
  vdot: `vdot(a, b, /)
Dot product of two vectors after flattening both; the first argument is complex-conjugated.`,
  inner: `inner(a, b, /)
Inner product over the last axes: for 1-D the ordinary dot product, in general a sum over a's and
b's last dimensions.`,
  outer: `outer(a, b, out=None)
Outer product of two vectors (flattened first): out[i, j] = a[i] * b[j].`,
  matmul: `matmul(x1, x2, /, out=None, *, casting='same_kind', order='K', dtype=None, subok=True[, signature, axes, axis])
Matrix product (the @ operator): 2-D times 2-D as usual, stacks of matrices broadcast over leading
dimensions; scalars are not allowed.`,
  tensordot: `tensordot(a, b, axes=2)
Sum products over chosen axes: axes=N uses the last N axes of a and first N of b, or give two lists
of axes explicitly.`,
  einsum: `einsum(subscripts, *operands, out=None, dtype=None, order='K', casting='safe', optimize=False)
Evaluate products and sums written in Einstein notation, e.g. einsum('ij,jk->ik', A, B) for a matrix
product or einsum('ii', A) for a trace.`,
  kron: `kron(a, b)
Kronecker product: a block array made of b scaled by each element of a.`,
  cross: `cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)
Cross product of 3-element (or 2-element) vectors along the given axis; broadcasts over the other
axes.`,
  polyfit: `polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False)
Least-squares fit of a polynomial of degree deg to points (x, y); returns coefficients highest power
first. w weights the points, cov=True also returns the covariance.`,
  polyval: `polyval(p, x)
Evaluate the polynomial with coefficients p (highest power first) at x.`,
  poly: `poly(seq_of_zeros)
Coefficients (highest power first) of the monic polynomial whose roots are seq_of_zeros; for a
square matrix, its characteristic polynomial.`,
  roots: `roots(p)
Roots of the polynomial with coefficients p (highest power first), found as eigenvalues of the
companion matrix.`,
  polyadd: `polyadd(a1, a2)
Sum of two polynomials given as coefficient arrays, highest power first.`,
  polysub: `polysub(a1, a2)
Difference a1 - a2 of two polynomials given as coefficient arrays.`,
  polymul: `polymul(a1, a2)
Product of two polynomials given as coefficient arrays.`,
  polydiv: `polydiv(u, v)
Divide polynomial u by v; returns (quotient, remainder) as coefficient arrays.`,
  polyder: `polyder(p, m=1)
Coefficients of the m-th derivative of polynomial p.`,
  polyint: `polyint(p, m=1, k=None)
Coefficients of the m-th antiderivative of polynomial p; k gives the integration constants (default
0).`,
  save: `save(file, arr, allow_pickle=True)
Write one array to a binary .npy file (the extension is added when missing); load reads it back with
shape and dtype intact.`,
  savez: `savez(file, *args, allow_pickle=True, **kwds)
Store several arrays in one uncompressed .npz archive; positional arrays get names arr_0, arr_1, …,
keyword arrays keep their keyword.`,
  savez_compressed: `savez_compressed(file, *args, allow_pickle=True, **kwds)
Like savez, but the .npz archive is zip-compressed.`,
  load: `load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', *, max_header_size=10000)
Read arrays from a .npy file (returns the array) or .npz archive (returns a dict-like object keyed
by array name); allow_pickle controls object arrays.`,
  loadtxt: `loadtxt(fname, dtype=<class 'float'>, comments='#', delimiter=None, converters=None, skiprows=0, usecols=None, unpack=False, ndmin=0, encoding=None, max_rows=None, *, quotechar=None, like=None)
Read a table of numbers from a text file: delimiter splits columns (whitespace by default), comments
starts ignored text, skiprows, usecols and unpack pick what to return.`,
  savetxt: `savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\\n', header='', footer='', comments='# ', encoding=None)
Write a 1-D or 2-D array to a text file, one row per line; fmt formats each value, delimiter
separates columns, header/footer add commented lines.`,
  genfromtxt: `genfromtxt(fname, dtype=<class 'float'>, comments='#', delimiter=None, skip_header=0, skip_footer=0, converters=None, missing_values=None, filling_values=None, usecols=None, names=None, excludelist=None, deletechars=" !#$%&'()*+,-./:;<=>?@[\\\\]^{|}~", replace_space='_', autostrip=False, case_sensitive=True, defaultfmt='f%i', unpack=None, usemask=False, loose=True, invalid_raise=True, max_rows=None, encoding=None, *, ndmin=0, like=None)
Read a text table like loadtxt but tolerate missing values: empty or listed missing_values become
nan (or filling_values); names=True reads column names from the header.`,
  set_printoptions: `set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None, override_repr=None)
Change how arrays print: precision (digits), threshold (size above which output is summarised),
edgeitems, linewidth, suppress (no scientific notation for small numbers).`,
  get_printoptions: `get_printoptions()
Return the current print options (precision, threshold, linewidth, …) as a dict.`,
  printoptions: `printoptions(*args, **kwargs)
Context manager that applies set_printoptions arguments inside a with block and restores the old
settings afterwards.`,
  array2string: `array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='', *, formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='', legacy=None)
Format an array as a string the way print would, with per-call precision, separator, threshold and
similar options.`,
  array_repr: `array_repr(arr, max_line_width=None, precision=None, suppress_small=None)
Return the repr text of an array, e.g. 'array([1, 2])', including the dtype when it is not the
default.`,
  array_str: `array_str(a, max_line_width=None, precision=None, suppress_small=None)
Return the str text of an array, i.e. what print shows, without the 'array(' wrapper.`,
  format_float_positional: `format_float_positional(x, precision=None, unique=True, fractional=True, trim='k', sign=False, pad_left=None, pad_right=None, min_digits=None)
Format a floating-point scalar in positional (non-scientific) notation; by default the shortest
digits that read back to the same value.`,
  format_float_scientific: `format_float_scientific(x, precision=None, unique=True, trim='k', sign=False, pad_left=None, exp_digits=None, min_digits=None)
Format a floating-point scalar in scientific notation; precision, exp_digits and padding options
control the layout.`,
  seterr: `seterr(all=None, divide=None, over=None, under=None, invalid=None)
Choose how floating-point errors are handled ('ignore', 'warn', 'raise', 'call', 'print', 'log') for
divide, over, under and invalid; returns the previous settings.`,
  geterr: `geterr()
Return the current floating-point error handling as a dict with keys divide, over, under and
invalid.`,
  errstate: `errstate(*, call=_Unspecified, all=None, divide=None, over=None, under=None, invalid=None)
Context manager that applies seterr-style settings (all=, divide=, over=, under=, invalid=) inside a
with block only.`,
  iinfo: `iinfo(type)
Limits of an integer type: .min, .max and .bits for e.g. np.int32 or an integer array's dtype.`,
  finfo: `finfo(dtype)
Machine limits of a floating-point type: .eps, .max, .min, .tiny, .resolution, .precision, .bits for
e.g. np.float32.`,
  can_cast: `can_cast(from_, to, casting='safe')
True if a value of dtype from_ can be converted to dtype to under the casting rule ('no', 'equiv',
'safe', 'same_kind', 'unsafe').`,
  result_type: `result_type(*arrays_and_dtypes)
The dtype that combining the given arrays and dtypes in an operation would produce, by NumPy's
promotion rules.`,
  promote_types: `promote_types(type1, type2, /)
The smallest dtype to which both type1 and type2 can be safely cast.`,
  min_scalar_type: `min_scalar_type(a, /)
The smallest dtype able to hold the given scalar value (for an array, just its dtype).`,
  issubdtype: `issubdtype(arg1, arg2)
True if dtype arg1 is arg2 or lies below it in the type hierarchy, e.g. issubdtype(np.int32,
np.integer).`,
  'random.rand': `rand(d0, d1, ..., dn)
Array of the given shape (passed as separate ints, not a tuple) of uniform samples from [0, 1); with
no arguments a single float.`,
  'random.randn': `randn(d0, d1, ..., dn)
Array of the given shape (separate ints) of samples from the standard normal distribution (mean 0,
variance 1).`,
  'random.randint': `randint(low, high=None, size=None, dtype=int)
Random integers from low (inclusive) to high (exclusive); with only one bound the range is [0, low).
size gives the output shape.`,
  'random.random_integers': `random_integers(low, high=None, size=None)
Deprecated: random integers in the closed interval [low, high] (use randint(low, high + 1)).`,
  'random.random': `random(size=None)
Uniform floats in [0, 1); size (int or tuple) gives the output shape, None gives one float.`,
  'random.random_sample': `random_sample(size=None)
Uniform floats in [0, 1); size gives the output shape. Same as random.random.`,
  'random.ranf': `ranf(*args, **kwargs)
Alias of random_sample: uniform floats in [0, 1).`,
  'random.sample': `sample(*args, **kwargs)
Alias of random_sample: uniform floats in [0, 1).`,
  'random.uniform': `uniform(low=0.0, high=1.0, size=None)
Samples spread evenly over [low, high); size gives the output shape.`,
  'random.normal': `normal(loc=0.0, scale=1.0, size=None)
Samples from a normal (Gaussian) distribution with mean loc and standard deviation scale; size gives
the output shape.`,
  'random.standard_normal': `standard_normal(size=None)
Samples from the standard normal distribution (mean 0, standard deviation 1); size gives the output
shape.`,
  'random.exponential': `exponential(scale=1.0, size=None)
Samples from an exponential distribution with the given scale (the mean, 1/rate).`,
  'random.standard_exponential': `standard_exponential(size=None)
Samples from the exponential distribution with scale 1.`,
  'random.choice': `choice(a, size=None, replace=True, p=None)
Random sample from the 1-D array a (or from arange(a) when a is an int); replace=False draws without
repetition, p gives per-item probabilities.`,
  'random.permutation': `permutation(x)
Return a shuffled copy of x (along the first axis), or a shuffled arange(x) when x is an int.`,
  'random.shuffle': `shuffle(x)
Shuffle a sequence or array in place along its first axis; returns None.`,
  'random.seed': `seed(seed=None)
Re-seed the legacy global generator used by the np.random.* functions, making their results
repeatable.`,
  'random.get_state': `get_state(legacy=True)
Return the internal state of the legacy global generator, for restoring later with set_state.`,
  'random.set_state': `set_state(state)
Restore the legacy global generator to a state obtained from get_state.`,
  'random.bytes': `bytes(length)
Return length random bytes as a bytes object.`,
  'random.default_rng': `default_rng(seed=None)
Create a new Generator (the recommended random API) seeded with seed; call methods such as
.random(), .integers(), .normal() on it.`,
  'linalg.inv': `inv(a)
Inverse of a square matrix (or of each matrix in a stack); raises LinAlgError when the matrix is
singular.`,
  'linalg.pinv': `pinv(a, rcond=None, hermitian=False, *, rtol=<no value>)
Moore-Penrose pseudo-inverse computed via SVD; singular values below rcond (rtol) times the largest
are treated as zero.`,
  'linalg.det': `det(a)
Determinant of a square matrix (or of each matrix in a stack).`,
  'linalg.slogdet': `slogdet(a)
Sign and natural log of the absolute value of the determinant, which avoids overflow for large
matrices; returns (sign, logabsdet).`,
  'linalg.solve': `solve(a, b)
Solve the linear system a @ x = b for x, where a is square and non-singular; b may hold several
right-hand sides.`,
  'linalg.lstsq': `lstsq(a, b, rcond=None)
Least-squares solution x minimising ||b - a @ x||; returns (x, residuals, rank, singular_values).
rcond cuts off small singular values.`,
  'linalg.eig': `eig(a)
Eigenvalues and right eigenvectors of a square matrix; returns (eigenvalues, eigenvectors) with
eigenvectors as the columns.`,
  'linalg.eigh': `eigh(a, UPLO='L')
Eigenvalues (ascending) and eigenvectors of a symmetric or Hermitian matrix, using only the triangle
named by UPLO.`,
  'linalg.eigvals': `eigvals(a)
Eigenvalues of a square matrix, without the eigenvectors.`,
  'linalg.eigvalsh': `eigvalsh(a, UPLO='L')
Eigenvalues (ascending) of a symmetric or Hermitian matrix.`,
  'linalg.svd': `svd(a, full_matrices=True, compute_uv=True, hermitian=False)
Singular value decomposition a = U @ diag(S) @ Vh; full_matrices=False returns the reduced shapes,
compute_uv=False only the singular values.`,
  'linalg.svdvals': `svdvals(x, /)
Singular values of a matrix (or a stack of matrices), largest first.`,
  'linalg.qr': `qr(a, mode='reduced')
QR decomposition a = Q @ R with orthonormal Q and upper-triangular R; mode 'reduced' (default),
'complete', 'r' or 'raw'.`,
  'linalg.cholesky': `cholesky(a, /, *, upper=False)
Cholesky factor of a symmetric/Hermitian positive-definite matrix: lower L with a = L @ L.conj().T
(upper=True gives the upper factor).`,
  'linalg.norm': `norm(x, ord=None, axis=None, keepdims=False)
Vector or matrix norm: the 2-norm (or Frobenius norm for matrices) by default; ord picks others (1,
inf, 'nuc', …), axis chooses which axes form the vectors or matrices.`,
  'linalg.vector_norm': `vector_norm(x, /, *, axis=None, keepdims=False, ord=2)
Vector norm of x over axis (all elements when None); ord chooses the p-norm, default 2.`,
  'linalg.matrix_norm': `matrix_norm(x, /, *, keepdims=False, ord='fro')
Matrix norm over the last two axes; ord 'fro' (default), 'nuc', 1, 2, inf, …`,
  'linalg.cond': `cond(x, p=None)
Condition number of a matrix in the norm p (2-norm by default); large values mean solving with it is
numerically sensitive.`,
  'linalg.matrix_rank': `matrix_rank(A, tol=None, hermitian=False, *, rtol=None)
Rank of a matrix: the number of singular values above a tolerance (tol or rtol).`,
  'linalg.matrix_power': `matrix_power(a, n)
Raise a square matrix to the integer power n by repeated matrix products (n = 0 gives the identity,
negative n uses the inverse).`,
  'linalg.multi_dot': `multi_dot(arrays, *, out=None)
Multiply a list of matrices in one call, choosing the cheapest order of the products; the first and
last may be 1-D.`,
  'linalg.tensorinv': `tensorinv(a, ind=2)
Inverse of an N-d array with respect to tensordot, treating the first ind axes as the rows.`,
  'linalg.tensorsolve': `tensorsolve(a, b, axes=None)
Solve tensordot(a, x, axes=x.ndim) == b for x.`,
  'linalg.matmul': `matmul(x1, x2, /)
Matrix product of x1 and x2 (array-API version of np.matmul).`,
  'linalg.matrix_transpose': `matrix_transpose(x, /)
Swap the last two axes of x, transposing each matrix in a stack.`,
  'linalg.outer': `outer(x1, x2, /)
Outer product of two 1-D vectors (array-API version of np.outer).`,
  'linalg.cross': `cross(x1, x2, /, *, axis=-1)
Cross product of 3-element vectors along axis (array-API version of np.cross).`,
  'linalg.diagonal': `diagonal(x, /, *, offset=0)
Diagonals (with offset) of the matrices formed by the last two axes of x.`,
  'linalg.trace': `trace(x, /, *, offset=0, dtype=None)
Sums along the diagonals (with offset) of the matrices formed by the last two axes of x.`,
  'linalg.tensordot': `tensordot(x1, x2, /, *, axes=2)
Tensor dot product over axes (array-API version of np.tensordot).`,
  'linalg.vecdot': `vecdot(x1, x2, /, *, axis=-1)
Dot product of vectors along axis, with the first argument complex-conjugated; broadcasts over the
remaining axes.`,
  'fft.fft': `fft(a, n=None, axis=-1, norm=None, out=None)
One-dimensional discrete Fourier transform along axis; n pads with zeros or truncates the input,
norm picks the scaling ('backward', 'ortho', 'forward').`,
  'fft.ifft': `ifft(a, n=None, axis=-1, norm=None, out=None)
Inverse of fft: one-dimensional inverse discrete Fourier transform along axis, so ifft(fft(a)) gives
back a.`,
  'fft.fft2': `fft2(a, s=None, axes=(-2, -1), norm=None, out=None)
Two-dimensional discrete Fourier transform over axes (the last two by default); s sets the transform
lengths.`,
  'fft.ifft2': `ifft2(a, s=None, axes=(-2, -1), norm=None, out=None)
Inverse of fft2 over axes (the last two by default).`,
  'fft.fftn': `fftn(a, s=None, axes=None, norm=None, out=None)
N-dimensional discrete Fourier transform over axes (all of them by default); s sets the transform
lengths.`,
  'fft.ifftn': `ifftn(a, s=None, axes=None, norm=None, out=None)
Inverse of fftn over the given axes.`,
  'fft.rfft': `rfft(a, n=None, axis=-1, norm=None, out=None)
Fourier transform of real input, returning only the n//2 + 1 non-negative-frequency terms.`,
  'fft.irfft': `irfft(a, n=None, axis=-1, norm=None, out=None)
Inverse of rfft: rebuilds a real signal of length n (default 2*(m-1)) from the
non-negative-frequency terms.`,
  'fft.rfft2': `rfft2(a, s=None, axes=(-2, -1), norm=None, out=None)
Two-dimensional Fourier transform of real input; the last axis keeps only non-negative frequencies.`,
  'fft.irfft2': `irfft2(a, s=None, axes=(-2, -1), norm=None, out=None)
Inverse of rfft2, giving a real 2-D result.`,
  'fft.rfftn': `rfftn(a, s=None, axes=None, norm=None, out=None)
N-dimensional Fourier transform of real input; the last transformed axis keeps only non-negative
frequencies.`,
  'fft.irfftn': `irfftn(a, s=None, axes=None, norm=None, out=None)
Inverse of rfftn, giving a real N-dimensional result.`,
  'fft.hfft': `hfft(a, n=None, axis=-1, norm=None, out=None)
Fourier transform of a signal with Hermitian symmetry (given by its first half), which has a real
spectrum.`,
  'fft.ihfft': `ihfft(a, n=None, axis=-1, norm=None, out=None)
Inverse of hfft: from a real signal, the non-negative-frequency half of its inverse transform.`,
  'fft.fftfreq': `fftfreq(n, d=1.0, device=None)
Sample frequencies matching the output of fft for n points with sample spacing d: 0, positive
frequencies, then negative ones.`,
  'fft.rfftfreq': `rfftfreq(n, d=1.0, device=None)
Sample frequencies matching the output of rfft for n points with sample spacing d (non-negative
only).`,
  'fft.fftshift': `fftshift(x, axes=None)
Reorder an fft output so the zero frequency is in the middle (over axes, all by default).`,
  'fft.ifftshift': `ifftshift(x, axes=None)
Undo fftshift, putting the zero frequency back at index 0.`,
  'ndarray.reshape': `reshape(shape, /, *, order='C', copy=None)
Return the array's data with a new shape, given as a tuple or as separate ints; one dimension may be
-1 and is inferred. A view when possible.`,
  'ndarray.ravel': `ravel(order='C')
Return the elements as a 1-D array, a view when possible; order picks the reading order.`,
  'ndarray.flatten': `flatten(order='C')
Return a 1-D copy of the array (always a copy, unlike ravel); order picks the reading order.`,
  'ndarray.transpose': `transpose(*axes)
Return a view with the axes reversed, or permuted as given (a tuple or separate ints); a.T is the
same as a.transpose().`,
  'ndarray.swapaxes': `swapaxes(axis1, axis2, /)
Return a view with axis1 and axis2 interchanged.`,
  'ndarray.squeeze': `squeeze(axis=None)
Return the array without its length-1 axes (or only those named by axis).`,
  'ndarray.resize': `resize(new_shape, /, *, refcheck=True)
Change the shape and size of the array in place, filling new space with zeros; needs an array that
owns its data and is not referenced elsewhere.`,
  'ndarray.astype': `astype(dtype, order='K', casting='unsafe', subok=True, copy=True)
Return a copy converted to dtype, e.g. a.astype(np.int32) or a.astype(float); casting limits unsafe
conversions, copy=False skips the copy when nothing changes.`,
  'ndarray.copy': `copy(order='C')
Return a copy of the array with its own data; order picks the memory layout.`,
  'ndarray.view': `view([dtype][, type])
Return a new array object looking at the same data, optionally reinterpreting the bytes as another
dtype.`,
  'ndarray.fill': `fill(value)
Set every element of the array to value, in place.`,
  'ndarray.item': `item(*args)
Return one element as a plain Python scalar: no argument for size-1 arrays, or a flat index, or one
index per dimension.`,
  'ndarray.tolist': `tolist()
Return the array as nested Python lists of Python scalars (a scalar for a 0-d array).`,
  'ndarray.tobytes': `tobytes(order='C')
Return the raw bytes of the array's data, in C order by default.`,
  'ndarray.tofile': `tofile(fid, /, sep='', format='%s')
Write the array's data to a file: raw binary when sep is '', otherwise as text separated by sep and
formatted with format.`,
  'ndarray.sum': `sum(axis=None, dtype=None, out=None, *, keepdims=<no value>, initial=<no value>, where=<no value>)
Sum of the elements, overall or along axis; same options as np.sum (dtype, keepdims, initial,
where).`,
  'ndarray.prod': `prod(axis=None, dtype=None, out=None, *, keepdims=<no value>, initial=<no value>, where=<no value>)
Product of the elements, overall or along axis; same options as np.prod.`,
  'ndarray.cumsum': `cumsum(axis=None, dtype=None, out=None)
Running total along axis (over the flattened array when axis is None).`,
  'ndarray.cumprod': `cumprod(axis=None, dtype=None, out=None)
Running product along axis (over the flattened array when axis is None).`,
  'ndarray.mean': `mean(axis=None, dtype=None, out=None, *, keepdims=<no value>, where=<no value>)
Arithmetic mean, overall or along axis; same options as np.mean.`,
  'ndarray.std': `std(axis=None, dtype=None, out=None, ddof=0, *, keepdims=<no value>, where=<no value>, mean=<no value>)
Standard deviation, overall or along axis; ddof=1 gives the sample estimate.`,
  'ndarray.var': `var(axis=None, dtype=None, out=None, ddof=0, *, keepdims=<no value>, where=<no value>, mean=<no value>)
Variance, overall or along axis; ddof=1 gives the sample estimate.`,
  'ndarray.max': `max(axis=None, out=None, *, keepdims=<no value>, initial=<no value>, where=<no value>)
Largest element, overall or along axis; same options as np.max.`,
  'ndarray.min': `min(axis=None, out=None, *, keepdims=<no value>, initial=<no value>, where=<no value>)
Smallest element, overall or along axis; same options as np.min.`,
  'ndarray.argmax': `argmax(axis=None, out=None, *, keepdims=False)
Index of the largest element (in the flattened array, or along axis).`,
  'ndarray.argmin': `argmin(axis=None, out=None, *, keepdims=False)
Index of the smallest element (in the flattened array, or along axis).`,
  'ndarray.all': `all(axis=None, out=None, *, keepdims=<no value>, where=<no value>)
True if every element (along axis, if given) is true.`,
  'ndarray.any': `any(axis=None, out=None, *, keepdims=<no value>, where=<no value>)
True if at least one element (along axis, if given) is true.`,
  'ndarray.clip': `clip(min=<no value>, max=<no value>, out=None, **kwargs)
Return a copy with values limited to [min, max]; either bound may be omitted.`,
  'ndarray.round': `round(decimals=0, out=None)
Return a copy rounded to the given number of decimals, halves to even.`,
  'ndarray.sort': `sort(axis=-1, kind=None, order=None, *, stable=None)
Sort the array in place along axis (the last by default); returns None. Use np.sort for a sorted
copy.`,
  'ndarray.argsort': `argsort(axis=-1, kind=None, order=None, *, stable=None)
Indices that would sort the array along axis.`,
  'ndarray.searchsorted': `searchsorted(v, side='left', sorter=None)
For each value of v, the index where it would be inserted into this sorted 1-D array to keep it
sorted.`,
  'ndarray.nonzero': `nonzero()
Indices of the non-zero elements, one index array per dimension.`,
  'ndarray.take': `take(indices, axis=None, out=None, mode='raise')
Elements at the given indices along axis (from the flattened array when axis is None).`,
  'ndarray.compress': `compress(condition, axis=None, out=None)
Slices along axis where condition is true (flattened when axis is None).`,
  'ndarray.repeat': `repeat(repeats, axis=None)
Repeat each element repeats times along axis (flattened when axis is None).`,
  'ndarray.diagonal': `diagonal(offset=0, axis1=0, axis2=1)
The diagonal with offset, taken over axis1 and axis2.`,
  'ndarray.trace': `trace(offset=0, axis1=0, axis2=1, dtype=None, out=None)
Sum along the diagonal with offset, taken over axis1 and axis2.`,
  'ndarray.dot': `dot(other, /, out=None)
Dot product of the array with other, like np.dot(a, other).`,
  'ndarray.conj': `conj()
Complex conjugate of every element (a copy of real arrays).`,
  'ndarray.conjugate': `conjugate()
Complex conjugate of every element, same as conj.`,
};
