# str.split() with no separator on long texts: single spaces, leading/trailing spaces, runs of spaces,
# tabs, newlines and other Unicode whitespace, maxsplit
words = ("Alpha Beta Gamma Delta " * 300)
print(len(words.split()), words.split()[:5], words.split()[-2:])
for text in [" " + words, words.strip(), "  " + words + "  ", words.replace("Beta ", "Beta  "),
             words.replace("Gamma", "Gam\tma"), words.replace("Delta ", "Delta\n"), words.replace("Alpha", "Al\u00a0pha"),
             words.replace("Beta", "Be\u3000ta"), words.replace(" ", "\x1f"), " " * 400, "x" * 300, "x " * 200]:
    parts = text.split()
    print(len(parts), parts[:3], parts[-1:], parts == text.split(None), len(text.split(maxsplit=5)), text.split(None, 2)[:2])
print(("a " * 200).split()[-3:], ("a " * 200).rsplit(None, 3)[:2])
