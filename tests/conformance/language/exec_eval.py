# exec, eval and compile with globals and locals dicts.
g = {"x": 10}
exec("y = x * 2\nz = [i for i in range(3)]", g)
print(sorted(k for k in g if k != "__builtins__"), g["y"], g["z"], "__builtins__" in g)
print(eval("x + y", g), eval("  x - 1", g), eval("x * k", g, {"k": 3}))
loc = {}
exec("a = 1\ndef f():\n    return a + 1\nb = f()", {}, loc)
print(sorted(loc), loc["b"] if "b" in loc else None)
ns = {}
exec("def f():\n    return 'from exec'", ns)
print(ns["f"](), ns["f"].__name__, ns["f"].__module__ if "__name__" in ns else "no module")
code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
code = compile("out.append(len(out))", "<stmts>", "exec")
out = []
exec(code)
exec(code)
print(out)
counter = 0
exec("counter += 1")
print(counter)


def in_function():
    v = 5
    print(eval("v + 1"), sorted(locals()))
    exec("w = 1")
    return "w" in locals()


print(in_function())
print(eval("max([3, 1, 2])"), eval("__name__"))
for src in ["1 +", "x = = 1", "def f(:\n  pass"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    eval("x = 1")
except SyntaxError as e:
    print("eval:", e.msg, e.filename)
try:
    exec("  indented")
except IndentationError as e:
    print(type(e).__name__, e.msg)
try:
    exec("raise ValueError('inner')")
except ValueError as e:
    print("caught", e)
try:
    exec(42)
except TypeError as e:
    print(e)
try:
    exec("pass", [])
except TypeError as e:
    print(e)
try:
    compile("x", "f", "bad")
except ValueError as e:
    print(e)
print(eval("(lambda q: q * 2)(21)"))
print(exec("1"), eval(b"2 + 2"))
g2 = {}
exec("import math\nr = math.sqrt(16)", g2)
print(g2["r"])
