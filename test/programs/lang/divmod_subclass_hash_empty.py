# divmod on int/float subclasses without their own __divmod__; hash('') and hash(b'') are 0
class K(int): pass
class F(float): pass
class D(int):
    def __divmod__(self, o): return 'own'
print(divmod(K(7), K(2)), divmod(K(7), 2), divmod(7, K(2)), divmod(F(7.5), 2), divmod(D(3), 2))
print(hash(''), hash(b''), hash(()) == hash(()), {'': 1, 0: 2}[''])
try:
    divmod(K(1), 'a')
except TypeError as e:
    print(e)
