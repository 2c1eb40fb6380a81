# The global statement lets a function rebind a module-level name.
calls = 0
log = []

def record(message):
    global calls
    calls += 1
    log.append(message)

def reset():
    global calls, log
    calls = 0
    log = []

def local_only():
    calls = -1
    return calls

record("start")
record("middle")
print(calls, log)
print(local_only(), calls)

def create_setting():
    global setting
    setting = "created inside a function"

create_setting()
print(setting)
reset()
print(calls, log)
record("again")
print(calls, log)
