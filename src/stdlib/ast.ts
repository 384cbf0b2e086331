/**
 * `ast`, written in Python (see src/stdlib/index.ts) — only `literal_eval` so far, the part programs
 * use to read Python literals from text (no syntax trees: ast.parse and the node classes are missing).
 *
 * The text is first compiled as an expression, so invalid syntax raises CPython's SyntaxError; then a
 * small recursive-descent check over its tokens accepts exactly what CPython's literal_eval accepts —
 * constants (strings and bytes, adjacent ones joined; numbers; True, False, None, ...), tuples, lists,
 * sets, dicts, `set()`, one unary + or - on a number, and real +/- imaginary — and anything else raises
 * ValueError('malformed node or string ...') naming the kind of node CPython would name (its address
 * differs). Only then is the checked text evaluated, with no builtins but `set`.
 */
export const source = String.raw`
import re as _re

__all__ = ['literal_eval']

_TOKEN = _re.compile(r"""
    (?P<ws>[ \t\f]+|\\\r?\n|\#[^\r\n]*)
  | (?P<nl>\r?\n)
  | (?P<str>(?:[rR][bB]?|[bB][rR]?|[uU]|[fF][rR]?|[rR][fF])?
        (?:'''(?:[^\\]|\\.)*?'''|\"\"\"(?:[^\\]|\\.)*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"))
  | (?P<num>(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+
        |(?:[0-9][0-9_]*\.?[0-9_]*|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9_]+)?)[jJ]?)
  | (?P<name>[^\W\d]\w*)
  | (?P<op>\.\.\.|\*\*=?|//=?|<<=?|>>=?|[-+*/%@&|^~<>=!]=?|[()\[\]{}:,.;])
""", _re.VERBOSE | _re.DOTALL)


class _Malformed(Exception):
    pass


# the node a literal of each checked kind is, and the nodes expressions starting with a keyword are
_NODE = {'list': 'List', 'tuple': 'Tuple', 'dict': 'Dict', 'set': 'Set'}
_KEYWORD_NODE = {'not': 'UnaryOp', 'lambda': 'Lambda', 'await': 'Await', 'yield': 'Yield'}


class _Checker:
    def __init__(self, text):
        self.toks = []
        line = 1
        pos = 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None:
                self.toks.append(('op', text[pos], line))
                break
            kind = m.lastgroup
            if kind not in ('ws', 'nl'):
                self.toks.append((kind, m.group(), line))
            line += m.group().count('\n')
            pos = m.end()
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ('end', '', 0)

    def fail(self, node, line=None):
        raise _Malformed(node, line if line is not None else self.peek()[2])

    def take(self, text=None):
        tok = self.peek()
        if text is not None and tok[1] != text:
            self.fail(self.node_kind())
        self.i += 1
        return tok

    def node_kind(self):
        kind, text, _ = self.peek()
        if kind == 'name':
            if text in _KEYWORD_NODE:
                return _KEYWORD_NODE[text]
            nxt = self.toks[self.i + 1][1] if self.i + 1 < len(self.toks) else ''
            return 'Call' if nxt == '(' else 'Attribute' if nxt == '.' else 'Name'
        if text == '[':
            return 'ListComp'
        if text in ('not', '~'):
            return 'UnaryOp'
        return 'Expr'

    def check(self):
        self.expr()
        if self.peek()[0] != 'end':
            self.fail(self.trailing_kind())

    def trailing_kind(self):
        text = self.peek()[1]
        if text in ('+', '-', '*', '/', '//', '%', '**', '@', '&', '|', '^', '<<', '>>'):
            return 'BinOp'
        if text in ('<', '>', '==', '!=', '<=', '>=', 'in', 'not', 'is'):
            return 'Compare'
        if text in ('and', 'or'):
            return 'BoolOp'
        if text == '(':
            return 'Call'
        if text == '[':
            return 'Subscript'
        if text == '.':
            return 'Attribute'
        if text == 'if':
            return 'IfExp'
        return 'Expr'

    def expr(self):
        line = self.peek()[2]
        kind = self.signed()
        if self.peek()[1] in ('+', '-'):
            # the one binary operation: a (signed) real number +/- an unsigned imaginary one, 1+2j
            self.take()
            if kind not in ('int', 'float', 'complex'):
                self.fail(_NODE.get(kind, 'Constant'), line)
            if self.peek()[1] in ('+', '-'):
                self.fail('UnaryOp')
            right = self.atom()
            if right not in ('int', 'float', 'complex'):
                self.fail(_NODE.get(right, 'Constant'), line)
            if kind == 'complex' or right != 'complex':
                self.fail('BinOp', line)
            return 'complex'
        return kind

    def signed(self):
        if self.peek()[1] in ('+', '-'):
            line = self.take()[2]
            if self.peek()[1] in ('+', '-'):
                self.fail('UnaryOp')
            kind = self.atom()
            if kind not in ('int', 'float', 'complex'):
                self.fail(_NODE.get(kind, 'Constant'), line)
            return kind
        return self.atom()

    def atom(self):
        kind, text, line = self.peek()
        if kind == 'num':
            self.take()
            return 'complex' if text[-1] in 'jJ' else 'float' if ('.' in text or ('e' in text.lower() and not text.lower().startswith('0x'))) else 'int'
        if kind == 'str':
            while self.peek()[0] == 'str':
                if self.peek()[1].lstrip('rRbBuU')[:1] not in ('"', "'"):
                    self.fail('JoinedStr')
                self.take()
            return 'str'
        if kind == 'name':
            if text in ('True', 'False', 'None'):
                self.take()
                return 'const'
            if text == 'set' and self.i + 2 < len(self.toks) and self.toks[self.i + 1][1] == '(' and self.toks[self.i + 2][1] == ')':
                self.i += 3
                return 'set'
            self.fail(self.node_kind())
        if text == '...':
            self.take()
            return 'const'
        if text == '(':
            self.take()
            if self.peek()[1] == ')':
                self.take()
                return 'tuple'
            kind = self.expr()
            if self.peek()[1] == ')':
                self.take()
                return kind
            self.items(')')
            return 'tuple'
        if text == '[':
            self.take()
            self.items(']')
            return 'list'
        if text == '{':
            self.take()
            if self.peek()[1] == '}':
                self.take()
                return 'dict'
            if self.peek()[1] == '**':
                self.fail(None)
            self.expr()
            if self.peek()[1] == ':':
                self.take()
                self.expr()
                while self.peek()[1] == ',':
                    self.take()
                    if self.peek()[1] == '}':
                        break
                    if self.peek()[1] == '**':
                        self.fail(None)
                    self.expr()
                    self.take(':')
                    self.expr()
                self.take('}')
                return 'dict'
            while self.peek()[1] == ',':
                self.take()
                if self.peek()[1] == '}':
                    break
                self.expr()
            self.take('}')
            return 'set'
        self.fail(self.node_kind())

    def items(self, close):
        # the rest of a tuple or list after its opening bracket (and, for a tuple, its first item)
        if close == ')':
            self.take(',')
        while self.peek()[1] != close:
            if self.peek()[1] == '*':
                self.fail('Starred')
            self.expr()
            if self.peek()[1] != close:
                self.take(',')
        self.take(close)


def literal_eval(node_or_string):
    if not isinstance(node_or_string, str):
        if isinstance(node_or_string, (bytes, bytearray)):
            node_or_string = bytes(node_or_string).decode()
        else:
            raise ValueError('malformed node or string: %r' % (node_or_string,))
    text = node_or_string.lstrip(' \t')
    code = compile(text, '<unknown>', 'eval')
    try:
        _Checker(text).check()
    except _Malformed as e:
        kind, line = e.args
        if kind is None:
            raise ValueError('malformed node or string: None') from None
        raise ValueError('malformed node or string on line %d: <ast.%s object at %s>' % (line, kind, hex(id(e)))) from None
    return eval(code, {'__builtins__': {}, 'set': set})
`;
