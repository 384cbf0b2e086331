#!/usr/bin/env python3
"""Convert CPython's ast for a file into the JSON shape of grammar/ast.ts (used to generate fixtures).

Usage: python3 pyast_to_json.py FILE...   -> prints {"FILE": module_json, ...}
Ints are {"int": "<decimal string>"}; spans inside f-string fields are omitted (CPython 3.11 positions
there are approximate), so comparisons skip them.
"""
import ast, json, sys

BIN = {ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.Div: '/', ast.FloorDiv: '//', ast.Mod: '%', ast.Pow: '**',
       ast.MatMult: '@', ast.LShift: '<<', ast.RShift: '>>', ast.BitAnd: '&', ast.BitOr: '|', ast.BitXor: '^'}
UN = {ast.USub: '-', ast.UAdd: '+', ast.Invert: '~', ast.Not: 'not'}
CMP = {ast.Lt: '<', ast.Gt: '>', ast.Eq: '==', ast.GtE: '>=', ast.LtE: '<=', ast.NotEq: '!=', ast.In: 'in',
       ast.NotIn: 'not in', ast.Is: 'is', ast.IsNot: 'is not'}
CONV = {-1: None, 115: 's', 114: 'r', 97: 'a'}


class Conv:
    def __init__(self, src):
        self.lines = src.split('\n')
        self.in_fstring = 0

    def col(self, line, bcol):
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ''
        return len(text.encode('utf-8')[:bcol].decode('utf-8', errors='replace'))

    def span(self, n):
        if self.in_fstring:
            return None
        return {'line': n.lineno, 'col': self.col(n.lineno, n.col_offset),
                'endLine': n.end_lineno, 'endCol': self.col(n.end_lineno, n.end_col_offset)}

    def body(self, xs):
        return [self.stmt(x) for x in xs]

    def stmt(self, s):
        sp = self.span(s)
        e = self.expr
        k = type(s).__name__
        if k == 'Expr': return {'kind': 'Expr', 'value': e(s.value), 'span': sp}
        if k == 'Assign': return {'kind': 'Assign', 'targets': [e(t) for t in s.targets], 'value': e(s.value), 'span': sp}
        if k == 'AugAssign': return {'kind': 'AugAssign', 'target': e(s.target), 'op': BIN[type(s.op)], 'value': e(s.value), 'span': sp}
        if k == 'AnnAssign': return {'kind': 'AnnAssign', 'target': e(s.target), 'annotation': e(s.annotation), 'value': e(s.value), 'span': sp}
        if k == 'Delete': return {'kind': 'Delete', 'targets': [e(t) for t in s.targets], 'span': sp}
        if k in ('Pass', 'Break', 'Continue'): return {'kind': k, 'span': sp}
        if k == 'Return': return {'kind': 'Return', 'value': e(s.value), 'span': sp}
        if k == 'Raise': return {'kind': 'Raise', 'exc': e(s.exc), 'cause': e(s.cause), 'span': sp}
        if k in ('Global', 'Nonlocal'): return {'kind': k, 'names': list(s.names), 'span': sp}
        if k == 'Assert': return {'kind': 'Assert', 'test': e(s.test), 'msg': e(s.msg), 'span': sp}
        if k == 'Import': return {'kind': 'Import', 'names': [self.alias(a) for a in s.names], 'span': sp}
        if k == 'ImportFrom': return {'kind': 'ImportFrom', 'module': s.module, 'names': [self.alias(a) for a in s.names], 'level': s.level, 'span': sp}
        if k == 'If': return {'kind': 'If', 'test': e(s.test), 'body': self.body(s.body), 'orelse': self.body(s.orelse), 'span': sp}
        if k == 'While': return {'kind': 'While', 'test': e(s.test), 'body': self.body(s.body), 'orelse': self.body(s.orelse), 'span': sp}
        if k in ('For', 'AsyncFor'):
            return {'kind': 'For', 'target': e(s.target), 'iter': e(s.iter), 'body': self.body(s.body), 'orelse': self.body(s.orelse), 'isAsync': k == 'AsyncFor', 'span': sp}
        if k == 'Try':
            return {'kind': 'Try', 'body': self.body(s.body), 'handlers': [self.handler(h) for h in s.handlers], 'orelse': self.body(s.orelse), 'finalbody': self.body(s.finalbody), 'span': sp}
        if k in ('With', 'AsyncWith'):
            return {'kind': 'With', 'items': [{'contextExpr': e(i.context_expr), 'optionalVars': e(i.optional_vars)} for i in s.items], 'body': self.body(s.body), 'isAsync': k == 'AsyncWith', 'span': sp}
        if k in ('FunctionDef', 'AsyncFunctionDef'):
            return {'kind': 'FunctionDef', 'name': s.name, 'args': self.args(s.args), 'body': self.body(s.body), 'decorators': [e(d) for d in s.decorator_list], 'returns': e(s.returns), 'isAsync': k == 'AsyncFunctionDef', 'span': sp}
        if k == 'ClassDef':
            return {'kind': 'ClassDef', 'name': s.name, 'bases': [e(b) for b in s.bases], 'keywords': [self.kw(x) for x in s.keywords], 'body': self.body(s.body), 'decorators': [e(d) for d in s.decorator_list], 'span': sp}
        raise ValueError('unsupported statement ' + k)

    def alias(self, a):
        return {'name': a.name, 'asname': a.asname, 'span': self.span(a)}

    def handler(self, h):
        return {'type': self.expr(h.type), 'name': h.name, 'body': self.body(h.body), 'span': self.span(h)}

    def kw(self, k):
        return {'arg': k.arg, 'value': self.expr(k.value), 'span': self.span(k)}

    def arg(self, a):
        if a is None: return None
        return {'name': a.arg, 'annotation': self.expr(a.annotation), 'span': self.span(a)}

    def args(self, a):
        e = self.expr
        return {'posonly': [self.arg(x) for x in a.posonlyargs], 'args': [self.arg(x) for x in a.args], 'vararg': self.arg(a.vararg),
                'kwonly': [self.arg(x) for x in a.kwonlyargs], 'kwDefaults': [e(x) for x in a.kw_defaults], 'kwarg': self.arg(a.kwarg),
                'defaults': [e(x) for x in a.defaults]}

    def comp(self, g):
        return {'target': self.expr(g.target), 'iter': self.expr(g.iter), 'ifs': [self.expr(x) for x in g.ifs], 'isAsync': bool(g.is_async)}

    def const(self, v):
        if v is None or isinstance(v, (bool, str)): return v
        if isinstance(v, int): return {'int': str(v)}
        if isinstance(v, float): return {'float': v}
        if isinstance(v, complex): return {'imag': v.imag}
        if isinstance(v, bytes): return {'bytes': list(v)}
        if v is Ellipsis: return {'ellipsis': True}
        raise ValueError(repr(v))

    def parts(self, values):
        out = []
        for v in values:
            if isinstance(v, ast.Constant):
                if out and out[-1]['kind'] == 'Text': out[-1]['value'] += v.value
                else: out.append({'kind': 'Text', 'value': v.value})
            else:
                out.append({'kind': 'Field', 'value': self.expr(v.value), 'conversion': CONV[v.conversion],
                            'spec': self.parts(v.format_spec.values) if v.format_spec else None, 'span': None})
        return out

    def expr(self, n):
        if n is None: return None
        e = self.expr
        k = type(n).__name__
        sp = self.span(n)
        if k == 'Name': return {'kind': 'Name', 'id': n.id, 'span': sp}
        if k == 'Constant': return {'kind': 'Constant', 'value': self.const(n.value), 'span': sp}
        if k == 'JoinedStr':
            self.in_fstring += 1
            try: parts = self.parts(n.values)
            finally: self.in_fstring -= 1
            return {'kind': 'JoinedStr', 'parts': parts, 'span': sp}
        if k == 'BinOp': return {'kind': 'BinOp', 'op': BIN[type(n.op)], 'left': e(n.left), 'right': e(n.right), 'span': sp}
        if k == 'UnaryOp': return {'kind': 'UnaryOp', 'op': UN[type(n.op)], 'operand': e(n.operand), 'span': sp}
        if k == 'BoolOp': return {'kind': 'BoolOp', 'op': 'and' if isinstance(n.op, ast.And) else 'or', 'values': [e(v) for v in n.values], 'span': sp}
        if k == 'Compare': return {'kind': 'Compare', 'left': e(n.left), 'ops': [CMP[type(o)] for o in n.ops], 'comparators': [e(c) for c in n.comparators], 'span': sp}
        if k == 'IfExp': return {'kind': 'IfExp', 'test': e(n.test), 'body': e(n.body), 'orelse': e(n.orelse), 'span': sp}
        if k == 'Lambda': return {'kind': 'Lambda', 'args': self.args(n.args), 'body': e(n.body), 'span': sp}
        if k == 'NamedExpr': return {'kind': 'NamedExpr', 'target': e(n.target), 'value': e(n.value), 'span': sp}
        if k == 'Call': return {'kind': 'Call', 'func': e(n.func), 'args': [e(a) for a in n.args], 'keywords': [self.kw(x) for x in n.keywords], 'span': sp}
        if k == 'Attribute': return {'kind': 'Attribute', 'value': e(n.value), 'attr': n.attr, 'span': sp}
        if k == 'Subscript': return {'kind': 'Subscript', 'value': e(n.value), 'index': e(n.slice), 'span': sp}
        if k == 'Slice': return {'kind': 'Slice', 'lower': e(n.lower), 'upper': e(n.upper), 'step': e(n.step), 'span': sp}
        if k == 'Starred': return {'kind': 'Starred', 'value': e(n.value), 'span': sp}
        if k in ('Tuple', 'List', 'Set'): return {'kind': k, 'elts': [e(x) for x in n.elts], 'span': sp}
        if k == 'Dict': return {'kind': 'Dict', 'keys': [e(x) for x in n.keys], 'values': [e(x) for x in n.values], 'span': sp}
        if k in ('ListComp', 'SetComp', 'GeneratorExp'): return {'kind': k, 'elt': e(n.elt), 'generators': [self.comp(g) for g in n.generators], 'span': sp}
        if k == 'DictComp': return {'kind': 'DictComp', 'key': e(n.key), 'value': e(n.value), 'generators': [self.comp(g) for g in n.generators], 'span': sp}
        if k == 'Yield': return {'kind': 'Yield', 'value': e(n.value), 'span': sp}
        if k == 'YieldFrom': return {'kind': 'YieldFrom', 'value': e(n.value), 'span': sp}
        if k == 'Await': return {'kind': 'Await', 'value': e(n.value), 'span': sp}
        raise ValueError('unsupported expression ' + k)


def convert(src):
    return {'kind': 'Module', 'body': Conv(src).body(ast.parse(src).body)}


if __name__ == '__main__':
    out = {}
    for f in sys.argv[1:]:
        with open(f, encoding='utf-8') as fh:
            out[f] = convert(fh.read())
    json.dump(out, sys.stdout)
