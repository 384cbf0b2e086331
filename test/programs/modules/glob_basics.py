# glob: wildcard expansion over a temporary tree (results sorted: directory order varies)
import glob
import os
import shutil
import tempfile
base = tempfile.mkdtemp()
os.makedirs(os.path.join(base, 'sub', 'deep'))
for n in ['a.txt', 'b.py', '.hidden', 'sub/c.txt', 'sub/deep/d.txt', 'sub/e.py']:
    with open(os.path.join(base, n), 'w') as f:
        f.write(n)
rel = lambda paths: sorted(os.path.relpath(p, base) for p in paths)
print(rel(glob.glob(os.path.join(base, '*'))))
print(rel(glob.glob(os.path.join(base, '*.txt'))), rel(glob.glob(os.path.join(base, '*', '*.py'))))
print(rel(glob.glob(os.path.join(base, '**', '*.txt'), recursive=True)))
print(sorted(glob.glob('**', root_dir=base, recursive=True)))
print(sorted(glob.glob('*', root_dir=os.path.join(base, 'sub'))), sorted(glob.glob('sub/*.txt', root_dir=base)))
print(sorted(glob.glob('.*', root_dir=base)), sorted(glob.glob('*', root_dir=base, include_hidden=True)))
print(glob.glob(os.path.join(base, 'nothing*')), rel(glob.glob(os.path.join(base, 'a.txt'))), rel(glob.iglob(os.path.join(base, '?.py'))))
print(glob.escape('a*b?[c]'), glob.has_magic('a*'), glob.has_magic('abc'), glob.glob(glob.escape(base + '/[x]')))
shutil.rmtree(base)
