/**
 * Giving an array's memory back when the one name holding it is rebound. In
 *
 *     for _ in range(10):
 *         r = a*b + c*2.0 - np.sqrt(a)
 *
 * CPython's reference counting frees the previous `r` as the new one is bound, so NumPy cycles through
 * two buffers. Here memory comes back only from a full garbage collection (runtime/memory.ts), which
 * costs about as much as the arithmetic, so until one runs every iteration takes memory never used before
 * — whose first touch (page faults) costs more than the kernel itself.
 *
 * The compiler (src/compile/ownership.ts) picks names it can watch completely: function locals and the
 * module variables it keeps in JS locals, that no nested scope mentions and that no dynamic lookup
 * (locals(), exec, …) can reach. For such a name, `name = <fused expression>` passes `own` to `$fuse`,
 * and the fuser's new output array is marked `owned`: the name holds the only reference. Every read of
 * the name that could keep a reference — anything but an operand of a fused expression, the receiver of
 * a reduction method or a metadata attribute — goes through `$esc`, which clears the mark; so does a
 * fused expression the fuser declines (its plain code may hand the operands to user code), and so does
 * the module's end (its variables become visible by name). When the name is rebound, `$drop` frees the
 * old array's block if it is still marked: nothing else can have seen it.
 */
import { NDArray } from '../../runtime/ndarray';
import { heap } from '../../runtime/memory';

/** the last output the array fuser allocated, until `$fuse` returns it */
let fresh: NDArray | null = null;

/** The array fuser reports each new output array (src/modules/numpy/fusion.ts). */
export function noteFresh(a: NDArray): void {
  fresh = a;
}

/** forget any output reported before (called as a fused expression starts) */
export function forgetFresh(): void {
  fresh = null;
}

/** Mark `r`, just returned by the fuser, as owned by the name it is bound to, if it is a new base array. */
export function own(r: any): void {
  if (r === fresh && r instanceof NDArray && r.base === null) r.owned = true;
  fresh = null;
}

/** `$esc`: a read of a watched name that may keep a reference; the value is no longer owned. */
export function esc(x: any): any {
  if (x instanceof NDArray) {
    x.owned = false;
    if (x.base !== null) x.base.owned = false;
  }
  return x;
}

/** `$drop`: the watched name held `old` and is about to hold `nu`; free `old`'s memory if it was owned. */
export function drop(old: any, nu: any): void {
  if (!(old instanceof NDArray) || !old.owned) return;
  old.owned = false;
  if (old.base !== null || old.block.pager !== null) return;
  if (nu instanceof NDArray && nu.block === old.block) return;
  heap.free(old.block);
}
