# csv: writer quoting rules (minimal, all, nonnumeric, none + escapechar), reader (quoted fields across lines,
# skipinitialspace, nonnumeric), DictReader/DictWriter, files opened with newline=''
import csv, io
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(['name', 'age', 'note'])
w.writerow(['Ann', 31, 'likes "quotes"'])
w.writerow(['Bob', 2.5, 'a,b'])
w.writerow(['Cy', None, 'multi\nline'])
w.writerow([''])
w.writerow([])
w.writerows([[1, 2], [True, False]])
print(repr(buf.getvalue()))
rows = list(csv.reader(io.StringIO(buf.getvalue())))
print(rows)
print(list(csv.reader(['a,b,c', '1, 2 ,3', '"x,y",z'])))
print(list(csv.reader(['a; b;c'], delimiter=';', skipinitialspace=True)))
print(list(csv.reader(['1,"two",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
b2 = io.StringIO(); w2 = csv.writer(b2, quoting=csv.QUOTE_ALL); w2.writerow(['a', 1, None]); print(repr(b2.getvalue()))
b3 = io.StringIO(); w3 = csv.writer(b3, quoting=csv.QUOTE_NONNUMERIC); w3.writerow(['a', 1, 2.5, None, True]); print(repr(b3.getvalue()))
b4 = io.StringIO(); w4 = csv.writer(b4, delimiter='\t', lineterminator='\n'); w4.writerow(['a b', 'c\td']); print(repr(b4.getvalue()))
b5 = io.StringIO(); w5 = csv.writer(b5, quoting=csv.QUOTE_NONE, escapechar='\\'); w5.writerow(['a,b', 'c']); print(repr(b5.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
data = "id,name,score\n1,ann,9.5\n2,bob,7\n3,cy\n"
for r in csv.DictReader(io.StringIO(data)):
    print(r)
dr = csv.DictReader(io.StringIO(data)); print(dr.fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name'])
dw.writeheader(); dw.writerow({'id': 1, 'name': 'x'}); dw.writerows([{'id': 2}, {'name': 'z', 'id': 3}])
print(repr(out.getvalue()))
try:
    dw.writerow({'bad': 1})
except ValueError as e:
    print(e)
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), 't.csv')
with open(path, 'w', newline='') as f:
    csv.writer(f).writerows([['x', 'y'], [1, 2]])
with open(path, newline='') as f:
    print(list(csv.reader(f)))
print(csv.list_dialects(), csv.QUOTE_MINIMAL, csv.get_dialect('excel').delimiter)
