def parse(src):
    return eval(src)

print(parse("1 + 2"))
parse("1 +")
