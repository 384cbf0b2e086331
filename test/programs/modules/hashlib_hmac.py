# hashlib digests (md5, sha1, SHA-2) across block-boundary lengths, incremental update/copy, hmac
import hashlib, hmac
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for data in [b'', b'abc', b'hello world', b'a' * 55, b'a' * 56, b'a' * 64, b'x' * 111, b'x' * 112, b'x' * 1000, bytes(range(256)) * 3]:
        h = hashlib.new(name, data)
        assert h.hexdigest() == getattr(hashlib, name)(data).hexdigest()
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256(); h.update(b'part1'); c = h.copy(); h.update(b'part2'); print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b'part1part2').hexdigest() == h.hexdigest())
print(hashlib.md5("password".encode('utf-8')).hexdigest(), hashlib.sha256(bytearray(b'x')).digest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha256).hexdigest(), hmac.new(b'k' * 100, b'msg', 'md5').hexdigest(), hmac.compare_digest('a', 'a'), hmac.digest(b'k', b'm', 'sha1').hex())
print(hashlib.new('SHA256', b'q').hexdigest())
for bad in [lambda: hashlib.md5('text'), lambda: hashlib.sha1(5), lambda: hashlib.new('nope')]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
