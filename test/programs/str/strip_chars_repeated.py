# strip/lstrip/rstrip with a chars argument, the same chars many times and then others
pairs = [("xxhixx", "x"), ("abcba", "ab"), ("", "a"), ("aaa", "a"), ("🙂a🙂", "🙂"), ("  hi  ", " "), ("hi", ""), ("ab12ba", "ab")]
for s, c in pairs:
    print(repr(s.strip(c)), repr(s.lstrip(c)), repr(s.rstrip(c)))
words = [f"w{i % 13}x{i % 7}" for i in range(3000)]
counts = {}
for w in words:
    k = w.strip("0123456789x")
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items())[:5], len(counts))
print([w.rstrip("0123456789") for w in words[:5]], [w.lstrip("w") for w in words[:5]], "--a--".strip("-"), "--a--".strip(None))
