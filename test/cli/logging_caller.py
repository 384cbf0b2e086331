# logging's %(funcName)s, %(lineno)d and %(filename)s from the command line, where the stdlib modules
# run from V8 code caches: their frames must still be recognised (and skipped) on the JS stack
import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(filename)s:%(lineno)d %(funcName)s %(levelname)s %(message)s")
log = logging.getLogger("cli")
def work(n):
    log.warning("working on %d", n)
    return [log.info("in comp %d", i) for i in range(1)]
class Job:
    def run(self):
        logging.error("from method")
        work(2)
log.warning("top level")
work(1)
Job().run()
