#!/usr/bin/env python3
"""Regenerate test/grammar/ast-fixture.json: CPython's AST (in grammar/ast.ts shape) for corpus/*.py.
Run with python 3.11 from any directory:  python3 test/grammar/gen-ast-fixture.py"""
import glob, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import pyast_to_json

out = {}
for f in sorted(glob.glob(os.path.join(here, 'corpus', '*.py'))):
    with open(f, encoding='utf-8') as fh:
        out[os.path.relpath(f, here)] = pyast_to_json.convert(fh.read())
with open(os.path.join(here, 'ast-fixture.json'), 'w', encoding='utf-8') as fh:
    json.dump(out, fh, indent=0, ensure_ascii=False)
    fh.write('\n')
