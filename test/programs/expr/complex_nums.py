# complex numbers
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(1j * 1j, 2j, -2j, 1 + 0j, complex(1, -1), complex("2+3j"), complex(0, 0))
w = 1 - 2j
print(z + w, z - w, z * w, z / w, z ** 2, -z)
print(z == 3 + 4j, z != w, 1j ** 2 == -1, (1 + 2j) * 2, 2 / (1 + 1j))
print(type(z).__name__, complex(2), complex(2.5), 1j.imag)
print(repr(complex(1.5, -0.0)), repr(-1j), repr(complex(0, 1e20)), repr(1e-5j))
try:
    print(z < w)
except TypeError as e:
    print("TypeError:", e)
print(sum([1j, 2, 3.5]), hash(1 + 0j) == hash(1))
