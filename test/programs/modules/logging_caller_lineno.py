# logging records carry the file and line of the call into logging (%(filename)s:%(lineno)d), in
# functions, loops, methods and comprehensions; logging.makeLogRecord
import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(filename)s:%(lineno)d %(levelname)s %(message)s")
log = logging.getLogger("app")
def process(items):
    for i in items:
        if i % 2:
            log.warning("odd %d", i)
        else:
            log.info("even %d", i)
process(range(3))
logging.getLogger().setLevel(logging.INFO)
process([4])
log.error("at module level")
class Svc:
    def run(self):
        logging.warning("from method")
        return [log.warning("in comp %s", x) for x in "ab"]
Svc().run()
try:
    raise KeyError("k")
except KeyError:
    log.error("lookup failed: %r", sys.exc_info()[1])
print(logging.makeLogRecord({"msg": "x"}).lineno)
