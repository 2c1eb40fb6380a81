# Global and built-in names looked up again after they change: rebinding,
# deleting a global that shadowed a builtin, and patching builtins.
import builtins

def show():
    return len([1, 2, 3]), value

value = 1
print(show())
value = 2
print(show())
len = lambda x: "shadowed"
print(show())
del len
print(show())
builtins.len = lambda x: "patched builtin"
print(show())
del builtins.len
try:
    show()
except NameError as e:
    print("NameError:", e)
builtins.len = lambda x: 42
print(show())

def counter():
    global total
    total += 1
    return total
total = 0
print([counter() for _ in range(5)])
globals()["total"] = 100
print(counter())
exec("total = 1000")
print(counter())

def missing():
    return undefined_name
for attempt in range(3):
    try:
        print(missing())
    except NameError as e:
        print("NameError:", e)
        globals()["undefined_name"] = attempt
