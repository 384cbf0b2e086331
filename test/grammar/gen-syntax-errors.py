#!/usr/bin/env python3
"""Regenerate test/grammar/syntax-errors.json from real CPython.

Each snippet is run as `python3 x.py` in a scratch directory. A sitecustomize.py placed on PYTHONPATH
installs a sys.excepthook that dumps the SyntaxError's fields (as the file tokenizer produced them, which
can differ from compile() at end of input) before the default hook prints the exact stderr text. Run with python 3.11:
    python3 test/grammar/gen-syntax-errors.py
"""
import json, os, subprocess, sys, tempfile

SNIPPETS = [
    ("never_closed_paren", "x = (1,\n  2\n"),
    ("never_closed_bracket", "a = [1, 2\nb = 3\n"),
    ("never_closed_call", "foo(1,\n"),
    ("never_closed_def", "def f(\n"),
    ("unmatched_paren", "x = 1)\n"),
    ("unmatched_brace", "x = 1\ny = }\n"),
    ("mismatch_close", "x = (1, 2]\n"),
    ("mismatch_close_multiline", "x = [\n  1,\n  2)\n"),
    ("invalid_syntax_eq", "x = = 1\n"),
    ("invalid_syntax_kw", "if x = 1:\n    pass\n"),
    ("invalid_syntax_plain", "x = 1 +\n"),
    ("invalid_syntax_two_names", "a b\n"),
    ("forgot_comma", "x = [1 2]\n"),
    ("forgot_comma_call", "f(a b, c)\n"),
    ("expected_colon_if", "if x\n    pass\n"),
    ("expected_colon_def", "def f()\n    pass\n"),
    ("expected_colon_class", "class A\n    pass\n"),
    ("expected_colon_for", "for x in y\n    pass\n"),
    ("assign_literal", "1 = x\n"),
    ("assign_literal_str", "'a' = 1\n"),
    ("assign_call", "f() = 1\n"),
    ("assign_call_aug", "f() += 1\n"),
    ("assign_expr", "a + b = 1\n"),
    ("assign_in_tuple", "a, 1 = x\n"),
    ("assign_for_target", "for 1 in x:\n    pass\n"),
    ("del_literal", "del 1\n"),
    ("assign_none", "None = 1\n"),
    ("assign_compare_if", "if x = 1:\n    pass\n"),
    ("call_kw_eq", "f(a.b=1)\n"),
    ("unterminated_string", "x = 'abc\ny = 1\n"),
    ("unterminated_string_dq", "print(\"hello)\n"),
    ("unterminated_triple", "x = 1\ns = \"\"\"abc\ndef\n"),
    ("unterminated_triple_single", "s = '''abc"),
    ("invalid_decimal", "x = 1abc\n"),
    ("invalid_decimal2", "x = 3x + 1\n"),
    ("invalid_hex", "x = 0xZZ\n"),
    ("invalid_digit_octal", "x = 0o78\n"),
    ("leading_zero", "x = 0123\n"),
    ("return_outside", "return 1\n"),
    ("break_outside", "x = 1\nbreak\n"),
    ("continue_outside", "continue\n"),
    ("yield_outside", "yield 1\n"),
    ("expected_indent_if", "x = 1\ny = 2\nif x:\npass\n"),
    ("expected_indent_def", "def f():\nreturn 1\n"),
    ("expected_indent_for", "for i in x:\nprint(i)\n"),
    ("expected_indent_while", "while x:\nx -= 1\n"),
    ("expected_indent_class", "class A:\nx = 1\n"),
    ("expected_indent_else", "if x:\n    pass\nelse:\npass\n"),
    ("expected_indent_elif", "if x:\n    pass\nelif y:\npass\n"),
    ("expected_indent_try", "try:\nx = 1\nexcept:\n    pass\n"),
    ("expected_indent_except", "try:\n    x = 1\nexcept ValueError:\npass\n"),
    ("expected_indent_finally", "try:\n    x = 1\nfinally:\npass\n"),
    ("expected_indent_with", "with a as b:\npass\n"),
    ("expected_indent_eof", "if x:\n"),
    ("unexpected_indent", "x = 1\n    y = 2\n"),
    ("unindent_mismatch", "if x:\n        a = 1\n    b = 2\n"),
    ("tab_error", "if x:\n\tif y:\n\t\ta = 1\n        b = 2\n"),
    ("fstring_expecting_brace", "x = f'{a'\n"),
    ("fstring_single_close", "x = f'a}'\n"),
    ("fstring_empty_expr", "x = f'{}'\n"),
    ("fstring_backslash", "x = f'{\"\\n\".join(a)}'\n"),
    ("pos_after_kw", "f(a=1, b)\n"),
    ("pos_after_kw_unpack", "f(**k, *a)\n"),
    ("maybe_eq", "if x = 3:\n  pass\n"),
    ("walrus_bad", "(a.b := 1)\n"),
    ("bytes_mix", "x = b'a' 'b'\n"),
    ("nonascii_bytes", "x = b'\u00e9'\n"),
    ("star_alone", "*a\n"),
    ("star_assign_alone", "*a = 1\n"),
    ("two_starred", "a, *b, *c = x\n"),
    ("keyword_arg_repeat", "f(a=1, a=2)\n"),
    ("lambda_default_order", "def f(a=1, b):\n    pass\n"),
    ("dup_arg", "def f(a, a):\n    pass\n"),
    ("else_without_if", "else:\n    pass\n"),
    ("missing_paren_print", "print 'hello'\n"),
    ("except_comma", "try:\n    pass\nexcept ValueError, err:\n    pass\n"),
    ("except_comma_tuple", "try:\n    pass\nexcept (A, B), e:\n    pass\n"),
    ("except_comma_many", "try:\n    pass\nexcept A, B, C:\n    pass\n"),
    ("except_comma_as", "try:\n    pass\nexcept A, e as f:\n    pass\n"),
    ("except_comma_no_colon", "try:\n    pass\nexcept A, e\n    pass\n"),
    ("except_star_bare", "try:\n    pass\nexcept*:\n    pass\n"),
    ("except_star_mixed", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n"),
    ("except_star_mixed_2", "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n"),
    ("except_star_break", "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n"),
    ("except_star_return", "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n"),
    ("except_star_continue", "try:\n    pass\nexcept* ValueError:\n    continue\n"),
    ("trailing_backslash", "x = 1 + \\"),
    ("backslash_in_middle", "x = 1 \\ 2\n"),
    ("invalid_char", "x = 1 $ 2\n"),
    ("unclosed_dict", "d = {'a': 1,\n     'b': 2\n"),
    ("aug_tuple", "a, b += 1\n"),
    ("ann_tuple", "a, b: int\n"),
    ("import_bad", "import\n"),
    ("from_bad", "from x import\n"),
    ("def_no_paren", "def f:\n    pass\n"),
    ("nonlocal_module", "nonlocal x\n"),
    ("stmt_in_expr", "x = (if)\n"),
    ("semicolon_compound", "x = 1; if x: pass\n"),
    ("chained_eq_call", "f(x) = y = 1\n"),
    ("default_except_last", "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n"),
    ("try_alone", "try:\n    pass\nx = 1\n"),
    ("missing_rhs", "x =\n"),
    ("dict_missing_value", "d = {'a': }\n"),
    ("unparenthesized_genexp", "f(x for x in y, 1)\n"),
    ("lambda_bad", "lambda x: yield\n"),
    ("walrus_in_assign", "x := 1\n"),
    ("indent_after_comment", "# hello\n  x = 1\n"),
    ("string_unterminated_in_call", "foo('abc, 1)\n"),
    ("deep_unclosed", "def f():\n    return g(h(1,\n"),
    ("list_unclosed_eof", "x = [1, 2\n"),
    ("fstring_bad_conversion", "x = f'{x!z}'\n"),
    ("fstring_unclosed_field", "print(f'{x')\n"),
    ("bare_star_only", "def f(*): pass\n"),
    ("lambda_default_order2", "f = lambda x=1, y: 0\n"),
    ("ifexp_no_else", "x = 1 if 2\n"),
    ("empty_subscript", "a[]\n"),
    ("del_starred", "del *a\n"),
    ("unexpected_indent_tab", "\tx = 1\n"),
    ("class_bad_paren", "class A(:\n    pass\n"),
    ("import_trailing_dot", "import a.\n"),
    ("from_import_nothing", "from . import\n"),
    ("decorator_empty", "@\ndef f(): pass\n"),
    ("assign_to_yield", "def f():\n    (yield) = 1\n"),
    ("assign_to_keyword", "True = 1\n"),
    ("assign_lambda", "lambda: 1 = 2\n"),
    ("aug_to_list", "[a, b] += 1\n"),
    ("for_in_missing", "for x y:\n    pass\n"),
    ("while_missing_colon", "while x\n    pass\n"),
    ("else_missing_colon", "if x:\n    pass\nelse\n    pass\n"),
    ("with_missing_colon", "with a as b\n    pass\n"),
    ("try_missing_colon", "try\n    pass\nexcept:\n    pass\n"),
    ("return_in_class", "class A:\n    return 1\n"),
    ("break_in_def_in_loop", "for x in y:\n    def f():\n        break\n"),
    ("await_outside", "await x\n"),
    ("yield_in_class", "class A:\n    yield 1\n"),
    ("compare_assign", "a < b = 1\n"),
    ("subscript_missing_close", "a[1\nb = 2\n"),
    ("unterminated_fstring", "x = f'abc\n"),
    ("bad_escape", "x = '\\x4'\n"),
    ("star_in_index_assign", "x = *a\n"),
    ("dict_set_mix", "x = {1: 2, 3}\n"),
    ("kw_lambda_in_call", "f(lambda x: x = 1)\n"),
    ("missing_comma_dict", "d = {'a': 1 'b': 2}\n"),
    ("missing_comma_call_str", "f('a' 'b' c)\n"),
    ("unexpected_dedent_in_expr", "x = (1 +\n)\n"),
    ("nested_indent_error", "def f():\n    x = 1\n      y = 2\n"),
    ("comment_then_unindent", "if x:\n    a = 1\n  # c\n  b = 2\n"),
    ("zero_div_literal_ok_but_bad_number", "x = 1__0\n"),
    ("number_trailing_underscore", "x = 10_\n"),
    ("float_bad_exponent", "x = 1e\n"),
    ("imag_bad", "x = 1jx\n"),
    ("global_after_use_ok_syntax", "def f(:\n    pass\n"),
    ("print_legacy_tuple", "print 1, 2\n"),
    ("exec_legacy", "exec 'x'\n"),
    ("match_capture_unreachable", "match x:\n    case y:\n        pass\n    case 1:\n        pass\n"),
    ("match_wildcard_unreachable", "match x:\n    case _:\n        pass\n    case 1:\n        pass\n"),
    ("match_or_different_names", "match x:\n    case [a] | (b,):\n        pass\n"),
    ("match_name_bound_twice", "match x:\n    case [a, a]:\n        pass\n"),
    ("match_two_stars", "match x:\n    case [*a, *b]:\n        pass\n"),
    ("match_fstring_pattern", "match x:\n    case f'{y}':\n        pass\n"),
    ("match_no_case", "match x:\n    pass\n"),
    # the DEDENTs and ENDMARKER closing the input sit on its last line, at offset 0 (no caret)
    ("try_no_handler_eof", "try:\n    pass\n"),
    ("try_no_handler_eof_blank_lines", "try:\n    x = 1\n\n\n"),
    ("try_no_handler_eof_comment", "try:\n    pass\n# done\n"),
    ("decorator_eof", "@dec\n"),
    ("expected_indent_eof_blank_line", "if x:\n\n"),
    ("match_no_block", "match x:\ny = 1\n"),
    ("match_no_block_eof", "match x:\n"),
]

HOOK = r"""
import sys, json, os
def _hook(t, v, tb):
    if isinstance(v, SyntaxError):
        with open(os.environ["NDPY_ERR_OUT"], "w", encoding="utf-8") as f:
            json.dump({"type": t.__name__, "msg": v.msg, "lineno": v.lineno, "offset": v.offset,
                       "end_lineno": v.end_lineno, "end_offset": v.end_offset, "text": v.text}, f)
    sys.__excepthook__(t, v, tb)
sys.excepthook = _hook
"""

def main():
    out = []
    with tempfile.TemporaryDirectory() as d:
        hookdir = os.path.join(d, "hook")
        os.mkdir(hookdir)
        with open(os.path.join(hookdir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        work = os.path.join(d, "work")
        os.mkdir(work)
        errfile = os.path.join(d, "err.json")
        env = dict(os.environ, PYTHONPATH=hookdir, NDPY_ERR_OUT=errfile)
        for name, src in SNIPPETS:
            with open(os.path.join(work, "x.py"), "w", encoding="utf-8") as f:
                f.write(src)
            if os.path.exists(errfile):
                os.remove(errfile)
            r = subprocess.run([sys.executable, "x.py"], cwd=work, env=env, capture_output=True, text=True)
            err = None
            if os.path.exists(errfile):
                with open(errfile, encoding="utf-8") as f:
                    err = json.load(f)
            stderr = r.stderr.replace(os.path.join(work, "x.py"), "x.py")
            out.append({"name": name, "source": src, "error": err, "stderr": stderr})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "syntax-errors.json"), "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "cases": out}, f, indent=1, ensure_ascii=False)
        f.write("\n")

if __name__ == "__main__":
    main()
