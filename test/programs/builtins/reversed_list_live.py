# reversed(list) reads the list live, as CPython's list_reverseiterator: items changed or removed after it
# starts are seen, and a list shrunk below its position ends it for good
l = [1, 2, 3]; it = reversed(l); l.append(4); print(list(it))
l = [1, 2, 3]; it = reversed(l); l.pop(); l.pop(); print(list(it))
l = [1, 2, 3, 4]; it = reversed(l); print(next(it)); l[0] = 'changed'; l.pop(); print(list(it), list(it))
l = [1, 2, 3]; it = reversed(l); next(it); l.clear(); print(list(it)); l.extend([7, 8, 9]); print(list(it))
l = [5, 6, 7]; it = l.__reversed__(); l[2] = 70; print(list(it))
words = ['a', 'bb', 'ccc', 'dd']
for i, w in zip(range(len(words) - 1, -1, -1), reversed(words)):
    if len(w) == 2: del words[i]
print(words, list(reversed(())), list(reversed('abc')), list(reversed(range(3))))
