# 'break' directly inside an except* block is a compile error.
print("not printed: the module does not compile")
for i in range(3):
    try:
        raise ExceptionGroup("eg", [ValueError(i)])
    except* ValueError:
        break
