# With logging configured at DEBUG level, creating an asyncio event loop logs the selector it uses to
# the 'asyncio' logger, as CPython's selector event loop does on Linux
import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")


async def main():
    log.info("in main")
    await asyncio.sleep(0)
    return 42


print(asyncio.run(main()))
logging.getLogger("asyncio").setLevel(logging.WARNING)
print(asyncio.run(main()))
