# pathlib: pure path parsing and manipulation, and file system operations in a temporary directory
import os, tempfile
from pathlib import Path, PurePath, PurePosixPath
p = Path('data/raw/file.tar.gz')
print(repr(p), str(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, list(map(str, p.parents)))
print(Path('a//b/./c/'), Path(''), Path('/'), Path('/').parent, Path('x').parent, repr(PurePath('a', 'b')), PurePosixPath('/etc') / 'hosts')
print(p.with_suffix('.zip'), p.with_name('other.txt'), p.with_stem('new'), Path('a') / 'b' / Path('c'), 'root' / Path('x'))
print(Path('/usr/lib/x.so').relative_to('/usr'), Path('a/b').is_relative_to('a'), Path('/a').is_absolute(), Path('a').is_absolute())
try:
    Path('a/b').relative_to('c')
except ValueError as e:
    print('ValueError', e)
print(Path('a/b.py').match('*.py'), Path('/a/b/c.py').match('b/*.py'), Path('a/b.py').match('/*.py'), Path('.hidden').suffix, Path('x.').suffix)
print(sorted([Path('b'), Path('a/c'), Path('a')]), Path('a') == Path('a/'), hash(Path('a')) == hash(Path('a')), Path('a') == 'a')
base = Path(tempfile.mkdtemp())
(base / 'sub' / 'deep').mkdir(parents=True)
print((base / 'sub').is_dir(), (base / 'nothere').exists())
f = base / 'sub' / 'notes.txt'
print(f.write_text('hello\nworld\n'), f.read_text().splitlines(), f.exists(), f.is_file(), f.stat().st_size)
(base / 'sub' / 'b.txt').write_bytes(b'\x00\x01')
(base / 'sub' / 'deep' / 'c.txt').touch()
(base / 'top.csv').write_text('x')
print(sorted(x.name for x in (base / 'sub').iterdir()))
print([str(x.relative_to(base)) for x in sorted(base.glob('sub/*.txt'))])
print([str(x.relative_to(base)) for x in sorted(base.rglob('*.txt'))])
print([str(x.relative_to(base)) for x in sorted(base.glob('**/*'))])
try:
    (base / 'sub').mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
(base / 'sub' / 'b.txt').unlink(); (base / 'gone').unlink(missing_ok=True)
g = f.rename(base / 'moved.txt'); print(g.name, g.read_text()[:5], f.exists())
with (base / 'moved.txt').open() as fh:
    print(fh.readline().strip())
print(Path.cwd() == Path(os.getcwd()), Path('rel').absolute().is_absolute(), os.fspath(Path('q/w')))
