# unittest's assertLogs and assertNoLogs: records and formatted output caught by logger name, Logger or the
# root, at a level given by name or number; failures when nothing (or something) was logged; the logger's
# handlers, level and propagation restored
import io, logging, re, unittest
log = logging.getLogger("app.core")
def work(n):
    log.info("working on %d", n)
    if n < 0:
        log.error("negative input %d", n)
    log.debug("details %s", n)
    return n * 2
class T(unittest.TestCase):
    def test_info(self):
        with self.assertLogs("app.core", level="INFO") as cm:
            self.assertEqual(work(3), 6)
        self.assertEqual(cm.output, ["INFO:app.core:working on 3"])
        print(len(cm.records), cm.records[0].getMessage(), cm.records[0].levelname)
    def test_error_level(self):
        with self.assertLogs(log, logging.ERROR) as cm:
            work(-1)
        print(cm.output)
    def test_root(self):
        with self.assertLogs() as cm:
            logging.getLogger("other").warning("from other")
            work(1)
        print(cm.output)
    def test_nothing(self):
        with self.assertLogs("app.core", "ERROR"):
            work(5)
    def test_no_logs(self):
        with self.assertNoLogs("app.core", "ERROR"):
            work(5)
        with self.assertNoLogs("app.core"):
            work(7)
    def test_restored(self):
        before = (log.handlers[:], log.level, log.propagate)
        with self.assertLogs("app.core", "DEBUG") as cm:
            work(2)
        print(cm.output, (log.handlers, log.level, log.propagate) == before)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
# (CPython's failure tracebacks show a frame of its unittest/_log.py: only their last lines here)
for test, text in result.failures + result.errors:
    print(test.id(), "->", text.strip().splitlines()[-1])
print(result.testsRun, len(result.failures), len(result.errors))
