# uuid: parsing, fields and the deterministic name-based versions
import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le)
print(u.version, u.variant, u.fields, u.urn, u.time_low, u.time_mid, u.node, u.clock_seq, u.time)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com'), uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').version, uuid.uuid3(uuid.NAMESPACE_X500, 'cn=x').variant)
u4 = uuid.uuid4()
print(u4.version, len(str(u4)), u4.variant, uuid.UUID(str(u4)) == u4, len(u4.hex), u4 != uuid.uuid4())
u1 = uuid.uuid1()
print(u1.version, u1.variant, uuid.uuid1() != u1)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID('urn:uuid:12345678123456781234567812345678') == u)
print(uuid.UUID(int=5), uuid.UUID(bytes=bytes(range(16))), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(hex='0' * 32, version=4))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int)
print(len({uuid.UUID(int=1), uuid.UUID(int=1)}), str(uuid.NAMESPACE_DNS))
for bad in ['bad', '1234']:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print(e)
try:
    u.x = 1
except TypeError as e:
    print(e)
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, b'bytes')
except TypeError as e:
    print('TypeError', e)
