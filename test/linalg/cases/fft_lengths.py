# Bit-level agreement with pocketfft over many lengths: radix 2/3/4/5/7/8/11 passes, generic primes,
# and Bluestein (large prime factors). Inputs are exact decimals so only the transforms are compared.
import numpy as np

def data(n):
    k = np.arange(n)
    return ((k * 37) % 101) / 7.0 - 3 + 1j * (((k * 53) % 97) / 9.0)

def digest(v):
    v = np.asarray(v)
    if v.dtype.kind == 'c':
        return [sum(v.real.tolist()), sum(v.imag.tolist())] + [complex(z) for z in v[[0, len(v) // 3, -1]].tolist()]
    return [sum(v.tolist())] + v[[0, len(v) // 3, -1]].tolist()

for n in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 22, 26, 31, 39, 49, 53, 64, 88, 97, 100, 101,
          121, 125, 128, 169, 206, 210, 243, 256, 257, 343, 360, 500, 512, 1000, 1013, 1024, 2048, 2310, 4099]:
    x = data(n)
    print(n, 'fft', digest(np.fft.fft(x)))
    print(n, 'ifft', digest(np.fft.ifft(x)))
    print(n, 'rfft', digest(np.fft.rfft(x.real)))
    print(n, 'irfft', digest(np.fft.irfft(x[: n // 2 + 1], n)))
    print(n, 'ortho', digest(np.fft.fft(x, norm='ortho')))
a = data(60).reshape(3, 4, 5)
print(digest(np.fft.fftn(a).ravel()), digest(np.fft.ifftn(a, axes=(0, 2)).ravel()))
print(digest(np.fft.rfftn(a.real).ravel()), digest(np.fft.irfftn(np.fft.rfftn(a.real), s=(3, 4, 5), axes=(0, 1, 2)).ravel()))
print(digest(np.fft.fft(a, n=7, axis=1).ravel()), digest(np.fft.hfft(a[0, 0], 9)), digest(np.fft.ihfft(a[1, 1].real)))
