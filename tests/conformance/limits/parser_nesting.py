# Source nested far too deep is refused with the errors CPython gives.
for src in ["(" * 100000 + ")" * 100000, "[" * 100000 + "]" * 100000, "(" * 300 + "1" + ")" * 300]:
    try:
        compile(src, "<nested>", "eval")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

print(eval("(" * 150 + "7" + ")" * 150))
print(eval("[" * 100 + "]" * 100) == eval("[" * 100 + "]" * 100))
