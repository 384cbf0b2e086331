# dict counting of words and ints
words = "the quick brown fox jumps over the lazy dog and then the fox sleeps while a dog barks".split()
counts = {}
for rep in range(60000):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
int_counts = {}
x = 12345
for i in range(1000000):
    x = (x * 1103515245 + 12345) % 2147483648
    key = x % 1000
    if key in int_counts:
        int_counts[key] += 1
    else:
        int_counts[key] = 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, len(int_counts), max(int_counts.values()), sum(int_counts.values()))
