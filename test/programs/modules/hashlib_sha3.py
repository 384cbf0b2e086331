# hashlib SHA-3 (sha3_224/256/384/512): digests across block boundaries, update(), copy(), new() by name, hmac
import hashlib, hmac
for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
    for msg in (b"", b"abc", b"a" * 71, b"a" * 72, b"a" * 135, b"a" * 136, b"a" * 143, b"a" * 144, bytes(range(256)) * 3):
        print(name, len(msg), hashlib.new(name, msg).hexdigest())
h = hashlib.sha3_256(); h.update(b"hello "); c = h.copy(); h.update(b"world")
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, hashlib.sha3_512(b"x").digest()[:8])
print(hmac.new(b"key", b"message", "sha3_256").hexdigest(), hmac.digest(b"k", b"m", hashlib.sha3_224).hex())
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith("sha3")))
