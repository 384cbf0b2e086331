# einsum shape mismatches: collapsing a repeated index of unequal dimensions, and operands whose
# dimensions do not broadcast, reported with each operand remapped onto the iteration order (output
# indices, then summed ones in sorted order; leading new axes are not shown).
import numpy as np

cases = [
    ("ii,i", (2, 3), (4,)),
    ("iij,j", (3, 3, 4), (5,)),
    ("ij,jk", (2, 3), (2, 3)),
    ("ij,jk->ik", (2, 3), (4, 5)),
    ("kj,jk", (2, 3), (2, 3)),
    ("ij,i->ij", (2, 3), (4,)),
    ("ij,i->j", (2, 3), (4,)),
    ("ab,bc->", (2, 3), (4, 5)),
    ("...ij,...jk", (2, 3, 4), (5, 4, 2)),
    ("bij,bjk->bik", (2, 2, 3), (3, 3, 2)),
    ("i,i", (3,), (4,)),
    ("ij,j", (2, 3), (1,)),
]
for spec, a, b in cases:
    try:
        print(spec, np.einsum(spec, np.ones(a), np.ones(b)))
    except ValueError as e:
        print(spec, "->", e)
