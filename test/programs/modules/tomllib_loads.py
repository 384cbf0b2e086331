import tomllib, io, pprint
doc = '''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \\no escape'
[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
utc = 1979-05-27T07:32:00Z
local = 1979-05-27T07:32:00.999999
space = 1979-05-27 07:32:00.1234567
day = 1979-05-27
t = 07:32:00
[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
[servers]
[servers.alpha]
ip = "10.0.0.1"
role = "frontend"
[servers.beta]
ip = "10.0.0.2"
role = "backend"
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
[[products]]
name = "Nail"
sku = 284758393
color = "gray"
[fruit]
apple.color = "red"
apple.taste.sweet = true
[numbers]
ints = [+99, 42, 0, -17, 1_000, 0xDEADBEEF, 0o755, 0b1101]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf]
nan = nan
[strings]
multi = """
Roses are red
Violets are blue"""
folded = """\\
       The quick brown \\
       fox."""
lit = \'\'\'C:\\Users\\nodejs\'\'\'
quotes = """Here are two quotation marks: "". Simple enough."""
esc = "tab\\there \\u00e9 \\U0001F600 \\"q\\""
inline = { name = { first = "Tom", last = "P" }, arr = [1, 2,], nested.dotted = 1 }
mixed = [ 1, "two", { three = 3 }, [4] , ] # comment
'''
d = tomllib.loads(doc)
pprint.pprint(d, width=100)
print(d["numbers"]["nan"] != d["numbers"]["nan"], repr(d["strings"]["multi"]), repr(d["strings"]["folded"]))
print(tomllib.loads("x = 1.5", parse_float=str), tomllib.load(io.BytesIO(b"a = 'b'\r\nc = [\r\n1\r\n]")))
bad_docs = ["x = ", "x = 1\nx = 2", "[a]\n[a]", "[a]\nb = 1\n[a.b]", "a = {b = 1}\na.c = 2", "x = [1, 2", 'x = "abc', "x = 1 y", "= 1",
            "x = 2023-13-01", "x = tru", "[t]\nx=1\n[t.x]", 'x = "\\q"', "[[a]]\n[a]", "a.b = 1\n[a.b]", "x = {a = 1, a = 2}", "x = 'a\nb'", "x = 0777", "x = 1__0"]
for b in bad_docs:
    try:
        print(repr(b), tomllib.loads(b))
    except tomllib.TOMLDecodeError as e:
        print(repr(b), "->", e)
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print(e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
for b in ["x = 'abc", "x = '''abc", "x = '''a\x01b'''", "x = 'a\x01'", "# c\x01\nx=1", "x = \"a\x01\"", "x = [1,,2]", "x = {a=1,}", "x = {a=1\n}", "[a.b]\n[a]\nc=1\n[a]", "x = 1979-05-27T25:00:00"]:
    try:
        print(repr(b), tomllib.loads(b))
    except tomllib.TOMLDecodeError as e:
        print(repr(b), "->", e)
