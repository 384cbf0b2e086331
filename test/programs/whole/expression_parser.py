# whole program: a regex tokenizer and recursive-descent calculator (errors caught and reported), RPN,
# shunting-yard and bracket matching
import re, operator, math
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?)|(\*\*|[-+*/%^()!,])|([A-Za-z_]\w*))")
class ParseError(Exception): pass
def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos: raise ParseError(f"bad char {s[pos]!r} at {pos}")
        num, op, name = m.groups()
        out.append(("num", float(num) if "." in num or "e" in num.lower() else int(num)) if num else ("op", op) if op else ("name", name))
        pos = m.end()
    return out
FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "max": max, "min": min, "abs": abs}
CONSTS = {"pi": math.pi, "e": math.e}
class Parser:
    def __init__(self, toks): self.t = toks; self.i = 0
    def peek(self): return self.t[self.i] if self.i < len(self.t) else (None, None)
    def take(self, v=None):
        tok = self.peek()
        if v is not None and tok[1] != v: raise ParseError(f"expected {v!r}, got {tok[1]!r}")
        self.i += 1; return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]; v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]; r = self.unary()
            v = {"*": operator.mul, "/": operator.truediv, "%": operator.mod}[op](v, r)
        return v
    def unary(self):
        if self.peek()[1] == "-": self.take(); return -self.unary()
        if self.peek()[1] == "+": self.take(); return self.unary()
        return self.power()
    def power(self):
        b = self.postfix()
        if self.peek()[1] in ("^", "**"): self.take(); return b ** self.unary()
        return b
    def postfix(self):
        v = self.atom()
        while self.peek()[1] == "!": self.take(); v = math.factorial(v)
        return v
    def atom(self):
        kind, val = self.take()
        if kind == "num": return val
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("("); args = [self.expr()]
                while self.peek()[1] == ",": self.take(); args.append(self.expr())
                self.take(")"); return FUNCS[val](*args)
            if val in CONSTS: return CONSTS[val]
            raise ParseError(f"unknown name {val!r}")
        if val == "(":
            v = self.expr(); self.take(")"); return v
        raise ParseError(f"unexpected {val!r}")
def evaluate(s):
    p = Parser(tokenize(s)); v = p.expr()
    if p.i != len(p.t): raise ParseError(f"trailing {p.peek()[1]!r}")
    return v
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ** 2", "10 / 4", "10 % 4 + 5!", "sqrt(16) + max(1, 7, 3)", "2 * pi", "1e3 + .5" , "3 +", "4 $ 4", "foo(1)", "(1 + 2", "1 2", "abs(-3.5) * min(2, 3)", "1/0"]:
    try:
        print(f"{e:<26} = {evaluate(e)!r}")
    except (ParseError, KeyError, ZeroDivisionError) as ex:
        print(f"{e:<26} ! {type(ex).__name__}: {ex}")
def rpn(tokens):
    st = []
    for t in tokens.split():
        if t in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
        else: st.append(float(t))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
def shunting(expr):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}; out, ops = [], []
    for tok in re.findall(r"\d+|[-+*/^()]", expr):
        if tok.isdigit(): out.append(tok)
        elif tok == "(": ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(": out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (prec[ops[-1]] > prec[tok] or (prec[ops[-1]] == prec[tok] and tok != "^")): out.append(ops.pop())
            ops.append(tok)
    return " ".join(out + ops[::-1])
print(shunting("3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3"))
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}; st = []
    for i, c in enumerate(s):
        if c in "([{": st.append((c, i))
        elif c in pairs:
            if not st or st[-1][0] != pairs[c]: return f"mismatch at {i}"
            st.pop()
    return "ok" if not st else f"unclosed at {st[-1][1]}"
print([balanced(s) for s in ["([]{})", "([)]", "((", "", "a(b[c]{d}e)f"]])
