# time.strptime: struct_time from text, with the default format and errors
import time

print(time.strptime("2024-03-05 10:20", "%Y-%m-%d %H:%M"))
print(time.strptime("Tue Mar  5 10:20:00 2024"))
t = time.strptime("05/03/2024", "%d/%m/%Y")
print(t.tm_year, t.tm_wday, t[7], t.tm_isdst, time.strftime("%A %B %d", t))
for text, fmt in [("x", "%Y"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
