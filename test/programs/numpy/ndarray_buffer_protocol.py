# ndarray(shape, dtype, buffer=...) reinterprets the bytes of any buffer exporter, and a bytearray or
# memoryview given to np.array/np.asarray is an array of its items (the byte-swapping guide's examples)
import numpy as np

big_end_buffer = bytearray([0, 1, 3, 2])
big_end_arr = np.ndarray(shape=(2,), dtype='>i2', buffer=big_end_buffer)
print(big_end_arr[0], big_end_arr, repr(big_end_arr))
little_end_u4 = np.ndarray(shape=(1,), dtype='<u4', buffer=big_end_buffer)
print(little_end_u4[0] == 1 * 256**1 + 3 * 256**2 + 2 * 256**3)
wrong = np.ndarray(shape=(2,), dtype='<i2', buffer=big_end_buffer)
print(wrong[0], wrong.view(np.dtype('<i2').newbyteorder())[0], wrong.byteswap()[0])
print(wrong.byteswap().tobytes() == big_end_buffer, big_end_arr.astype('<i2').tobytes())
print(np.ndarray((1,), '<i2', buffer=big_end_buffer, offset=2))
print(np.ndarray((2,), '<i2', buffer=b'\x01\x00\x02\x00'), np.ndarray((2,), '<i2', buffer=b'\x01\x00\x02\x00').flags.writeable)
print(np.ndarray((2,), buffer=np.array([1.5, 2.5, 3.5]), offset=8, dtype=float))
print(np.ndarray((2,), buffer=np.array([1.5, 2.5, 3.5, 4.5]), strides=(16,)))
print(np.ndarray((2,), '<i2', buffer=memoryview(b'abcd')))
for args in [dict(shape=(4,), dtype='<i2', buffer=big_end_buffer), dict(shape=(2,), buffer=3),
             dict(shape=(2,), dtype='u1', buffer=b'abc', offset=2)]:
    try:
        np.ndarray(**args)
    except TypeError as e:
        print('TypeError:', e)
print(np.asarray(big_end_buffer), np.asarray(big_end_buffer).dtype, np.array(bytearray(b'ab')))
m = np.asarray(memoryview(b'abcd').cast('h'))
print(m, m.dtype, m.flags.writeable, np.asarray(memoryview(bytearray(b'ab'))).flags.writeable)
print(np.array(memoryview(b'\x00\x00\x80?').cast('f')), np.array(b'ab').dtype)
