# str.title() and str.swapcase() on ASCII text (a fast path) and on text with other characters
samples = [
    "", "a", "A", "hello world", "HELLO WORLD", "they're bill's friends from the UK",
    "abc1def 2ghi_jkl-mno", "  Alpha beta,GAMMA delta; Epsilon  ", "x" * 9000 + " y",
    "\t\nmixed\x7fCASE\x00end", "123", "_under_score_", "ǅungla ǆ", "ÄBC déf ß", "ﬁne ﬂy", "ΣΑΣ σας",
    "straße STRASSE", "İstanbul", "a\u0301b", "𝔄𝔟 z",
]
for s in samples:
    t, w = s.title(), s.swapcase()
    print(len(t), len(w), repr(t[:40]), repr(w[:40]), repr(t[-10:]), repr(w[-10:]))
print([w.title() for w in "the QUICK brown fox".split()], "x y".swapcase().swapcase())
