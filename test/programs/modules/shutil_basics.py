# shutil: copying, trees, move, rmtree, which, disk_usage, get_terminal_size in a temp directory
import os
import shutil
import tempfile
base = tempfile.mkdtemp()
J = lambda *p: os.path.join(base, *p)
R = lambda p: os.path.relpath(p, base)
os.makedirs(J('sub', 'deep'))
for n in ['a.txt', 'sub/c.txt', 'sub/deep/d.txt']:
    with open(J(n), 'w') as f:
        f.write('content of ' + n)
print(R(shutil.copy(J('a.txt'), J('sub'))), open(J('sub', 'a.txt')).read())
print(R(shutil.copyfile(J('a.txt'), J('a2.txt'))), R(shutil.copy2(J('a.txt'), J('a3.txt'))))
print(R(shutil.copytree(J('sub'), J('sub2'))), sorted(os.listdir(J('sub2'))), sorted(os.listdir(J('sub2', 'deep'))))
print(R(shutil.move(J('a3.txt'), J('sub2'))), R(shutil.move(J('sub2'), J('sub3'))), sorted(os.listdir(J('sub3'))))
print(R(shutil.move(J('a2.txt'), J('renamed.txt'))), os.path.exists(J('a2.txt')))
print(R(shutil.copytree(J('sub'), J('sub4'), ignore=shutil.ignore_patterns('*.txt'))), sorted(os.listdir(J('sub4'))))
print(R(shutil.copytree(J('sub'), J('sub4'), dirs_exist_ok=True)), sorted(os.listdir(J('sub4'))))
try:
    shutil.copyfile(J('a.txt'), J('a.txt'))
except shutil.SameFileError as e:
    print('SameFileError', isinstance(e, OSError))
try:
    shutil.copytree(J('sub'), J('sub3'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    shutil.copyfile(J('missing.txt'), J('x.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
shutil.rmtree(J('sub3'))
print(os.path.exists(J('sub3')))
try:
    shutil.rmtree(J('nope'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
shutil.rmtree(J('nope'), ignore_errors=True)
errors = []
shutil.rmtree(J('nope'), onerror=lambda f, p, info: errors.append((f.__name__, R(p), info[0].__name__)))
print(errors)
with open(J('a.txt')) as src, open(J('b.txt'), 'w') as dst:
    shutil.copyfileobj(src, dst)
print(open(J('b.txt')).read())
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'))
du = shutil.disk_usage(base)
print(type(du).__name__, du.total >= du.used >= 0, du.free >= 0, len(du))
ts = shutil.get_terminal_size()
print(type(ts).__name__, ts.columns > 0, ts.lines > 0, shutil.get_terminal_size((100, 30)) == (100, 30) or True)
shutil.rmtree(base)
print(os.path.exists(base))
