# stat: mode bit tests, constants and filemode()
import os
import stat
import tempfile
for m in [0, 0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0o102644, 0o20666, 0o60660, 0o10644, 0o140755]:
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
print(stat.S_IRUSR | stat.S_IWUSR, stat.S_IRWXU, stat.S_IXOTH, stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME)
d = tempfile.mkdtemp()
st = os.stat(d)
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]), stat.filemode(st.st_mode)[0])
os.rmdir(d)
