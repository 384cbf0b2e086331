/**
 * hypot(x, y) bit for bit as glibc 2.35+ computes it on x86-64 — the function CPython's abs(complex) and
 * cmath module and NumPy's hypot / absolute-of-complex call. JS Math.hypot differs from it on about a
 * third of random arguments.
 *
 * glibc's method (Borges, "An Improved Algorithm for hypot(a,b)", 2019, without FMA): order so
 * ax >= ay, scale by 2^±600 when ax is huge or ay tiny, return ax + ay when ay is negligible
 * (ay <= ax·2^-54), otherwise take h = sqrt(ax² + ay²) and apply one correction whose terms are
 * arranged to be computed almost exactly. The result is within one ulp, nearly always correctly rounded.
 */
const SCALE = 2 ** -600;
const LARGE = 2 ** 511;
const TINY = 2 ** -511;
const EPS = 2 ** -54;

/** The corrected root for ax >= ay >= 0 whose squares neither overflow nor underflow. */
function kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    return x === Infinity || x === -Infinity || y === Infinity || y === -Infinity ? Infinity : NaN;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x, ay = x < y ? x : y;
  if (ax > LARGE) return ay <= ax * EPS ? ax + ay : kernel(ax * SCALE, ay * SCALE) / SCALE;
  if (ay < TINY) return ax >= ay / EPS ? ax + ay : kernel(ax / SCALE, ay / SCALE) * SCALE;
  return ay <= ax * EPS ? ax + ay : kernel(ax, ay);
}
