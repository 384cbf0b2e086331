# str indexing by int: ends, negative indexes, surrogate-pair text, errors, bool and __index__ indexes
words = ["k12", "alpha", "", "é", "naïve", "a😀b", "😀😀x", "x" * 40 + "😀"]
for w in words:
    out = []
    for i in range(-len(w) - 1, len(w) + 1):
        try:
            out.append(w[i])
        except IndexError as e:
            out.append(f"<{e}>")
    print(repr(w), out)
print("abc"[True], "abc"[False])
class Ix:
    def __index__(self):
        return -2
print("abc"[Ix()])
for bad in (1.0, "1", None):
    try:
        "abc"[bad]
    except TypeError as e:
        print(type(e).__name__, e)
last = [line[-1] for line in ("a,b", "c;d", "ef")]
print(last, "".join(w[0] for w in "the quick brown fox".split()))
