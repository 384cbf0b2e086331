/**
 * Names of the runtime helpers generated code calls for augmented assignment (`x += y` → `$iadd(x, y)`).
 * Shared by the code generator and the helper table so the two cannot drift apart.
 */
export const INPLACE_FN: Record<string, string> = {
  '+': '$iadd', '-': '$isub', '*': '$imul', '/': '$itruediv', '//': '$ifloordiv', '%': '$imod',
  '**': '$ipow', '@': '$imatmul', '<<': '$ilshift', '>>': '$irshift', '&': '$iand', '|': '$ior', '^': '$ixor',
};
