# A whole program: raw big-endian sensor packets decoded with np.ndarray(buffer=...), merged with a
# station table by key (recfunctions.join_by), gaps handled with masked statistics, and a report
import numpy as np
import numpy.lib.recfunctions as rfn
import numpy.ma as ma
import struct

packets = bytearray()
readings = [(1, 215, -1), (2, 198, 40), (1, 220, 35), (3, -1, 52), (2, 201, 44), (3, 187, -1), (1, 224, 31)]
for station, temp, hum in readings:
    packets += struct.pack('>hhh', station, temp, hum)
raw = np.ndarray(shape=(len(readings),), dtype=[('station', '>i2'), ('temp', '>i2'), ('hum', '>i2')], buffer=packets)
print(raw.dtype, raw.dtype.isnative, raw['temp'])
native = raw.astype([('station', 'i2'), ('temp', 'i2'), ('hum', 'i2')])
print(native, native.dtype.isnative)

temp = ma.masked_values(native['temp'], -1) / 10.0
hum = ma.masked_values(native['hum'], -1)
print(temp, hum)
print(repr(temp.mean()), hum.mean(), ma.corrcoef(temp, hum))

stations = np.array([(1, 'harbour', 3.5), (2, 'hill', 120.0), (4, 'airport', 12.0)],
                    dtype=[('station', 'i2'), ('name', 'U8'), ('alt', 'f8')])
per_station = np.zeros(3, dtype=[('station', 'i2'), ('mean_temp', 'f8'), ('n', 'i4')])
for k, s in enumerate([1, 2, 3]):
    sel = temp[native['station'] == s]
    per_station[k] = (s, sel.mean() if sel.count() else np.nan, sel.count())
print(per_station)
joined = rfn.join_by('station', per_station, stations, jointype='outer', usemask=False)
print(joined)
print(joined.dtype.names)
for row in joined:
    name = row['name'] if row['name'] != 'N/A' else '?'
    print(f"{int(row['station']):>3} {name:<8} {row['mean_temp']:8.3f} n={row['n']}")
print(np.dtype((np.record, joined.dtype)).names == joined.dtype.names, type(joined.view(np.recarray)))
summary = np.promote_types(per_station.dtype, [('station', 'i4'), ('mean_temp', 'f4'), ('n', 'i8')])
print(summary, np.concatenate([per_station, per_station.astype(summary)]).dtype)
hot = ma.masked_less(temp, 21.0)
print(hot, hot.count(), np.asarray(memoryview(bytes(packets[:6])).cast('h')), np.asarray(bytearray(packets[:4])))
