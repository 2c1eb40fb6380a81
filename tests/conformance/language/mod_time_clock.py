import time
start = time.time()
print(start, time.monotonic(), time.perf_counter(), time.time_ns())
time.sleep(90061.5)
print(time.time(), time.time_ns())
print(time.localtime())
print(time.strftime("%Y-%m-%d %H:%M:%S"), time.ctime(), time.asctime())
time.sleep(86400 * 365)
print(time.strftime("%j %A %d %B %Y"), time.gmtime().tm_yday)
print(time.timezone, time.altzone, time.daylight, time.tzname)
elapsed = time.perf_counter() - start
print(round(elapsed, 3), "seconds")
