# str.replace with and without a count: no match, one and many matches, patterns longer than one
# character, empty patterns and replacements, a count of zero or past the matches, and a long text.
line = "a,b;c,d e,f,,g" * 3
print(line.replace(",", ""), line.replace(";", "--"), line.replace("", "|", 3))
print(line.replace(",,", "<>"), line.replace("zz", "y") is line, line.replace(",", ".", 2), line.replace(",", ".", 99))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "".replace("", "x"), "abc".replace("abc", ""), "aXbXc".replace("X", "", 0))
print("aaaa".replace("aa", "a"), "abab".replace("ab", "abab"), "caf\u00e9 \U0001F40D".replace("\u00e9", "e").replace("\U0001F40D", "snake"))
r = ("ab" * 50000).replace("a", "xyz")
print(len(r), r[:10], r[-7:], r.count("xyz"))
words = [f"w{i},{i % 7};" for i in range(2000)]
print(sum(len(w.replace(",", " ").replace(";", "")) for w in words), words[5].replace(",", "", -1))
