# business days: is_busday, busday_count, busday_offset (every roll), weekmasks, holidays, busdaycalendar
import numpy as np
print(repr(np.busday_count('2016-01-01', '2016-02-01')), repr(np.busday_count('2016-02-01', '2016-01-01')), np.busday_count(np.array(['2016-01-01', '2016-03-05'], 'M8[D]'), '2016-06-01'))
print(repr(np.is_busday(np.datetime64('2016-01-02'))), np.is_busday(['2016-01-01', '2016-01-02']), np.is_busday(np.arange('2016-01-01', '2016-01-11', dtype='M8[D]')), repr(np.is_busday(np.datetime64('NaT'))))
print(repr(np.busday_offset('2016-01-01', 3)), repr(np.busday_offset('2016-01-02', 1, roll='forward')), repr(np.busday_offset('2016-01-02', 0, roll='backward')), repr(np.busday_offset('2016-01-02', 1, roll='nat')))
print(np.busday_offset('2016-01-29', [1, 2, -5, 12, -12], roll='modifiedfollowing'), repr(np.busday_offset('2016-01-30', 0, roll='modifiedfollowing')), repr(np.busday_offset('2016-01-02', 0, roll='modifiedpreceding')), repr(np.busday_offset('2016-04-02', 0, roll='modifiedpreceding')))
print(np.busday_count('2016-01-01', '2016-02-01', weekmask='1111110'), np.busday_count('2016-01-01', '2016-02-01', weekmask='Mon Wed'), np.busday_count('2016-01-01', '2016-02-01', weekmask='SatSun'), np.busday_count('2016-01-01', '2016-02-01', weekmask=[1, 1, 1, 1, 1, 1, 1]))
hol = ['2016-01-01', '2016-01-18', '2016-01-16', 'NaT', '2016-02-15', '2016-01-18']
print(np.busday_count('2016-01-01', '2016-03-01', holidays=hol), np.busday_count('2016-03-01', '2016-01-01', holidays=hol), np.is_busday('2016-01-18', holidays=hol))
print(np.busday_offset('2016-01-15', [1, 5, 10, 25], holidays=hol), np.busday_offset('2016-02-19', [-1, -5, -10, -25], holidays=hol), np.busday_offset('2016-01-01', 2.5))
cal = np.busdaycalendar(weekmask='1111100', holidays=hol)
print(cal.weekmask, cal.holidays, np.busday_count('2016-01-01', '2016-02-01', busdaycal=cal), np.busday_offset(np.datetime64('2016-01-01'), np.arange(3), roll='following', busdaycal=cal))
print(np.busday_count(['2016-01-01'], ['2016-01-05', '2016-01-09']), repr(np.busday_count(np.datetime64('2016-01'), '2016-03-01')))
out = np.zeros(2, dtype=bool); r = np.is_busday(['2016-01-01', '2016-01-02'], out=out); print(out, r is out)
for f in [lambda: np.busday_offset('2016-01-02', 1), lambda: np.busday_count('2016-01-01', '2016-02-01', weekmask='0000000'), lambda: np.busday_count('2016-01-01', '2016-02-01', weekmask='111'),
          lambda: np.busday_count('2016-01-01', '2016-02-01', weekmask='Mon Funday'), lambda: np.busday_count('2016-01-01', '2016-02-01', weekmask=[1, 1]), lambda: np.busday_count('2016-01-01', '2016-02-01', weekmask=[1, 1, 2, 0, 0, 0, 0]),
          lambda: np.busday_offset('2016-01-02', 1, roll='bad'), lambda: np.is_busday(np.datetime64('2016-01-02T10')), lambda: np.busday_offset('NaT', 1), lambda: np.busday_count('NaT', '2016-01-01'),
          lambda: np.busday_count(['2016-01-01', '2016-01-01'], ['2016-01-05', '2016-01-09', '2016-02-02']), lambda: np.is_busday('2016-01-01', weekmask='1111100', busdaycal=cal), lambda: np.is_busday(5)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
