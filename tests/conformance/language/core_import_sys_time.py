import sys
import time as t
from time import sleep, monotonic
print("hello", file=sys.stderr)
sys.stdout.write("direct\n")
start = t.time()
sleep(1.5)
t.sleep(0.25)
print(t.time() - start, monotonic(), t.time_ns())
print(sys.getrecursionlimit(), sys.maxsize, sys.platform)
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print("error:", e)
try:
    from sys import nosuch
except ImportError as e:
    print("error:", e)
for i in range(10):
    t.sleep(0.1)
print(t.time())
sys.exit(3)
