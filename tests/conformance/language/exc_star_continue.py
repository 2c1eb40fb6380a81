# 'continue' inside an except* block, even nested in an if, is a compile error.
print("not printed: the module does not compile")
for i in range(3):
    try:
        pass
    except* ValueError:
        if i:
            continue
