# secrets: token sizes and shapes, choice/randbelow ranges, compare_digest
import secrets
import string
print(len(secrets.token_hex()), len(secrets.token_hex(8)), len(secrets.token_bytes()), len(secrets.token_bytes(5)))
print(type(secrets.token_bytes(4)).__name__, all(c in '0123456789abcdef' for c in secrets.token_hex(16)))
tok = secrets.token_urlsafe(16)
print(len(tok), all(c in string.ascii_letters + string.digits + '-_' for c in tok), len(secrets.token_urlsafe()))
print(all(secrets.choice('abc') in 'abc' for _ in range(20)), all(0 <= secrets.randbelow(10) < 10 for _ in range(50)))
print(secrets.randbits(8) < 256, secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'))
alphabet = string.ascii_letters + string.digits
password = ''.join(secrets.choice(alphabet) for i in range(12))
print(len(password), password.isalnum())
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
print(isinstance(secrets.SystemRandom().random(), float))
