/**
 * numpy.linalg's numeric engine: LAPACK's algorithms, as NumPy's OpenBLAS build runs them, on
 * column-major Float64Arrays (complex: interleaved re/im). Knows nothing about Python.
 */
export { getrf, getrs, slogdet, zgetrf, zgetrs, zslogdet } from './lu';
export type { LU } from './lu';
export { potrf, zpotrf } from './cholesky';
export { geqr2, org2r } from './householder';
export { syevd } from './symmetricEigen';
export { gesdd } from './svd';
export { geev } from './generalEigen';
export { gelsd } from './leastSquares';
export { dot, gemm } from './blas';
export { zgeqr2, formQ, zheev, zgesdd, zgeev, zgelsd } from './complexDecomp';
