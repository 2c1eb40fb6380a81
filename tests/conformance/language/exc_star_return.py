# 'return' inside an except* block is a compile error.
print("not printed: the module does not compile")
def f():
    try:
        pass
    except* ValueError:
        return 1
