# eval() and exec() with no namespaces inside functions see the function's locals (a snapshot:
# assignments made by exec do not change the function's variables) and the module's globals
LIMIT = 100

def calc(expr, x, y=2):
    scale = 10
    return eval(expr)

print(calc("x * y + scale", 3), calc("LIMIT - x", 1), calc("(x + scale, y)", 4))

def run():
    a, b = 5, [1, 2]
    exec("print('exec sees', a, b, LIMIT)")
    exec("a = 99; c = 7")
    print("after exec", a)
    try:
        print(c)
    except NameError as e:
        print("NameError:", e)

run()

def nested():
    outer = 1
    def inner():
        local = 2
        return eval("local + 1")
    return inner() + eval("outer")
print(nested())

def with_namespaces():
    v = 3
    ns = {"v": 100}
    return eval("v", {}, ns), eval("v")
print(with_namespaces())
print(eval("LIMIT // 7"), [eval(s) for s in ("1 + 1", "LIMIT")])

def bad():
    try:
        eval("undefined_name + 1")
    except NameError as e:
        return str(e)
print(bad())
