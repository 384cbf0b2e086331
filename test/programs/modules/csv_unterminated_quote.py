# a quoted field still open when the input ends keeps what was read (strict=True: csv.Error)
import csv
import io

print(list(csv.reader(io.StringIO('a,"b'))))
print(list(csv.reader(io.StringIO('a,"b\nc,d\n'))))
print(list(csv.reader(['x,"', 'y'])))
print(list(csv.reader(['1,2', 'a,"'])))
print(list(csv.DictReader(io.StringIO('k,v\n1,"two'))))
try:
    list(csv.reader(io.StringIO('a,"b'), strict=True))
except csv.Error as e:
    print("Error:", e)
