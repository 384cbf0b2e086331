# complex numbers in %-formatting and format specs: numeric conversions ask for a real number (complex has
# no __int__/__float__), and any '0' fill is refused before '=' alignment is
for expr in ("'%d' % (1+2j)", "'%i' % 2j", "'%e' % (1+2j)", "'%5.2f' % -1j", "'%g' % 1j", "'%x' % (1+2j)",
             "'%s|%r|%.3s' % (1j, 1j, 1j)", "int(1j)", "float(1j)", "hasattr(1j, '__int__')",
             "hasattr(1j, '__float__')", "format(-1.5j, '0=10')", "format(1j, '010')", "format(1j, '0<10')",
             "format(1j, '<010')", "format(1j, '*<010')", "format(1j, '=10')", "format(1j, '0^8')",
             "format(2-3j, '+.2f')", "format(2-3j, '^20.3e')"):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
