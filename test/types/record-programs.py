#!/usr/bin/env python3
"""Record the expected stdout of test/types/programs/*.py with the real CPython 3.11 (writes <name>.out).
The programs must not depend on set iteration order or hash seeds. Usage: python3 test/types/record-programs.py
"""
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), 'record with CPython 3.11'
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'programs')
for name in sorted(os.listdir(here)):
    if name.endswith('.py'):
        outs = {subprocess.run([sys.executable, name], cwd=here, capture_output=True, text=True,
                               env={**os.environ, 'PYTHONHASHSEED': seed}, check=True).stdout for seed in ('1', '2')}
        assert len(outs) == 1, f'{name}: output depends on the hash seed'
        with open(os.path.join(here, name[:-3] + '.out'), 'w') as f:
            f.write(outs.pop())
        print('recorded', name)
