/**
 * What `help()` prints for the numpy module's functions and array methods: for each dotted name below
 * `numpy` ('linspace', 'linalg.inv', 'ndarray.reshape'), its signature on the first line and a short
 * summary after it, written for ndpy in our own words (NumPy's docstrings are not copied).
 */
export const numpyDocs: Record<string, string> = {
  linspace: `linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)
Return num evenly spaced samples from start to stop; stop itself is the last sample unless
endpoint=False. With retstep=True also return the spacing between samples.`,
  arange: `arange([start,] stop[, step,], dtype=None)
Return evenly spaced values in the half-open interval [start, stop), like range() but as an array;
for a non-integer step, linspace is usually the better choice.`,
};
