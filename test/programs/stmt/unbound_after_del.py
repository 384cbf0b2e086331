# A name a branch, a loop body or an except clause may unbind is not assumed bound afterwards
# (the compiler's definite-assignment analysis): reading it raises instead of giving garbage.
def f(v):
    x = 2
    for i in range(2):
        try:
            print(x)
        except NameError as e:
            print("E2", e)
        if i == 0:
            del x
    try:
        print(x)
    except NameError as e:
        print("E3", e)
    y = 1
    if v:
        del y
    try:
        print(y)
    except NameError as e:
        print("E4", e)
    z = 1
    try:
        del z
    finally:
        pass
    try:
        print(z)
    except NameError as e:
        print("E5", e)
    e = 5
    try:
        1/0
    except ZeroDivisionError as e:
        pass
    try:
        print(e)
    except NameError as ex:
        print("E6", ex)
    w = 1
    while v:
        del w
        v = 0
    try:
        print(w)
    except NameError as ex:
        print("E7", ex)
    q = 1
    for i in range(2):
        try:
            print(q)
        except NameError as ex:
            print("E8", ex)
        try:
            1/0
        except ZeroDivisionError as q:
            pass
    r = 1
    with open(__file__) as fh:
        del r
    try:
        print(r)
    except NameError as ex:
        print("E9", ex)
f(0)
f(1)
m = 1
for i in range(2):
    try:
        print(m)
    except NameError as e:
        print("M1", e)
    if i == 0:
        del m
