/**
 * NumPy's ordering of axes by stride: a stable insertion sort that, for each axis in turn, moves it past
 * the axes before it while the operands that stride along both agree it should go further, and stops
 * at the first pair they agree it should not; pairs on which no operand has a say are stepped over.
 * Used for the memory order of new results (ufunc outputs, concatenation: src/modules/numpy/coerce.ts)
 * and for the order a reduction walks its input (ufunc.ts). The callers differ only in the starting
 * order and in how one operand votes on a pair.
 */

/**
 * Sort `perm` in place. `vote(key, j0, j1)` is one operand's say on moving axis j0 past axis j1: true,
 * false, or null for none; the first operand with a say decides unless a later one says false.
 */
export function insertionSortAxes<K>(perm: number[], keys: readonly K[], vote: (key: K, j0: number, j1: number) => boolean | null): number[] {
  for (let i0 = 1; i0 < perm.length; i0++) {
    const j0 = perm[i0];
    let ipos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const j1 = perm[i1];
      let ambiguous = true, move = false;
      for (const key of keys) {
        const v = vote(key, j0, j1);
        if (v === null) continue;
        if (!v) move = false;
        else if (ambiguous) move = true;
        ambiguous = false;
      }
      if (ambiguous) continue;
      if (!move) break;
      ipos = i1;
    }
    if (ipos !== i0) {
      perm.splice(i0, 1);
      perm.splice(ipos, 0, j0);
    }
  }
  return perm;
}
